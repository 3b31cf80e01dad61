import { Button, Card, Space } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '../api/useQuery';
import { DataTable } from '../common/DataTable';
import { useDatasets } from '../common/datasets';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatTime, StatusTag } from '../common/status';
import { graphql, type ResultOf } from '../graphql';
import { useLang } from '../i18n';
import { ObligationsCard } from './ObligationsCard';

const MySubmissions = graphql(`
  query MySubmissions {
    submissions(first: 100) {
      totalCount
      nodes { id receiptCode dataset filename status rowCount errorCount warningCount uploadedAt }
    }
  }
`);
type Row = ResultOf<typeof MySubmissions>['submissions']['nodes'][number];

/** What the enterprise still owes, and what it has filed (newest first) and in which state. */
export default function HomePage() {
  const { t, l } = useLang();
  const navigate = useNavigate();
  const { byKey } = useDatasets();
  const { data, error, loading } = useQuery(MySubmissions);
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('我的报送', 'My filings')}</h1>}
      extra={
        <Space>
          <Button type="primary" onClick={() => navigate('/upload')}>
            {t('上传报送', 'Upload')}
          </Button>
        </Space>
      }
    >
      <ObligationsCard />
      <ErrorAlert error={error} />
      <DataTable<Row>
        rowKey="id"
        loading={loading}
        scroll={{ x: 800 }}
        dataSource={data?.submissions.nodes ?? []}
        columns={[
          {
            title: t('查询码', 'Receipt'),
            dataIndex: 'receiptCode',
            render: (c: string, r) => <Link to={`/submissions/${r.id}`}>{c}</Link>,
          },
          { title: t('数据集', 'Dataset'), dataIndex: 'dataset', render: (k: string) => l(byKey(k)?.title) },
          { title: t('文件', 'File'), dataIndex: 'filename', ellipsis: true },
          {
            title: t('状态', 'Status'),
            dataIndex: 'status',
            render: (s: string) => <StatusTag status={s} />,
          },
          { title: t('行数', 'Rows'), dataIndex: 'rowCount' },
          { title: t('错误', 'Errors'), dataIndex: 'errorCount' },
          { title: t('提示', 'Warnings'), dataIndex: 'warningCount' },
          { title: t('上传时间', 'Uploaded'), dataIndex: 'uploadedAt', render: formatTime },
        ]}
      />
    </Card>
  );
}
