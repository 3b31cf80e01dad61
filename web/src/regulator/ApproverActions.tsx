import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { request } from '../api/client';
import { useAction } from '../api/useAction';
import { ErrorAlert } from '../common/ErrorAlert';
import type { SubmissionDetail } from '../common/submission-query';
import { graphql } from '../graphql';
import { useLang } from '../i18n';

const Publish = graphql(`mutation Publish($id: ID!) { publishSubmission(id: $id) { id status } }`);
const Withdraw = graphql(
  `mutation Withdraw($id: ID!, $reason: String!) { withdrawSubmission(id: $id, reason: $reason) { id status } }`,
);

/**
 * Publish an approved submission (not shown to whoever reviewed it: the API refuses that person
 * anyway) or withdraw a published one with a public reason.
 */
export function ApproverActions({ s, onDone }: { s: SubmissionDetail; onDone: () => void }) {
  const { t } = useLang();
  const { run, failure: error, busy } = useAction(onDone);
  if (s.status !== 'APPROVED' && s.status !== 'PUBLISHED') return null;
  return (
    <Card
      size="small"
      style={{ margin: '16px 0' }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('发布', 'Publication')}</h2>}
    >
      <ErrorAlert error={error} />
      {s.status === 'APPROVED' && s.reviewedByMe && (
        <Alert
          type="info"
          showIcon
          title={t(
            '您审核了此报送，须由另一位审批人发布。',
            'You reviewed this: another approver must publish it.',
          )}
        />
      )}
      {s.status === 'APPROVED' && !s.reviewedByMe && (
        <Button type="primary" loading={busy} onClick={() => run(() => request(Publish, { id: s.id }))}>
          {t('发布', 'Publish')}
        </Button>
      )}
      {s.status === 'PUBLISHED' && (
        <Form
          layout="vertical"
          onFinish={(v: { reason: string }) => run(() => request(Withdraw, { id: s.id, reason: v.reason }))}
        >
          <Form.Item
            label={t('撤回理由（将公开）', 'Reason for withdrawal (public)')}
            name="reason"
            rules={[{ required: true, message: t('请填写撤回理由', 'A reason is required') }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Space>
            <Button danger htmlType="submit" loading={busy}>
              {t('撤回', 'Withdraw')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
