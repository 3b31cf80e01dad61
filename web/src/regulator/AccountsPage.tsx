import { Alert, Button, Card, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/useAction';
import { useQuery } from '../api/useQuery';
import { DataTable } from '../common/DataTable';
import { ErrorAlert } from '../common/ErrorAlert';
import { Pill } from '../common/Pill';
import { graphql, type ResultOf } from '../graphql';
import { useLang } from '../i18n';
import { EnterpriseField } from './EnterpriseField';

const Accounts = graphql(`
  query Accounts {
    enterprises { id name uscc }
    enterpriseUsers { id username displayName disabled mustChangePassword enterprise { id name } }
  }
`);
const Create = graphql(`
  mutation CreateAccount($e: ID!, $u: String!, $n: String!) {
    createEnterpriseUser(enterpriseId: $e, username: $u, displayName: $n) { temporaryPassword user { username } }
  }
`);
const SetDisabled = graphql(
  `mutation SetDisabled($id: ID!, $d: Boolean!) { setUserDisabled(userId: $id, disabled: $d) { id disabled } }`,
);
const Reset = graphql(
  `mutation Reset($id: ID!) { resetUserPassword(userId: $id) { temporaryPassword user { username } } }`,
);
type Row = ResultOf<typeof Accounts>['enterpriseUsers'][number];

/** Approvers: filer accounts of the commission's enterprises. Temporary passwords are shown once. */
export default function AccountsPage() {
  const { t } = useLang();
  const { data, error, reload } = useQuery(Accounts);
  const action = useAction(reload);
  const failure = action.failure;
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const run = async (
    act: () => Promise<{ temporaryPassword: string; user: { username: string } } | undefined>,
  ) => {
    const result = await action.run(act);
    if (result) setShown({ username: result.user.username, password: result.temporaryPassword });
  };
  const create = (v: { e: string; u: string; n: string }) =>
    run(async () => (await request(Create, v)).createEnterpriseUser);
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('企业账号', 'Enterprise accounts')}</h1>}>
      <ErrorAlert error={error ?? failure} />
      <Form layout="inline" onFinish={create} style={{ marginBottom: 16, rowGap: 8 }}>
        <EnterpriseField name="e" label={t('企业', 'Enterprise')} enterprises={data?.enterprises ?? []} />
        <Form.Item
          label={t('用户名', 'Username')}
          name="u"
          rules={[{ required: true, message: t('请输入用户名', 'Required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('姓名', 'Name')}
          name="n"
          rules={[{ required: true, message: t('请输入姓名', 'Required') }]}
        >
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('创建账号', 'Create account')}
        </Button>
      </Form>
      <DataTable<Row>
        rowKey="id"
        scroll={{ x: 700 }}
        dataSource={data?.enterpriseUsers ?? []}
        columns={[
          { title: t('用户名', 'Username'), dataIndex: 'username' },
          { title: t('姓名', 'Name'), dataIndex: 'displayName' },
          { title: t('企业', 'Enterprise'), key: 'e', render: (_: unknown, r) => r.enterprise?.name },
          {
            title: t('状态', 'Status'),
            key: 's',
            render: (_: unknown, r) =>
              r.disabled ? (
                <Pill tone="default">{t('已停用', 'Disabled')}</Pill>
              ) : (
                <Pill tone="green">{t('正常', 'Active')}</Pill>
              ),
          },
          {
            title: t('操作', 'Actions'),
            key: 'a',
            render: (_: unknown, r) => (
              <Space>
                <Button
                  size="small"
                  onClick={() =>
                    run(async () => void (await request(SetDisabled, { id: r.id, d: !r.disabled })))
                  }
                >
                  {r.disabled ? t('启用', 'Enable') : t('停用', 'Disable')}
                </Button>
                <Button
                  size="small"
                  onClick={() => run(async () => (await request(Reset, { id: r.id })).resetUserPassword)}
                >
                  {t('重置密码', 'Reset password')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={shown !== null}
        onOk={() => setShown(null)}
        onCancel={() => setShown(null)}
        title={t('临时密码', 'Temporary password')}
      >
        <Alert
          type="warning"
          showIcon
          title={t(
            '仅显示一次，请告知用户；首次登录须修改。',
            'Shown once: tell the user; it must be changed at first sign-in.',
          )}
        />
        <p>
          {shown?.username}：<code>{shown?.password}</code>
        </p>
      </Modal>
    </Card>
  );
}
