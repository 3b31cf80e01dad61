import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { request } from '../api/client';
import type { ApiError } from '../api/errors';
import type { DatasetInfo } from '../common/datasets';
import { ErrorAlert } from '../common/ErrorAlert';
import type { SubmissionDetail } from '../common/submission-query';
import { graphql } from '../graphql';
import { useLang } from '../i18n';

const Review = graphql(`
  mutation Review($id: ID!, $decision: ReviewDecision!, $reason: String, $notes: [ReviewNoteInput!], $withheld: [String!]) {
    reviewSubmission(id: $id, decision: $decision, reason: $reason, notes: $notes, withheldFields: $withheld) { id status }
  }
`);

interface ReturnForm {
  reason?: string;
  notes?: { row?: number; field?: string; reason?: string }[];
}

/** Approve (with the withheld fields chosen in the preview) or return with reasons pinned to rows. */
export function ReviewerActions(props: {
  s: SubmissionDetail;
  dataset: DatasetInfo | undefined;
  withheld: string[];
  onDone: () => void;
}) {
  const { t, lang } = useLang();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (variables: Parameters<typeof request<unknown, unknown>>[1]) => {
    setBusy(true);
    setError(null);
    try {
      await request(Review, variables as never);
      props.onDone();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const approve = () => run({ id: props.s.id, decision: 'APPROVE', withheld: props.withheld });
  const sendBack = (v: ReturnForm) =>
    run({
      id: props.s.id,
      decision: 'RETURN',
      reason: v.reason ?? '',
      notes: (v.notes ?? [])
        .filter((n) => n.reason)
        .map((n) => ({ reason: n.reason ?? '', row: n.row ?? null, field: n.field ?? null })),
    });
  const fields = props.dataset?.fields ?? [];
  return (
    <Card
      size="small"
      style={{ margin: '16px 0' }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('审核决定', 'Decision')}</h2>}
    >
      <ErrorAlert error={error} />
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button type="primary" onClick={approve} loading={busy}>
          {props.withheld.length
            ? t(
                `审核通过（${props.withheld.length} 个字段不公开）`,
                `Approve (${props.withheld.length} fields withheld)`,
              )
            : t('审核通过', 'Approve')}
        </Button>
        <Form<ReturnForm> layout="vertical" onFinish={sendBack}>
          <Form.Item label={t('退回理由', 'Reason for returning')} name="reason">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.List name="notes">
            {(items, { add, remove }) => (
              <>
                {items.map((item, index) => (
                  <Space key={item.key} wrap align="start">
                    <Form.Item
                      label={t(`意见 ${index + 1} 行号`, `Note ${index + 1} row`)}
                      name={[item.name, 'row']}
                    >
                      <InputNumber min={1} />
                    </Form.Item>
                    <Form.Item
                      label={t(`意见 ${index + 1} 字段`, `Note ${index + 1} field`)}
                      name={[item.name, 'field']}
                    >
                      <Select
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        style={{ width: 160 }}
                        options={fields.map((f) => ({ value: f.key, label: f.label[lang] }))}
                      />
                    </Form.Item>
                    <Form.Item
                      label={t(`意见 ${index + 1} 内容`, `Note ${index + 1} text`)}
                      name={[item.name, 'reason']}
                    >
                      <Input style={{ width: 260 }} />
                    </Form.Item>
                    <Button onClick={() => remove(item.name)} style={{ marginTop: 30 }}>
                      {t('删除', 'Remove')}
                    </Button>
                  </Space>
                ))}
                <Space>
                  <Button onClick={() => add({})}>{t('添加行级意见', 'Add a note on a row')}</Button>
                  <Button danger htmlType="submit" loading={busy}>
                    {t('退回', 'Return')}
                  </Button>
                </Space>
              </>
            )}
          </Form.List>
        </Form>
      </Space>
    </Card>
  );
}
