/** CLI texts of the statistics commands. */
export const statisticsCli = {
  vi: {
    targetsHeader: 'Chỉ tiêu năm {{year}} (số liệu từ {{from}} đến {{to}}):',
    targetsNone: 'Năm {{year}} chưa có chỉ tiêu nào.',
    targetsLine: '{{code}}\t{{name}}\tchỉ tiêu {{target}} {{unit}}\tthực hiện {{actual}}\t{{percent}}\t{{status}}\t({{source}})',
    targetsNoActual: 'chưa có',
    targetStatusMet: 'đạt',
    targetStatusExceeded: 'vượt',
    targetStatusNotMet: 'chưa đạt',
    targetSourceData: 'từ dữ liệu',
    targetSourceManual: 'nhập tay',
  },
  en: {
    targetsHeader: 'Targets of {{year}} (figures from {{from}} to {{to}}):',
    targetsNone: 'There are no targets for {{year}} yet.',
    targetsLine: '{{code}}\t{{name}}\ttarget {{target}} {{unit}}\tactual {{actual}}\t{{percent}}\t{{status}}\t({{source}})',
    targetsNoActual: 'none',
    targetStatusMet: 'met',
    targetStatusExceeded: 'exceeded',
    targetStatusNotMet: 'not met',
    targetSourceData: 'from the data',
    targetSourceManual: 'typed',
  },
} as const;
