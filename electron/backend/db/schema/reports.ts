/** Kysely's view of the reports tables (migrations/); add a table here when a query of it goes through Kysely. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReportsTables {}
