import type { ReactNode } from 'react';
import { Flex, Layout, Menu, Tag, Typography } from 'antd';
import { ApartmentOutlined, DashboardOutlined, ImportOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/appStore';
import { LanguageSwitch } from './LanguageSwitch';
import { navigate, type Route } from './routes';

const MENU: { route: Route; icon: ReactNode }[] = [
  { route: 'dashboard', icon: <DashboardOutlined /> },
  { route: 'unions', icon: <ApartmentOutlined /> },
  { route: 'members', icon: <TeamOutlined /> },
  { route: 'import', icon: <ImportOutlined /> },
  { route: 'settings', icon: <SettingOutlined /> },
];

export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const settings = useAppStore((state) => state.settings);
  const isPreview = !window.api;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={210} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={4} style={{ padding: '14px 20px 6px', margin: 0, color: '#c41d1d' }}>
          {t('app.name')}
        </Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={[route]}
          items={MENU.map(({ route: key, icon }) => ({ key, icon, label: t(`nav.${key}`) }))}
          onClick={({ key }) => navigate(key as Route)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 20px', height: 48, lineHeight: '48px', borderBottom: '1px solid #f0f0f0' }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Flex gap={12} align="center">
              <Typography.Text strong data-testid="office-name">
                {settings?.['office.name'] || t('app.noOfficeName')}
              </Typography.Text>
              <Tag color="red" data-testid="working-year">
                {t('app.workingYear')} {settings?.['office.workingYear']}
              </Tag>
              {isPreview && <Tag>{t('app.previewBadge')}</Tag>}
            </Flex>
            <LanguageSwitch />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 20 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
