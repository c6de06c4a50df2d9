/** Error messages of the reports domain: vi first, en with the same keys. */
export const reportsErrors = {
  vi: {
    REPORT_NOT_FOUND: 'Chưa có báo cáo tổng kết năm {{year}}. Mở mục Báo cáo tổng kết và bấm "Tạo từ mẫu mặc định" để bắt đầu.',
    REPORT_EXISTS: 'Báo cáo tổng kết năm {{year}} đã có; mở báo cáo đó để sửa tiếp.',
    REPORT_LAST_YEAR_MISSING: 'Không có báo cáo năm {{year}} để sao chép; hãy tạo từ mẫu mặc định.',
    REPORT_SECTION_UNKNOWN: 'Báo cáo năm {{year}} không có mục "{{key}}".',
    REPORT_FIGURE_UNKNOWN: 'Không có chỉ số thống kê "{{code}}" trong năm {{year}}.',
    REPORT_OVERRIDE_REASON: 'Chỉ số "{{label}}" được tính từ dữ liệu ({{computed}}); muốn sửa thành {{value}} phải ghi lý do điều chỉnh.',
    REPORT_VERSION_NOT_FOUND: 'Báo cáo năm {{year}} không có bản chốt số {{version}}.',
    REPORT_NO_CHROMIUM: 'Không tìm thấy trình duyệt Chromium, Chrome hoặc Edge để xuất PDF{{tried}}. Cài một trong các trình duyệt đó hoặc chỉ đường dẫn bằng --chromium.',
    REPORT_PDF_FAILED: 'Không xuất được PDF bằng {{browser}}: {{reason}}',
    REPORT_SECTIONS_UNWRITTEN: 'Báo cáo năm {{year}} còn mục chưa viết: {{sections}}. Viết các mục đó, hoặc xác nhận chốt bản mà không in các mục trống.',
    REPORT_TEMPLATE_INVALID: 'Tệp mẫu Word không dùng được: {{reason}}. Hãy chọn tệp .docx sửa từ mẫu mặc định (giữ các trường {tên_trường}).',
  },
  en: {
    REPORT_NOT_FOUND: 'There is no year-end report for {{year}} yet. Open Year-end report and click "Start from the default template".',
    REPORT_EXISTS: 'The year-end report for {{year}} already exists; open it to keep editing.',
    REPORT_LAST_YEAR_MISSING: 'There is no {{year}} report to copy; start from the default template.',
    REPORT_SECTION_UNKNOWN: 'The {{year}} report has no section "{{key}}".',
    REPORT_FIGURE_UNKNOWN: 'There is no statistic "{{code}}" for {{year}}.',
    REPORT_OVERRIDE_REASON: '"{{label}}" is computed from the data ({{computed}}); to change it to {{value}} give a reason for the override.',
    REPORT_VERSION_NOT_FOUND: 'The {{year}} report has no finalised version {{version}}.',
    REPORT_NO_CHROMIUM: 'No Chromium, Chrome or Edge found to make the PDF{{tried}}. Install one of them or give its path with --chromium.',
    REPORT_PDF_FAILED: 'Could not make the PDF with {{browser}}: {{reason}}',
    REPORT_SECTIONS_UNWRITTEN: 'The {{year}} report has sections nobody wrote: {{sections}}. Write them, or confirm to finalise without printing the empty sections.',
    REPORT_TEMPLATE_INVALID: 'The Word template cannot be used: {{reason}}. Choose a .docx edited from the default template (keep its {field} tags).',
  },
} as const;
