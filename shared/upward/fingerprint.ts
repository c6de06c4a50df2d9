/** A key fingerprint (hex SHA-256) grouped by four for reading aloud: "3F2A 9C01 …". */
export function groupFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** The line printed on the report's last page and on the tờ trình (documents are Vietnamese whatever the UI language). */
export function fingerprintLine(grouped: string): string {
  return `Vân tay khóa ký số của đơn vị (đối chiếu với gói dữ liệu gửi cấp trên): ${grouped}`;
}
