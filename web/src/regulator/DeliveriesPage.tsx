import { App, Button, Card, Switch } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { request } from '../api/client';
import type { ApiError } from '../api/errors';
import { useQuery } from '../api/useQuery';
import { useSession } from '../auth/session';
import { DataTable } from '../common/DataTable';
import { ErrorAlert } from '../common/ErrorAlert';
import { Pill } from '../common/Pill';
import { formatTime } from '../common/status';
import { graphql, type ResultOf } from '../graphql';
import { useLang } from '../i18n';

const Failures = graphql(`
  query Failures($retrying: Boolean) {
    deliveryFailures(first: 100, retrying: $retrying) {
      totalCount
      nodes { submissionId enterpriseName delivery { id recordId event status attempts lastStatus lastError lastAttemptAt } }
    }
  }
`);
const Retry = graphql(`mutation Retry($id: ID!) { retryDelivery(eventId: $id) { id status } }`);
type Row = ResultOf<typeof Failures>['deliveryFailures']['nodes'][number];

/** Deliveries to the trading platform that failed (or are still being retried); approvers retry. */
export default function DeliveriesPage() {
  const { t } = useLang();
  const { me } = useSession();
  const { message } = App.useApp();
  const [retrying, setRetrying] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const query = useQuery(Failures, { retrying });
  const retry = async (id: string) => {
    try {
      await request(Retry, { id });
      message.success(t('已重新排队推送', 'Queued again'));
      query.reload();
    } catch (e) {
      setError(e as ApiError);
    }
  };
  return (
    <Card
      title={
        <h1 style={{ fontSize: 18, margin: 0 }}>{t('推送状态', 'Deliveries to the trading platform')}</h1>
      }
      extra={
        <span>
          <Switch
            checked={retrying}
            onChange={setRetrying}
            aria-label={t('包括重试中的推送', 'Include those being retried')}
          />{' '}
          {t('包括重试中', 'Include retrying')}
        </span>
      }
    >
      <ErrorAlert error={error ?? query.error} />
      <DataTable<Row>
        rowKey={(r) => r.delivery.id}
        loading={query.loading}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('没有失败的推送', 'No failed deliveries') }}
        dataSource={query.data?.deliveryFailures.nodes ?? []}
        columns={[
          { title: t('企业', 'Enterprise'), dataIndex: 'enterpriseName' },
          { title: t('事件', 'Event'), key: 'event', render: (_: unknown, r) => r.delivery.event },
          {
            title: t('状态', 'Status'),
            key: 'status',
            render: (_: unknown, r) => (
              <Pill tone={r.delivery.status === 'FAILED' ? 'red' : 'gold'}>{r.delivery.status}</Pill>
            ),
          },
          {
            title: t('尝试次数', 'Attempts'),
            key: 'attempts',
            render: (_: unknown, r) => r.delivery.attempts,
          },
          {
            title: t('最后结果', 'Last result'),
            key: 'last',
            render: (_: unknown, r) => `${r.delivery.lastStatus ?? ''} ${r.delivery.lastError ?? ''}`,
          },
          {
            title: t('最后尝试', 'Last attempt'),
            key: 'at',
            render: (_: unknown, r) => formatTime(r.delivery.lastAttemptAt),
          },
          {
            title: t('报送', 'Submission'),
            key: 'sub',
            render: (_: unknown, r) => <Link to={`/review/${r.submissionId}`}>{t('查看', 'Open')}</Link>,
          },
          ...(me?.role === 'REGULATOR_APPROVER'
            ? [
                {
                  title: t('操作', 'Action'),
                  key: 'retry',
                  render: (_: unknown, r: Row) => (
                    <Button size="small" onClick={() => retry(r.delivery.id)}>
                      {t('重试', 'Retry')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
