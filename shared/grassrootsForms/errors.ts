/** Error messages of the grassroots forms domain (Mẫu 1 out and back): vi first, en with the same keys. */
export const grassrootsFormsErrors = {
  vi: {
    FORMS_BAD_PERIOD: 'Kỳ báo cáo {{period}} không hợp lệ: chọn ngày 31/05 hoặc 30/11 của năm.',
    FORMS_UNION_NOT_FOUND: 'Không tìm thấy CĐCS "{{union}}" trong danh sách đơn vị trực thuộc.',
    FORMS_NONE_TO_MAKE: 'Không có CĐCS nào đang hoạt động để lập Mẫu 1 cho kỳ {{period}}.',
  },
  en: {
    FORMS_BAD_PERIOD: 'Reporting period {{period}} is not valid: choose 31/05 or 30/11 of the year.',
    FORMS_UNION_NOT_FOUND: 'Grassroots union "{{union}}" is not among the unions we manage.',
    FORMS_NONE_TO_MAKE: 'There is no active grassroots union to make a Mẫu 1 for in period {{period}}.',
  },
} as const;

/** Problems of a returned form, per file, row and column (the file is refused when one is not a warning). */
export const formProblemMessages = {
  vi: {
    unreadable: 'Không đọc được tệp (không phải tệp Excel, hoặc tệp hỏng, hoặc có mật khẩu): tệp bị bỏ qua.',
    notAForm: 'Tệp không có bảng Mẫu 1 (không thấy dòng tiêu đề có cột "Nội dung" và "Số lượng"): tệp bị bỏ qua.',
    unmatched: 'Không xác định được CĐCS của tệp (đơn vị báo cáo: "{{unit}}"): chọn CĐCS cho tệp này.',
    otherPeriod: 'Tệp là Mẫu 1 kỳ {{found}}, không phải kỳ {{period}}: tệp bị bỏ qua.',
    invalidNumber: 'Dòng "{{label}}": "{{value}}" không phải là số.',
    negative: 'Dòng "{{label}}": số liệu không được âm ({{value}}).',
    notWhole: 'Dòng "{{label}}": số liệu phải là số nguyên ({{value}}).',
    unknownRow: 'Dòng "{{label}}" không có trong danh mục số liệu Mẫu 1: bỏ qua dòng này.',
    twice: 'Dòng "{{label}}" đã có ở dòng {{first}}: chỉ lấy số liệu của dòng {{first}}.',
  },
  en: {
    unreadable: 'The file cannot be read (not an Excel file, damaged, or protected by a password): the file is skipped.',
    notAForm: 'The file has no Mẫu 1 table (no header row with "Nội dung" and "Số lượng"): the file is skipped.',
    unmatched: 'The file’s grassroots union could not be found (reporting unit: "{{unit}}"): choose the union for this file.',
    otherPeriod: 'The file is the Mẫu 1 of {{found}}, not of {{period}}: the file is skipped.',
    invalidNumber: 'Row "{{label}}": "{{value}}" is not a number.',
    negative: 'Row "{{label}}": a figure cannot be negative ({{value}}).',
    notWhole: 'Row "{{label}}": the figure must be a whole number ({{value}}).',
    unknownRow: 'Row "{{label}}" is not a Mẫu 1 figure: the row is ignored.',
    twice: 'Row "{{label}}" is already on row {{first}}: only row {{first}} is taken.',
  },
} as const;

export type FormProblemKey = keyof (typeof formProblemMessages)['vi'];
