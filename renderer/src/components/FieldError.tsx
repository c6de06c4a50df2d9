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

/**
 * What ties a typed entry to its message under the field: the mark dialogs look for while the text
 * is unreadable, and the aria state pointing at the message while it is shown.
 */
export function entryErrorProps(id: string | undefined, invalid: boolean, shown: boolean) {
  const errorId = id ? `${id}-entry-error` : undefined;
  const inputProps = {
    'aria-invalid': invalid || undefined,
    'aria-describedby': shown ? errorId : undefined,
    ...(invalid ? { [INVALID_ENTRY]: 'true' } : {}),
  };
  return { errorId, inputProps };
}
