import { useState, type ReactNode } from 'react';
import { Form } from 'antd';
import { FormModal } from '../../components/FormModal';

/** The add / edit dialog of one outcome row: a form of its own, built from the values it opens with. */
export function OutcomeDialog<V extends object>({ title, initialValues, fields, saving, onClose, onSubmit }: {
  title: string;
  initialValues: V;
  fields: ReactNode;
  saving: boolean;
  onClose(): void;
  onSubmit(values: V): void;
}) {
  const [form] = Form.useForm<V>();
  const [dirty, setDirty] = useState(false);
  return (
    <FormModal open title={title} dirty={dirty} saving={saving} onClose={onClose} onSubmit={() => form.submit()} width={720}>
      <Form<V> form={form} layout="vertical" size="small" initialValues={initialValues} onValuesChange={() => setDirty(true)} onFinish={onSubmit}>
        {fields}
      </Form>
    </FormModal>
  );
}
