import type { ImportColumn, ImportInspection } from '@shared/exchange/import';
import { columnLetter } from '@shared/exchange/columnLetter';

export { columnLetter };

export type Mapping = Record<string, number>;


/** Labels of the required fields that have no column yet. */
export function missingRequired(fields: ImportInspection['fields'], mapping: Mapping): string[] {
  return fields.filter((field) => field.required && mapping[field.key] === undefined).map((field) => field.label);
}

/** A member list needs a union for every row: from a column, or the default union. */
export function needsUnion(inspection: Pick<ImportInspection, 'kind' | 'fields'>, mapping: Mapping, defaultOrganizationId: number | null): boolean {
  return (
    inspection.kind === 'members' &&
    inspection.fields.some((field) => field.key === 'union') &&
    mapping.union === undefined &&
    defaultOrganizationId === null
  );
}

/** The mapping with one field set to a column, or cleared (null). */
export function withColumn(mapping: Mapping, fieldKey: string, column: number | null): Mapping {
  const next = { ...mapping };
  if (column === null) delete next[fieldKey];
  else next[fieldKey] = column;
  return next;
}

/** The other fields matched to the same column as `fieldKey`. */
export function sharingFields(fields: ImportInspection['fields'], mapping: Mapping, fieldKey: string): string[] {
  const column = mapping[fieldKey];
  if (column === undefined) return [];
  return fields.filter((field) => field.key !== fieldKey && mapping[field.key] === column).map((field) => field.label);
}

/** Same columns, same titles: a corrected copy of the same file, so the user's matching still holds. */
export function sameColumns(a: ImportColumn[], b: ImportColumn[]): boolean {
  return a.length === b.length && a.every((column, i) => column.index === b[i]?.index && column.label === b[i]?.label);
}

/** "Nguyễn Văn A; Trần Thị B…" */
export function samplesText(column: ImportColumn | undefined): string {
  const samples = (column?.samples ?? []).map((sample) => sample.trim()).filter(Boolean);
  return samples.length === 0 ? '' : `${samples.join('; ')}…`;
}
