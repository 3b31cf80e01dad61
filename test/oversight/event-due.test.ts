import { describe, expect, test } from 'vitest';
import { calendarWithOverrides, defaultCalendar } from '../../schema/calendar/index.js';
import { eventStanding } from '../../src/oversight/event-standings.js';
import { eventDueDate } from '../../src/oversight/events.js';
import { obligationStanding } from '../../src/oversight/state.js';

describe('event-driven due dates on the working-day calendar', () => {
  test.each([
    // A service change on Fri 2025-09-26, 20 working days: 9-28 (调休 Sunday) counts, 10-01..10-08 do not.
    ['2025-09-26', 20, '2025-10-30'],
    // A transaction stage on Tue 2025-09-30, 5 working days: 10-09, 10-10, 10-11 (调休 Saturday), 10-13, 10-14.
    ['2025-09-30', 5, '2025-10-14'],
    ['2024-12-31', 1, '2025-01-02'],
  ])('%s + %i working days is %s', (event, days, due) => {
    expect(eventDueDate(defaultCalendar, event, days)).toBe(due);
  });

  test('a stored holiday moves the due date', () => {
    const calendar = calendarWithOverrides([
      { year: 2025, date: '2025-10-13', kind: 'HOLIDAY', note: '测试' },
    ]);
    expect(eventDueDate(calendar, '2025-09-30', 5)).toBe('2025-10-15');
  });

  test.each([
    [{ asOf: '2025-10-09', filedOn: null }, 'OVERDUE', 1],
    [{ asOf: '2025-10-11', filedOn: null }, 'OVERDUE', 3],
    [{ asOf: '2025-10-20', filedOn: '2025-10-08' }, 'LATE', 0],
    [{ asOf: '2025-10-20', filedOn: '2025-10-09' }, 'LATE', 1],
    [{ asOf: '2025-10-20', filedOn: '2025-09-30' }, 'ON_TIME', 0],
    [{ asOf: '2025-09-30', filedOn: null }, 'DUE_SOON', 0],
    [{ asOf: '2025-09-01', filedOn: null }, 'NOT_DUE', 0],
  ] as const)('%o is %s by %i working days', (input, state, overdue) => {
    const standing = obligationStanding(defaultCalendar, {
      ...input,
      dueDate: '2025-09-30',
      remindDaysBefore: 5,
    });
    expect(standing).toMatchObject({ state, workingDaysOverdue: overdue });
  });

  test.each([
    // Deal on Fri 2025-09-26, 5 working days: due 10-10 (09-28 is a 调休 Sunday).
    ['2025-09-26', '2025-10-10', { dueDate: '2025-10-10', state: 'ON_TIME', workingDaysLate: 0 }],
    ['2025-09-26', '2025-09-26', { dueDate: '2025-10-10', state: 'ON_TIME', workingDaysLate: 0 }],
    // 10-11 (调休 Saturday) and 10-13.
    ['2025-09-26', '2025-10-13', { dueDate: '2025-10-10', state: 'LATE', workingDaysLate: 2 }],
    // 10-12 is an ordinary Sunday: one working day late, not two.
    ['2025-09-26', '2025-10-12', { dueDate: '2025-10-10', state: 'LATE', workingDaysLate: 1 }],
    [null, '2025-10-12', { dueDate: null, state: 'UNDATED', workingDaysLate: 0 }],
  ] as const)('an event on %s filed on %s: %o', (eventDate, filedOn, expected) => {
    expect(eventStanding(defaultCalendar, eventDate, 5, filedOn)).toEqual(expected);
  });
});
