import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Button, Calendar, Popover } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateVi, isValidIsoDate, todayIso } from '@shared/domain/format/date';
import { defaultDateInYear, parseTypedDate } from '@shared/domain/format/typedDate';
import { useAppStore } from '../stores/appStore';
import { EntryInput } from './EntryInput';

export interface DateInputProps {
  value: string | null | undefined;
  onChange(value: string | null): void;
  id?: string;
  ariaLabel?: string;
  'aria-label'?: string;
  status?: '' | 'error';
  disabled?: boolean;
  size?: 'small' | 'middle' | 'large';
}

const shown = (value: string | null | undefined) => (value && isValidIsoDate(value) ? formatDateVi(value) : '');

/**
 * A date typed as a clerk types it (26/12/2025, 26-12-2025, 26/12/25, 26122025) or picked on a
 * calendar that opens in the working year; the value is an ISO date or null. Focusing selects the
 * text so typing replaces it; a date that cannot be read (31/02/2025) stays on screen with a
 * message under the field and is not sent on. Enter confirms the field and never submits a form.
 */
export function DateInput({ value, onChange, id, ariaLabel, status, disabled, size, ...rest }: DateInputProps) {
  const { t } = useTranslation();
  const workingYear = useAppStore((s) => s.settings?.['office.workingYear']) ?? Number(todayIso().slice(0, 4));
  const [text, setText] = useState(() => shown(value));
  const [invalid, setInvalid] = useState<'format' | 'impossible' | null>(null);
  const [showError, setShowError] = useState(false);
  const [calendarOpen, setCalendarOpen] = useState(false);
  const sent = useRef(value);
  const justFocused = useRef(false);

  if (value !== sent.current) {
    sent.current = value;
    setText(shown(value));
    setInvalid(null);
  }

  const send = (next: string | null) => {
    if (next === (sent.current ?? null)) return;
    sent.current = next;
    onChange(next);
  };

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.target.value;
    setText(typed);
    const parsed = parseTypedDate(typed, workingYear);
    if (parsed.ok) {
      setInvalid(null);
      setShowError(false);
      send(parsed.value);
    } else {
      setInvalid(parsed.error);
    }
  };

  const confirm = () => {
    if (invalid !== null) setShowError(true);
    else setText(shown(sent.current));
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    confirm();
    if (event.ctrlKey || event.metaKey) return; // Ctrl+Enter saves the dialog
    event.preventDefault();
    event.stopPropagation();
  };

  const pick = (date: dayjs.Dayjs) => {
    const iso = date.format('YYYY-MM-DD');
    setText(formatDateVi(iso));
    setInvalid(null);
    setShowError(false);
    send(iso);
    setCalendarOpen(false);
  };

  const label = rest['aria-label'] ?? ariaLabel;
  const message = invalid === 'impossible' || (invalid !== null && showError) ? (invalid === 'impossible' ? t('inputs.date.impossible', { text: text.trim() }) : t('inputs.date.format')) : null;
  const calendarValue = dayjs(sent.current && isValidIsoDate(sent.current) ? sent.current : defaultDateInYear(workingYear, todayIso()), 'YYYY-MM-DD');
  return (
    <EntryInput
      id={id}
      aria-label={label}
      invalid={invalid !== null}
      message={message}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      size={size}
      disabled={disabled}
      status={status}
      value={text}
      onChange={change}
      onKeyDown={keyDown}
      onBlur={confirm}
      onFocus={(event) => {
        event.target.select();
        justFocused.current = true;
      }}
      onMouseUp={(event) => {
        // The click that focused the field would otherwise undo the selection.
        if (justFocused.current) event.preventDefault();
        justFocused.current = false;
      }}
      style={{ width: '100%' }}
      suffix={
        <Popover
          open={calendarOpen}
          onOpenChange={setCalendarOpen}
          trigger="click"
          placement="bottomRight"
          content={<Calendar key={`${calendarOpen}-${sent.current ?? ''}`} fullscreen={false} defaultValue={calendarValue} onSelect={(date, info) => info.source === 'date' && pick(date)} style={{ width: 290 }} />}
        >
          <Button type="text" size="small" tabIndex={-1} disabled={disabled} icon={<CalendarOutlined />} aria-label={t('inputs.date.openCalendar')} style={{ height: 20 }} />
        </Popover>
      }
    />
  );
}
