import { useEffect, useMemo, useState } from 'react';
import type { AwardWarning, MoneyPreview } from '@shared/awards/model';
import { isValidIsoDate } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { useDebounced } from '../../components/useDebounced';
import { storedMoney, toDraftInput, toRecipients, type EditorDraft, type EditorRow } from './decisionForm';

/** Money per row and the warnings, asked of the backend as the editor changes (debounced). */
export function useDecisionPreview(id: number | undefined, draft: EditorDraft, rows: EditorRow[], saved: EditorDraft | null) {
  const [money, setMoney] = useState<Map<string, MoneyPreview>>(new Map());
  const [warnings, setWarnings] = useState<(AwardWarning & { key: string })[]>([]);
  const settled = useDebounced(useMemo(() => ({ draft, rows }), [draft, rows]), 250);

  useEffect(() => {
    const { draft: d, rows: r } = settled;
    const named = r.filter((row) => row.recipientName.trim() !== '');
    if (!d.decidedOn || !isValidIsoDate(d.decidedOn)) {
      setMoney(new Map());
      setWarnings([]);
      return;
    }
    let alive = true;
    void (async () => {
      try {
        const [amounts, found] = await Promise.all([
          call('awardDecisions:money', { decidedOn: d.decidedOn!, formKindId: d.formKindId, titleKindId: d.titleKindId, recipients: named.map((row) => ({ recipientKind: row.recipientKind })) }),
          d.number.trim() === ''
            ? Promise.resolve([] as AwardWarning[])
            : call('awardDecisions:warnings', { ...(id ? { id } : {}), draft: toDraftInput(d), recipients: toRecipients(named) }),
        ]);
        if (!alive) return;
        setMoney(new Map(named.map((row, i) => [row.key, storedMoney(row, d, saved) ?? amounts[i]!])));
        setWarnings(found.map((w) => ({ ...w, key: named[w.index]!.key })));
      } catch {
        // A half-typed form: keep the last preview.
      }
    })();
    return () => {
      alive = false;
    };
  }, [settled, id, saved]);

  const total = rows.reduce((sum, row) => sum + (money.get(row.key)?.amount ?? 0), 0);
  return { money, warnings, total };
}
