import { z } from 'zod';
import { isoDateSchema } from '../domain/format/isoDateSchema';

/**
 * The kinds of record the history screen filters by, each with the audit entities (tables) it covers.
 * An entity not listed here is shown under "other".
 */
export const AUDIT_KIND_ENTITIES = {
  members: ['members'],
  unions: ['organizations', 'union_ratings', 'union_sectors', 'organization_facts'],
  decisions: ['award_decisions'],
  awards: ['awards', 'award_kinds', 'award_coefficients', 'decision_bases'],
  proposals: ['award_proposals', 'award_proposal_items', 'sent_package'],
  clusters: ['clusters', 'cluster_members', 'cluster_pledges', 'score_sheets', 'score_criteria', 'scores'],
  campaigns: ['campaigns', 'campaign_registrations', 'campaign_works', 'initiatives', 'contests', 'contest_entries', 'campaign_honours'],
  targets: ['targets', 'care_activities'],
  reports: ['report', 'report_section', 'report_figure', 'report_template', 'form_returns'],
  settings: ['settings', 'base_salaries', 'certificate_template', 'printer_calibration', 'proposal_letter_template', 'decision_template', 'database'],
} as const satisfies Record<string, readonly string[]>;

export type AuditKind = keyof typeof AUDIT_KIND_ENTITIES;
export const AUDIT_KINDS = Object.keys(AUDIT_KIND_ENTITIES) as AuditKind[];

export function auditKindOf(entity: string): AuditKind | null {
  for (const kind of AUDIT_KINDS) if ((AUDIT_KIND_ENTITIES[kind] as readonly string[]).includes(entity)) return kind;
  return null;
}

export const auditQuerySchema = z
  .object({
    kind: z.enum(AUDIT_KINDS as [AuditKind, ...AuditKind[]]).optional(),
    /** A table name as stored, for scripts (`audit list --entity awards`). */
    entity: z.string().min(1).max(60).optional(),
    entityId: z.string().min(1).max(40).optional(),
    since: isoDateSchema.optional(),
    until: isoDateSchema.optional(),
    limit: z.number().int().min(1).max(10_000).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type AuditQuery = z.input<typeof auditQuerySchema>;

/** One field that changed, with both values written for people (dd/mm/yyyy, 1.234.567 đ). */
export interface AuditChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface AuditEntryView {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  kind: AuditKind | null;
  /** What happened, to which record ("Sửa đoàn viên Nguyễn Văn An"). */
  headline: string;
  /** The headline with the changed fields, old → new, in one sentence of the user's language. */
  summary: string;
  changes: AuditChange[];
  /** A deletion that "Hoàn tác" can still take back (changes:undo), else null. */
  undoId: number | null;
}

export interface AuditPage {
  rows: AuditEntryView[];
  total: number;
}
