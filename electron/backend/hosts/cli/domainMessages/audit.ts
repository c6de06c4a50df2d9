/** CLI texts of the change history and import undo. */
export const auditCli = {
  vi: {
    auditNone: 'Không có thay đổi nào.',
    auditLine: '{{at}}\t{{actor}}\t{{summary}}',
    auditMore: '… và {{count}} thay đổi cũ hơn (dùng --limit để xem thêm).',
  },
  en: {
    auditNone: 'No changes.',
    auditLine: '{{at}}\t{{actor}}\t{{summary}}',
    auditMore: '… and {{count}} older changes (use --limit to see more).',
  },
} as const;
