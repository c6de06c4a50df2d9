import type { Locale } from '../i18n/locale';

/** Words of the change history: what was done, to what kind of record, and labels forms do not carry. */
const vi = {
  actions: {
    create: 'Thêm', update: 'Sửa', delete: 'Xóa', import: 'Nhập từ Excel', undo: 'Hoàn tác', restore: 'Khôi phục',
    admitted: 'Kết nạp', transferred_in: 'Tiếp nhận', transfer: 'Chuyển sinh hoạt', left: 'Ra khỏi tổ chức',
    deceased: 'Từ trần', dissolve: 'Giải thể', move: 'Chuyển cấp quản lý', copy: 'Sao chép', reprice: 'Tính lại tiền thưởng',
    finalize: 'Chốt', send: 'Gửi', approve: 'Duyệt', reject: 'Không duyệt', set_actual: 'Nhập kết quả', pin: 'Ghi nhận khóa',
    override_warning: 'Bỏ qua cảnh báo',
  } as Record<string, string>,
  entities: {
    members: 'đoàn viên', organizations: 'CĐCS', award_decisions: 'quyết định khen thưởng', awards: 'khen thưởng',
    award_kinds: 'danh hiệu, hình thức', award_coefficients: 'hệ số khen thưởng', decision_bases: 'căn cứ quyết định',
    award_proposals: 'tờ trình đề nghị', award_proposal_items: 'dòng đề nghị', clusters: 'cụm, khối thi đua',
    cluster_members: 'thành viên cụm', cluster_pledges: 'giao ước thi đua', score_sheets: 'bảng chấm điểm',
    score_criteria: 'tiêu chí chấm điểm', scores: 'điểm', union_ratings: 'xếp loại CĐCS', campaigns: 'phong trào thi đua',
    targets: 'chỉ tiêu', care_activities: 'hoạt động chăm lo', settings: 'cài đặt', base_salaries: 'mức lương cơ sở',
    report: 'báo cáo', form_returns: 'Mẫu 1', database: 'cơ sở dữ liệu', imports: 'lần nhập',
  } as Record<string, string>,
  fields: {
    partyMember: 'Đảng viên', politicalTheory: 'Lý luận chính trị', organizationName: 'CĐCS', managedByUs: 'Trực thuộc',
    dissolvedOn: 'Ngày giải thể', dissolutionDecision: 'Quyết định giải thể', sector: 'Khu vực', coefficient: 'Hệ số',
    baseSalary: 'Lương cơ sở', form: 'Hình thức', issuer: 'Cấp ban hành', recipientKind: 'Đối tượng', rating: 'Xếp loại',
    kind: 'Loại', file: 'Tệp', imported: 'Thêm mới', updated: 'Cập nhật', skipped: 'Bỏ qua', rejected: 'Bị loại',
    movements: 'Quá trình', dissolved: 'Đã giải thể', active: 'Đang dùng',
  } as Record<string, string>,
  empty: '(trống)',
  yes: 'Có',
  no: 'Không',
  items: '{{count}} mục',
  importSummary: 'Nhập từ Excel tệp {{file}}: {{imported}} thêm mới, {{updated}} cập nhật',
  importSubject: 'lần nhập tệp "{{file}}"',
  importSubjectStart: 'Lần nhập tệp "{{file}}"',
  deletionSubject: 'việc xóa {{file}}',
  deletionSubjectStart: 'Việc xóa {{file}}',
  actors: { user: 'Người dùng', cli: 'Dòng lệnh', preview: 'Bản xem thử', seed: 'Dữ liệu mẫu' } as Record<string, string>,
};

const en: typeof vi = {
  actions: {
    create: 'Added', update: 'Edited', delete: 'Deleted', import: 'Imported from Excel', undo: 'Undid', restore: 'Restored',
    admitted: 'Admitted', transferred_in: 'Received', transfer: 'Transferred', left: 'Left the union', deceased: 'Deceased',
    dissolve: 'Dissolved', move: 'Moved', copy: 'Copied', reprice: 'Repriced', finalize: 'Finalised', send: 'Sent',
    approve: 'Approved', reject: 'Rejected', set_actual: 'Entered the result of', pin: 'Pinned the key of',
    override_warning: 'Overrode a warning on',
  },
  entities: {
    members: 'member', organizations: 'grassroots union', award_decisions: 'award decision', awards: 'award',
    award_kinds: 'title or form', award_coefficients: 'award coefficient', decision_bases: 'decision basis',
    award_proposals: 'proposal', award_proposal_items: 'proposal row', clusters: 'emulation cluster',
    cluster_members: 'cluster members', cluster_pledges: 'cluster pledge', score_sheets: 'score sheet',
    score_criteria: 'scoring criteria', scores: 'scores', union_ratings: 'union rating', campaigns: 'emulation campaign',
    targets: 'target', care_activities: 'care activity', settings: 'settings', base_salaries: 'base salary',
    report: 'report', form_returns: 'Form 1', database: 'database', imports: 'import of',
  },
  fields: {
    partyMember: 'Party member', politicalTheory: 'Political theory', organizationName: 'Grassroots union', managedByUs: 'Managed by us',
    dissolvedOn: 'Dissolved on', dissolutionDecision: 'Dissolution decision', sector: 'Sector', coefficient: 'Coefficient',
    baseSalary: 'Base salary', form: 'Form', issuer: 'Issuer', recipientKind: 'Recipients', rating: 'Rating', kind: 'Kind',
    file: 'File', imported: 'Added', updated: 'Updated', skipped: 'Skipped', rejected: 'Rejected', movements: 'History',
    dissolved: 'Dissolved', active: 'In use',
  },
  empty: '(empty)',
  yes: 'Yes',
  no: 'No',
  items: '{{count}} items',
  importSummary: 'Imported {{file}} from Excel: {{imported}} added, {{updated}} updated',
  importSubject: 'the import of "{{file}}"',
  importSubjectStart: 'The import of "{{file}}"',
  deletionSubject: 'the deletion of {{file}}',
  deletionSubjectStart: 'The deletion of {{file}}',
  actors: { user: 'User', cli: 'Command line', preview: 'Browser preview', seed: 'Demo data' },
};

export const auditTexts: Record<Locale, typeof vi> = { vi, en };
