import type { ReactNode } from 'react';
import { Form, Input } from 'antd';
import { Controller, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';

export interface FormFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  help?: string;
  required?: boolean;
  render(
    field: ControllerRenderProps<T>,
    a11y: { id: string; 'aria-label': string; 'aria-invalid'?: true; 'aria-describedby'?: string; status: '' | 'error' },
  ): ReactNode;
}

/** One react-hook-form field in an antd Form.Item: label, error message linked to the input. */
export function FormField<T extends FieldValues>({ control, name, label, help, required, render }: FormFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const message = fieldState.error?.message ?? help;
        return (
          <Form.Item
            label={label}
            required={required}
            htmlFor={name}
            validateStatus={fieldState.error ? 'error' : ''}
            help={message ? <span id={`${name}-help`}>{message}</span> : undefined}
          >
            {render(field, {
              id: name,
              'aria-label': label,
              ...(fieldState.error ? { 'aria-invalid': true as const, 'aria-describedby': `${name}-help` } : {}),
              status: fieldState.error ? 'error' : '',
            })}
          </Form.Item>
        );
      }}
    />
  );
}

/** A FormField holding a one-line text input. */
export function TextFormField<T extends FieldValues>(props: Omit<FormFieldProps<T>, 'render'>) {
  return <FormField {...props} render={(field, a11y) => <Input {...field} {...a11y} value={String(field.value ?? '')} />} />;
}
