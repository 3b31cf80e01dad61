import { graphql, type ResultOf } from '../../graphql';

export const AnnualReportQuery = graphql(`
  query AnnualReport($year: Int!) {
    annualReport(year: $year) {
      year regulatorName corrections withdrawals
      published { dataset records submissions }
      timeliness {
        asOf
        submissions { onTime late missing notDue total }
        enterprises { onTime late missing notDue total }
        byObligation { dataset period dueDate tally { onTime late missing notDue total } }
      }
      returns { total byDataset { dataset count } reasons { category dataset count label { zh en } } }
      deliveries { total delivered failed pending }
      eventTimeliness {
        total { onTime late undated total }
        byObligation { dataset event workingDays tally { onTime late undated total } }
      }
    }
  }
`);

export type Report = ResultOf<typeof AnnualReportQuery>['annualReport'];
export type Tally = Report['timeliness']['submissions'];

/** The four standings of an obligation in the year, in reading order, with their colours. */
export const STANDINGS = [
  // Dark enough for white figures inside the bars (≥ 4.5:1) and for the bars on white (≥ 3:1).
  { key: 'onTime', zh: '按时报送', en: 'On time', color: '#237804' },
  { key: 'late', zh: '逾期报送', en: 'Filed late', color: '#ad4e00' },
  { key: 'missing', zh: '未报送', en: 'Not filed', color: '#a8071a' },
  { key: 'notDue', zh: '未到期', en: 'Not yet due', color: '#0958d9' },
] as const satisfies readonly { key: keyof Tally; zh: string; en: string; color: string }[];
