/** Messages of the app-wide form inputs and dialogs (money, dates, unsaved changes, validation). */
export const inputsVi = {
  money: {
    thousandsComma: 'Dùng dấu chấm để phân nhóm nghìn: 1.500.000 (hoặc viết 1,5 triệu).',
    notANumber: 'Số tiền chưa đúng. Ví dụ: 1.500.000; 1,5 tỷ; 2 triệu; 500 nghìn.',
    fraction: 'Số tiền phải là số đồng chẵn (không có phần lẻ).',
    negative: 'Số tiền không được âm.',
    tooLarge: 'Số tiền quá lớn.',
  },
  number: {
    notANumber: 'Chỉ gõ số, ví dụ 1.234 hoặc 12,5.',
    negative: 'Số không được âm.',
    fraction: 'Gõ số nguyên, không có phần lẻ.',
  },
  date: {
    format: 'Ngày chưa đúng. Gõ ngày/tháng/năm, ví dụ 26/12/2025 hoặc 26122025.',
    impossible: 'Không có ngày {{text}}.',
    openCalendar: 'Chọn ngày trên lịch',
  },
  dialog: {
    discardTitle: 'Bỏ các thay đổi chưa lưu?',
    discardText: 'Những gì vừa nhập trong hộp thoại này sẽ mất.',
    discard: 'Bỏ thay đổi',
    keepEditing: 'Tiếp tục sửa',
    fixFirst: 'Sửa các ô đang báo lỗi trước khi lưu.',
    shortcut: 'Ctrl+Enter để lưu',
    shortcutDoes: 'Ctrl+Enter: {{action}}',
    draftFound: 'Có bản nháp chưa lưu từ {{when}}. Khôi phục?',
    restoreDraft: 'Khôi phục',
    dropDraft: 'Bỏ bản nháp',
  },
};

export const inputsEn: typeof inputsVi = {
  money: {
    thousandsComma: 'Group thousands with dots: 1.500.000 (or write 1,5 triệu).',
    notANumber: 'This amount is not understood. Examples: 1.500.000; 1,5 tỷ; 2 triệu; 500 nghìn.',
    fraction: 'The amount must be whole đồng (no fraction).',
    negative: 'The amount cannot be negative.',
    tooLarge: 'The amount is too large.',
  },
  number: {
    notANumber: 'Type digits only, e.g. 1.234 or 12,5.',
    negative: 'The number cannot be negative.',
    fraction: 'Type a whole number, with no fraction.',
  },
  date: {
    format: 'This date is not understood. Type day/month/year, e.g. 26/12/2025 or 26122025.',
    impossible: 'There is no date {{text}}.',
    openCalendar: 'Pick a date on the calendar',
  },
  dialog: {
    discardTitle: 'Discard unsaved changes?',
    discardText: 'What you typed in this dialog will be lost.',
    discard: 'Discard changes',
    keepEditing: 'Keep editing',
    fixFirst: 'Fix the fields that show an error before saving.',
    shortcut: 'Ctrl+Enter to save',
    shortcutDoes: 'Ctrl+Enter: {{action}}',
    draftFound: 'An unsaved draft from {{when}} exists. Restore it?',
    restoreDraft: 'Restore',
    dropDraft: 'Discard draft',
  },
};
