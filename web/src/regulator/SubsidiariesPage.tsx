import { Button, Card, Form, Input, Popconfirm } from 'antd';
import { request } from '../api/client';
import { useAction } from '../api/useAction';
import { useQuery } from '../api/useQuery';
import { DataTable } from '../common/DataTable';
import { ErrorAlert } from '../common/ErrorAlert';
import { formatTime } from '../common/status';
import { graphql } from '../graphql';
import { useLang } from '../i18n';
import { EnterpriseField } from './EnterpriseField';

const Subsidiaries = graphql(`
  query Subsidiaries { enterprises { id name uscc subsidiaries { name uscc createdAt } } }
`);
const Add = graphql(`
  mutation AddSubsidiary($e: ID!, $name: String!, $uscc: String!) {
    addSubsidiary(enterpriseId: $e, name: $name, uscc: $uscc) { id }
  }
`);
const Remove = graphql(`
  mutation RemoveSubsidiary($e: ID!, $uscc: String!) { removeSubsidiary(enterpriseId: $e, uscc: $uscc) { id } }
`);

interface Row {
  enterpriseId: string;
  enterprise: string;
  name: string;
  uscc: string;
  createdAt: string;
}

/** Approvers: the subsidiaries each enterprise reports for (代报); the API checks the codes and audits. */
export default function SubsidiariesPage() {
  const { t } = useLang();
  const { data, error, reload } = useQuery(Subsidiaries);
  const { run, failure } = useAction(reload);
  const rows: Row[] = (data?.enterprises ?? []).flatMap((e) =>
    e.subsidiaries.map((s) => ({ enterpriseId: e.id, enterprise: e.name, ...s })),
  );
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('子企业（代报）', 'Subsidiaries')}</h1>}>
      <ErrorAlert error={error ?? failure} />
      <Form
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={(v: { e: string; name: string; uscc: string }) => run(() => request(Add, v))}
      >
        <EnterpriseField name="e" label={t('所属企业', 'Enterprise')} enterprises={data?.enterprises ?? []} />
        <Form.Item
          label={t('子企业名称', 'Subsidiary name')}
          name="name"
          rules={[{ required: true, message: t('请输入名称', 'Required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={t('统一社会信用代码', 'USCC')}
          name="uscc"
          rules={[{ required: true, message: t('请输入统一社会信用代码', 'Required') }]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('添加子企业', 'Add subsidiary')}
        </Button>
      </Form>
      <DataTable<Row>
        rowKey={(r) => `${r.enterpriseId}:${r.uscc}`}
        scroll={{ x: 700 }}
        locale={{ emptyText: t('尚无子企业', 'No subsidiaries yet') }}
        dataSource={rows}
        columns={[
          { title: t('企业', 'Enterprise'), dataIndex: 'enterprise' },
          { title: t('子企业名称', 'Subsidiary'), dataIndex: 'name' },
          { title: t('统一社会信用代码', 'USCC'), dataIndex: 'uscc' },
          { title: t('添加时间', 'Added'), dataIndex: 'createdAt', render: formatTime },
          {
            title: t('操作', 'Actions'),
            key: 'a',
            render: (_: unknown, r) => (
              <Popconfirm
                title={t(`不再代报 ${r.name}？`, `Stop reporting for ${r.name}?`)}
                onConfirm={() => run(() => request(Remove, { e: r.enterpriseId, uscc: r.uscc }))}
              >
                <Button size="small" aria-label={t(`移除 ${r.name}`, `Remove ${r.name}`)}>
                  {t('移除', 'Remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
