import { Button, Card, List, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { request } from '../api/client';
import { useAction } from '../api/useAction';
import { useQuery } from '../api/useQuery';
import { graphql } from '../graphql';
import { useLang } from '../i18n';
import { ErrorAlert } from './ErrorAlert';
import { announceNotificationsChanged } from './notifications-changed';
import { Pill } from './Pill';
import { formatTime } from './status';

const Notifications = graphql(`
  query Notifications {
    notifications(first: 50) { totalCount nodes { id kind title { zh en } body { zh en } link createdAt readAt } }
  }
`);
const MarkRead = graphql(`mutation MarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`);

// Links are stored as the address a mail carries (/app/…); inside the app the router's base is /app.
const inApp = (link: string) => link.replace(/^\/app(?=\/|$)/, '') || '/';

/** The signed-in user's notifications (催报 for now), newest first; read ones are marked so. */
export default function NotificationsPage() {
  const { t, l } = useLang();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useQuery(Notifications);
  const { run, failure, busy } = useAction(() => {
    reload();
    announceNotificationsChanged();
  });
  const items = data?.notifications.nodes ?? [];
  const unread = items.filter((n) => !n.readAt).map((n) => n.id);
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('通知', 'Notifications')}</h1>}
      extra={
        <Button
          disabled={unread.length === 0 || busy}
          onClick={() => run(() => request(MarkRead, { ids: unread }))}
        >
          {t('全部标为已读', 'Mark all read')}
        </Button>
      }
    >
      <ErrorAlert error={error ?? failure} />
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: <span style={{ color: '#595959' }}>{t('暂无通知', 'No notifications')}</span> }}
        renderItem={(n) => (
          <List.Item
            actions={
              n.link
                ? [
                    <Button key="go" size="small" onClick={() => navigate(inApp(n.link ?? '/'))}>
                      {t('前往处理', 'Open')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Typography.Text strong={!n.readAt}>{l(n.title)}</Typography.Text>
                  {!n.readAt && <Pill tone="red">{t('未读', 'Unread')}</Pill>}
                </Space>
              }
              description={
                <>
                  <div style={{ color: '#262626' }}>{l(n.body)}</div>
                  <div style={{ color: '#595959' }}>{formatTime(n.createdAt)}</div>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
