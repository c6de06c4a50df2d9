import type { ReactNode } from 'react';
import { Col, Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { formatDateVi } from '@shared/domain/format/date';
import { DateInput } from '../../components/DateInput';
import { MemberPicker } from '../../components/MemberPicker';
import { UnionPicker } from '../../components/UnionPicker';
import { MoneyInput } from '../../components/MoneyInput';

/** Small builders for the outcome forms: one antd Form.Item in a grid column. */
export function field(name: string | (string | number)[], label: string, span: number, control: ReactNode, rules?: Rule[], extra?: { valuePropName?: string }) {
  return (
    <Col span={span} key={Array.isArray(name) ? name.join('.') : name}>
      <Form.Item name={name} label={label} rules={rules} {...extra}>
        {control}
      </Form.Item>
    </Col>
  );
}

export const textField = (name: string, label: string, span: number, rules?: Rule[]) => field(name, label, span, <Input aria-label={label} />, rules);
export const areaField = (name: string, label: string, span: number) => field(name, label, span, <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 4 }} />);
export const dateField = (name: string, label: string, span: number) => field(name, label, span, <DateIn ariaLabel={label} />);
export const moneyField = (name: string, label: string, span: number, rules?: Rule[]) => field(name, label, span, <MoneyInput aria-label={label} />, rules);
export const unionField = (name: string, label: string, span: number) => field(name, label, span, <UnionPick ariaLabel={label} />);
export const memberField = (name: string | (string | number)[], label: string, span: number) => field(name, label, span, <MemberPick ariaLabel={label} />);

/** Form.Item gives value/onChange/id; the shared pickers want them by these names. */
function DateIn({ value, onChange, id, ariaLabel }: { value?: string | null; onChange?(v: string | null): void; id?: string; ariaLabel: string }) {
  return <DateInput id={id} ariaLabel={ariaLabel} value={value} onChange={(v) => onChange?.(v)} />;
}
function UnionPick({ value, onChange, id, ariaLabel }: { value?: number | null; onChange?(v: number | null): void; id?: string; ariaLabel: string }) {
  return <UnionPicker id={id} ariaLabel={ariaLabel} value={value} onChange={(v) => onChange?.(v)} style={{ width: '100%' }} includeDissolved />;
}
function MemberPick({ value, onChange, id, ariaLabel }: { value?: number | null; onChange?(v: number | null): void; id?: string; ariaLabel: string }) {
  return <MemberPicker id={id} ariaLabel={ariaLabel} value={value} onChange={(v) => onChange?.(v)} style={{ width: '100%' }} />;
}

export const nonNegative = (message: string): Rule => ({ validator: (_, v: unknown) => (typeof v === 'number' && v < 0 ? Promise.reject(new Error(message)) : Promise.resolve()) });

export const showDate = (iso: string | null) => (iso ? formatDateVi(iso) : '');
