import { Drawer, Tag } from 'antd';
import { useQuery } from '../api/useQuery';
import { DataTable } from '../common/DataTable';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatTime } from '../common/status';
import { graphql, type ResultOf } from '../graphql';
import { useLang } from '../i18n';

const Reminders = graphql(`
  query ReminderHistory($obligation: ID!, $enterprise: ID!) {
    reminders(obligationId: $obligation, enterpriseId: $enterprise, first: 100) {
      totalCount
      nodes { id trigger createdAt mailStatus mailNote mailedAt }
    }
  }
`);
type Reminder = ResultOf<typeof Reminders>['reminders']['nodes'][number];

const TRIGGERS: Record<Reminder['trigger'], { zh: string; en: string }> = {
  MANUAL: { zh: '人工催报', en: 'By staff' },
  BEFORE_DUE: { zh: '到期提醒', en: 'Before due' },
  OVERDUE: { zh: '逾期催报', en: 'Overdue' },
};

/** Colours with text on them, not meaning by colour alone: each tag says its state in words. */
const MAIL: Record<string, { zh: string; en: string; color?: string }> = {
  none: { zh: '仅站内通知', en: 'In-app only' },
  pending: { zh: '待发送', en: 'Queued', color: 'blue' },
  sending: { zh: '发送中', en: 'Sending', color: 'blue' },
  sent: { zh: '已发送', en: 'Sent', color: 'green' },
  failed: { zh: '发送失败', en: 'Failed', color: 'red' },
};

/**
 * Every reminder of one enterprise on one obligation, newest first, with how its mail went: a
 * failed send or one sent twice after an interruption says so (the API's mailNote, in English as
 * the SMTP server and the recovery wrote it).
 */
export function ReminderHistory(props: {
  target: { obligationId: string; enterpriseId: string; title: string } | null;
  onClose: () => void;
}) {
  const { t, l } = useLang();
  const { target } = props;
  const { data, error, loading } = useQuery(
    Reminders,
    { obligation: target?.obligationId ?? '', enterprise: target?.enterpriseId ?? '' },
    !target,
  );
  return (
    <Drawer
      open={!!target}
      onClose={props.onClose}
      size="min(720px, 100vw)"
      title={t(`催报记录：${target?.title ?? ''}`, `Reminders: ${target?.title ?? ''}`)}
    >
      <ErrorAlert error={error} />
      <DataTable<Reminder>
        label={t('催报记录', 'Reminders')}
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('尚未催报', 'Not reminded yet') }}
        dataSource={target ? (data?.reminders.nodes ?? []) : []}
        columns={[
          { title: t('时间', 'When'), key: 'c', render: (_: unknown, r) => formatTime(r.createdAt) },
          { title: t('方式', 'Kind'), key: 't', render: (_: unknown, r) => l(TRIGGERS[r.trigger]) },
          {
            title: t('邮件', 'Mail'),
            key: 'm',
            render: (_: unknown, r) => {
              const state = MAIL[r.mailStatus] ?? { zh: r.mailStatus, en: r.mailStatus };
              return <Tag color={state.color}>{l(state)}</Tag>;
            },
          },
          { title: t('发送时间', 'Sent at'), key: 's', render: (_: unknown, r) => formatTime(r.mailedAt) },
          { title: t('说明', 'Note'), key: 'n', render: (_: unknown, r) => r.mailNote ?? '—' },
        ]}
      />
    </Drawer>
  );
}
