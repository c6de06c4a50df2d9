import { useEffect, useState } from 'react';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDefaultDate } from './useDefaultDate';
import { DateInput } from './DateInput';
import { FormModal } from './FormModal';

export interface DecisionValues {
  date: string;
  decisionNo: string;
  text: string;
}

/** A dated action with its decision number (giải thể, chuyển, thôi sinh hoạt…), confirmed in a dialog. */
export function DecisionDialog({
  open,
  title,
  description,
  textLabel,
  textPlaceholder,
  okText,
  danger,
  onOk,
  onCancel,
}: {
  open: boolean;
  title: string;
  description?: string;
  /** An extra required text field, e.g. the destination's name. */
  textLabel?: string;
  textPlaceholder?: string;
  okText: string;
  danger?: boolean;
  onOk(values: DecisionValues): Promise<void>;
  onCancel(): void;
}) {
  const defaultDate = useDefaultDate();
  const { t } = useTranslation();
  const empty: DecisionValues = { date: defaultDate, decisionNo: '', text: '' };
  const [values, setValues] = useState<DecisionValues>(empty);
  // Every opening starts from the defaults, never from what the last one left.
  useEffect(() => {
    if (open) setValues({ date: defaultDate, decisionNo: '', text: '' });
  }, [open, defaultDate]);
  const dirty = values.decisionNo !== '' || values.text !== '' || values.date !== empty.date;
  const [busy, setBusy] = useState(false);
  const missingText = textLabel !== undefined && !values.text.trim();

  const submit = async () => {
    if (missingText || !values.date) return;
    setBusy(true);
    try {
      await onOk(values);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal open={open} title={title} okText={okText} danger={danger} dirty={dirty} saving={busy} onClose={onCancel} onSubmit={() => void submit()}>
      {description && <Typography.Paragraph>{description}</Typography.Paragraph>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Form component={false} layout="vertical">
          {textLabel && (
            <Form.Item label={textLabel} required>
              <Input autoFocus aria-label={textLabel} placeholder={textPlaceholder} value={values.text} onChange={(e) => setValues({ ...values, text: e.target.value })} />
            </Form.Item>
          )}
          <Form.Item label={t('unions.date')} required>
            <DateInput ariaLabel={t('unions.date')} value={values.date} onChange={(date) => setValues({ ...values, date: date ?? '' })} />
          </Form.Item>
          <Form.Item label={t('unions.decisionNo')}>
            <Input aria-label={t('unions.decisionNo')} value={values.decisionNo} onChange={(e) => setValues({ ...values, decisionNo: e.target.value })} />
          </Form.Item>
          <button type="submit" hidden />
        </Form>
      </form>
    </FormModal>
  );
}
