/**
 * A year of the official holiday calendar as data: what one State Council notice
 * (国务院办公厅关于 YYYY 年部分节假日安排的通知) says, plus any later amending notice folded in.
 * A regulator extends or corrects the calendar by supplying more of these, never by editing code.
 */
export interface HolidayNotice {
  /** Full title, e.g. 国务院办公厅关于2024年部分节假日安排的通知. */
  title: string;
  /** Document number, e.g. 国办发明电〔2023〕7号. */
  ref: string;
}

export interface HolidayRange {
  /** Festival name as the notice writes it, e.g. 春节. */
  name: string;
  /** First day off, 'YYYY-MM-DD'. */
  from: string;
  /** Last day off, 'YYYY-MM-DD' (inclusive). */
  to: string;
}

export interface MakeUpWorkday {
  /** The weekend day that is worked (调休上班), 'YYYY-MM-DD'. */
  date: string;
  /** The festival it compensates for. */
  name: string;
}

export interface CalendarYear {
  /** The year the notice is for; a date may fall just outside it (e.g. 元旦 starting 12-30). */
  year: number;
  /** The notice and, in order, any notices that amended it. */
  notices: HolidayNotice[];
  holidays: HolidayRange[];
  workdays: MakeUpWorkday[];
  /** Why a date is as it is, when it is not obvious (amendments, uncertainty). */
  remarks?: string;
}
