/** The audit domain's public surface: what other backend domains may call. */
export { writeAudit } from './auditLog';
export { auditRow, type AuditRow, describeAuditRow } from './summary';
