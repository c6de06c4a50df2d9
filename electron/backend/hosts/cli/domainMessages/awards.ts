/** CLI texts of the awards commands. */
export const awardsCli = {
  vi: {
    awardsNone: 'Năm {{year}} chưa có khen thưởng nào.',
    awardsImported: 'Đã nhập {{imported}} khen thưởng vào Quyết định {{decision}}.',
    awardsImportRejected: 'Tệp có {{count}} lỗi; chưa nhập dòng nào:',
  },
  en: {
    awardsNone: 'No awards in {{year}}.',
    awardsImported: 'Imported {{imported}} awards into decision {{decision}}.',
    awardsImportRejected: 'The file has {{count}} problems; nothing was imported:',
  },
} as const;
