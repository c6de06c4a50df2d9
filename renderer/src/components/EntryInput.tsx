import type { Ref } from 'react';
import { Input, type InputProps, type InputRef } from 'antd';
import { FieldError, entryErrorProps } from './FieldError';

export interface EntryInputProps extends InputProps {
  ref?: Ref<InputRef>;
  /** The typed text cannot be read: marked so (dialogs refuse to save) even while no message shows yet. */
  invalid: boolean;
  /** What is said under the field, or null. */
  message: string | null;
}

/** A field for a typed value (date, money, count), with the message under it while the text is refused. */
export function EntryInput({ ref, id, invalid, message, status, ...props }: EntryInputProps) {
  const { errorId, inputProps } = entryErrorProps(id, invalid, message !== null);
  return (
    <>
      <Input ref={ref} id={id} {...inputProps} autoComplete="off" status={message !== null ? 'error' : status} {...props} />
      <FieldError id={errorId} message={message} />
    </>
  );
}
