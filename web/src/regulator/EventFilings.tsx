import { Button, Checkbox, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '../api/useQuery';
import { DataTable } from '../common/DataTable';
import { useDatasets } from '../common/datasets';
import { ErrorAlert } from '../common/ErrorAlert';
import { ObligationStatePill } from '../common/obligation-states';
import { graphql, type ResultOf, type VariablesOf } from '../graphql';
import { useLang } from '../i18n';

const EventObligations = graphql(`
  query EventObligations { obligations { id kind dataset event workingDays } }
`);
const EventFilingsQuery = graphql(`
  query EventFilings($dataset: DatasetKey!, $from: Date!, $to: Date!, $lateOnly: Boolean, $after: String) {
    eventObligationStatus(dataset: $dataset, from: $from, to: $to, lateOnly: $lateOnly, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        state eventDate dueDate filedOn workingDaysLate receiptCode submissionId rowNumber recordKey title
        enterprise { id name }
      }
    }
  }
`);
type Filing = ResultOf<typeof EventFilingsQuery>['eventObligationStatus']['nodes'][number];
type DatasetKey = VariablesOf<typeof EventFilingsQuery>['dataset'];

const thisYear = String(new Date().getFullYear());

/**
 * 事项类报送: filed records of event-driven obligations (a transaction stage, a service change),
 * each on time or late against the commission's window in working days. What was never filed is
 * unknowable here, so there is nothing to remind of (docs/oversight.md).
 */
export function EventFilings() {
  const { t, l, lang } = useLang();
  const { byKey } = useDatasets();
  const obligations = useQuery(EventObligations);
  const events = (obligations.data?.obligations ?? []).filter((o) => o.kind === 'EVENT');
  const [filter, setFilter] = useState({
    from: `${thisYear}-01-01`,
    to: `${thisYear}-12-31`,
    lateOnly: true,
  });
  const [dataset, setDataset] = useState<DatasetKey | undefined>();
  const [after, setAfter] = useState<string | undefined>();
  const [shown, setShown] = useState<Filing[]>([]);
  useEffect(() => {
    if (!dataset && events[0]) setDataset(events[0].dataset);
  }, [dataset, events]);
  const page = useQuery(EventFilingsQuery, { dataset: dataset as DatasetKey, ...filter, after }, !dataset);
  const result = page.data?.eventObligationStatus;
  // Pages add up ("加载更多"); a new filter starts again from the first page.
  useEffect(() => {
    if (result) setShown((rows) => (after ? [...rows, ...result.nodes] : result.nodes));
  }, [result, after]);
  const restart = () => {
    setAfter(undefined);
    setShown([]);
  };
  return (
    <>
      <ErrorAlert error={obligations.error ?? page.error} />
      {events.length === 0 && !obligations.loading ? (
        <Typography.Paragraph>
          {t('本委尚未设置事项类报送时限。', 'The commission has set no event-driven windows.')}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph>
          {events
            .map((o) =>
              t(
                `${l(byKey(o.dataset)?.title)}：事项发生后 ${o.workingDays} 个工作日内报送`,
                `${l(byKey(o.dataset)?.title)}: within ${o.workingDays} working days of the event`,
              ),
            )
            .join('；')}
        </Typography.Paragraph>
      )}
      <Form
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        initialValues={filter}
        onFinish={(v: typeof filter) => {
          restart();
          setFilter({ from: v.from, to: v.to, lateOnly: v.lateOnly });
        }}
      >
        <Form.Item label={t('事项类数据集', 'Event dataset')} htmlFor="event-dataset">
          <Select
            id="event-dataset"
            style={{ width: 180 }}
            value={dataset}
            onChange={(value) => {
              restart();
              setDataset(value);
            }}
            options={[...new Set(events.map((o) => o.dataset))].map((key) => ({
              value: key,
              label: l(byKey(key)?.title),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('截止日期自', 'Due from')}
          name="from"
          rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/ }]}
        >
          <Input style={{ width: 130 }} />
        </Form.Item>
        <Form.Item label={t('至', 'to')} name="to" rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
          <Input style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="lateOnly" valuePropName="checked">
          <Checkbox>{t('只看逾期', 'Late only')}</Checkbox>
        </Form.Item>
        <Button htmlType="submit">{t('查询', 'Search')}</Button>
      </Form>
      {result && (
        <Typography.Paragraph>
          {t(`共 ${result.totalCount} 条`, `${result.totalCount} in all`)}
        </Typography.Paragraph>
      )}
      <DataTable<Filing>
        label={t('事项类报送', 'Event-driven filings')}
        rowKey={(r) => `${r.submissionId}:${r.recordKey}`}
        size="small"
        loading={page.loading}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('没有符合条件的报送', 'Nothing matches') }}
        dataSource={shown}
        columns={[
          { title: t('企业', 'Enterprise'), key: 'e', render: (_: unknown, r) => r.enterprise.name },
          {
            title: t('项目或标题', 'Project or title'),
            key: 'title',
            render: (_: unknown, r) => r.title ?? r.recordKey,
          },
          {
            title: t('查询码', 'Receipt'),
            key: 'receipt',
            render: (_: unknown, r) => (
              <Link
                to={`/review/${r.submissionId}`}
              >{`${r.receiptCode} · ${t('第', 'row ')}${r.rowNumber}${t('行', '')}`}</Link>
            ),
          },
          { title: t('事项日期', 'Event day'), key: 'ev', render: (_: unknown, r) => r.eventDate ?? '—' },
          { title: t('应报日期', 'Due'), key: 'due', render: (_: unknown, r) => r.dueDate ?? '—' },
          { title: t('报送日期', 'Filed on'), key: 'filed', render: (_: unknown, r) => r.filedOn },
          {
            title: t('状态', 'State'),
            key: 's',
            render: (_: unknown, r) => <ObligationStatePill state={r.state} lang={lang} />,
          },
          {
            title: t('逾期工作日', 'Working days late'),
            key: 'late',
            render: (_: unknown, r) => (r.state === 'LATE' ? r.workingDaysLate : '—'),
          },
        ]}
      />
      {result?.pageInfo.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => setAfter(result.pageInfo.endCursor ?? undefined)}>
          {t('加载更多', 'Load more')}
        </Button>
      )}
    </>
  );
}
