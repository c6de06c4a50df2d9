/** CLI texts of the reports commands. */
export const reportsCli = {
  vi: {
    noFigures: 'Chưa có số liệu thống kê cho năm {{year}}.',
    exported: 'Đã xuất báo cáo tổng kết năm {{year}} vào {{file}}.',
  },
  en: {
    noFigures: 'No statistics for {{year}} yet.',
    exported: 'Exported the {{year}} year-end report to {{file}}.',
  },
} as const;
