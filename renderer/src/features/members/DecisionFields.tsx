import { Col, Form, Input, Row } from 'antd';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';

/** The date and decision number of a movement (chuyển, thôi sinh hoạt, từ trần), side by side. */
export function DecisionFields<T extends FieldValues>({ control, dateLabel, idPrefix }: { control: Control<T>; dateLabel: string; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col span={12}>
        <Controller
          control={control}
          name={'date' as FieldPath<T>}
          render={({ field, fieldState }) => (
            <Form.Item label={dateLabel} htmlFor={`${idPrefix}-date`} required validateStatus={fieldState.error ? 'error' : ''} help={fieldState.error?.message}>
              <DateInput id={`${idPrefix}-date`} ariaLabel={dateLabel} value={field.value} onChange={field.onChange} status={fieldState.error ? 'error' : ''} />
            </Form.Item>
          )}
        />
      </Col>
      <Col span={12}>
        <Controller
          control={control}
          name={'decisionNo' as FieldPath<T>}
          render={({ field, fieldState }) => (
            <Form.Item label={t('members.form.decisionNo')} htmlFor={`${idPrefix}-decision`} validateStatus={fieldState.error ? 'error' : ''} help={fieldState.error?.message}>
              <Input id={`${idPrefix}-decision`} {...field} value={field.value} placeholder={t('members.form.decisionNoPlaceholder')} />
            </Form.Item>
          )}
        />
      </Col>
    </Row>
  );
}
