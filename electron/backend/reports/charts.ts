import * as echarts from 'echarts';
import { formatNumber } from '../../../shared/domain/format/number';
import type { ReportChart, ReportFigure } from '../../../shared/reports/model';
import type { YearFigure } from '../../../shared/statistics/figures';

const WIDTH = 560;
const HEIGHT = 260;
// Single quotes: echarts writes the family into a double-quoted style attribute unescaped.
const FONT = "Tinos, 'Times New Roman', serif";

function svgOf(option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, fontSize: 13, color: '#000' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function barChart(key: string, title: string, labels: string[], series: { name: string; values: (number | null)[] }[]): ReportChart {
  const svg = svgOf({
    color: ['#1f4e79', '#c0504d', '#9bbb59'],
    grid: { left: 60, right: 20, top: series.length > 1 ? 30 : 16, bottom: 40, containLabel: true },
    legend: series.length > 1 ? { top: 0, textStyle: { fontFamily: FONT } } : undefined,
    xAxis: { type: 'category', data: labels, axisLabel: { fontFamily: FONT, fontSize: 13, interval: 0, width: 90, overflow: 'break' } },
    // Vietnamese number format on the axis and the bars: 1.000, 3.945.
    yAxis: { type: 'value', axisLabel: { fontFamily: FONT, fontSize: 12, formatter: (value: number) => formatNumber(value, 1) } },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      barMaxWidth: 56,
      label: { show: true, position: 'top', fontFamily: FONT, formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? formatNumber(value, 1) : '') },
    })),
  });
  return { key, title, svg, width: WIDTH, height: HEIGHT, data: { labels, series } };
}

const find = (figures: { code: string }[], code: string) => figures.find((f) => f.code === code) as (YearFigure | ReportFigure) | undefined;

/**
 * The year's chart set: members (and women) over the years with data, new members over the
 * years, and awards by form this year. `history` holds the figures of earlier years, oldest first.
 */
export function reportCharts(year: number, figures: ReportFigure[], history: { year: number; figures: YearFigure[] }[]): ReportChart[] {
  const charts: ReportChart[] = [];
  const years = [...history.map((h) => ({ year: h.year, figures: h.figures })), { year, figures }];
  const seriesOf = (code: string) => years.map((y) => find(y.figures, code)?.value ?? null);
  const withData = (values: (number | null)[]) => values.some((v) => v !== null && v !== 0);

  const total = seriesOf('members.total');
  if (withData(total)) {
    const women = seriesOf('members.female');
    const series = [{ name: 'Đoàn viên', values: total }, ...(withData(women) ? [{ name: 'Trong đó nữ', values: women }] : [])];
    charts.push(barChart('members', `Biểu đồ 1. Số đoàn viên (${years[0]?.year}–${year})`, years.map((y) => String(y.year)), series));
  }
  const admitted = seriesOf('members.admitted');
  if (withData(admitted)) {
    charts.push(barChart('admitted', `Biểu đồ ${charts.length + 1}. Đoàn viên kết nạp mới (${years[0]?.year}–${year})`, years.map((y) => String(y.year)), [{ name: 'Kết nạp mới', values: admitted }]));
  }
  const awards = figures.filter((f) => f.code.startsWith('awards.own.form.') && f.value !== null && f.value > 0).slice(0, 8);
  if (awards.length > 0) {
    charts.push(barChart('awards', `Biểu đồ ${charts.length + 1}. Khen thưởng năm ${year} theo hình thức`, awards.map((f) => f.label.replace(/^[-–\s]+/, '')), [{ name: 'Số lượng', values: awards.map((f) => f.value) }]));
  }
  return charts;
}
