import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/domain/format/number';
import { percentOfTarget, type YearFigure } from '@shared/statistics/figures';
import type { TextKeyUnder } from '../../i18n/types';
import { dataText } from '../../i18n/textKey';

/** "- Vững mạnh" is a line under the one above it, "  Số tiền" a line under that. */
function FigureLabel({ label }: { label: string }) {
  if (label.startsWith('-')) return <span style={{ paddingLeft: 16 }}>{label.replace(/^-\s*/, '– ')}</span>;
  if (label.startsWith(' ')) return <span style={{ paddingLeft: 32 }}>{label.trim()}</span>;
  return <strong>{label}</strong>;
}

const num = (n: number | null) => (n === null ? '—' : formatNumber(n, 1));

function change(figure: YearFigure): string {
  if (figure.value === null || figure.lastYear === null) return '—';
  const diff = Math.round((figure.value - figure.lastYear) * 10) / 10;
  return diff > 0 ? `+${formatNumber(diff, 1)}` : formatNumber(diff, 1);
}

/** One section of the year's figures: Nội dung | Đơn vị tính | Năm nay | Năm trước | Tăng/giảm | Chỉ tiêu | % chỉ tiêu. */
export function FiguresTable({ section, figures, year }: { section: string; figures: YearFigure[]; year: number }) {
  const { t } = useTranslation();
  const k = (key: TextKeyUnder<'statistics.figures'>, params: Record<string, unknown> = {}) => t(`statistics.figures.${key}`, params);
  return (
    <section aria-label={dataText(t, `statistics.sections.${section}`)}>
      <Typography.Title level={5} style={{ margin: '8px 0' }}>
        {dataText(t, `statistics.sections.${section}`)}
      </Typography.Title>
      <Table<YearFigure & { tt: number }>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={figures.map((figure, index) => ({ ...figure, tt: index + 1 }))}
        onRow={(row) => ({ 'data-code': row.code }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: k('tt'), dataIndex: 'tt', width: 50, align: 'center' },
          { title: k('content'), dataIndex: 'label', render: (label: string) => <FigureLabel label={label} /> },
          { title: k('unit'), dataIndex: 'unit', width: 110 },
          { title: k('thisYear', { year }), dataIndex: 'value', width: 120, align: 'right', render: (v: number | null) => (v === null ? <Typography.Text type="secondary">{k('typed')}</Typography.Text> : num(v)) },
          { title: k('lastYear', { year: year - 1 }), dataIndex: 'lastYear', width: 120, align: 'right', render: num },
          { title: k('change'), key: 'change', width: 100, align: 'right', render: (_, row) => change(row) },
          { title: k('target'), dataIndex: 'target', width: 100, align: 'right', render: num },
          {
            title: k('percent'),
            key: 'percent',
            width: 100,
            align: 'right',
            render: (_, row) => {
              const p = percentOfTarget(row.value, row.target);
              return p === null ? '—' : `${formatNumber(p, 1)}%`;
            },
          },
        ]}
      />
    </section>
  );
}
