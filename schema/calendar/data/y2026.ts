import type { CalendarYear } from '../types.js';

/**
 * UNCERTAIN: written from memory of the notice published in November 2025; the document number
 * and every date should be checked against the official text (www.gov.cn) before relying on them.
 * A regulator can correct this year with extendCalendar() without a code change.
 */
export const year2026: CalendarYear = {
  year: 2026,
  notices: [{ title: '国务院办公厅关于2026年部分节假日安排的通知', ref: '国办发明电〔2025〕7号' }],
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  workdays: [
    { date: '2026-01-04', name: '元旦' },
    { date: '2026-02-14', name: '春节' },
    { date: '2026-02-28', name: '春节' },
    { date: '2026-05-09', name: '劳动节' },
    { date: '2026-09-20', name: '国庆节' },
    { date: '2026-10-10', name: '国庆节' },
  ],
  remarks: 'Recalled from memory; document number and dates unverified (see comment in y2026.ts).',
};
