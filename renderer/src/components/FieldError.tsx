import { Typography } from 'antd';

/** Marks an input whose typed text could not be read; dialogs refuse to save while one is on screen. */
export const INVALID_ENTRY = 'data-invalid-entry';

/** The message under a field whose typed text is refused (money, dates). */
export function FieldError({ id, message }: { id?: string | undefined; message: string | null }) {
  if (message === null) return null;
  return (
    <Typography.Text id={id} type="danger" role="alert" style={{ display: 'block', fontSize: 12, lineHeight: 1.4, marginTop: 2 }}>
      {message}
    </Typography.Text>
  );
}
