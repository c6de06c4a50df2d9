import { useState } from 'react';
import { App, Button, Card, Col, Flex, Input, Row, Typography } from 'antd';
import { DatabaseOutlined, FileAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useJobRunner } from '../../components/useJobRunner';
import { useAppStore } from '../../stores/appStore';
import { LanguageSwitch } from '../../app/LanguageSwitch';

const DEMO_UNIONS = 120;

export function FirstRunPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const load = useAppStore((state) => state.load);
  const { run, modal } = useJobRunner();
  const [officeName, setOfficeName] = useState('');
  const [busy, setBusy] = useState(false);

  const start = async (mode: 'empty' | 'demo') => {
    setBusy(true);
    try {
      if (mode === 'demo') await run((jobId) => call('setup:start', { mode, jobId, unions: DEMO_UNIONS }));
      else await call('setup:start', { mode, officeName });
      window.location.hash = mode === 'empty' ? '#/settings' : '#/dashboard';
      await load();
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 24 }} gap={24}>
      <Flex vertical align="center" gap={4}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('setup.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('setup.subtitle')}</Typography.Text>
      </Flex>
      <Row gutter={16} style={{ maxWidth: 880, width: '100%' }}>
        <Col span={12}>
          <Card title={<><FileAddOutlined /> {t('setup.emptyTitle')}</>} style={{ height: '100%' }}>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void start('empty');
              }}
            >
              <Flex vertical gap={12}>
                <Typography.Paragraph>{t('setup.emptyText')}</Typography.Paragraph>
                <Input
                  autoFocus
                  aria-label={t('settings.officeName')}
                  placeholder={t('setup.officeNamePlaceholder')}
                  value={officeName}
                  onChange={(event) => setOfficeName(event.target.value)}
                />
                <Button type="primary" htmlType="submit" loading={busy}>
                  {t('setup.emptyButton')}
                </Button>
              </Flex>
            </form>
          </Card>
        </Col>
        <Col span={12}>
          <Card title={<><DatabaseOutlined /> {t('setup.demoTitle')}</>} style={{ height: '100%' }}>
            <Flex vertical gap={12}>
              <Typography.Paragraph>{t('setup.demoText', { count: DEMO_UNIONS })}</Typography.Paragraph>
              <Button onClick={() => void start('demo')} loading={busy}>
                {t('setup.demoButton')}
              </Button>
            </Flex>
          </Card>
        </Col>
      </Row>
      <LanguageSwitch />
      {modal}
    </Flex>
  );
}
