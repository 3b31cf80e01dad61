import type { CalendarYear } from '../types.js';

export const year2023: CalendarYear = {
  year: 2023,
  notices: [{ title: '国务院办公厅关于2023年部分节假日安排的通知', ref: '国办发明电〔2022〕16号' }],
  holidays: [
    { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
    { name: '春节', from: '2023-01-21', to: '2023-01-27' },
    { name: '清明节', from: '2023-04-05', to: '2023-04-05' },
    { name: '劳动节', from: '2023-04-29', to: '2023-05-03' },
    { name: '端午节', from: '2023-06-22', to: '2023-06-24' },
    { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' },
  ],
  workdays: [
    { date: '2023-01-28', name: '春节' },
    { date: '2023-01-29', name: '春节' },
    { date: '2023-04-23', name: '劳动节' },
    { date: '2023-05-06', name: '劳动节' },
    { date: '2023-06-25', name: '端午节' },
    { date: '2023-10-07', name: '中秋节、国庆节' },
    { date: '2023-10-08', name: '中秋节、国庆节' },
  ],
};
