import type { CalendarYear } from '../types.js';

export const year2019: CalendarYear = {
  year: 2019,
  notices: [
    { title: '国务院办公厅关于2019年部分节假日安排的通知', ref: '国办发明电〔2018〕15号' },
    { title: '国务院办公厅关于调整2019年劳动节假期安排的通知', ref: '国办发明电〔2019〕2号' },
  ],
  holidays: [
    { name: '元旦', from: '2018-12-30', to: '2019-01-01' },
    { name: '春节', from: '2019-02-04', to: '2019-02-10' },
    { name: '清明节', from: '2019-04-05', to: '2019-04-07' },
    { name: '劳动节', from: '2019-05-01', to: '2019-05-04' },
    { name: '端午节', from: '2019-06-07', to: '2019-06-09' },
    { name: '中秋节', from: '2019-09-13', to: '2019-09-15' },
    { name: '国庆节', from: '2019-10-01', to: '2019-10-07' },
  ],
  workdays: [
    { date: '2018-12-29', name: '元旦' },
    { date: '2019-02-02', name: '春节' },
    { date: '2019-02-03', name: '春节' },
    { date: '2019-04-28', name: '劳动节' },
    { date: '2019-05-05', name: '劳动节' },
    { date: '2019-09-29', name: '国庆节' },
    { date: '2019-10-12', name: '国庆节' },
  ],
  remarks:
    '劳动节 as amended in March 2019 (05-01..05-04 off, 04-28 and 05-05 worked), replacing the single day 05-01.',
};
