import { suggestDocumentNumber } from '../../../shared/domain/documents/officeSymbol';
import type { ReportHeader } from '../../../shared/reports/model';
import { defaultReportRecipients } from '../../../shared/domain/documents/recipients';
import { defaultCutoff, defaultReportTitle } from '../../../shared/reports/template';
import type { BackendContext } from '../core/context';
import { getSettings, ownOfficeSymbol } from '../settings';
import { reportNumbersOfYear } from './repository';

/** "01/BC-LĐLĐ": the next number among the year's reports, with our office's symbol. */
export function suggestedNumber(ctx: BackendContext, year: number): string {
  return suggestDocumentNumber(reportNumbersOfYear(ctx.db, year), 'BC', ownOfficeSymbol(ctx)).number;
}

/** The header a new report starts with. */
export function templateHeader(ctx: BackendContext, year: number): ReportHeader {
  const settings = getSettings(ctx.db, ctx.now());
  return {
    title: defaultReportTitle(year),
    number: suggestedNumber(ctx, year),
    issuedOn: null,
    placeName: settings['office.placeName'],
    // Nơi nhận from the office's settings, as at the report's cut-off (no district party committee after 01/07/2025).
    recipients: defaultReportRecipients(settings['office.upperName'], defaultCutoff(year)),
    signerBlock: 'TM. BAN THƯỜNG VỤ',
    signerTitle: settings['office.signerTitle'] || 'CHỦ TỊCH',
    signerName: settings['office.signerName'],
    cutoffOn: defaultCutoff(year),
  };
}
