/** A key fingerprint (hex SHA-256) grouped by four for reading aloud: "3F2A 9C01 …". */
export function groupFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}
