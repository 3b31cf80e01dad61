import { Card, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '../api/useQuery';
import { useSession } from '../auth/session';
import { DataTable } from '../common/DataTable';
import { useDatasets } from '../common/datasets';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatTime, STATUS, StatusTag } from '../common/status';
import { graphql, type ResultOf, type VariablesOf } from '../graphql';
import { useLang } from '../i18n';

const Queue = graphql(`
  query Queue($filter: SubmissionFilter) {
    submissions(first: 100, filter: $filter) {
      totalCount
      nodes { id receiptCode dataset status rowCount errorCount warningCount submittedAt uploadedAt enterprise { name } }
    }
  }
`);
type Filter = NonNullable<VariablesOf<typeof Queue>['filter']>;
type Row = ResultOf<typeof Queue>['submissions']['nodes'][number];
type Status = NonNullable<Filter['status']>[number];

/**
 * What each regulator role acts on: the reviewer reviews what is pending; the approver publishes
 * what was approved (and sees what is still coming).
 */
const DEFAULT_STATUS: Record<string, Status[]> = {
  REGULATOR_REVIEWER: ['PENDING_REVIEW'],
  REGULATOR_APPROVER: ['APPROVED', 'PENDING_REVIEW'],
};

/**
 * Submissions of the jurisdiction, by default those the signed-in role acts on. A receipt code
 * finds its submission in any state: whoever types one wants that submission, not a filter miss.
 */
export default function QueuePage() {
  const { t, l } = useLang();
  const { me } = useSession();
  const { datasets, byKey } = useDatasets();
  const [status, setStatus] = useState<Status[]>(DEFAULT_STATUS[me?.role ?? ''] ?? ['PENDING_REVIEW']);
  const [dataset, setDataset] = useState<Filter['dataset']>();
  const [receipt, setReceipt] = useState('');
  const filter: Filter = {
    ...(receipt ? {} : { status }),
    ...(dataset ? { dataset } : {}),
    ...(receipt ? { receiptCode: receipt } : {}),
  };
  const { data, error, loading } = useQuery(Queue, { filter });
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('审核队列', 'Review queue')}</h1>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<Status[]>
          mode="multiple"
          disabled={Boolean(receipt)}
          aria-label={t('按状态筛选', 'Filter by status')}
          style={{ minWidth: 220 }}
          value={status}
          onChange={setStatus}
          options={Object.entries(STATUS).map(([value, label]) => ({
            value: value as Status,
            label: l(label),
          }))}
        />
        <Select<Filter['dataset']>
          allowClear
          aria-label={t('按数据集筛选', 'Filter by dataset')}
          placeholder={t('全部数据集', 'All datasets')}
          style={{ minWidth: 180 }}
          value={dataset}
          onChange={setDataset}
          options={datasets.map((d) => ({ value: d.key as Filter['dataset'], label: l(d.title) }))}
        />
        <Input.Search
          aria-label={t('查询码', 'Receipt code')}
          placeholder={t('查询码', 'Receipt code')}
          allowClear
          onSearch={setReceipt}
          style={{ width: 200 }}
        />
      </Space>
      <ErrorAlert error={error} />
      <DataTable<Row>
        rowKey="id"
        loading={loading}
        locale={{ emptyText: t('没有符合条件的报送', 'No submission matches') }}
        scroll={{ x: 800 }}
        dataSource={data?.submissions.nodes ?? []}
        columns={[
          {
            title: t('查询码', 'Receipt'),
            dataIndex: 'receiptCode',
            render: (c: string, r) => <Link to={`/review/${r.id}`}>{c}</Link>,
          },
          { title: t('企业', 'Enterprise'), key: 'enterprise', render: (_: unknown, r) => r.enterprise.name },
          { title: t('数据集', 'Dataset'), dataIndex: 'dataset', render: (k: string) => l(byKey(k)?.title) },
          {
            title: t('状态', 'Status'),
            dataIndex: 'status',
            render: (s: string) => <StatusTag status={s} />,
          },
          { title: t('行数', 'Rows'), dataIndex: 'rowCount' },
          { title: t('提示', 'Warnings'), dataIndex: 'warningCount' },
          { title: t('提交时间', 'Submitted'), dataIndex: 'submittedAt', render: formatTime },
        ]}
      />
    </Card>
  );
}
