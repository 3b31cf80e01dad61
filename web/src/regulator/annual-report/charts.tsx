import { useLang } from '../../i18n';
import { Chart } from './Chart';
import { type Report, STANDINGS } from './query';

type Title = (dataset: string) => string;

const AXIS_TEXT = { color: '#262626', fontSize: 13 };
const VALUE_AXIS = {
  type: 'value',
  minInterval: 1,
  axisLabel: AXIS_TEXT,
  splitLine: { lineStyle: { color: '#e8e8e8' } },
} as const;
// One bar per row of the table: the chart grows with the rows instead of squeezing them.
// echarts 6 keeps the axis labels inside the grid's own box with outerBoundsMode 'same' (what
// `containLabel` did before 6; that option now needs a legacy module).
const INSIDE = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;
const heightFor = (rows: number, legend = false) => 56 + rows * 40 + (legend ? 32 : 0);

/** Horizontal bars (dataset names are long in Chinese), the figure written at each bar's end. */
function bars(categories: string[], values: number[], color: string, name: string) {
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, ...INSIDE },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: VALUE_AXIS,
    yAxis: { type: 'category', inverse: true, data: categories, axisLabel: AXIS_TEXT },
    series: [
      {
        type: 'bar',
        name,
        data: values,
        barMaxWidth: 24,
        itemStyle: { color },
        label: { show: true, position: 'right', color: '#262626' },
      },
    ],
  };
}

/** 一、主动公开情况: records first published in the year, per dataset. */
export function PublishedChart({ report, title }: { report: Report; title: Title }) {
  const { t } = useLang();
  const rows = report.published;
  const parts = rows.map((p) => t(`${title(p.dataset)} ${p.records} 条`, `${title(p.dataset)} ${p.records}`));
  const summary = t(
    `柱状图：${report.year} 年各数据集公开记录数。${parts.join('，')}。`,
    `Bar chart: records published in ${report.year} per dataset. ${parts.join(', ')}.`,
  );
  const option = bars(
    rows.map((p) => title(p.dataset)),
    rows.map((p) => p.records),
    '#0958d9',
    t('公开记录数', 'Records published'),
  );
  return <Chart option={option} summary={summary} height={heightFor(rows.length)} />;
}

/** 二、报送及时性: each obligation due in the year, its enterprises by standing, stacked. */
export function TimelinessChart({ report, title }: { report: Report; title: Title }) {
  const { t, lang } = useLang();
  const rows = report.timeliness.byObligation;
  const names = rows.map((o) => `${title(o.dataset)} ${o.period}`);
  const total = report.timeliness.submissions;
  const summary = t(
    `堆叠柱状图：${report.year} 年到期的 ${rows.length} 项报送义务的企业报送情况（截至 ${report.timeliness.asOf}）。合计 ${STANDINGS.map((s) => `${s.zh} ${total[s.key]}`).join('，')}。`,
    `Stacked bar chart: how enterprises filed the ${rows.length} obligations due in ${report.year} (as of ${report.timeliness.asOf}). In all: ${STANDINGS.map((s) => `${s.en} ${total[s.key]}`).join(', ')}.`,
  );
  const option = {
    grid: { left: 8, right: 24, top: 40, bottom: 8, ...INSIDE },
    legend: { top: 0, left: 0, textStyle: AXIS_TEXT, itemGap: 20 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: VALUE_AXIS,
    yAxis: { type: 'category', inverse: true, data: names, axisLabel: AXIS_TEXT },
    series: STANDINGS.map((s) => ({
      type: 'bar',
      stack: 'standing',
      name: s[lang],
      barMaxWidth: 24,
      itemStyle: { color: s.color },
      // A zero draws nothing and writes nothing.
      label: { show: true, color: '#fff', formatter: ({ value }: { value: number }) => (value ? value : '') },
      data: rows.map((o) => o.tally[s.key]),
    })),
  };
  return <Chart option={option} summary={summary} height={heightFor(rows.length, true)} />;
}

/** 四、退回情况: the review notes of the year's returns by what they are about. */
export function ReturnsChart({
  report,
  categoryName,
}: {
  report: Report;
  categoryName: (c: Reasons) => string;
}) {
  const { t } = useLang();
  const rows = report.returns.reasons;
  const parts = rows.map((r) => t(`${categoryName(r)} ${r.count} 条`, `${categoryName(r)} ${r.count}`));
  const summary = t(
    `柱状图：${report.year} 年退回 ${report.returns.total} 次，审核意见按类别：${parts.join('，')}。`,
    `Bar chart: ${report.returns.total} returns in ${report.year}, review notes by category: ${parts.join(', ')}.`,
  );
  const option = bars(
    rows.map(categoryName),
    rows.map((r) => r.count),
    '#ad4e00',
    t('意见条数', 'Notes'),
  );
  return <Chart option={option} summary={summary} height={heightFor(rows.length)} />;
}

type Reasons = Report['returns']['reasons'][number];
