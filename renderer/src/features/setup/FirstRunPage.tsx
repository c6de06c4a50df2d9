import { useState } from 'react';
import { App, Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { DatabaseOutlined, FileAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useJobRunner } from '../../components/useJobRunner';
import { useAppStore } from '../../stores/appStore';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { errorText } from '../../api/errorText';

const DEMO_UNIONS = 120;

/** What every document needs, asked once on the first run. */
const OFFICE_FIELDS = [
  { key: 'officeName', label: 'settings.officeName', placeholder: 'setup.officeNamePlaceholder', required: true },
  { key: 'upperName', label: 'settings.upperName', placeholder: 'setup.upperNamePlaceholder', required: false },
  { key: 'placeName', label: 'settings.placeName', placeholder: 'setup.placeNamePlaceholder', required: false },
  { key: 'signerName', label: 'settings.signerName', placeholder: 'setup.signerNamePlaceholder', required: false },
  { key: 'signerTitle', label: 'settings.signerTitle', placeholder: 'setup.signerTitlePlaceholder', required: false },
] as const;
type OfficeField = (typeof OFFICE_FIELDS)[number]['key'];
const EMPTY_OFFICE: Record<OfficeField, string> = { officeName: '', upperName: '', placeName: '', signerName: '', signerTitle: '' };

export function FirstRunPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const load = useAppStore((state) => state.load);
  const { run, modal } = useJobRunner();
  const [office, setOffice] = useState(EMPTY_OFFICE);
  const [nameMissing, setNameMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const start = async (mode: 'empty' | 'demo') => {
    if (mode === 'empty' && office.officeName.trim() === '') {
      setNameMissing(true);
      document.getElementById('setup-officeName')?.focus();
      return;
    }
    setBusy(true);
    try {
      if (mode === 'demo') await run((jobId) => call('setup:start', { mode, jobId, unions: DEMO_UNIONS }));
      else await call('setup:start', { mode, ...office });
      window.location.hash = '#/dashboard';
      await load();
    } catch (error) {
      message.error(errorText(error));
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
      <Row gutter={16} style={{ maxWidth: 960, width: '100%' }}>
        <Col span={14}>
          <Card title={<><FileAddOutlined /> {t('setup.emptyTitle')}</>} style={{ height: '100%' }}>
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void start('empty');
              }}
            >
              <Typography.Paragraph type="secondary">{t('setup.emptyText')}</Typography.Paragraph>
              <Form component={false} layout="vertical">
                {OFFICE_FIELDS.map(({ key, label, placeholder, required }) => {
                  const invalid = key === 'officeName' && nameMissing;
                  return (
                    <Form.Item
                      key={key}
                      label={t(label)}
                      htmlFor={`setup-${key}`}
                      required={required}
                      style={{ marginBottom: 10 }}
                      validateStatus={invalid ? 'error' : ''}
                      help={invalid ? <span id="setup-officeName-help">{t('setup.officeNameRequired')}</span> : undefined}
                    >
                      <Input
                        id={`setup-${key}`}
                        autoFocus={key === 'officeName'}
                        aria-label={t(label)}
                        aria-required={required}
                        {...(invalid ? { 'aria-invalid': true, 'aria-describedby': 'setup-officeName-help' } : {})}
                        placeholder={t(placeholder)}
                        value={office[key]}
                        onChange={(event) => {
                          setOffice({ ...office, [key]: event.target.value });
                          if (key === 'officeName' && event.target.value.trim() !== '') setNameMissing(false);
                        }}
                      />
                    </Form.Item>
                  );
                })}
              </Form>
              <Button type="primary" htmlType="submit" loading={busy} block>
                {t('setup.emptyButton')}
              </Button>
            </form>
          </Card>
        </Col>
        <Col span={10}>
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
