import { useEffect, useRef, useState } from 'react';
import { formatScore, parseScore } from '@shared/clusters/bands';

export type Field = 'self' | 'agreed';

/** One score input: commits on Tab, Enter or leaving; Esc puts back the saved value. */
export function ScoreCell({
  row,
  col,
  value,
  label,
  onCommit,
  onEnter,
  onBadNumber,
  list,
}: {
  /** id of a datalist with the criterion's graded levels */
  list?: string;
  row: number;
  col: number;
  value: number | null;
  label: string;
  onCommit(value: number | null): Promise<boolean>;
  onEnter(): void;
  onBadNumber(text: string): void;
}) {
  const [text, setText] = useState(formatScore(value));
  const [error, setError] = useState(false);
  const saved = useRef(value);
  useEffect(() => {
    saved.current = value;
    setText(formatScore(value));
  }, [value]);

  const commit = async () => {
    const parsed = parseScore(text);
    if (parsed !== null && Number.isNaN(parsed)) {
      setError(true);
      onBadNumber(text);
      return;
    }
    if (parsed === saved.current) {
      setError(false);
      setText(formatScore(parsed));
      return;
    }
    const ok = await onCommit(parsed);
    if (ok) {
      saved.current = parsed;
      setText(formatScore(parsed));
      setError(false);
    } else {
      setText(formatScore(saved.current));
      setError(true);
    }
  };

  return (
    <input
      className={error ? 'score-input error' : 'score-input'}
      inputMode="decimal"
      aria-label={label}
      title={label}
      list={list}
      data-row={row}
      data-col={col}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => e.target.select()}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onEnter();
        } else if (e.key === 'Escape') {
          setText(formatScore(saved.current));
          setError(false);
        }
      }}
    />
  );
}
