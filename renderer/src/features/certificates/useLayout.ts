import { useCallback, useEffect, useState } from 'react';
import type { LaidField } from '@shared/certificates/layout';
import type { CertificateTemplate, TemplateDraft } from '@shared/certificates/template';
import { call } from '../../api/client';
import { useDebounced } from '../../components/useDebounced';
import { errorText } from '../../api/errorText';
import { useLoad } from '../../components/useLoad';

export function toDraft(template: CertificateTemplate): TemplateDraft {
  const { name, formKindId, issuerLevel, paper, widthMm, heightMm, fields } = template;
  return { name, formKindId, issuerLevel, paper, widthMm, heightMm, fields };
}

/** The backend's layout of a draft (the same one the PDF prints), refreshed as the draft changes. */
export function useLayout(
  draft: TemplateDraft | null,
  source: { decisionId?: number | undefined; awardId?: number | undefined; calibrationId?: number | undefined },
): { laid: LaidField[]; error: string | null } {
  const [laid, setLaid] = useState<LaidField[]>([]);
  const [error, setError] = useState<string | null>(null);
  const settled = useDebounced(draft, 120);
  const { decisionId, awardId, calibrationId } = source;
  useEffect(() => {
    if (!settled) return;
    let live = true;
    call('certificates:layout', {
      draft: settled,
      ...(decisionId !== undefined ? { decisionId } : {}),
      ...(awardId !== undefined ? { awardId } : {}),
      offset: calibrationId !== undefined ? { calibrationId } : {},
    })
      .then((result) => {
        if (live) {
          setLaid(result.fields);
          setError(null);
        }
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [settled, decisionId, awardId, calibrationId]);
  return { laid, error };
}

/** The template's scan of the blank, as a data URL, or null. */
export function useBackground(templateId: number | undefined, version: number): string | null {
  // `version` changes when a new scan was uploaded: the background loads again.
  const fetch = useCallback(
    () =>
      templateId === undefined
        ? Promise.resolve(null)
        : call('certificates:background', { id: templateId }).then(
            (r) => r.dataUrl,
            () => null,
          ),
    [templateId],
  );
  return useLoad<string | null>(fetch, null, { showError: false, reloadKey: version }).data;
}
