import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { ApiError } from '../api/errors';
import { useLang } from '../i18n';
import { LangSwitch } from '../layout/LangSwitch';
import { useSession } from './session';

export function LoginPage() {
  const { me, expired, signIn } = useSession();
  const { t, lang } = useLang();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (me) return <Navigate to={from} replace />;
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.username, values.password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f0f2f5',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {t('阳光国资 · 工作台', 'Sunshine workspace')}
          </Typography.Title>
          <LangSwitch />
        </div>
        <Typography.Paragraph type="secondary">
          {t('企业报送与国资委审核', 'Filing for enterprises, review for commissions')}
        </Typography.Paragraph>
        {expired && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('登录已过期，请重新登录', 'Your session has expired: sign in again')}
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={lang === 'zh' ? error.zh : error.en}
          />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label={t('用户名', 'Username')}
            name="username"
            rules={[{ required: true, message: t('请输入用户名', 'Enter your username') }]}
          >
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            label={t('密码', 'Password')}
            name="password"
            rules={[{ required: true, message: t('请输入密码', 'Enter your password') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('登录', 'Sign in')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
