import { fieldSchema, pickTemplate, PAPERS, type CertificateField, type CertificateTemplate, type TemplateDraft } from '../../../shared/certificates/template';
import { defaultBangKhen, defaultGiayKhen } from '../../../shared/certificates/defaults';
import type { BackendContext } from '../core/context';
import { isoTimestamp } from '../core/context';
import { AppError } from '../core/appError';
import { writeAudit } from '../audit';
import type { Db } from '../db/connection';
import { columns, int, intOrNull, oneOf, real, type RowOf, scalarStatement, statement, text, textOrNull } from '../db/rows';

const templateRow = columns({
  id: int,
  name: text,
  form_kind_id: intOrNull,
  issuer_level: textOrNull,
  paper: oneOf(PAPERS),
  width_mm: real,
  height_mm: real,
  fields: text,
  has_background: int,
  background_mime: textOrNull,
  updated_at: text,
});
type TemplateRow = RowOf<typeof templateRow>;

const COLUMNS = `id, name, form_kind_id, issuer_level, paper, width_mm, height_mm, fields,
  background IS NOT NULL AS has_background, background_mime, updated_at`;
const templatesSql = statement(`SELECT ${COLUMNS} FROM certificate_templates ORDER BY name, id`, templateRow);
const templateSql = statement(`SELECT ${COLUMNS} FROM certificate_templates WHERE id = ?`, templateRow);
const kindNameSql = scalarStatement('SELECT name FROM award_kinds WHERE id = ?', text);
const templateCountSql = scalarStatement('SELECT count(*) FROM certificate_templates', int);

function parseFields(json: string): CertificateField[] {
  try {
    const raw = JSON.parse(json) as unknown[];
    return raw.flatMap((item) => {
      const parsed = fieldSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

function toTemplate(row: TemplateRow): CertificateTemplate {
  return {
    id: row.id,
    name: row.name,
    formKindId: row.form_kind_id,
    issuerLevel: row.issuer_level,
    paper: row.paper,
    widthMm: row.width_mm,
    heightMm: row.height_mm,
    fields: parseFields(row.fields),
    hasBackground: row.has_background === 1,
    backgroundMime: row.background_mime,
    updatedAt: row.updated_at,
  };
}

function formKindLike(db: Db, pattern: string): number | null {
  const id = db.prepare(`SELECT id FROM award_kinds WHERE category = 'form' AND name LIKE ? ORDER BY position, id LIMIT 1`).pluck().get(pattern);
  return (id as number | undefined) ?? null;
}

function insert(ctx: BackendContext, draft: TemplateDraft, at: string): number {
  const info = ctx.db
    .prepare(
      `INSERT INTO certificate_templates (name, form_kind_id, issuer_level, paper, width_mm, height_mm, fields, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(draft.name, draft.formKindId, draft.issuerLevel, draft.paper, draft.widthMm, draft.heightMm, JSON.stringify(draft.fields), at, at);
  return Number(info.lastInsertRowid);
}

/** The first time templates are needed, the default Giấy khen and Bằng khen layouts are created. */
export function ensureDefaultTemplates(ctx: BackendContext): void {
  if (ctx.db.prepare('SELECT 1 FROM certificate_templates LIMIT 1').get()) return;
  const at = isoTimestamp(ctx.now());
  ctx.db.transaction(() => {
    for (const draft of [defaultGiayKhen(formKindLike(ctx.db, 'Giấy khen%')), defaultBangKhen(formKindLike(ctx.db, 'Bằng khen%'))]) {
      const id = insert(ctx, draft, at);
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'certificate_template', entityId: id, after: { name: draft.name } });
    }
  })();
}

export function listTemplates(ctx: BackendContext): CertificateTemplate[] {
  ensureDefaultTemplates(ctx);
  return templatesSql(ctx.db).all().map(toTemplate);
}

export function getTemplate(ctx: BackendContext, id: number): CertificateTemplate {
  const row = templateSql(ctx.db).get(id);
  if (!row) throw new AppError('CERTIFICATE_TEMPLATE_NOT_FOUND', { id });
  return toTemplate(row);
}

/** The template for a form of reward (see pickTemplate). */
export function templateForForm(ctx: BackendContext, formKindId: number | null): CertificateTemplate {
  const formName = formKindId === null ? '' : (kindNameSql(ctx.db).get(formKindId) ?? '');
  return pickTemplate(listTemplates(ctx), formKindId, formName)!;
}

function checkFieldsInside(draft: TemplateDraft): void {
  for (const f of draft.fields) {
    if (f.xMm + f.wMm > draft.widthMm + 0.01 || f.yMm + f.hMm > draft.heightMm + 0.01) {
      throw new AppError('CERTIFICATE_FIELD_OUTSIDE', { field: f.key, width: draft.widthMm, height: draft.heightMm });
    }
  }
}

export function saveTemplate(ctx: BackendContext, id: number | undefined, draft: TemplateDraft): CertificateTemplate {
  checkFieldsInside(draft);
  const at = isoTimestamp(ctx.now());
  const savedId = ctx.db.transaction(() => {
    if (id === undefined) {
      const newId = insert(ctx, draft, at);
      writeAudit(ctx.db, ctx.actor, at, { action: 'create', entity: 'certificate_template', entityId: newId, after: draft });
      return newId;
    }
    const before = getTemplate(ctx, id);
    ctx.db
      .prepare(
        `UPDATE certificate_templates SET name = ?, form_kind_id = ?, issuer_level = ?, paper = ?, width_mm = ?, height_mm = ?,
         fields = ?, updated_at = ? WHERE id = ?`,
      )
      .run(draft.name, draft.formKindId, draft.issuerLevel, draft.paper, draft.widthMm, draft.heightMm, JSON.stringify(draft.fields), at, id);
    const { hasBackground: _h, backgroundMime: _m, updatedAt: _u, id: _i, ...plain } = before;
    writeAudit(ctx.db, ctx.actor, at, { action: 'update', entity: 'certificate_template', entityId: id, before: plain, after: draft });
    return id;
  })();
  return getTemplate(ctx, savedId);
}

export function deleteTemplate(ctx: BackendContext, id: number): { deleted: number } {
  const template = getTemplate(ctx, id);
  const total = templateCountSql(ctx.db).one();
  if (total <= 1) throw new AppError('CERTIFICATE_TEMPLATE_IN_USE', { name: template.name });
  const at = isoTimestamp(ctx.now());
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM certificate_templates WHERE id = ?').run(id);
    writeAudit(ctx.db, ctx.actor, at, { action: 'delete', entity: 'certificate_template', entityId: id, before: { name: template.name } });
  })();
  return { deleted: 1 };
}
