import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AwardForCertificate, DecisionSummary } from '@shared/certificates/print';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../api/client';
import { useAppStore } from '../../stores/appStore';

/** Which values the editor previews: sample ones, or a real award of a decision of the working year. */
export function SampleSource({ value, onChange }: { value: { decisionId?: number; awardId?: number }; onChange(v: { decisionId?: number; awardId?: number }): void }) {
  const { t } = useTranslation();
  const year = useAppStore((s) => s.settings?.['office.workingYear']);
  const [decisions, setDecisions] = useState<DecisionSummary[]>([]);
  const [awards, setAwards] = useState<AwardForCertificate[]>([]);
  useEffect(() => {
    if (year) call('certificates:decisions', { year }).then(setDecisions, () => setDecisions([]));
  }, [year]);
  useEffect(() => {
    if (value.decisionId) call('certificates:awards', { decisionId: value.decisionId }).then(setAwards, () => setAwards([]));
    else setAwards([]);
  }, [value.decisionId]);
  return (
    <>
      <Select
        aria-label={t('certificates.templates.previewWith')}
        style={{ width: 230 }}
        value={value.decisionId ?? 0}
        onChange={(decisionId) => onChange(decisionId ? { decisionId } : {})}
        options={[
          { value: 0, label: `${t('certificates.templates.previewWith')}: ${t('certificates.templates.sample')}` },
          ...decisions.map((d) => ({ value: d.id, label: `${d.number} (${formatDateVi(d.decidedOn)})` })),
        ]}
      />
      {value.decisionId !== undefined && awards.length > 0 && (
        <Select
          aria-label={t('certificates.print.columns.name')}
          style={{ width: 220 }}
          value={value.awardId ?? awards[0]!.id}
          onChange={(awardId) => onChange({ ...value, awardId })}
          options={awards.map((a) => ({ value: a.id, label: a.recipientName }))}
        />
      )}
    </>
  );
}
