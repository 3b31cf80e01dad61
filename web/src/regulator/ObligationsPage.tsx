import { Alert, Button, Card, Col, Form, Input, Popconfirm, Row, Select, Statistic, Tabs } from 'antd';
import { useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/useAction';
import { useQuery } from '../api/useQuery';
import { useSession } from '../auth/session';
import { DataTable } from '../common/DataTable';
import { useDatasets } from '../common/datasets';
import { ErrorAlert } from '../common/ErrorAlert';
import { OBLIGATION_STATES, OPEN_STATES, useStandingColumns } from '../common/obligation-states';
import { formatTime } from '../common/status';
import { graphql, type ResultOf, type VariablesOf } from '../graphql';
import { useLang } from '../i18n';
import { EventFilings } from './EventFilings';
import { ReminderHistory } from './ReminderHistory';

const FilingStatus = graphql(`
  query FilingStatus {
    obligationStatus {
      state workingDaysLeft workingDaysOverdue filedOn lastRemindedAt
      enterprise { id name }
      obligation { id dataset period dueDate }
    }
  }
`);
const Remind = graphql(`
  mutation Remind($obligation: ID!, $enterprises: [ID!]!) {
    remind(obligationId: $obligation, enterpriseIds: $enterprises) { id enterpriseName }
  }
`);
const SetObligation = graphql(`
  mutation SetObligation($dataset: DatasetKey!, $period: String!, $dueDate: Date!) {
    setObligation(dataset: $dataset, period: $period, dueDate: $dueDate) { id }
  }
`);
type Standing = ResultOf<typeof FilingStatus>['obligationStatus'][number];
type DatasetKey = VariablesOf<typeof SetObligation>['dataset'];

/**
 * The commission's 报送情况: every supervised enterprise × obligation, by state, with 催报 for what
 * is not filed yet (one enterprise, or every overdue one at once). Approvers also set obligations.
 * The API decides who is owed what and refuses a stranger's enterprise; this page only asks.
 */
export default function ObligationsPage() {
  const { t } = useLang();
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('报送情况', 'Filing status')}</h1>}>
      <Tabs
        items={[
          { key: 'periodic', label: t('定期报送', 'Periodic'), children: <PeriodicObligations /> },
          { key: 'events', label: t('事项类报送', 'Event-driven'), children: <EventFilings /> },
        ]}
      />
    </Card>
  );
}

/** Every enterprise × periodic obligation, with 催报 for what is not filed yet. */
function PeriodicObligations() {
  const { t, l, lang } = useLang();
  const { me } = useSession();
  const { datasets, byKey } = useDatasets();
  const standingColumns = useStandingColumns<Standing>();
  const { data, error, loading, reload } = useQuery(FilingStatus);
  const { run, failure, busy } = useAction(reload);
  const [shown, setShown] = useState<string>('OPEN');
  const [reminded, setReminded] = useState<string[] | null>(null);
  const [history, setHistory] = useState<Standing | null>(null);
  const all = data?.obligationStatus ?? [];
  const rows = all.filter((r) =>
    shown === 'ALL' ? true : shown === 'OPEN' ? OPEN_STATES.includes(r.state) : r.state === shown,
  );
  const overdue = all.filter((r) => r.state === 'OVERDUE');

  // One remind call per obligation: the API reminds several enterprises of one obligation at a time.
  const remind = (targets: Standing[]) =>
    run(async () => {
      const byObligation = new Map<string, string[]>();
      for (const r of targets)
        byObligation.set(r.obligation.id, [...(byObligation.get(r.obligation.id) ?? []), r.enterprise.id]);
      const names: string[] = [];
      for (const [obligation, enterprises] of byObligation) {
        const result = await request(Remind, { obligation, enterprises });
        names.push(...result.remind.map((x) => x.enterpriseName));
      }
      setReminded(names);
    });

  const label = (r: Standing) =>
    `${r.enterprise.name} ${l(byKey(r.obligation.dataset)?.title)} ${r.obligation.period ?? ''}`;
  return (
    <>
      <ErrorAlert error={error ?? failure} />
      {reminded && (
        <Alert
          role="status"
          type={reminded.length > 0 ? 'success' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            reminded.length > 0
              ? t(
                  `已催报：${[...new Set(reminded)].join('、')}`,
                  `Reminded: ${[...new Set(reminded)].join(', ')}`,
                )
              : t('没有需要催报的企业（已报送或今日已催报）', 'Nobody to remind (filed, or reminded today)')
          }
        />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {Object.entries(OBLIGATION_STATES).map(([state, s]) => (
          <Col key={state} xs={12} md={4}>
            <Statistic title={s[lang]} value={all.filter((r) => r.state === state).length} />
          </Col>
        ))}
      </Row>
      {me?.role === 'REGULATOR_APPROVER' && (
        <ObligationForm datasets={datasets} onSet={(v) => run(() => request(SetObligation, v))} />
      )}
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('显示', 'Show')} htmlFor="shown-states">
          <Select
            id="shown-states"
            style={{ width: 180 }}
            value={shown}
            onChange={setShown}
            options={[
              { value: 'OPEN', label: t('未报送', 'Not filed') },
              { value: 'ALL', label: t('全部', 'All') },
              ...Object.entries(OBLIGATION_STATES).map(([value, s]) => ({ value, label: s[lang] })),
            ]}
          />
        </Form.Item>
        <Popconfirm
          title={t(`向 ${overdue.length} 项逾期未报的企业催报？`, `Remind all ${overdue.length} overdue?`)}
          onConfirm={() => remind(overdue)}
          disabled={overdue.length === 0}
        >
          <Button danger disabled={overdue.length === 0 || busy}>
            {t('催报全部逾期企业', 'Remind every overdue enterprise')}
          </Button>
        </Popconfirm>
      </Form>
      <DataTable<Standing>
        label={t('报送情况', 'Filing status')}
        rowKey={(r) => `${r.obligation.id}:${r.enterprise.id}`}
        size="small"
        loading={loading}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('没有符合条件的事项', 'Nothing matches') }}
        dataSource={rows}
        columns={[
          { title: t('企业', 'Enterprise'), key: 'e', render: (_: unknown, r) => r.enterprise.name },
          ...standingColumns,
          { title: t('报送日期', 'Filed on'), key: 'f', render: (_: unknown, r) => r.filedOn ?? '—' },
          {
            title: t('最近催报', 'Last reminded'),
            key: 'r',
            render: (_: unknown, r) =>
              r.lastRemindedAt ? (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  aria-label={t(`催报记录 ${label(r)}`, `Reminders of ${label(r)}`)}
                  onClick={() => setHistory(r)}
                >
                  {formatTime(r.lastRemindedAt)}
                </Button>
              ) : (
                '—'
              ),
          },
          {
            title: t('操作', 'Actions'),
            key: 'a',
            render: (_: unknown, r) =>
              OPEN_STATES.includes(r.state) ? (
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={t(`催报 ${label(r)}`, `Remind ${label(r)}`)}
                  onClick={() => remind([r])}
                >
                  {t('催报', 'Remind')}
                </Button>
              ) : null,
          },
        ]}
      />
      <ReminderHistory
        target={
          history && {
            obligationId: history.obligation.id,
            enterpriseId: history.enterprise.id,
            title: label(history),
          }
        }
        onClose={() => setHistory(null)}
      />
    </>
  );
}

/** Approvers: every enterprise of the commission owes a dataset for a period by a date. */
function ObligationForm(props: {
  datasets: { key: string; title: { zh: string; en: string } }[];
  onSet: (v: { dataset: DatasetKey; period: string; dueDate: string }) => void;
}) {
  const { t, l } = useLang();
  return (
    <Form
      layout="inline"
      style={{ marginBottom: 16, rowGap: 8 }}
      onFinish={(v: { dataset: DatasetKey; period: string; dueDate: string }) => props.onSet(v)}
    >
      <Form.Item
        label={t('数据集', 'Dataset')}
        name="dataset"
        rules={[{ required: true, message: t('请选择数据集', 'Required') }]}
      >
        <Select
          style={{ width: 200 }}
          options={props.datasets.map((d) => ({ value: d.key, label: l(d.title) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('报送期间', 'Period')}
        name="period"
        rules={[{ required: true, message: t('请输入期间，如 2025', 'e.g. 2025') }]}
      >
        <Input style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        label={t('截止日期', 'Due date')}
        name="dueDate"
        rules={[
          { required: true, message: t('请输入截止日期', 'Required') },
          { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('格式为 YYYY-MM-DD', 'Use YYYY-MM-DD') },
        ]}
      >
        <Input style={{ width: 140 }} placeholder="2026-09-30" />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('设置报送义务', 'Set obligation')}
      </Button>
    </Form>
  );
}
