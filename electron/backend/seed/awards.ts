import type { BackendContext } from '../core/context';
import { addAwards, writeDecisionRow, type NewAward } from '../awards';
import { getSettings, ownOfficeSymbol } from '../settings';
import { decisionDraftSchema, type DecisionDraftInput } from '../../../shared/awards/model';
import { formatDocumentNumber } from '../../../shared/domain/documents/documentNumber';
import type { DomainSeedContext } from './domainSeed';
import { columns, int, query, scalar, text } from '../db/rows';

const ACHIEVEMENTS_UNIT = [
  'Đã có thành tích xuất sắc trong phong trào thi đua và xây dựng tổ chức Công đoàn vững mạnh',
  'Hoàn thành xuất sắc nhiệm vụ công tác công đoàn và phong trào công nhân viên chức, lao động',
  'Tiêu biểu trong chăm lo đời sống, bảo vệ quyền, lợi ích hợp pháp của đoàn viên, người lao động',
];
const ACHIEVEMENTS_PERSON = [
  'Đã có thành tích xuất sắc trong phong trào thi đua "Lao động giỏi, Lao động sáng tạo"',
  'Hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia các hoạt động công đoàn',
  'Có sáng kiến cải tiến kỹ thuật mang lại hiệu quả cao trong sản xuất',
];

interface Pick {
  organizationId: number;
  name: string;
}

/**
 * The year's award decisions, as in the seed articles: our office's Giấy khen (January, September
 * thematic, and one in December after 30/11) and the upper levels' decisions recorded here.
 * Members are picked a few per random CĐCS, never by scanning the members table.
 */
export function seedAwards(cx: DomainSeedContext): void {
  if (cx.unions.length === 0) return;
  const ctx = { db: cx.db, actor: 'seed', now: () => new Date(cx.at), locale: 'vi' } as unknown as BackendContext;
  const settings = getSettings(cx.db, new Date(cx.at));
  const kind = (code: string) => scalar(cx.db, 'SELECT id FROM award_kinds WHERE code = ?', int).get(code);
  const unionName = scalar(cx.db, 'SELECT name FROM organizations WHERE id = ?', text);
  const membersOf = query(
    cx.db,
    "SELECT id, full_name, occupation FROM members WHERE organization_id = ? AND status = 'active' LIMIT 2",
    columns({ id: int, full_name: text, occupation: text }),
  );

  const shuffled = cx.rng.shuffled([...cx.unions]);
  const units: Pick[] = shuffled.map((u) => ({ organizationId: u.id, name: unionName.one(u.id) }));
  const people: NewAward[] = [];
  for (const unit of units.slice(0, 40)) {
    for (const m of membersOf.all(unit.organizationId)) {
      people.push({
        recipientKind: 'individual',
        memberId: m.id,
        recipientName: m.full_name,
        recipientUnit: [m.occupation, unit.name].filter(Boolean).join(', '),
        achievement: cx.rng.pick(ACHIEVEMENTS_PERSON),
      });
    }
  }
  let unitAt = 0;
  let personAt = 0;
  const takeUnits = (n: number): NewAward[] =>
    Array.from({ length: n }, () => units[unitAt++ % units.length]!).map((u) => ({
      recipientKind: 'collective',
      organizationId: u.organizationId,
      recipientName: u.name,
      achievement: cx.rng.pick(ACHIEVEMENTS_UNIT),
    }));
  const takePeople = (n: number): NewAward[] => {
    const taken = people.slice(personAt, personAt + n);
    personAt += taken.length;
    return taken;
  };

  const abbr = ownOfficeSymbol({ db: cx.db, now: () => new Date(cx.at) });
  const thematic = query(
    cx.db,
    "SELECT id, name FROM campaigns WHERE year = ? AND kind IN ('thematic', 'peak') ORDER BY kind = 'thematic' DESC, id LIMIT 1",
    columns({ id: int, name: text }),
  ).get(cx.year);
  const upper = settings['office.upperName'] || 'Liên đoàn Lao động thành phố';
  const city = upper.replace(/^Liên đoàn Lao động\s*/iu, '').trim() || 'thành phố';
  const decide = (draft: Omit<DecisionDraftInput, 'formKindId' | 'titleKindId'> & { form?: string; title?: string }, awards: NewAward[]) => {
    const formKindId = draft.form ? kind(draft.form) : undefined;
    const titleKindId = draft.title ? kind(draft.title) : undefined;
    if (awards.length === 0 || (formKindId === undefined && titleKindId === undefined)) return;
    const { form, title, ...rest } = draft;
    const kindName = scalar(cx.db, 'SELECT name FROM award_kinds WHERE code = ?', text).get(form ?? title);
    const subject = rest.subject ?? `Về việc tặng ${kindName} năm ${cx.year}`;
    const id = writeDecisionRow(ctx, undefined, decisionDraftSchema.parse({ ...rest, subject, formKindId: formKindId ?? null, titleKindId: titleKindId ?? null }));
    addAwards(ctx, id, awards);
  };
  const own = { issuerLevel: 'own_office' as const, signerBlock: 'TM. BAN THƯỜNG VỤ', signerTitle: 'CHỦ TỊCH', signerName: 'Nguyễn Thị Thu Hà' };
  const y = cx.year;

  decide({ ...own, number: formatDocumentNumber(3, 'QĐ', abbr), decidedOn: `${y}-01-16`, form: 'GK', subject: `Về việc khen thưởng các tập thể có thành tích xuất sắc năm ${y - 1}` }, takeUnits(4));
  decide(
    {
      ...own,
      number: formatDocumentNumber(41, 'QĐ', abbr),
      decidedOn: `${y}-09-05`,
      form: 'GK',
      scope: 'thematic',
      campaignId: thematic?.id ?? null,
      subject: `Về việc khen thưởng các cá nhân có thành tích xuất sắc trong ${thematic ? thematic.name : `phong trào thi đua chuyên đề năm ${y}`}`,
    },
    takePeople(3),
  );
  decide({ ...own, number: formatDocumentNumber(58, 'QĐ', abbr), decidedOn: `${y}-12-18`, form: 'GK', subject: `Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm ${y}` }, [
    ...takeUnits(3),
    ...takePeople(8),
  ]);

  const national = { issuerLevel: 'national' as const, issuerName: 'Tổng Liên đoàn Lao động Việt Nam', signerTitle: 'CHỦ TỊCH', signerBlock: 'TM. ĐOÀN CHỦ TỊCH' };
  decide({ ...national, number: `${cx.rng.int(1500, 1900)}/QĐ-TLĐ`, decidedOn: `${y}-11-12`, title: 'CTD-TLD' }, takeUnits(1));
  decide({ ...national, number: `${cx.rng.int(1901, 2300)}/QĐ-TLĐ`, decidedOn: `${y}-11-14`, form: 'BK-TLD' }, [...takeUnits(3), ...takePeople(2)]);
  const cityGov = { issuerLevel: 'province_government' as const, issuerName: `Ủy ban nhân dân ${city}`, signerTitle: 'CHỦ TỊCH', signerBlock: 'TM. ỦY BAN NHÂN DÂN' };
  decide({ ...cityGov, number: `${cx.rng.int(3000, 3999)}/QĐ-UBND`, decidedOn: `${y}-10-20`, title: 'CTD-UBND' }, takeUnits(1));
  decide({ ...cityGov, number: `${cx.rng.int(4000, 4999)}/QĐ-UBND`, decidedOn: `${y}-10-21`, form: 'BK-UBND' }, takeUnits(4));
  const province = { issuerLevel: 'province' as const, issuerName: upper, signerTitle: 'CHỦ TỊCH', signerBlock: 'TM. BAN THƯỜNG VỤ' };
  decide({ ...province, number: `${cx.rng.int(600, 799)}/QĐ-LĐLĐ`, decidedOn: `${y}-11-25`, title: 'CTD-LDLD' }, takeUnits(1));
  decide({ ...province, number: `${cx.rng.int(800, 999)}/QĐ-LĐLĐ`, decidedOn: `${y}-11-26`, form: 'BK-LDLD' }, [...takeUnits(4), ...takePeople(26)]);
}
