import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { isValidIsoDate } from '@shared/domain/format/date';

dayjs.extend(customParseFormat);

/** Typed dd/mm/yyyy (or d/m/yyyy), picked from a calendar; the value is an ISO date or null. */
export function DateInput({
  value,
  onChange,
  id,
  ariaLabel,
  status,
  disabled,
}: {
  value: string | null | undefined;
  onChange(value: string | null): void;
  id?: string;
  ariaLabel?: string;
  status?: '' | 'error';
  disabled?: boolean;
}) {
  return (
    <DatePicker
      id={id}
      aria-label={ariaLabel}
      status={status}
      disabled={disabled}
      style={{ width: '100%' }}
      format={['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'DDMMYYYY']}
      placeholder="dd/mm/yyyy"
      value={value && isValidIsoDate(value) ? dayjs(value, 'YYYY-MM-DD') : null}
      onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : null)}
    />
  );
}
