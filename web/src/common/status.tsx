import { useLang } from '../i18n';
import { Pill, type Tone } from './Pill';

export const STATUS: Record<string, { zh: string; en: string; color: Tone }> = {
  VALIDATION_FAILED: { zh: '校验未通过', en: 'Failed validation', color: 'red' },
  VALIDATED: { zh: '校验通过待提交', en: 'Validated, not submitted', color: 'blue' },
  PENDING_REVIEW: { zh: '待审核', en: 'Pending review', color: 'gold' },
  RETURNED: { zh: '已退回', en: 'Returned', color: 'volcano' },
  APPROVED: { zh: '已审核待发布', en: 'Approved', color: 'cyan' },
  PUBLISHED: { zh: '已发布', en: 'Published', color: 'green' },
  SUPERSEDED: { zh: '已被更正', en: 'Superseded', color: 'default' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn', color: 'default' },
};

export function StatusTag({ status }: { status: string }) {
  const { l } = useLang();
  const s = STATUS[status];
  return <Pill tone={s?.color ?? 'default'}>{s ? l(s) : status}</Pill>;
}

export const formatTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—';
