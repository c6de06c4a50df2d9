import { useCallback, useEffect, useState } from 'react';
import { App, Button, Empty, Flex, Input, Select, Switch, Tabs, Typography } from 'antd';
import { FileExcelOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Sector } from '@shared/organizations/levels';
import type { UnionDetail, UnionListItem } from '@shared/organizations/union';
import { call } from '../../api/client';
import { fileNameOf, saveExport } from '../../api/files';
import { navigate } from '../../app/routes';
import { useDebounced } from '../../components/useDebounced';
import { UnionDrawer } from './UnionDrawer';
import { UnionTable } from './UnionTable';
import { UnionTree } from './UnionTree';
import { errorText } from '../../api/errorText';

const TREE_LIMIT = 1000;

export function UnionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [sector, setSector] = useState<Sector | undefined>();
  const [includeDissolved, setIncludeDissolved] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 100 });
  const [data, setData] = useState<{ total: number; items: UnionListItem[] }>({ total: 0, items: [] });
  const [tree, setTree] = useState<UnionListItem[]>([]);
  const [loading, setLoading] = useState(true);
  const [tab, setTab] = useState('list');
  const [drawer, setDrawer] = useState<{ open: boolean; union: UnionDetail | null }>({ open: false, union: null });
  const query = useDebounced(search);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const filter = { search: query || undefined, sector, includeDissolved };
      setData(await call('unions:list', { ...filter, offset: (paging.page - 1) * paging.pageSize, limit: paging.pageSize }));
      if (tab === 'tree') setTree((await call('unions:list', { ...filter, offset: 0, limit: TREE_LIMIT })).items);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setLoading(false);
    }
  }, [query, sector, includeDissolved, paging, tab, message]);

  useEffect(() => void load(), [load]);

  const open = async (id: number) => {
    try {
      setDrawer({ open: true, union: await call('unions:get', { id }) });
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const exportList = async () => {
    try {
      await saveExport(
        t('unions.exportFileName'),
        'xlsx',
        (where) => call('export:unionsXlsx', { search: query || undefined, sector, includeDissolved, ...where }),
        ({ file, rows }) => void message.success(t('unions.exported', { file: fileNameOf(file), rows })),
      );
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const isEmpty = !loading && data.total === 0 && !query && !sector;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('unions.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Button icon={<ImportOutlined />} onClick={() => navigate('import', { kind: 'unions' })}>
            {t('unions.import')}
          </Button>
          <Button icon={<FileExcelOutlined />} disabled={data.total === 0} onClick={() => void exportList()}>
            {t('unions.exportExcel')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, union: null })}>
            {t('unions.add')}
          </Button>
        </Flex>
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Input.Search allowClear style={{ width: 360 }} placeholder={t('unions.searchPlaceholder')} aria-label={t('unions.searchPlaceholder')} value={search} onChange={(e) => { setSearch(e.target.value); setPaging((p) => ({ ...p, page: 1 })); }} />
        <Select<Sector | undefined> allowClear style={{ width: 240 }} placeholder={t('unions.allSectors')} value={sector} onChange={(v) => { setSector(v); setPaging((p) => ({ ...p, page: 1 })); }} options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))} />
        <Switch checked={includeDissolved} onChange={setIncludeDissolved} /> <Typography.Text>{t('unions.includeDissolved')}</Typography.Text>
      </Flex>
      {isEmpty ? (
        <Empty description={t('unions.empty')} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'list', label: t('unions.listTab'), children: <UnionTable {...data} {...paging} loading={loading} onPage={(page, pageSize) => setPaging({ page, pageSize })} onOpen={(id) => void open(id)} /> },
            { key: 'tree', label: t('unions.treeTab'), children: <UnionTree items={tree} onOpen={(id) => void open(id)} /> },
          ]}
        />
      )}
      <UnionDrawer
        open={drawer.open}
        union={drawer.union}
        onClose={() => setDrawer({ open: false, union: null })}
        onChanged={(union) => {
          setDrawer({ open: true, union });
          void load();
        }}
        onDeleted={() => {
          setDrawer({ open: false, union: null });
          void load();
        }}
      />
    </Flex>
  );
}
