import { useCallback } from 'react';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';

const SHOWN_SECONDS = 8;

/** After a delete: its message with a "Hoàn tác" button for a few seconds, which puts the rows back. */
export function useUndoMessage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useCallback(
    (text: string, undoId: number, onUndone: () => void) => {
      const key = `undo-${undoId}`;
      const undo = async () => {
        message.destroy(key);
        try {
          await call('changes:undo', { id: undoId });
          void message.success(t('audit.undone'));
          onUndone();
        } catch (error) {
          void message.error(errorText(error), SHOWN_SECONDS);
        }
      };
      void message.success({
        key,
        duration: SHOWN_SECONDS,
        content: (
          <Space>
            <span>{text}</span>
            <Button size="small" type="link" onClick={() => void undo()}>
              {t('common.undo')}
            </Button>
          </Space>
        ),
      });
    },
    [message, t],
  );
}
