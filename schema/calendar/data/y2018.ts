import type { CalendarYear } from '../types.js';

export const year2018: CalendarYear = {
  year: 2018,
  notices: [{ title: '国务院办公厅关于2018年部分节假日安排的通知', ref: '国办发明电〔2017〕12号' }],
  holidays: [
    { name: '元旦', from: '2017-12-30', to: '2018-01-01' },
    { name: '春节', from: '2018-02-15', to: '2018-02-21' },
    { name: '清明节', from: '2018-04-05', to: '2018-04-07' },
    { name: '劳动节', from: '2018-04-29', to: '2018-05-01' },
    { name: '端午节', from: '2018-06-16', to: '2018-06-18' },
    { name: '中秋节', from: '2018-09-22', to: '2018-09-24' },
    { name: '国庆节', from: '2018-10-01', to: '2018-10-07' },
  ],
  workdays: [
    { date: '2018-02-11', name: '春节' },
    { date: '2018-02-24', name: '春节' },
    { date: '2018-04-08', name: '清明节' },
    { date: '2018-04-28', name: '劳动节' },
    { date: '2018-09-29', name: '国庆节' },
    { date: '2018-09-30', name: '国庆节' },
  ],
};
