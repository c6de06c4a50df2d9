import type { Db } from '../db/connection';
import { escapeXmlText } from '../../../shared/domain/text/xmlText';
import { fingerprintLine, groupFingerprint } from '../../../shared/upward/fingerprint';
import { scalar, text } from '../db/rows';


/** The office key's fingerprint grouped for reading, or null before the first key was made (read only). */
export function officeFingerprint(db: Db): string | null {
  const hex = scalar(db, 'SELECT fingerprint FROM office_keys WHERE id = 1', text).get();
  return hex ? groupFingerprint(hex) : null;
}

/** A Word document.xml with the fingerprint line as its last paragraph (before the body's final section properties). */
export function withFingerprintParagraph(documentXml: string, grouped: string | null | undefined): string {
  if (!grouped) return documentXml;
  const paragraph = `<w:p><w:pPr><w:spacing w:before="240"/></w:pPr><w:r><w:rPr><w:i/><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">${escapeXmlText(fingerprintLine(grouped))}</w:t></w:r></w:p>`;
  const at = documentXml.lastIndexOf('<w:sectPr');
  const bodyEnd = documentXml.lastIndexOf('</w:body>');
  const insertAt = at > 0 && at < bodyEnd ? at : bodyEnd;
  return `${documentXml.slice(0, insertAt)}${paragraph}${documentXml.slice(insertAt)}`;
}
