/** CLI texts of the campaigns commands. */
export const campaignsCli = {
  vi: {
    campaignsHeader: 'Phong trào thi đua năm {{year}}',
    campaignsNone: 'Chưa có phong trào thi đua nào của năm {{year}}.',
    campaignsColumns: 'Tên|Loại|Thời gian|Kế hoạch|CT cơ sở|CT cấp trên|Gắn biển|Sáng kiến|Thí sinh|Đạt giải|Tôn vinh',
    campaignKind_regular: 'Thường xuyên',
    campaignKind_thematic: 'Chuyên đề',
    campaignKind_peak: 'Cao điểm',
  },
  en: {
    campaignsHeader: 'Emulation campaigns of {{year}}',
    campaignsNone: 'No emulation campaign in {{year}} yet.',
    campaignsColumns: 'Name|Kind|Period|Plan|Grassroots works|Upper works|Plaques|Initiatives|Contestants|Prize-winners|Honoured',
    campaignKind_regular: 'Regular',
    campaignKind_thematic: 'Thematic',
    campaignKind_peak: 'Peak',
  },
} as const;
