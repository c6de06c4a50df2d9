-- Sending upward: the office's signing key (made on first use; in the database file, so every
-- backup carries it), the log of packages sent and the upper levels' keys their receipts pinned.
-- Owned by the upward domain.

CREATE TABLE office_keys (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  public_key  TEXT NOT NULL,                  -- Ed25519 SPKI DER, base64
  private_key TEXT NOT NULL,                  -- Ed25519 PKCS#8 DER, base64
  fingerprint TEXT NOT NULL,                  -- SHA-256 of the public key DER, hex
  created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE sent_packages (
  id              INTEGER PRIMARY KEY,
  package_id      TEXT NOT NULL UNIQUE,
  year            INTEGER NOT NULL,
  revision        INTEGER NOT NULL CHECK (revision >= 1),
  report_version  INTEGER NOT NULL,
  file_name       TEXT NOT NULL,
  saved_to        TEXT NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  fingerprint     TEXT NOT NULL,
  personal        INTEGER NOT NULL DEFAULT 0 CHECK (personal IN (0, 1)),
  created_at      TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'received', 'returned')),
  status_reason   TEXT NOT NULL DEFAULT '',
  status_at       TEXT,
  UNIQUE (year, revision)
) STRICT;

CREATE TABLE upper_keys (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  public_key  TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  name        TEXT NOT NULL DEFAULT '',
  pinned_at   TEXT NOT NULL
) STRICT;
