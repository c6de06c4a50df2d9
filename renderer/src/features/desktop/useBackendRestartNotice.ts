import { useEffect } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../../api/client';

/** Tells the user when main had to restart the backend worker (the desktop app only). */
export function useBackendRestartNotice(): void {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  useEffect(
    () =>
      onEvent('backend', () => {
        notification.warning({ key: 'backend-restarted', message: t('desktop.backendRestartedTitle'), description: t('desktop.backendRestarted'), duration: 0 });
      }),
    [notification, t],
  );
}
