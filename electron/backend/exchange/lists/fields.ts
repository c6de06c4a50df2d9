import type { ListImportKind } from '../../../../shared/exchange/import';
import { defineField, type FieldChoice, type ImportField } from '../fields/types';

const NUMBER = defineField({ key: 'rowNumber', labelVi: 'STT', labelEn: 'No.', kind: 'ignore', synonyms: ['TT', 'Số TT', 'Số thứ tự'] });
const UNION = defineField({
  key: 'union',
  labelVi: 'CĐCS',
  labelEn: 'Grassroots union',
  kind: 'unionRef',
  synonyms: ['Công đoàn cơ sở', 'Tên CĐCS', 'Mã CĐCS', 'Đơn vị', 'Tên đơn vị', 'Đơn vị thực hiện'],
});
const NOTE = defineField({ key: 'note', labelVi: 'Ghi chú', labelEn: 'Note', kind: 'text', maxLength: 1000, synonyms: [] });

const RECIPIENT_KINDS: readonly FieldChoice[] = [
  { value: 'individual', words: ['Cá nhân', 'CN', 'Individual'] },
  { value: 'collective', words: ['Tập thể', 'TT', 'Collective'] },
];

export const WORK_FIELDS: readonly ImportField[] = [
  NUMBER,
  defineField({ key: 'name', labelVi: 'Tên công trình', labelEn: 'Work', kind: 'text', required: true, maxLength: 300, synonyms: ['Công trình', 'Tên công trình, phần việc', 'Công trình, phần việc'] }),
  UNION,
  defineField({
    key: 'level',
    labelVi: 'Cấp',
    labelEn: 'Level',
    kind: 'choice',
    synonyms: ['Cấp công trình'],
    choices: [
      { value: 'grassroots', words: ['Cơ sở', 'Cấp cơ sở', 'CS'] },
      { value: 'upper', words: ['Cấp trên', 'Cấp trên cơ sở', 'Huyện', 'Tỉnh'] },
    ],
  }),
  defineField({ key: 'value', labelVi: 'Giá trị (đồng)', labelEn: 'Value (đồng)', kind: 'money', synonyms: ['Giá trị', 'Giá trị công trình', 'Kinh phí', 'Tổng giá trị'] }),
  defineField({
    key: 'status',
    labelVi: 'Tình trạng',
    labelEn: 'Status',
    kind: 'choice',
    synonyms: ['Trạng thái', 'Tiến độ'],
    choices: [
      { value: 'completed', words: ['Đã hoàn thành', 'Hoàn thành', 'Xong'] },
      { value: 'in_progress', words: ['Đang thực hiện', 'Đang làm', 'Đang triển khai'] },
      { value: 'planned', words: ['Kế hoạch', 'Dự kiến', 'Chưa thực hiện'] },
    ],
  }),
  defineField({ key: 'plaque', labelVi: 'Gắn biển', labelEn: 'Plaque', kind: 'boolean', synonyms: ['Gắn biển công trình', 'Biển công trình'] }),
  defineField({ key: 'completedOn', labelVi: 'Ngày hoàn thành', labelEn: 'Completed on', kind: 'date', synonyms: ['Ngày khánh thành', 'Ngày bàn giao', 'Hoàn thành ngày'] }),
  NOTE,
];

export const INITIATIVE_FIELDS: readonly ImportField[] = [
  NUMBER,
  defineField({ key: 'title', labelVi: 'Tên sáng kiến', labelEn: 'Initiative', kind: 'text', required: true, maxLength: 300, synonyms: ['Sáng kiến', 'Tên sáng kiến, giải pháp', 'Tên đề tài'] }),
  defineField({ key: 'authors', labelVi: 'Tác giả', labelEn: 'Authors', kind: 'memberList', synonyms: ['Tác giả sáng kiến', 'Họ và tên tác giả', 'Đồng tác giả'] }),
  UNION,
  defineField({ key: 'recognizedOn', labelVi: 'Ngày công nhận', labelEn: 'Recognised on', kind: 'date', synonyms: ['Ngày được công nhận', 'Công nhận ngày'] }),
  defineField({ key: 'value', labelVi: 'Giá trị làm lợi (đồng)', labelEn: 'Benefit (đồng)', kind: 'money', synonyms: ['Giá trị làm lợi', 'Giá trị', 'Hiệu quả (đồng)'] }),
  NOTE,
];

export const HONOUR_FIELDS: readonly ImportField[] = [
  NUMBER,
  defineField({ key: 'recipientName', labelVi: 'Họ và tên / Tập thể', labelEn: 'Person or collective', kind: 'text', required: true, maxLength: 200, synonyms: ['Họ và tên', 'Họ tên', 'Tên tập thể', 'Người được tôn vinh'] }),
  defineField({ key: 'recipientKind', labelVi: 'Cá nhân / Tập thể', labelEn: 'Individual or collective', kind: 'choice', synonyms: ['Loại', 'Đối tượng'], choices: RECIPIENT_KINDS }),
  defineField({ key: 'title', labelVi: 'Danh hiệu', labelEn: 'Title', kind: 'text', required: true, maxLength: 200, synonyms: ['Danh hiệu tôn vinh', 'Hình thức tôn vinh'] }),
  UNION,
  defineField({ key: 'honouredOn', labelVi: 'Ngày tôn vinh', labelEn: 'Honoured on', kind: 'date', synonyms: ['Ngày', 'Ngày vinh danh'] }),
  NOTE,
];

export const CONTESTANT_FIELDS: readonly ImportField[] = [
  NUMBER,
  defineField({ key: 'contest', labelVi: 'Hội thi', labelEn: 'Contest', kind: 'text', required: true, maxLength: 300, synonyms: ['Tên hội thi', 'Cuộc thi'] }),
  defineField({ key: 'contestantName', labelVi: 'Họ và tên thí sinh', labelEn: 'Contestant', kind: 'text', required: true, maxLength: 200, synonyms: ['Họ và tên', 'Họ tên', 'Thí sinh', 'Tên thí sinh', 'Đội thi'] }),
  defineField({ key: 'contestantKind', labelVi: 'Cá nhân / Tập thể', labelEn: 'Individual or collective', kind: 'choice', synonyms: ['Loại', 'Đối tượng'], choices: RECIPIENT_KINDS }),
  defineField({ key: 'trade', labelVi: 'Nghề thi', labelEn: 'Trade', kind: 'text', maxLength: 120, synonyms: ['Nghề', 'Môn thi', 'Nội dung thi'] }),
  UNION,
  defineField({ key: 'enterpriseName', labelVi: 'Doanh nghiệp', labelEn: 'Enterprise', kind: 'text', maxLength: 200, synonyms: ['Tên doanh nghiệp', 'Công ty'] }),
  defineField({ key: 'districtName', labelVi: 'Huyện, xã', labelEn: 'District', kind: 'text', maxLength: 120, synonyms: ['Huyện', 'Địa bàn', 'Xã, phường'] }),
  defineField({
    key: 'result',
    labelVi: 'Giải',
    labelEn: 'Prize',
    kind: 'choice',
    synonyms: ['Kết quả', 'Giải thưởng', 'Đạt giải'],
    choices: [
      { value: 'first', words: ['Nhất', 'Giải Nhất', 'Giải 1', '1'] },
      { value: 'second', words: ['Nhì', 'Giải Nhì', 'Giải 2', '2'] },
      { value: 'third', words: ['Ba', 'Giải Ba', 'Giải 3', '3'] },
      { value: 'consolation', words: ['Khuyến khích', 'Giải Khuyến khích', 'KK'] },
      { value: 'none', words: ['Không', 'Không đạt giải', 'Không giải'] },
    ],
  }),
  defineField({ key: 'prizeAmount', labelVi: 'Tiền thưởng (đồng)', labelEn: 'Prize money (đồng)', kind: 'money', synonyms: ['Tiền thưởng', 'Số tiền', 'Tiền giải'] }),
];

export const CRITERION_FIELDS: readonly ImportField[] = [
  defineField({ key: 'code', labelVi: 'TT', labelEn: 'No.', kind: 'text', maxLength: 20, synonyms: ['STT', 'Mục', 'Số TT'] }),
  defineField({ key: 'content', labelVi: 'Nội dung tiêu chí', labelEn: 'Criterion', kind: 'text', required: true, maxLength: 3000, synonyms: ['Nội dung', 'Tiêu chí', 'Nội dung chấm điểm'] }),
  defineField({
    key: 'kind',
    labelVi: 'Loại',
    labelEn: 'Kind',
    kind: 'choice',
    synonyms: ['Loại dòng'],
    choices: [
      { value: 'section', words: ['Mục', 'Phần', 'Nhóm'] },
      { value: 'criterion', words: ['Tiêu chí', 'Chỉ tiêu'] },
      { value: 'bonus', words: ['Điểm thưởng', 'Thưởng', 'Cộng'] },
      { value: 'deduction', words: ['Điểm trừ', 'Trừ'] },
    ],
  }),
  defineField({ key: 'maxPoints', labelVi: 'Điểm tối đa', labelEn: 'Maximum points', kind: 'points', synonyms: ['Điểm chuẩn', 'Điểm', 'Thang điểm'] }),
  defineField({ key: 'condition', labelVi: 'Điều kiện chấm điểm', labelEn: 'Scoring condition', kind: 'text', maxLength: 4000, synonyms: ['Điều kiện', 'Cách chấm'] }),
  defineField({ key: 'evidence', labelVi: 'Văn bản chứng minh', labelEn: 'Evidence', kind: 'text', maxLength: 4000, synonyms: ['Minh chứng', 'Tài liệu chứng minh'] }),
];

export const LIST_FIELDS: Readonly<Record<ListImportKind, readonly ImportField[]>> = {
  works: WORK_FIELDS,
  initiatives: INITIATIVE_FIELDS,
  honours: HONOUR_FIELDS,
  contestants: CONTESTANT_FIELDS,
  criteria: CRITERION_FIELDS,
};
