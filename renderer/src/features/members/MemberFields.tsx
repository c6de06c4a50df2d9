import type { ReactNode } from 'react';
import { Checkbox, Col, Divider, Form, Input, Row, Select } from 'antd';
import { Controller, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SEXES, UNION_POSITIONS } from '@shared/members/model';
import { DateInput } from '../../components/DateInput';
import { UnionPicker } from '../../components/UnionPicker';
import type { MemberFormMode, MemberFormValues } from './memberForm';
import type { TextKeyUnder } from '../../i18n/types';

type Name = FieldPath<MemberFormValues>;
/** A field whose label is its own key in members.form. */
type LabelledName = Name & TextKeyUnder<'members.form'>;

/** One labelled cell of the form: the Form.Item shows the field's zod message under it. */
function Field({
  control,
  name,
  label,
  span,
  required,
  help,
  children,
}: {
  control: Control<MemberFormValues>;
  name: Name;
  label: string;
  span: number;
  required?: boolean;
  help?: ReactNode;
  children(field: { id: string; value: unknown; onChange(value: unknown): void; onBlur(): void; ref(el: unknown): void; status: '' | 'error' }): ReactNode;
}) {
  return (
    <Col span={span}>
      <Controller
        control={control}
        name={name}
        render={({ field, fieldState }) => (
          <Form.Item
            label={label}
            htmlFor={`member-${name}`}
            required={required}
            validateStatus={fieldState.error ? 'error' : ''}
            help={fieldState.error?.message ?? help}
          >
            {children({
              id: `member-${name}`,
              value: field.value,
              onChange: field.onChange,
              onBlur: field.onBlur,
              ref: field.ref,
              status: fieldState.error ? 'error' : '',
            })}
          </Form.Item>
        )}
      />
    </Col>
  );
}

/** Every field of a member (DOMAIN.md "Members"), and the decision when one is being admitted. */
export function MemberFields({ control, mode }: { control: Control<MemberFormValues>; mode: MemberFormMode }) {
  const { t } = useTranslation();
  const l = (key: TextKeyUnder<'members.form'>) => t(`members.form.${key}`);

  const text = (name: LabelledName, span: number, extra: { required?: boolean; maxLength?: number; placeholder?: string; inputMode?: 'numeric' | 'tel'; help?: string } = {}) => (
    <Field control={control} name={name} label={l(name)} span={span} required={extra.required} help={extra.help}>
      {(field) => (
        <Input
          id={field.id}
          ref={field.ref}
          value={String(field.value ?? '')}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          status={field.status}
          maxLength={extra.maxLength}
          placeholder={extra.placeholder}
          inputMode={extra.inputMode}
          autoComplete="off"
        />
      )}
    </Field>
  );

  const date = (name: Name, span: number, label: string, extra: { required?: boolean; help?: string } = {}) => (
    <Field control={control} name={name} label={label} span={span} required={extra.required} help={extra.help}>
      {(field) => (
        <DateInput id={field.id} ariaLabel={label} value={field.value as string | null} onChange={field.onChange} status={field.status} />
      )}
    </Field>
  );

  const movementLabel = mode === 'transferIn' ? l('transferInDate') : l('admitDate');
  const section = (title: string) => (
    <Divider titlePlacement="start" orientationMargin={0} plain style={{ margin: '0 0 6px', fontWeight: 600 }}>
      {title}
    </Divider>
  );

  return (
    <>
      {mode !== 'edit' && (
        <>
          {section(mode === 'transferIn' ? t('members.actions.transferIn') : l('sectionDecision'))}
          <Row gutter={12}>
            {mode === 'transferIn' && text('fromName', 24, { required: true, placeholder: l('fromNamePlaceholder') })}
            <Field control={control} name="organizationId" label={l('union')} span={12} required>
              {(field) => (
                <UnionPicker
                  ref={field.ref}
                  id={field.id}
                  ariaLabel={l('union')}
                  value={field.value as number | null}
                  onChange={(id) => field.onChange(id)}
                  status={field.status}
                  allowClear={false}
                />
              )}
            </Field>
            {date('movementDate', 6, movementLabel, { required: true })}
            {text('decisionNo', 6, { placeholder: l('decisionNoPlaceholder') })}
          </Row>
        </>
      )}

      {section(l('sectionPerson'))}
      <Row gutter={12}>
        {text('fullName', 12, { required: true })}
        {text('birthDate', 6, { placeholder: l('birthDateHelp') })}
        <Field control={control} name="sex" label={l('sex')} span={6}>
          {(field) => (
            <Select
              id={field.id}
              allowClear
              placeholder={l('sexPlaceholder')}
              value={(field.value as string | null) ?? undefined}
              onChange={(value) => field.onChange(value ?? null)}
              status={field.status}
              options={SEXES.map((sex) => ({ value: sex, label: t(`members.sex.${sex}`) }))}
            />
          )}
        </Field>
        {text('ethnicity', 4)}
        {text('religion', 4)}
        <Field control={control} name="partyMember" label={l('partyMember')} span={4}>
          {(field) => (
            <Checkbox id={field.id} checked={Boolean(field.value)} onChange={(event) => field.onChange(event.target.checked)}>
              {l('partyMemberYes')}
            </Checkbox>
          )}
        </Field>
        {text('hometown', 12)}
      </Row>

      {section(l('sectionIdentity'))}
      <Row gutter={12}>
        {text('cccd', 6, { maxLength: 15, inputMode: 'numeric', placeholder: '001085012345' })}
        {date('cccdIssuedOn', 6, l('cccdIssuedOn'))}
        {text('cccdIssuedBy', 6)}
        {text('phone', 6, { inputMode: 'tel' })}
      </Row>

      {section(l('sectionEducation'))}
      <Row gutter={12}>
        {text('education', 6, { placeholder: '12/12' })}
        {text('qualification', 6)}
        {text('politicalTheory', 6)}
        {text('occupation', 6)}
      </Row>

      {section(l('sectionUnion'))}
      <Row gutter={12}>
        <Field control={control} name="unionPosition" label={l('unionPosition')} span={6}>
          {(field) => (
            <Select
              id={field.id}
              value={field.value as string}
              onChange={field.onChange}
              options={UNION_POSITIONS.map((position) => ({ value: position, label: t(`members.position.${position}`) }))}
              popupMatchSelectWidth={false}
            />
          )}
        </Field>
        {date('joinedOn', 6, l('joinedOn'), mode === 'admit' ? { help: l('joinedOnHelp') } : {})}
        {text('cardNumber', 6)}
        {date('cardIssuedOn', 6, l('cardIssuedOn'))}
      </Row>
    </>
  );
}
