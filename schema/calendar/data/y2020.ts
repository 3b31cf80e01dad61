import type { CalendarYear } from '../types.js';

export const year2020: CalendarYear = {
  year: 2020,
  notices: [
    { title: '国务院办公厅关于2020年部分节假日安排的通知', ref: '国办发明电〔2019〕16号' },
    { title: '国务院办公厅关于延长2020年春节假期的通知', ref: '国办发明电〔2020〕1号' },
  ],
  holidays: [
    { name: '元旦', from: '2020-01-01', to: '2020-01-01' },
    { name: '春节', from: '2020-01-24', to: '2020-02-02' },
    { name: '清明节', from: '2020-04-04', to: '2020-04-06' },
    { name: '劳动节', from: '2020-05-01', to: '2020-05-05' },
    { name: '端午节', from: '2020-06-25', to: '2020-06-27' },
    { name: '国庆节、中秋节', from: '2020-10-01', to: '2020-10-08' },
  ],
  workdays: [
    { date: '2020-01-19', name: '春节' },
    { date: '2020-04-26', name: '劳动节' },
    { date: '2020-05-09', name: '劳动节' },
    { date: '2020-06-28', name: '端午节' },
    { date: '2020-09-27', name: '国庆节、中秋节' },
    { date: '2020-10-10', name: '国庆节、中秋节' },
  ],
  remarks:
    '春节 extended nationally to 02-02 (COVID-19), so 01-31 is off and 02-01 is no longer a make-up working day. ' +
    'Later local postponements of work resumption are not national holidays and are not included.',
};
