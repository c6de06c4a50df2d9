import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterDetail } from '@shared/clusters/model';
import { formatDateVi } from '@shared/domain/format/date';
import { call } from '../../../api/client';
import { useAppStore } from '../../../stores/appStore';
import { usePrintReady } from '../../usePrintReady';
import { ClusterDocHeader } from './ClusterDocHeader';
import './clustersPrint.css';
import { errorText } from '../../../api/errorText';

/** Giao ước thi đua in the NĐ 30 format, with a signature column for every unit (leader first). */
export function PledgePrint({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const settings = useAppStore((s) => s.settings);
  const [detail, setDetail] = useState<ClusterDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = Number(params.get('id'));
  useEffect(() => {
    call('clusters:get', { id }).then(setDetail, (e: unknown) => setError(errorText(e)));
  }, [id]);
  usePrintReady(detail !== null && settings !== null);
  if (error) return <p>{error}</p>;
  if (!detail || !settings) return null;
  const pledge = detail.pledge ?? { number: '', signedOn: null, place: '', body: '' };
  const rank = { leader: 0, deputy: 1, member: 2 } as const;
  const signers = [...detail.members].sort((a, b) => rank[a.role] - rank[b.role] || a.position - b.position);
  const paragraphs = pledge.body.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
  return (
    <div className="print-page official-page clusters-portrait">
      <ClusterDocHeader settings={settings} cluster={detail.cluster} number={pledge.number} date={pledge.signedOn} />
      <div className="title">{t('clusters.pledge.title')}</div>
      <div className="subtitle" style={{ fontStyle: 'normal', fontWeight: 'bold' }}>
        {detail.cluster.name} — {t('clusters.pledge.subtitle', { year: detail.cluster.year })}
      </div>
      <div className="doc-body">
        {pledge.signedOn && (
          <p>{t('clusters.pledge.opening', { date: formatDateVi(pledge.signedOn), place: pledge.place || settings['office.placeName'], cluster: detail.cluster.name })}</p>
        )}
        <ol style={{ margin: '0 0 6pt 1.6cm', padding: 0 }}>
          {detail.members.map((m) => (
            <li key={m.id}>
              {m.name}
              {m.role !== 'member' && ` (${t(`clusters.role.${m.role}`)})`}
            </li>
          ))}
        </ol>
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <div className="title sign-title" style={{ fontSize: '13pt' }}>{t('clusters.pledge.signTitle')}</div>
      <div className="signatures">
        {signers.map((m) => (
          <div key={m.id} className="sign">
            <div className="upper">{m.name}</div>
            {m.role !== 'member' && <div className="role">{t(`clusters.role.${m.role}`)}</div>}
          </div>
        ))}
      </div>
    </div>
  );
}
