import { Descriptions, type DescriptionsProps, Table } from 'antd';
import type { CSSProperties } from 'react';
import { DataTable } from '../../common/DataTable';
import { useLang } from '../../i18n';
import { type Report, STANDINGS } from './query';

type Title = (dataset: string) => string;
type Reason = Report['returns']['reasons'][number];
type Obligation = Report['timeliness']['byObligation'][number];

const NUMBER = { align: 'right' } as const;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A total row under a table: its label in the first cells, then one cell per figure. */
function TotalRow({ label, span, figures }: { label: string; span: number; figures: number[] }) {
  return (
    <Table.Summary.Row style={{ fontWeight: 600 }}>
      <Table.Summary.Cell index={0} colSpan={span}>
        {label}
      </Table.Summary.Cell>
      {figures.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the figures are columns in a fixed order
        <Table.Summary.Cell key={i} index={span + i} align="right">
          {f}
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );
}

export function PublishedTable({ report, title }: { report: Report; title: Title }) {
  const { t } = useLang();
  const rows = report.published;
  return (
    <DataTable<Report['published'][number]>
      label={t('主动公开情况', 'Published')}
      rowKey="dataset"
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('本年度没有公开记录', 'Nothing published this year') }}
      columns={[
        { title: t('数据集', 'Dataset'), key: 'd', render: (_: unknown, p) => title(p.dataset) },
        { title: t('公开记录数', 'Records'), dataIndex: 'records', ...NUMBER },
        { title: t('公开批次', 'Submissions'), dataIndex: 'submissions', ...NUMBER },
      ]}
      summary={() =>
        rows.length > 1 && (
          <TotalRow
            label={t('合计', 'Total')}
            span={1}
            figures={[sum(rows.map((p) => p.records)), sum(rows.map((p) => p.submissions))]}
          />
        )
      }
    />
  );
}

export function TimelinessTable({ report, title }: { report: Report; title: Title }) {
  const { t, lang } = useLang();
  const total = report.timeliness.submissions;
  return (
    <DataTable<Obligation>
      label={t('报送及时性', 'Timeliness')}
      rowKey={(o) => `${o.dataset}:${o.period}:${o.dueDate}`}
      size="small"
      pagination={false}
      scroll={{ x: 640 }}
      dataSource={report.timeliness.byObligation}
      locale={{ emptyText: t('本年度没有到期的报送义务', 'No obligation fell due this year') }}
      columns={[
        { title: t('数据集', 'Dataset'), key: 'd', render: (_: unknown, o) => title(o.dataset) },
        { title: t('报告期', 'Period'), dataIndex: 'period' },
        { title: t('截止日期', 'Due'), dataIndex: 'dueDate' },
        ...STANDINGS.map((s) => ({
          title: s[lang],
          key: s.key,
          ...NUMBER,
          render: (_: unknown, o: Obligation) => o.tally[s.key],
        })),
      ]}
      summary={() =>
        report.timeliness.byObligation.length > 0 && (
          <TotalRow label={t('合计', 'Total')} span={3} figures={STANDINGS.map((s) => total[s.key])} />
        )
      }
    />
  );
}

export function ReturnsTable({ report, reasonName }: { report: Report; reasonName: (r: Reason) => string }) {
  const { t } = useLang();
  return (
    <DataTable<Reason>
      label={t('退回情况', 'Returns')}
      rowKey={(r) => `${r.dataset ?? ''}:${r.category}`}
      size="small"
      pagination={false}
      dataSource={report.returns.reasons}
      locale={{ emptyText: t('本年度没有退回', 'No returns this year') }}
      columns={[
        { title: t('类别', 'Category'), key: 'c', render: (_: unknown, r) => reasonName(r) },
        { title: t('意见条数', 'Notes'), dataIndex: 'count', ...NUMBER },
      ]}
      summary={() => (
        <TotalRow label={t('退回次数合计', 'Returns in all')} span={1} figures={[report.returns.total]} />
      )}
    />
  );
}

/** Small fixed tables (三、五、六): a bordered description list is a table with its headers. */
export function FiguresList(props: {
  items: [string, number][];
  column: DescriptionsProps['column'];
  style?: CSSProperties;
}) {
  return (
    <Descriptions
      bordered
      size="small"
      column={props.column}
      style={props.style}
      items={props.items.map(([label, value]) => ({ key: label, label, children: value }))}
      styles={{ content: { textAlign: 'right' } }}
    />
  );
}

type EventObligation = Report['eventTimeliness']['byObligation'][number];

/** 七: filed records of event-driven obligations due in the year, on time or late (or undated). */
export function EventTimelinessTable({ report, title }: { report: Report; title: Title }) {
  const { t } = useLang();
  const { byObligation, total } = report.eventTimeliness;
  return (
    <DataTable<EventObligation>
      label={t('事项类报送及时性', 'Timeliness of event-driven filing')}
      rowKey={(o) => `${o.dataset}:${o.event}`}
      size="small"
      pagination={false}
      scroll={{ x: 640 }}
      dataSource={byObligation}
      locale={{ emptyText: t('本年度没有到期的事项类报送', 'No event-driven filing fell due this year') }}
      columns={[
        { title: t('数据集', 'Dataset'), key: 'd', render: (_: unknown, o) => title(o.dataset) },
        { title: t('时限（工作日）', 'Window (working days)'), dataIndex: 'workingDays', ...NUMBER },
        { title: t('按时报送', 'On time'), key: 'on', ...NUMBER, render: (_: unknown, o) => o.tally.onTime },
        { title: t('逾期报送', 'Late'), key: 'late', ...NUMBER, render: (_: unknown, o) => o.tally.late },
        {
          title: t('事项日期未填', 'Event day blank'),
          key: 'u',
          ...NUMBER,
          render: (_: unknown, o) => o.tally.undated,
        },
      ]}
      summary={() =>
        byObligation.length > 1 && (
          <TotalRow label={t('合计', 'Total')} span={2} figures={[total.onTime, total.late, total.undated]} />
        )
      }
    />
  );
}
