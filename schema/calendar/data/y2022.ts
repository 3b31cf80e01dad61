import type { CalendarYear } from '../types.js';

export const year2022: CalendarYear = {
  year: 2022,
  notices: [{ title: '国务院办公厅关于2022年部分节假日安排的通知', ref: '国办发明电〔2021〕11号' }],
  holidays: [
    { name: '元旦', from: '2022-01-01', to: '2022-01-03' },
    { name: '春节', from: '2022-01-31', to: '2022-02-06' },
    { name: '清明节', from: '2022-04-03', to: '2022-04-05' },
    { name: '劳动节', from: '2022-04-30', to: '2022-05-04' },
    { name: '端午节', from: '2022-06-03', to: '2022-06-05' },
    { name: '中秋节', from: '2022-09-10', to: '2022-09-12' },
    { name: '国庆节', from: '2022-10-01', to: '2022-10-07' },
  ],
  workdays: [
    { date: '2022-01-29', name: '春节' },
    { date: '2022-01-30', name: '春节' },
    { date: '2022-04-02', name: '清明节' },
    { date: '2022-04-24', name: '劳动节' },
    { date: '2022-05-07', name: '劳动节' },
    { date: '2022-10-08', name: '国庆节' },
    { date: '2022-10-09', name: '国庆节' },
  ],
};
