import type { Localized } from '../../schema/core/localized.js';
import { datasetOf } from '../submissions/datasets.js';

export type ReminderTrigger = 'MANUAL' | 'BEFORE_DUE' | 'OVERDUE';

export interface ReminderFacts {
  trigger: ReminderTrigger;
  enterpriseName: string;
  regulatorName: string;
  dataset: string;
  period: string;
  dueDate: string;
  workingDaysOverdue: number;
  workingDaysLeft: number;
}

/** Title and body of a reminder (催报), in zh and en: the same words in the app and in the mail. */
export function reminderText(f: ReminderFacts): { title: Localized; body: Localized } {
  const title = datasetOf(f.dataset).title;
  const what = { zh: `${title.zh}（${f.period}）`, en: `${title.en} (${f.period})` };
  const standing =
    f.workingDaysOverdue > 0 || f.trigger === 'OVERDUE'
      ? { zh: `已逾期${f.workingDaysOverdue}个工作日`, en: `${f.workingDaysOverdue} working days overdue` }
      : { zh: `距截止还有${f.workingDaysLeft}个工作日`, en: `${f.workingDaysLeft} working days left` };
  const prefix = f.trigger === 'OVERDUE' ? '逾期催报' : f.trigger === 'BEFORE_DUE' ? '到期提醒' : '催报';
  return {
    title: {
      zh: `【${prefix}】${what.zh}应于${f.dueDate}前报送`,
      en: `Reminder: ${what.en} is due by ${f.dueDate}`,
    },
    body: {
      zh: `${f.enterpriseName}：根据${f.regulatorName}的要求，${what.zh}应于${f.dueDate}前报送，${standing.zh}。请尽快登录阳光国资工作台上传并提交。`,
      en: `${f.enterpriseName}: ${f.regulatorName} requires ${what.en} by ${f.dueDate}; ${standing.en}. Please upload and submit it in the Sunshine workspace.`,
    },
  };
}

/** Where a reminder points in the workspace. */
export const REMINDER_LINK = '/app/';
