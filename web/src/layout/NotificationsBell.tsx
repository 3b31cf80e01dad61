import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useQuery } from '../api/useQuery';
import { onNotificationsChanged } from '../common/notifications-changed';
import { graphql } from '../graphql';
import { useLang } from '../i18n';

const Unread = graphql(
  `query UnreadNotifications { notifications(first: 1, unreadOnly: true) { totalCount } }`,
);

/** The header's 通知 button with the unread count; counted again on every page change, on focus and each minute. */
export function NotificationsBell() {
  const { t } = useLang();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data, reload } = useQuery(Unread);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page is the reason to count again
  useEffect(reload, [pathname, reload]);
  useEffect(() => onNotificationsChanged(reload), [reload]);
  // A reminder sent while the page stays open shows within a minute, or when the window is back in focus.
  useEffect(() => {
    const timer = window.setInterval(reload, 60_000);
    window.addEventListener('focus', reload);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);
  const unread = data?.notifications.totalCount ?? 0;
  return (
    <Badge count={unread} size="small">
      <Button
        icon={<BellOutlined aria-hidden />}
        aria-label={
          unread > 0
            ? t(`通知（${unread} 条未读）`, `Notifications (${unread} unread)`)
            : t('通知', 'Notifications')
        }
        onClick={() => navigate('/notifications')}
      >
        {t('通知', 'Notifications')}
      </Button>
    </Badge>
  );
}
