import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { request } from '../api/client';
import type { ApiError } from '../api/errors';
import { graphql } from '../graphql';
import { useLang } from '../i18n';
import { useSession } from './session';

const ChangePassword = graphql(`
  mutation ChangePassword($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next)
  }
`);

export default function ChangePasswordPage() {
  const { me, refresh } = useSession();
  const { t, l } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (v: { current: string; next: string }) => {
    setError(null);
    try {
      await request(ChangePassword, { current: v.current, next: v.next });
      message.success(t('密码已修改', 'Password changed'));
      await refresh();
      navigate('/');
    } catch (e) {
      setError(e as ApiError);
    }
  };
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('修改密码', 'Change password')}</h1>}
      style={{ maxWidth: 480 }}
    >
      {me?.mustChangePassword && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('首次登录须修改初始密码', 'Replace the temporary password before you continue')}
        />
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={l(error)} />}
      <Form layout="vertical" onFinish={submit}>
        <Form.Item
          label={t('当前密码', 'Current password')}
          name="current"
          rules={[{ required: true, message: t('请输入当前密码', 'Required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('新密码', 'New password')}
          name="next"
          rules={[{ required: true, min: 8, message: t('至少 8 位', 'At least 8 characters') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('确认新密码', 'Repeat new password')}
          name="repeat"
          dependencies={['next']}
          rules={[
            { required: true, message: t('请再次输入新密码', 'Required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('next')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('两次输入不一致', 'The passwords differ'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('确认修改', 'Change password')}
        </Button>
      </Form>
    </Card>
  );
}
