import { auditKindOf, type AuditChange, type AuditEntryView } from '../../../shared/audit/model';
import { auditTexts } from '../../../shared/audit/texts';
import { formatDateVi, isValidIsoDate } from '../../../shared/domain/format/date';
import { formatMoney, formatNumber } from '../../../shared/domain/format/number';
import { columns, int, text, textOrNull, type RowOf } from '../db/rows';
import { fieldLabel } from '../../../shared/i18n/fieldLabels';
import { interpolate, type Locale } from '../../../shared/i18n/locale';

export const auditRow = columns({
  id: int,
  at: text,
  actor: text,
  action: text,
  entity: text,
  entity_id: textOrNull,
  before: textOrNull,
  after: textOrNull,
});
export type AuditRow = RowOf<typeof auditRow>;

type Fields = Record<string, unknown>;

/** Bookkeeping that changes with every write and tells a reader nothing. */
const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'sortKey', 'familyName', 'middleName', 'givenName', 'organizationCode', 'unionCode', 'unionName', 'unionShortName', 'organizationId']);
const MONEY = /amount$|salary$|^money$/iu;
const NAME_KEYS = ['fullName', 'recipientName', 'recipient_name', 'name', 'number', 'title', 'subject', 'code', 'file'];

const parse = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};
const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

export function labelOf(field: string, locale: Locale): string {
  const own = auditTexts[locale].fields[field];
  if (own) return own;
  const shared = fieldLabel([field], locale);
  return shared === fieldLabel([], locale) ? field : shared;
}

/** A stored value as a person reads it: dates dd/mm/yyyy, money in đồng, numbers 1.234.567. */
export function showValue(field: string, value: unknown, locale: Locale): string {
  const texts = auditTexts[locale];
  if (value === null || value === undefined || value === '') return texts.empty;
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value === 'number') {
    if (MONEY.test(field)) return formatMoney(value);
    return /year$/iu.test(field) ? String(value) : formatNumber(value);
  }
  if (typeof value === 'string') {
    const day = value.slice(0, 10);
    if (isValidIsoDate(day) && (value.length === 10 || value[10] === 'T')) return formatDateVi(day);
    return value.length > 120 ? `${value.slice(0, 117)}…` : value;
  }
  if (Array.isArray(value)) return interpolate(texts.items, { count: formatNumber(value.length) });
  return interpolate(texts.items, { count: formatNumber(Object.keys(value).length) });
}

function changesOf(before: unknown, after: unknown, locale: Locale): AuditChange[] {
  if (!isFields(before) || !isFields(after)) return [];
  const changes: AuditChange[] = [];
  for (const field of Object.keys(after)) {
    if (HIDDEN.has(field) || !(field in before)) continue;
    if (JSON.stringify(before[field] ?? null) === JSON.stringify(after[field] ?? null)) continue;
    changes.push({ field, label: labelOf(field, locale), before: showValue(field, before[field], locale), after: showValue(field, after[field], locale) });
  }
  return changes;
}

function recordName(...values: unknown[]): string {
  for (const value of values) {
    if (!isFields(value)) continue;
    for (const key of NAME_KEYS) {
      const name = value[key];
      if (typeof name === 'string' && name.trim() !== '') return name.trim();
    }
  }
  return '';
}

/** One audit row as the history screen and `audit list` show it. */
export function describeAuditRow(row: AuditRow, locale: Locale): AuditEntryView {
  const texts = auditTexts[locale];
  const before = parse(row.before);
  const after = parse(row.after);
  const changes = row.action === 'update' || row.action === 'undo' ? changesOf(before, after, locale) : [];
  let headline: string;
  if (row.action === 'import' && isFields(after)) {
    headline = interpolate(texts.importSummary, {
      file: String(after.file ?? ''),
      imported: formatNumber(Number(after.imported ?? 0)),
      updated: formatNumber(Number(after.updated ?? 0)),
    });
  } else if (isFields(after) && typeof after.label === 'string') {
    // A restore names what it brought back with its kind already ("đoàn viên Nguyễn Văn An").
    headline = `${texts.actions[row.action] ?? row.action} ${after.label}`;
  } else {
    const action = texts.actions[row.action] ?? row.action;
    const entity = texts.entities[row.entity] ?? row.entity;
    const name = recordName(after, before);
    headline = [action, entity, name].filter(Boolean).join(' ');
  }
  const summary = changes.length > 0 ? `${headline}: ${changes.map((c) => `${c.label} ${c.before} → ${c.after}`).join('; ')}` : headline;
  return {
    id: row.id,
    at: row.at,
    actor: texts.actors[row.actor] ?? row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    kind: auditKindOf(row.entity),
    headline,
    summary,
    changes,
    undoId: null,
  };
}
