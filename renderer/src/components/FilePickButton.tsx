import { useRef, type ReactNode } from 'react';
import { Button } from 'antd';

/** A button that opens the file dialog; the chosen file goes to `onPick`, and the same file can be chosen again. */
export function FilePickButton({
  accept,
  icon,
  testId,
  disabled,
  onPick,
  children,
}: {
  accept: string;
  icon?: ReactNode;
  /** data-testid of the hidden input, for tests that set its files. */
  testId?: string;
  disabled?: boolean;
  onPick(file: File): void;
  children: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={icon} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
    </>
  );
}
