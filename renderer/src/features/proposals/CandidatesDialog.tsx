import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Flex, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { candidateToItem, type ProposalCandidate, type ProposalItemDraft, type ProposalOptions } from '@shared/proposals/model';
import { call } from '../../api/client';
import { FOLDED_SEARCH } from '../../components/foldedSearch';
import { FormModal } from '../../components/FormModal';
import { errorText } from '../../api/errorText';

type Source = 'cluster_rank' | 'initiative' | 'award';
const SOURCES: Source[] = ['cluster_rank', 'initiative', 'award'];

/** Candidates of the year: top-ranked units of a cluster, initiative authors, our own award recipients. */
export function CandidatesDialog({ open, proposalId, options, onClose, onAdd }: {
  open: boolean;
  proposalId: number;
  options: ProposalOptions | null;
  onClose(): void;
  onAdd(items: ProposalItemDraft[]): Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [source, setSource] = useState<Source>('cluster_rank');
  const [sheetId, setSheetId] = useState<number | undefined>();
  const [rows, setRows] = useState<ProposalCandidate[] | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  // True once the user ticked or unticked a candidate by hand.
  const [touched, setTouched] = useState(false);
  const sheets = useMemo(() => options?.sheets ?? [], [options]);

  useEffect(() => {
    if (open && sheetId === undefined && sheets[0]) setSheetId(sheets[0].id);
  }, [open, sheets, sheetId]);

  useEffect(() => {
    if (!open) return;
    setRows(null);
    setPicked([]);
    setTouched(false);
    if (source === 'cluster_rank' && sheetId === undefined) {
      setRows([]);
      return;
    }
    let alive = true;
    call('proposals:candidates', { proposalId, source, ...(source === 'cluster_rank' ? { sheetId } : {}) }).then(
      (list) => {
        if (!alive) return;
        setRows(list);
        setPicked(list.flatMap((c, i) => (c.suggested && !c.alreadyIn ? [i] : [])));
      },
      (e: unknown) => alive && (setRows([]), message.error(errorText(e))),
    );
    return () => {
      alive = false;
    };
  }, [open, proposalId, source, sheetId, message]);

  const add = async () => {
    if (!rows) return;
    setBusy(true);
    try {
      await onAdd(picked.map((i) => candidateToItem(rows[i]!)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} width={900} title={t('proposals.candidates.title')} dirty={touched} saving={busy} onClose={onClose} onSubmit={() => void add()}
      okText={t('proposals.candidates.add', { count: picked.length })} okDisabled={picked.length === 0}>
      <Flex vertical gap={8}>
        <Segmented<Source> value={source} onChange={setSource} options={SOURCES.map((s) => ({ value: s, label: t(`proposals.candidates.${s}`) }))} />
        {source === 'cluster_rank' &&
          (sheets.length === 0 ? (
            <Alert type="info" title={t('proposals.candidates.noSheets')} />
          ) : (
            <Select showSearch={FOLDED_SEARCH} aria-label={t('proposals.candidates.sheet')} value={sheetId} onChange={setSheetId} style={{ width: 420 }}
              options={sheets.map((s) => ({ value: s.id, label: s.clusterName ? `${s.clusterName} — ${s.name}` : s.name }))} />
          ))}
        <Table<ProposalCandidate & { index: number }>
          size="small"
          rowKey="index"
          loading={rows === null}
          dataSource={(rows ?? []).map((r, index) => ({ ...r, index }))}
          pagination={false}
          scroll={{ y: 420 }}
          locale={{ emptyText: t('proposals.candidates.none') }}
          rowSelection={{ selectedRowKeys: picked, onChange: (keys) => {
              setPicked(keys as number[]);
              setTouched(true);
            }, getCheckboxProps: (r) => ({ disabled: r.alreadyIn }) }}
          columns={[
            { title: t('proposals.items.name'), key: 'name', render: (_, r) => (<>{r.recipientName} {r.alreadyIn && <Tag>{t('proposals.candidates.already')}</Tag>}{r.suggested && <Tag color="gold">{t('proposals.candidates.flag')}</Tag>}</>) },
            { title: t('proposals.items.unit'), dataIndex: 'recipientUnit' },
            { title: t('proposals.items.achievement'), dataIndex: 'achievement', render: (v: string) => <Typography.Text style={{ fontSize: 12 }}>{v}</Typography.Text> },
          ]}
        />
      </Flex>
    </FormModal>
  );
}
