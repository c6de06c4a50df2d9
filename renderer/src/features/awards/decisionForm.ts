import type { AwardRecipient, DecisionDetail, DecisionDraftInput, MoneyPreview, RecipientDraftInput, RecipientKind } from '@shared/awards/model';

/** One row of the editor's list; `key` is stable while the row is on screen. */
export interface EditorRow extends AwardRecipient {
  key: string;
  id?: number;
  warningOverride: string;
  /** The money frozen when the row was saved, with the kind of recipient it was for. */
  stored?: MoneyPreview & { recipientKind: RecipientKind };
}

export interface EditorDraft {
  number: string;
  decidedOn: string | null;
  issuerLevel: NonNullable<DecisionDraftInput['issuerLevel']>;
  issuerName: string;
  signerName: string;
  signerTitle: string;
  signerBlock: string;
  scope: 'all_round' | 'thematic';
  campaignId: number | null;
  formKindId: number | null;
  titleKindId: number | null;
  subject: string;
}

let seq = 0;
export const rowKey = () => `r${++seq}`;

export const newRow = (values: Partial<EditorRow> & Pick<EditorRow, 'recipientKind' | 'recipientName'>): EditorRow => ({
  key: rowKey(),
  memberId: null,
  organizationId: null,
  recipientUnit: '',
  achievement: '',
  warningOverride: '',
  ...values,
});

export function emptyDraft(today: string, gkId: number | null): EditorDraft {
  return {
    number: '',
    decidedOn: today,
    issuerLevel: 'own_office',
    issuerName: '',
    signerName: '',
    signerTitle: 'CHỦ TỊCH',
    signerBlock: 'TM. BAN THƯỜNG VỤ',
    scope: 'all_round',
    campaignId: null,
    formKindId: gkId,
    titleKindId: null,
    subject: '',
  };
}

export function fromDetail(d: DecisionDetail): { draft: EditorDraft; rows: EditorRow[] } {
  return {
    draft: {
      number: d.number,
      decidedOn: d.decidedOn,
      issuerLevel: d.issuerLevel,
      issuerName: d.issuerName,
      signerName: d.signerName,
      signerTitle: d.signerTitle,
      signerBlock: d.signerBlock,
      scope: d.scope,
      campaignId: d.campaignId,
      formKindId: d.formKindId,
      titleKindId: d.titleKindId,
      subject: d.subject,
    },
    rows: d.awards.map((a) => ({
      key: rowKey(),
      id: a.id,
      recipientKind: a.recipientKind,
      memberId: a.memberId,
      organizationId: a.organizationId,
      recipientName: a.recipientName,
      recipientUnit: a.recipientUnit,
      achievement: a.achievement,
      warningOverride: a.warningOverride,
      stored: { coefficient: a.coefficient, baseSalary: a.baseSalary, amount: a.amount, recipientKind: a.recipientKind },
    })),
  };
}

/** Saved rows keep their money while the decision's date and default form/title stay as saved. */
export function storedMoney(row: EditorRow, draft: EditorDraft, saved: EditorDraft | null): MoneyPreview | null {
  if (!row.stored || !saved || row.stored.recipientKind !== row.recipientKind) return null;
  if (draft.decidedOn !== saved.decidedOn || draft.formKindId !== saved.formKindId || draft.titleKindId !== saved.titleKindId) return null;
  const { coefficient, baseSalary, amount } = row.stored;
  return { coefficient, baseSalary, amount };
}

export const toDraftInput = (d: EditorDraft): DecisionDraftInput => ({ ...d, decidedOn: d.decidedOn ?? '' });

/** Rows as the backend takes them; rows without a name are left out (still being typed). */
export const toRecipients = (rows: EditorRow[]): RecipientDraftInput[] =>
  rows
    .filter((r) => r.recipientName.trim() !== '')
    .map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      recipientKind: r.recipientKind,
      memberId: r.memberId,
      organizationId: r.organizationId,
      recipientName: r.recipientName,
      recipientUnit: r.recipientUnit,
      achievement: r.achievement,
      warningOverride: r.warningOverride,
    }));
