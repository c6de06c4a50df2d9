import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form } from 'antd';
import { useForm } from 'react-hook-form';
import { TextFormField } from '../../../renderer/src/components/FormField';

interface Values {
  name: string;
}

function Harness({ onSubmit }: { onSubmit(values: Values): void }) {
  const { control, handleSubmit, setError } = useForm<Values>({ defaultValues: { name: 'Công đoàn Sở Y tế' } });
  return (
    <Form onFinish={() => void handleSubmit(onSubmit)()}>
      <TextFormField control={control} name="name" label="Tên" required help="Tên đầy đủ" />
      <button type="button" onClick={() => setError('name', { message: 'Hãy nhập tên.' })}>
        Báo lỗi
      </button>
      <button type="submit">Lưu</button>
    </Form>
  );
}

afterEach(cleanup);

describe('TextFormField', () => {
  it('edits its text, labelled, and links its error message to the input', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const input = screen.getByLabelText<HTMLInputElement>('Tên');
    expect(input.value).toBe('Công đoàn Sở Y tế');
    expect(screen.getByText('Tên đầy đủ')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'Công đoàn Sở Giáo dục' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ name: 'Công đoàn Sở Giáo dục' });
    fireEvent.click(screen.getByRole('button', { name: 'Báo lỗi' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Hãy nhập tên.');
  });
});
