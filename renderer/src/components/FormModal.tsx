import type { ReactNode } from 'react';
import { Button, Drawer, Flex, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormGuard } from './useFormGuard';

export interface FormDialogProps {
  open: boolean;
  title: ReactNode;
  /** True once something is changed and not saved: closing then asks first. */
  dirty: boolean;
  saving?: boolean;
  onClose(): void;
  /**
   * Runs the form's own validation and save; called by the save button and Ctrl+Enter. Without it
   * the footer only closes (a record whose parts are saved by their own buttons).
   */
  onSubmit?(): void;
  /** The save button greyed out (nothing to save yet). */
  okDisabled?: boolean;
  /** The button's action when it is not "Lưu" (e.g. "Khôi phục"); the Ctrl+Enter hint names it too. */
  okText?: string;
  /** The save button in red, for actions that end something (a member leaving). */
  danger?: boolean;
  width?: number | string;
  /** Shown left of the buttons (e.g. a restore-draft link). */
  extra?: ReactNode;
  children: ReactNode;
}

function Footer({ saving, okText, okDisabled, danger, extra, canSubmit, onCancel, onOk }: {
  saving?: boolean;
  okText?: string;
  okDisabled?: boolean;
  danger?: boolean;
  extra?: ReactNode;
  canSubmit: boolean;
  onCancel(): void;
  onOk(): void;
}) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" gap={8}>
      <Space size={8}>
        {extra}
        {canSubmit && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="form-shortcut">
            {okText === undefined ? t('inputs.dialog.shortcut') : t('inputs.dialog.shortcutDoes', { action: okText })}
          </Typography.Text>
        )}
      </Space>
      <Space size={8}>
        <Button onClick={onCancel}>{canSubmit ? t('common.cancel') : t('common.close')}</Button>
        {canSubmit && (
          <Button type="primary" danger={danger} loading={saving} disabled={okDisabled} onClick={onOk}>
            {okText ?? t('common.save')}
          </Button>
        )}
      </Space>
    </Flex>
  );
}

/**
 * The one modal for forms. Its content is rebuilt each time it opens (give it the row's data or
 * an empty form, never what the last opening left); Enter never submits, the save button or
 * Ctrl+Enter does; Esc, × and Hủy ask "Bỏ các thay đổi chưa lưu?" when something changed.
 */
export function FormModal({ open, title, dirty, saving, onClose, onSubmit, okText, okDisabled, danger, width = 640, extra, afterOpenChange, children }: FormDialogProps & { afterOpenChange?(open: boolean): void }) {
  const guard = useFormGuard({ open, dirty, onClose, onSubmit, submitDisabled: okDisabled });
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={guard.requestClose}
      mask={{ closable: false }}
      destroyOnHidden
      afterOpenChange={afterOpenChange}
      styles={{ body: { maxHeight: 'calc(100vh - 200px)', overflowY: 'auto', paddingRight: 8 } }}
      footer={<Footer saving={saving} okText={okText} okDisabled={okDisabled} danger={danger} extra={extra} canSubmit={onSubmit !== undefined} onCancel={guard.requestClose} onOk={guard.trySubmit} />}
    >
      <div ref={guard.container} onKeyDownCapture={guard.onKeyDownCapture} onKeyDown={guard.onKeyDown}>
        {children}
      </div>
    </Modal>
  );
}

/** The same as FormModal, as a drawer for long forms and records; `headerExtra` sits beside the title. */
export function FormDrawer({ open, title, dirty, saving, onClose, onSubmit, okText, okDisabled, danger, width = 720, extra, headerExtra, children }: FormDialogProps & { headerExtra?: ReactNode }) {
  const guard = useFormGuard({ open, dirty, onClose, onSubmit, submitDisabled: okDisabled });
  return (
    <Drawer
      open={open}
      title={title}
      size={width}
      onClose={guard.requestClose}
      mask={{ closable: false }}
      extra={headerExtra}
      destroyOnHidden
      footer={<Footer saving={saving} okText={okText} okDisabled={okDisabled} danger={danger} extra={extra} canSubmit={onSubmit !== undefined} onCancel={guard.requestClose} onOk={guard.trySubmit} />}
    >
      <div ref={guard.container} onKeyDownCapture={guard.onKeyDownCapture} onKeyDown={guard.onKeyDown}>
        {children}
      </div>
    </Drawer>
  );
}
