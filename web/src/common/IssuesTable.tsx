import { Button, Checkbox, InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { request } from '../api/client';
import { graphql, type ResultOf } from '../graphql';
import { useLang } from '../i18n';
import { DataTable } from './DataTable';
import { type DatasetInfo, fieldLabel } from './datasets';
import { Pill } from './Pill';

const IssuesQuery = graphql(`
  query Issues($id: ID!, $first: Int, $after: String, $filter: IssueFilter) {
    submission(id: $id) {
      id
      issues(first: $first, after: $after, filter: $filter) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { seq severity code row column field value messageZh messageEn acknowledged }
      }
    }
  }
`);

type Issue = NonNullable<ResultOf<typeof IssuesQuery>['submission']>['issues']['nodes'][number];
type Severity = 'ERROR' | 'WARNING';
interface Filter {
  severity?: Severity;
  field?: string;
  row?: number;
}

const PAGE = 200;

/**
 * Every issue of a submission, located (row, Excel column, field) with its value and message. The
 * list is virtualised and fetched a page at a time as the user scrolls, so 50,000 issues stay smooth.
 * With `onAcknowledge`, each warning gets a checkbox.
 */
export function IssuesTable(props: {
  submissionId: string;
  dataset: DatasetInfo | undefined;
  acknowledged?: Set<number>;
  onAcknowledge?: (seq: number, checked: boolean) => void;
}) {
  const { t, lang } = useLang();
  const [filter, setFilter] = useState<Filter>({});
  const [issues, setIssues] = useState<Issue[]>([]);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const load = async (after: string | null, reset: boolean) => {
    setLoading(true);
    try {
      const data = await request(IssuesQuery, { id: props.submissionId, first: PAGE, after, filter });
      const page = data.submission?.issues;
      if (!page) return;
      setIssues((old) => (reset ? page.nodes : [...old, ...page.nodes]));
      setTotal(page.totalCount);
      setCursor(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
    } finally {
      setLoading(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the filter or submission changes
  useEffect(() => {
    void load(null, true);
  }, [props.submissionId, filter.severity, filter.field, filter.row]);
  const fields = props.dataset?.fields ?? [];
  const columns = [
    ...(props.onAcknowledge
      ? [
          {
            title: t('确认', 'Accept'),
            key: 'ack',
            width: 70,
            render: (_: unknown, i: Issue) =>
              i.severity === 'WARNING' ? (
                <Checkbox
                  aria-label={t(`确认第 ${i.row ?? '-'} 行提示`, `Accept warning on row ${i.row ?? '-'}`)}
                  checked={i.acknowledged || props.acknowledged?.has(i.seq)}
                  disabled={i.acknowledged}
                  onChange={(e) => props.onAcknowledge?.(i.seq, e.target.checked)}
                />
              ) : null,
          },
        ]
      : []),
    {
      title: t('级别', 'Severity'),
      dataIndex: 'severity',
      width: 80,
      render: (s: Severity) =>
        s === 'ERROR' ? (
          <Pill tone="red">{t('错误', 'Error')}</Pill>
        ) : (
          <Pill tone="orange">{t('提示', 'Warning')}</Pill>
        ),
    },
    { title: t('行', 'Row'), dataIndex: 'row', width: 70 },
    { title: t('列', 'Column'), dataIndex: 'column', width: 60 },
    {
      title: t('字段', 'Field'),
      dataIndex: 'field',
      width: 140,
      render: (f: string | null) => fieldLabel(props.dataset, f, lang),
    },
    { title: t('值', 'Value'), dataIndex: 'value', width: 160, ellipsis: true },
    {
      title: t('问题说明', 'Message'),
      key: 'message',
      render: (_: unknown, i: Issue) => (lang === 'zh' ? i.messageZh : i.messageEn),
    },
  ];
  return (
    <section aria-label={t('问题清单', 'Issues')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<Severity | undefined>
          aria-label={t('按级别筛选', 'Filter by severity')}
          allowClear
          placeholder={t('全部级别', 'All severities')}
          style={{ width: 140 }}
          value={filter.severity}
          onChange={(severity) => setFilter((f) => ({ ...f, severity }))}
          options={[
            { value: 'ERROR', label: t('错误', 'Errors') },
            { value: 'WARNING', label: t('提示', 'Warnings') },
          ]}
        />
        <Select<string | undefined>
          aria-label={t('按字段筛选', 'Filter by field')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('全部字段', 'All fields')}
          style={{ width: 180 }}
          value={filter.field}
          onChange={(field) => setFilter((f) => ({ ...f, field }))}
          options={fields.map((f) => ({ value: f.key, label: f.label[lang] }))}
        />
        <InputNumber<number>
          aria-label={t('按行号筛选', 'Filter by row')}
          placeholder={t('行号', 'Row')}
          min={1}
          value={filter.row ?? null}
          onChange={(row) => setFilter((f) => ({ ...f, row: row ?? undefined }))}
        />
        <span>{t(`共 ${total} 条`, `${total} in all`)}</span>
      </Space>
      <DataTable<Issue>
        rowKey="seq"
        size="small"
        // Virtualised only when long: a short list keeps the table's own row and cell semantics.
        virtual={issues.length > 300}
        scroll={{ x: 900, y: 420 }}
        pagination={false}
        loading={loading}
        columns={columns}
        dataSource={issues}
        onScroll={(e) => {
          const el = e.currentTarget;
          if (cursor && !loading && el.scrollTop + el.clientHeight > el.scrollHeight - 200)
            void load(cursor, false);
        }}
      />
      {cursor && (
        <Button style={{ marginTop: 8 }} onClick={() => load(cursor, false)} loading={loading}>
          {t('加载更多', 'Load more')}
        </Button>
      )}
    </section>
  );
}
