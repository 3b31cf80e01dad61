import { dayNumber } from '../../schema/calendar/dates.js';
import { DomainError } from '../errors.js';
import { eventSpec, eventsOf, OBLIGATION_EVENTS, type ObligationEvent } from './events.js';

const bad = (zh: string, en: string, details: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', { zh, en }, details);

/** A real calendar date 'YYYY-MM-DD' (2025-02-30 is not one), or a coded refusal naming the argument. */
export function checkDate(value: string, argument: string): string {
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(value);
  try {
    if (shaped) dayNumber(value);
  } catch {
    throw bad(`日期不存在：${value}`, `No such date: ${value}`, { argument, value });
  }
  if (!shaped)
    throw bad(`日期格式应为 YYYY-MM-DD：${value}`, `Expected YYYY-MM-DD: ${value}`, { argument, value });
  return value;
}

/** A reporting period as the datasets write it: a year, or a three-year term (2022-2024) for reviews. */
export function checkPeriod(dataset: string, period: string): { first: number; last: number } {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(period.trim());
  const first = Number(match?.[1]);
  const last = Number(match?.[2] ?? match?.[1]);
  const termAllowed = dataset === 'PERFORMANCE_REVIEWS';
  const ok = match && first >= 2000 && last <= 2100 && (match[2] ? termAllowed && last - first === 2 : true);
  if (!ok)
    throw bad(
      `报告期无效：${period}（应为年度，如 2024${termAllowed ? '，或任期，如 2022-2024' : ''}）`,
      `Invalid period ${period}: expected a year such as 2024${termAllowed ? ' or a term such as 2022-2024' : ''}`,
      { argument: 'period', value: period },
    );
  return { first, last };
}

/** A due date can only fall after the period it is about starts, and within five years of its end. */
export function checkDueDate(dueDate: string, period: { first: number; last: number }): void {
  checkDate(dueDate, 'dueDate');
  const year = Number(dueDate.slice(0, 4));
  if (dueDate <= `${period.first}-01-01` || year > period.last + 5)
    throw bad(
      `截止日期 ${dueDate} 与报告期不符：应晚于报告期开始，且不超过报告期结束后五年`,
      `Due date ${dueDate} does not fit the period: it must follow the period's start and be within five years of its end`,
      { argument: 'dueDate', value: dueDate },
    );
}

export function checkRemindDays(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 60)
    throw bad('提前提醒的工作日数应在 0–60 之间', 'Reminder lead must be 0–60 working days', {
      argument: 'remindDaysBefore',
      value,
    });
  return value;
}

export function checkEvent(dataset: string, event: string, window: number) {
  if (eventSpec(event)?.dataset !== dataset)
    throw bad(`该数据集没有事项“${event}”`, `Dataset ${dataset} has no event ${event}`, {
      argument: 'event',
      known: eventsOf(dataset),
    });
  if (!Number.isInteger(window) || window < 1 || window > 250)
    throw bad('时限应为 1–250 个工作日', 'The window must be 1–250 working days', {
      argument: 'workingDays',
      value: window,
    });
  return event;
}

/** The one event of a dataset that has events (the status lists ask by dataset), or a coded refusal. */
export function checkEventDataset(dataset: string): ObligationEvent {
  const [event] = eventsOf(dataset);
  if (!event)
    throw bad(`数据集 ${dataset} 没有事项类报送义务`, `Dataset ${dataset} has no event-driven obligations`, {
      argument: 'dataset',
      value: dataset,
      known: Object.values(OBLIGATION_EVENTS).map((e) => e.dataset),
    });
  return event;
}

/** A range of days, from ≤ to, each a real date. */
export function checkRange(from: string, to: string): { from: string; to: string } {
  checkDate(from, 'from');
  checkDate(to, 'to');
  if (from > to)
    throw bad(`起始日期 ${from} 晚于截止日期 ${to}`, `from (${from}) is after to (${to})`, {
      argument: 'from',
      value: from,
    });
  return { from, to };
}
