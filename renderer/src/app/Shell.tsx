import type { ReactNode } from 'react';
import { Flex, Layout, Menu, Tag, Typography } from 'antd';
import {
  ApartmentOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FlagOutlined,
  HistoryOutlined,
  ImportOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/appStore';
import { LanguageSwitch } from './LanguageSwitch';
import { WorkingYearChip } from './WorkingYearChip';
import { DemoBanner } from '../features/setup/DemoBanner';
import { navigate, type Route } from './routes';
import type { TextKeyUnder } from '../i18n/types';

type MenuEntry = { route: Route; icon: ReactNode } | { group: TextKeyUnder<'nav'>; icon: ReactNode; routes: Route[] };

/** The sidebar of DESIGN.md, in its order. */
const MENU: MenuEntry[] = [
  { route: 'dashboard', icon: <DashboardOutlined /> },
  { route: 'unions', icon: <ApartmentOutlined /> },
  { route: 'members', icon: <TeamOutlined /> },
  { group: 'groupEmulation', icon: <FlagOutlined />, routes: ['campaigns', 'clusters', 'scoring', 'targets'] },
  { group: 'groupAwards', icon: <TrophyOutlined />, routes: ['decisions', 'proposals', 'certificates', 'awardList', 'awardCatalogue'] },
  { group: 'groupReports', icon: <BarChartOutlined />, routes: ['report', 'statistics', 'formsCollect', 'formsRollup', 'upward', 'upperRollup'] },
  { route: 'import', icon: <ImportOutlined /> },
  { route: 'history', icon: <HistoryOutlined /> },
  { route: 'settings', icon: <SettingOutlined /> },
];
const GROUPS = MENU.flatMap((entry) => ('group' in entry ? [entry.group] : []));

export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const settings = useAppStore((state) => state.settings);
  const isPreview = !window.api;
  return (
    <Layout style={{ height: '100vh', overflow: 'hidden' }}>
      <Layout.Sider width={210} theme="light" data-testid="app-sider" style={{ borderRight: '1px solid #f0f0f0', height: '100vh', overflowY: 'auto' }}>
        <Typography.Title level={4} style={{ padding: '14px 20px 6px', margin: 0, color: '#c41d1d' }}>
          {t('app.name')}
        </Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={[route]}
          defaultOpenKeys={GROUPS}
          items={MENU.map((entry) =>
            'group' in entry
              ? {
                  key: entry.group,
                  icon: entry.icon,
                  label: t(`nav.${entry.group}`),
                  children: entry.routes.map((key) => ({ key, label: t(`nav.${key}`) })),
                }
              : { key: entry.route, icon: entry.icon, label: t(`nav.${entry.route}`) },
          )}
          onClick={({ key }) => navigate(key as Route)}
        />
      </Layout.Sider>
      <Layout style={{ height: '100vh', minWidth: 0 }}>
        <Layout.Header
          data-testid="app-header"
          style={{ flex: 'none', background: '#fff', padding: '0 20px', height: 48, lineHeight: '48px', borderBottom: '1px solid #f0f0f0' }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Flex gap={12} align="center">
              <Typography.Text strong data-testid="office-name">
                {settings?.['office.name'] || t('app.noOfficeName')}
              </Typography.Text>
              <WorkingYearChip />
              {isPreview && <Tag>{t('app.previewBadge')}</Tag>}
            </Flex>
            <LanguageSwitch />
          </Flex>
        </Layout.Header>
        <DemoBanner />
        <Layout.Content data-testid="app-content" style={{ padding: 20, overflow: 'auto', minHeight: 0 }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
