/** One package in the office's log of what was sent upward. */
export interface SentPackage {
  id: number;
  packageId: string;
  year: number;
  revision: number;
  reportVersion: number;
  fileName: string;
  savedTo: string;
  fingerprint: string;
  personal: boolean;
  createdAt: string;
  status: 'sent' | 'received' | 'returned';
  statusReason: string;
  statusAt: string | null;
}

export interface OfficeKeyInfo {
  /** Hex SHA-256 of the public key. */
  fingerprint: string;
  /** Grouped by four for reading aloud. */
  grouped: string;
}

export interface BuildResult {
  file: string;
  fileName: string;
  revision: number;
  fingerprint: string;
  pdf: 'included' | 'no-chromium' | 'not-requested';
}

/** `package verify --json`: ok, who and what, and the one reason a package is refused. */
export interface VerifyResult {
  ok: boolean;
  office: string | null;
  officeName: string | null;
  period: number | null;
  revision: number | null;
  fingerprint: string | null;
  problems: string[];
}

export interface UpwardState {
  key: OfficeKeyInfo;
  upperKey: OfficeKeyInfo | null;
  sent: SentPackage[];
}
