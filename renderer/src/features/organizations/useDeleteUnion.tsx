import { useCallback } from 'react';
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnionDetail } from '@shared/organizations/union';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useUndoMessage } from '../audit/useUndoMessage';

/**
 * "Xóa" of a CĐCS: asks first, then the backend decides (one in use is refused with "hãy giải
 * thể"); a deletion is followed by "Hoàn tác" for a few seconds. `onChanged` runs after either.
 */
export function useDeleteUnion(onChanged: () => void) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showUndo = useUndoMessage();
  return useCallback(
    (union: UnionDetail) => {
      modal.confirm({
        title: t('unions.deleteTitle', { name: union.name }),
        content: <Typography.Paragraph style={{ margin: 0 }}>{t('unions.deleteConfirm')}</Typography.Paragraph>,
        okText: t('unions.deleteOk'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        autoFocusButton: 'cancel',
        onOk: async () => {
          try {
            const { undoId } = await call('unions:delete', { id: union.id });
            showUndo(t('unions.deleted', { name: union.name }), undoId, onChanged);
            onChanged();
          } catch (error) {
            void message.error(errorText(error), 8);
          }
        },
      });
    },
    [modal, message, showUndo, onChanged, t],
  );
}
