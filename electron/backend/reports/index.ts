/** The reports domain's public surface: what other backend domains may call. */
export { versionDocument } from './document';
export { writeReportDocx } from './export/docx';
export { writeReportPdf } from './export/pdf';
export { writeReportXlsx } from './export/xlsx';
export { findReport, listVersions } from './repository';
export { buildDefaultReportTemplate } from './export/defaultTemplate';
