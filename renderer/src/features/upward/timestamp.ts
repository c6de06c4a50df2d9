import { formatDateVi } from '@shared/domain/format/date';

/** "15/03/2025 15:00": a stored ISO timestamp as the screens show it. */
export const formatTimestamp = (iso: string) => `${formatDateVi(iso.slice(0, 10))} ${new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })}`;
