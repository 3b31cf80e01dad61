import { Timeline, Typography } from 'antd';
import { useLang } from '../i18n';
import { formatTime } from './status';

const ACTION: Record<string, [string, string]> = {
  upload: ['上传', 'Uploaded'],
  acknowledge: ['确认提示', 'Warnings acknowledged'],
  submit: ['提交审核', 'Submitted'],
  return: ['退回', 'Returned'],
  approve: ['审核通过', 'Approved'],
  publish: ['发布', 'Published'],
  correct: ['更正', 'Corrected'],
  withdraw: ['撤回', 'Withdrawn'],
  'retry-delivery': ['重新推送', 'Delivery retried'],
};

export interface TrailEntry {
  at: string;
  actor: string | null;
  action: string;
  detail: Record<string, unknown>;
}

/** The status history of a submission, from its audit trail. */
export function AuditTimeline({ entries }: { entries: TrailEntry[] }) {
  const { t } = useLang();
  return (
    <Timeline
      items={entries.map((e) => {
        const [zh, en] = ACTION[e.action] ?? [e.action, e.action];
        const reason = typeof e.detail.reason === 'string' && e.detail.reason ? e.detail.reason : null;
        return {
          color: e.action === 'return' || e.action === 'withdraw' ? 'red' : 'blue',
          content: (
            <>
              <Typography.Text strong>{t(zh, en)}</Typography.Text> · {e.actor ?? '—'} · {formatTime(e.at)}
              {reason && (
                <div>
                  {t('理由：', 'Reason: ')}
                  {reason}
                </div>
              )}
            </>
          ),
        };
      })}
    />
  );
}
