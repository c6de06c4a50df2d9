import { useCallback, useEffect, useState } from 'react';
import { App, Button, Empty, Flex, InputNumber, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ISSUER_LEVELS, type AwardKind, type DecisionDetail, type DecisionListItem, type IssuerLevel } from '@shared/awards/model';
import { formatDateVi } from '@shared/domain/format/date';
import { formatNumber } from '@shared/domain/format/number';
import { call } from '../../api/client';
import { useAppStore } from '../../stores/appStore';
import { DecisionEditor } from './DecisionEditor';
import { errorText } from '../../api/errorText';
import { PlainTable } from '../../components/PlainTable';

/** The working year's award decisions (ours and the upper levels' recorded here); a row opens the editor. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const workingYear = useAppStore((s) => s.settings?.['office.workingYear']) ?? new Date().getFullYear();
  const [year, setYear] = useState(workingYear);
  const [level, setLevel] = useState<IssuerLevel | undefined>();
  const [items, setItems] = useState<DecisionListItem[]>([]);
  const [kinds, setKinds] = useState<AwardKind[]>([]);
  const [loading, setLoading] = useState(true);
  const [editor, setEditor] = useState<{ open: boolean; detail: DecisionDetail | null; key: number }>({ open: false, detail: null, key: 0 });

  useEffect(() => setYear(workingYear), [workingYear]);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const [list, catalogue] = await Promise.all([call('awardDecisions:list', { year, ...(level ? { issuerLevel: level } : {}) }), call('awardKinds:list', {})]);
      setItems(list);
      setKinds(catalogue);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setLoading(false);
    }
  }, [year, level, message]);
  useEffect(() => void load(), [load]);

  const open = async (id: number) => {
    try {
      const detail = await call('awardDecisions:get', { id });
      setEditor((e) => ({ open: true, detail, key: e.key + 1 }));
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.decisions')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor((e) => ({ open: true, detail: null, key: e.key + 1 }))}>
          {t('awards.list.add')}
        </Button>
      </Flex>
      <Flex gap={8} align="center">
        <Typography.Text>{t('awards.list.year')}</Typography.Text>
        <InputNumber aria-label={t('awards.list.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} style={{ width: 90 }} />
        <Select<IssuerLevel | undefined>
          allowClear
          style={{ width: 260 }}
          placeholder={t('awards.list.allLevels')}
          aria-label={t('awards.list.level')}
          value={level}
          onChange={setLevel}
          options={ISSUER_LEVELS.map((l) => ({ value: l, label: t(`awards.issuer.${l}`) }))}
        />
      </Flex>
      {!loading && items.length === 0 && !level ? (
        <Empty description={t('awards.list.empty', { year })} />
      ) : (
        <PlainTable<DecisionListItem>
          loading={loading}
          dataSource={items}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          onOpen={(row) => void open(row.id)}
          columns={[
            { title: t('awards.list.number'), dataIndex: 'number', width: 150 },
            { title: t('awards.list.date'), dataIndex: 'decidedOn', width: 100, render: (v: string) => formatDateVi(v) },
            { title: t('awards.list.level'), width: 200, render: (_, r) => r.issuerName || t(`awards.issuer.${r.issuerLevel}`) },
            { title: t('awards.list.award'), render: (_, r) => [r.formName, r.titleName].filter(Boolean).join(' · ') },
            { title: t('awards.list.subject'), dataIndex: 'subject', ellipsis: true },
            { title: t('awards.list.recipients'), dataIndex: 'recipients', width: 100, align: 'right', render: (v: number) => formatNumber(v) },
            { title: t('awards.list.total'), dataIndex: 'total', width: 130, align: 'right', render: (v: number) => formatNumber(v) },
          ]}
        />
      )}
      {editor.open && (
        <DecisionEditor
          key={editor.key}
          open={editor.open}
          detail={editor.detail}
          kinds={kinds}
          year={year}
          onClose={() => setEditor((e) => ({ ...e, open: false }))}
          onSaved={() => void load()}
          onDeleted={() => {
            setEditor((e) => ({ ...e, open: false }));
            void load();
          }}
        />
      )}
    </Flex>
  );
}
