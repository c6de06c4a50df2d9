import type { Settings } from '@shared/settings/schema';
import type { ClusterSummary } from '@shared/clusters/model';
import { formatDateLine } from '@shared/domain/documents/dateLine';
import { DocumentHeader } from '../DocumentHeader';

/**
 * NĐ 30 header for a cluster's documents: a peer cluster signs under the upper union, a block of
 * our CĐCS under our office; then "Số: …" on the left and the place-and-date line on the right.
 */
export function ClusterDocHeader({ settings, cluster, number, date }: { settings: Settings; cluster: ClusterSummary | null; number?: string; date: string | null }) {
  const issuer = cluster
    ? { ...settings, 'office.upperName': cluster.scope === 'peers' ? settings['office.upperName'] : settings['office.name'], 'office.name': cluster.name }
    : settings;
  return (
    <>
      <DocumentHeader settings={issuer} />
      <div className="doc-meta">
        <div className="doc-number" style={{ width: '45%' }}>{number ? `Số: ${number}` : ''}</div>
        <div className="date-line" style={{ width: '55%' }}>
          {date ? formatDateLine(settings['office.placeName'], date) : ''}
        </div>
      </div>
    </>
  );
}

export { shortUnitName as shortUnion } from '@shared/clusters/names';
