import { Button, Card, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { request } from '../api/client';
import { useAction } from '../api/useAction';
import { useQuery } from '../api/useQuery';
import { DataTable } from '../common/DataTable';
import { ErrorAlert } from '../common/ErrorAlert';
import { Pill } from '../common/Pill';
import { graphql, type ResultOf } from '../graphql';
import { useLang } from '../i18n';

const Calendar = graphql(`
  query Calendar { holidayCalendar { officialYears coveredYears overrides { date kind note year createdBy } } }
`);
const AddDays = graphql(`
  mutation AddDays($year: Int!, $note: String!, $days: [CalendarDayInput!]!) {
    addCalendarDays(year: $year, note: $note, days: $days) { coveredYears }
  }
`);
const RemoveDays = graphql(`
  mutation RemoveDays($year: Int!, $note: String!, $dates: [String!]!) {
    removeCalendarDays(year: $year, note: $note, dates: $dates) { coveredYears }
  }
`);
type Row = ResultOf<typeof Calendar>['holidayCalendar']['overrides'][number];
type Kind = 'HOLIDAY' | 'WORKDAY';

/**
 * Approvers: days added to the built-in holiday calendar (a new State Council notice), which
 * deadlines in working days follow platform-wide. The API checks dates and audits each change.
 */
export default function CalendarPage() {
  const { t } = useLang();
  const { data, error, reload } = useQuery(Calendar);
  const [removing, setRemoving] = useState<Row | null>(null);
  const [reason, setReason] = useState('');
  const { run, failure } = useAction(reload);
  const add = (v: { year: number; date: string; kind: Kind; note: string }) =>
    run(() => request(AddDays, { year: v.year, note: v.note, days: [{ date: v.date, kind: v.kind }] }));
  const cal = data?.holidayCalendar;
  const kindLabel = (k: string) => (k === 'HOLIDAY' ? t('放假', 'Holiday') : t('调休上班', 'Working day'));
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('节假日安排', 'Holiday calendar')}</h1>}>
      <ErrorAlert error={error ?? failure} />
      {cal && (
        <p>
          {t('内置通知年份：', 'Built-in notice years: ')}
          {cal.officialYears.join('、')}
          {t('；已覆盖年份：', '; covered years: ')}
          {cal.coveredYears.join('、')}
        </p>
      )}
      <Form<{ year: number; date: string; kind: Kind; note: string }>
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        initialValues={{ year: new Date().getFullYear() + 1, kind: 'HOLIDAY' }}
        onFinish={add}
      >
        <Form.Item label={t('通知年份', 'Notice year')} name="year" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item
          label={t('日期', 'Date')}
          name="date"
          rules={[
            {
              required: true,
              pattern: /^\d{4}-\d{2}-\d{2}$/,
              message: t('格式：2027-10-01', 'Format: 2027-10-01'),
            },
          ]}
        >
          <Input placeholder="2027-10-01" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item label={t('类型', 'Kind')} name="kind">
          <Select<Kind>
            style={{ width: 130 }}
            options={[
              { value: 'HOLIDAY', label: kindLabel('HOLIDAY') },
              { value: 'WORKDAY', label: kindLabel('WORKDAY') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('通知文号', 'Notice')}
          name="note"
          rules={[{ required: true, message: t('请输入通知文号', 'Required') }]}
        >
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('添加日期', 'Add day')}
        </Button>
      </Form>
      <DataTable<Row>
        rowKey="date"
        scroll={{ x: 700 }}
        locale={{ emptyText: t('尚未添加日期', 'No days added') }}
        dataSource={cal?.overrides ?? []}
        columns={[
          { title: t('日期', 'Date'), dataIndex: 'date' },
          {
            title: t('类型', 'Kind'),
            dataIndex: 'kind',
            render: (k: string) => <Pill tone={k === 'HOLIDAY' ? 'green' : 'orange'}>{kindLabel(k)}</Pill>,
          },
          { title: t('通知年份', 'Notice year'), dataIndex: 'year' },
          { title: t('通知文号', 'Notice'), dataIndex: 'note' },
          { title: t('添加人', 'Added by'), dataIndex: 'createdBy' },
          {
            title: t('操作', 'Actions'),
            key: 'a',
            render: (_: unknown, r) => (
              <Button
                size="small"
                onClick={() => setRemoving(r)}
                aria-label={t(`删除 ${r.date}`, `Remove ${r.date}`)}
              >
                {t('删除', 'Remove')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={removing !== null}
        title={t(`删除 ${removing?.date ?? ''}`, `Remove ${removing?.date ?? ''}`)}
        okButtonProps={{ disabled: reason.trim() === '' }}
        onCancel={() => setRemoving(null)}
        onOk={async () => {
          if (!removing) return;
          await run(() => request(RemoveDays, { year: removing.year, note: reason, dates: [removing.date] }));
          setRemoving(null);
          setReason('');
        }}
      >
        <div style={{ display: 'grid', gap: 8 }}>
          <label htmlFor="remove-reason">
            {t('原因（更正通知或更正的错误）', 'Why (amending notice or mistake corrected)')}
          </label>
          <Input id="remove-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      </Modal>
    </Card>
  );
}
