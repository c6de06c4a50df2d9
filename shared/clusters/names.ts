/** A unit's name as a narrow column or a list writes it: "Liên đoàn Lao động huyện Mỹ Đức" → "LĐLĐ huyện Mỹ Đức". */
export function shortUnitName(name: string): string {
  return name
    .replace(/^Liên đoàn Lao động /iu, 'LĐLĐ ')
    .replace(/^Công đoàn cơ sở /iu, 'CĐCS ')
    .replace(/^Công đoàn (phường|xã|thị trấn) /iu, 'CĐ $1 ')
    .replace(/\bCông ty Trách nhiệm hữu hạn\b/giu, 'Công ty TNHH')
    .replace(/\bCông ty Cổ phần\b/giu, 'Công ty CP');
}
