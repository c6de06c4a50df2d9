/** CLI texts of the grassroots forms commands (Mẫu 1 out and back, Mẫu 2). */
export const grassrootsFormsCli = {
  vi: {
    formsMade: 'Đã lập {{count}} Mẫu 1 kỳ {{period}} vào {{where}}.',
    formsImported: 'Mẫu 1 kỳ {{period}}: nhận mới {{imported}}, thay thế {{updated}}, bỏ qua {{skipped}} tệp.',
    formsProblem: '{{file}}{{at}}: {{message}}',
    formsRow: ', dòng {{row}}, cột "{{column}}"',
    formsStatusReturned: 'đã nộp {{at}}',
    formsStatusMissing: 'chưa nộp',
    formsExported: 'Đã xuất Mẫu 2 kỳ {{period}} vào {{file}}.',
    formsNoFiles: 'Không có tệp Excel nào trong {{paths}}.',
    formsRecordChange: 'Cập nhật số liệu CĐCS: {{union}} {{figure}} {{before}} → {{after}}',
    formsRecordWorkers: 'lao động',
    formsRecordWomen: 'lao động nữ',
  },
  en: {
    formsMade: 'Made {{count}} Mẫu 1 forms for {{period}} in {{where}}.',
    formsImported: 'Mẫu 1 of {{period}}: {{imported}} new, {{updated}} replaced, {{skipped}} files skipped.',
    formsProblem: '{{file}}{{at}}: {{message}}',
    formsRow: ', row {{row}}, column "{{column}}"',
    formsStatusReturned: 'returned {{at}}',
    formsStatusMissing: 'missing',
    formsExported: 'Exported Mẫu 2 of {{period}} to {{file}}.',
    formsNoFiles: 'There is no Excel file in {{paths}}.',
    formsRecordChange: 'Union records updated: {{union}} {{figure}} {{before}} → {{after}}',
    formsRecordWorkers: 'workers',
    formsRecordWomen: 'women workers',
  },
} as const;
