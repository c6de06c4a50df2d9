/** CLI texts of the change history and import undo. */
export const auditCli = {
  vi: {
    auditNone: 'Không có thay đổi nào.',
    auditLine: '{{at}}\t{{actor}}\t{{summary}}',
    auditMore: '… và {{count}} thay đổi cũ hơn (dùng --limit để xem thêm).',
    importsNone: 'Chưa có lần nhập nào.',
    importsLine: '{{id}}\t{{date}}\t{{kind}}\t{{file}}\tthêm {{imported}}, cập nhật {{updated}}{{undone}}',
    importsUndoneMark: '\t(đã hoàn tác {{date}})',
    importsUndone: 'Đã hoàn tác lần nhập tệp "{{file}}": bỏ {{removed}} dòng đã thêm, trả lại {{restored}} dòng đã sửa.',
  },
  en: {
    auditNone: 'No changes.',
    auditLine: '{{at}}\t{{actor}}\t{{summary}}',
    auditMore: '… and {{count}} older changes (use --limit to see more).',
    importsNone: 'No imports yet.',
    importsLine: '{{id}}\t{{date}}\t{{kind}}\t{{file}}\t{{imported}} added, {{updated}} updated{{undone}}',
    importsUndoneMark: '\t(undone {{date}})',
    importsUndone: 'Undid the import of "{{file}}": removed {{removed}} added rows, put back {{restored}} changed rows.',
  },
} as const;
