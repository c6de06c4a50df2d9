import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useAppStore } from '../../stores/appStore';
import { errorText } from '../../api/errorText';

/** Shown over every screen while the office holds demo data; clears it after a confirmation. */
export function DemoBanner() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const demoData = useAppStore((state) => state.info?.demoData);
  const load = useAppStore((state) => state.load);
  if (!demoData) return null;

  const confirmClear = () => {
    modal.confirm({
      title: t('setup.clearDemoTitle'),
      content: t('setup.clearDemoText'),
      okText: t('setup.clearDemo'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call('setup:clearDemo', {});
          window.location.hash = '#/dashboard';
          message.success(t('setup.clearDemoDone'));
          await load();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  };

  return (
    <Alert
      type="warning"
      banner
      data-testid="demo-banner"
      title={t('setup.demoBanner')}
      action={
        <Button size="small" danger onClick={confirmClear}>
          {t('setup.clearDemo')}
        </Button>
      }
    />
  );
}
