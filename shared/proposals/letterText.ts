import { formatDateLine } from '../domain/documents/dateLine';
import { recipientLines } from '../domain/documents/recipients';
import { todayIso } from '../domain/format/date';
import { issuerLevelLabels } from './labels';
import type { Proposal } from './model';
import type { Settings } from '../settings/schema';
import { countByKind } from './listRows';

/** The cover letter's texts, with the defaults a clerk would type when the proposal leaves them empty. */
export function letterTexts(proposal: Proposal, settings: Settings, now: Date) {
  const kind = proposal.formName ?? proposal.titleName ?? 'khen thưởng';
  const upper = proposal.toIssuerLevel === 'province' && settings['office.upperName'] ? settings['office.upperName'] : issuerLevelLabels.vi[proposal.toIssuerLevel];
  const subject = proposal.subject || `đề nghị tặng ${kind} năm ${proposal.year}`;
  const { collectives, individuals } = countByKind(proposal);
  const whom = [collectives > 0 ? `${collectives} tập thể` : '', individuals > 0 ? `${individuals} cá nhân` : ''].filter(Boolean).join(' và ');
  const theme = proposal.scope === 'thematic' && proposal.campaignName ? ` trong phong trào thi đua "${proposal.campaignName}"` : '';
  const paragraphs = proposal.body
    ? proposal.body.split(/\n\s*\n/u).map((text) => text.trim()).filter(Boolean)
    : [
        `Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành; căn cứ hướng dẫn công tác thi đua, khen thưởng của ${upper};`,
        `Xét thành tích đạt được trong năm ${proposal.year}${theme}, Ban Thường vụ ${settings['office.name']} kính đề nghị ${upper} xem xét, tặng ${kind} cho ${whom || '… tập thể và … cá nhân'} (có danh sách kèm theo).`,
        `Kính đề nghị ${upper} xem xét, quyết định./.`,
      ];
  const recipients = (proposal.recipients || 'Như trên\nLưu: VT').split('\n').map((r) => r.trim()).filter(Boolean);
  // As printed: "- Như trên;" … "- Lưu: VT." (NĐ 30). `recipients` stays bare for offices' own older templates.
  const recipientsPrinted = recipientLines(recipients);
  const number = proposal.number || '      /TTr';
  const dateLine = formatDateLine(settings['office.placeName'], proposal.submittedOn ?? todayIso(now));
  return {
    upperName: settings['office.upperName'],
    officeName: settings['office.name'],
    number,
    dateLine,
    title: `Về việc ${subject}`,
    addressee: proposal.addressee || (proposal.toIssuerLevel === 'province' ? `Ban Thường vụ ${upper}` : upper),
    paragraphs,
    recipients,
    recipientLines: recipientsPrinted,
    signerBlock: proposal.signerBlock || 'TM. BAN THƯỜNG VỤ',
    signerTitle: proposal.signerTitle || 'CHỦ TỊCH',
    signerName: proposal.signerName,
    listSubtitle: `(Kèm theo Tờ trình số ${number} ${formatDateLine('', proposal.submittedOn ?? todayIso(now))} của ${settings['office.name']})`,
  };
}
