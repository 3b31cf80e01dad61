import type { TableColumnsType } from 'antd';
import { useLang } from '../i18n';
import { useDatasets } from './datasets';
import { Pill, type Tone } from './Pill';

/** How each obligation state reads, for the filer's home and the commission's 报送情况 alike. */
export const OBLIGATION_STATES: Record<string, { tone: Tone; zh: string; en: string }> = {
  OVERDUE: { tone: 'red', zh: '已逾期', en: 'Overdue' },
  DUE_SOON: { tone: 'orange', zh: '即将到期', en: 'Due soon' },
  NOT_DUE: { tone: 'blue', zh: '未到期', en: 'Not yet due' },
  LATE: { tone: 'volcano', zh: '逾期报送', en: 'Filed late' },
  ON_TIME: { tone: 'green', zh: '按时报送', en: 'Filed on time' },
};

/**
 * A filed event-driven record (事项类报送) is ON_TIME or LATE as above, or UNDATED: it leaves the
 * event's day blank, so it has no due date.
 */
const EVENT_ONLY_STATES: Record<string, { tone: Tone; zh: string; en: string }> = {
  UNDATED: { tone: 'default', zh: '事项日期未填', en: 'Event day blank' },
};

/** States in which nothing has been filed yet: the ones a reminder (催报) is for. */
export const OPEN_STATES = ['OVERDUE', 'DUE_SOON', 'NOT_DUE'];

export function ObligationStatePill({ state, lang }: { state: string; lang: 'zh' | 'en' }) {
  const s = OBLIGATION_STATES[state] ?? EVENT_ONLY_STATES[state];
  return s ? <Pill tone={s.tone}>{s[lang]}</Pill> : state;
}

/** Working days left, or overdue, as one phrase. */
export function workingDaysText(
  r: { state: string; workingDaysLeft: number; workingDaysOverdue: number },
  t: (zh: string, en: string) => string,
) {
  if (r.state === 'OVERDUE')
    return t(`逾期 ${r.workingDaysOverdue} 个工作日`, `${r.workingDaysOverdue} overdue`);
  if (r.state === 'LATE') return t(`晚 ${r.workingDaysOverdue} 个工作日`, `${r.workingDaysOverdue} late`);
  if (r.state === 'ON_TIME') return '—';
  return t(`剩余 ${r.workingDaysLeft} 个工作日`, `${r.workingDaysLeft} left`);
}

/** An obligation's standing as both tables show it: the dataset, period, due date, state, working days. */
export interface Standing {
  state: string;
  workingDaysLeft: number;
  workingDaysOverdue: number;
  obligation: { dataset: string; period: string | null; dueDate: string | null };
}

/** The columns the filer's 待报送事项 and the commission's 报送情况 share. */
export function useStandingColumns<Row extends Standing>(): TableColumnsType<Row> {
  const { t, l, lang } = useLang();
  const { byKey } = useDatasets();
  return [
    {
      title: t('数据集', 'Dataset'),
      key: 'd',
      render: (_: unknown, r) => l(byKey(r.obligation.dataset)?.title),
    },
    { title: t('期间', 'Period'), key: 'p', render: (_: unknown, r) => r.obligation.period ?? '' },
    { title: t('截止日期', 'Due'), key: 'due', render: (_: unknown, r) => r.obligation.dueDate ?? '' },
    {
      title: t('状态', 'State'),
      key: 's',
      render: (_: unknown, r) => <ObligationStatePill state={r.state} lang={lang} />,
    },
    { title: t('工作日', 'Working days'), key: 'w', render: (_: unknown, r) => workingDaysText(r, t) },
  ];
}
