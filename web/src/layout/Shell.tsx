import { Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isRegulator, type Me, useSession } from '../auth/session';
import { useLang } from '../i18n';
import { LangSwitch } from './LangSwitch';
import { NotificationsBell } from './NotificationsBell';

type T = (zh: string, en: string) => string;

function menuItems(me: Me, t: T) {
  if (isRegulator(me)) {
    return [
      { key: '/dashboard', label: t('概览', 'Dashboard') },
      { key: '/queue', label: t('审核队列', 'Review queue') },
      { key: '/obligations', label: t('报送情况', 'Filing status') },
      { key: '/annual-report', label: t('年度报告', 'Annual report') },
      { key: '/deliveries', label: t('推送状态', 'Deliveries') },
      ...(me.role === 'REGULATOR_APPROVER'
        ? [
            { key: '/accounts', label: t('企业账号', 'Accounts') },
            { key: '/subsidiaries', label: t('子企业', 'Subsidiaries') },
            { key: '/calendar', label: t('节假日', 'Holidays') },
          ]
        : []),
      { key: '/password', label: t('修改密码', 'Change password') },
    ];
  }
  return [
    { key: '/home', label: t('我的报送', 'My filings') },
    { key: '/upload', label: t('上传报送', 'Upload') },
    { key: '/templates', label: t('模板下载', 'Templates') },
    { key: '/password', label: t('修改密码', 'Change password') },
  ];
}

const ROLE = {
  ENTERPRISE_FILER: ['企业填报员', 'Enterprise filer'],
  REGULATOR_REVIEWER: ['审核员', 'Reviewer'],
  REGULATOR_APPROVER: ['审批人', 'Approver'],
  PLATFORM_ADMIN: ['平台管理员', 'Platform admin'],
} as const;

/** The signed-in frame: navigation by role, who is signed in, language, sign out. */
export function Shell({ children }: { children: ReactNode }) {
  const { me, signOut } = useSession();
  const { t } = useLang();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (!me) return null;
  const items = menuItems(me, t);
  const selected = items.find((i) => pathname.startsWith(i.key))?.key ?? '';
  const [roleZh, roleEn] = ROLE[me.role];
  const org = me.enterprise?.name ?? me.regulator?.name ?? '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div style={{ padding: '16px 20px', fontWeight: 600 }}>{t('阳光国资', 'Sunshine')}</div>
        <nav aria-label={t('主导航', 'Main navigation')}>
          <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={(e) => navigate(e.key)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 12,
            flexWrap: 'wrap',
            height: 'auto',
            minHeight: 64,
          }}
        >
          <Typography.Text>
            {me.displayName}（{t(roleZh, roleEn)}）<span className="org">{org}</span>
          </Typography.Text>
          <Space>
            <NotificationsBell />
            <LangSwitch />
            <Button onClick={signOut}>{t('退出登录', 'Sign out')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 16 }}>
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
