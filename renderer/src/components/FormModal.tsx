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
  /** Runs the form's own validation and save; called by the save button and Ctrl+Enter. */
  onSubmit(): void;
  okText?: string;
  /** The save button in red, for actions that end something (a member leaving). */
  danger?: boolean;
  width?: number | string;
  /** Shown left of the buttons (e.g. a restore-draft link). */
  extra?: ReactNode;
  children: ReactNode;
}

function Footer({ saving, okText, danger, extra, onCancel, onOk }: { saving?: boolean; okText?: string; danger?: boolean; extra?: ReactNode; onCancel(): void; onOk(): void }) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" gap={8}>
      <Space size={8}>
        {extra}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('inputs.dialog.shortcut')}
        </Typography.Text>
      </Space>
      <Space size={8}>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" danger={danger} loading={saving} onClick={onOk}>
          {okText ?? t('common.save')}
        </Button>
      </Space>
    </Flex>
  );
}

/**
 * The one modal for forms. Its content is rebuilt each time it opens (give it the row's data or
 * an empty form, never what the last opening left); Enter never submits, the save button or
 * Ctrl+Enter does; Esc, × and Hủy ask "Bỏ các thay đổi chưa lưu?" when something changed.
 */
export function FormModal({ open, title, dirty, saving, onClose, onSubmit, okText, danger, width = 640, extra, afterOpenChange, children }: FormDialogProps & { afterOpenChange?(open: boolean): void }) {
  const guard = useFormGuard({ open, dirty, onClose, onSubmit });
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
      footer={<Footer saving={saving} okText={okText} danger={danger} extra={extra} onCancel={guard.requestClose} onOk={guard.trySubmit} />}
    >
      <div ref={guard.container} onKeyDownCapture={guard.onKeyDownCapture}>
        {children}
      </div>
    </Modal>
  );
}

/** The same as FormModal, as a drawer for long forms. */
export function FormDrawer({ open, title, dirty, saving, onClose, onSubmit, okText, danger, width = 720, extra, children }: FormDialogProps) {
  const guard = useFormGuard({ open, dirty, onClose, onSubmit });
  return (
    <Drawer
      open={open}
      title={title}
      size={width}
      onClose={guard.requestClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={<Footer saving={saving} okText={okText} danger={danger} extra={extra} onCancel={guard.requestClose} onOk={guard.trySubmit} />}
    >
      <div ref={guard.container} onKeyDownCapture={guard.onKeyDownCapture}>
        {children}
      </div>
    </Drawer>
  );
}
