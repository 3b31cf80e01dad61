import { request } from '../api/client';
import { graphql, type ResultOf } from '../graphql';

const MarksQuery = graphql(`
  query IssueMarks($id: ID!, $after: String, $rowFrom: Int!, $rowTo: Int!) {
    submission(id: $id) {
      id
      issues(first: 500, after: $after, filter: { rowFrom: $rowFrom, rowTo: $rowTo }) {
        pageInfo { hasNextPage endCursor }
        nodes { row field severity value messageZh messageEn }
      }
    }
  }
`);

/** What is wrong with one cell (or, with no field, with the row as a whole). */
export interface CellMark {
  severity: 'ERROR' | 'WARNING';
  messages: { zh: string; en: string }[];
  /** The cell as the file had it: a value that could not be read is not in the stored row. */
  value: string | null;
}

export type Marks = Map<string, CellMark>;

export const markKey = (row: number, field: string | null | undefined) => `${row}:${field ?? ''}`;

// A page of 500 rows rarely holds more; past this the sheet marks what it has and the issue list has all.
const MAX_PAGES = 20;

/** The issues on rows rowFrom..rowTo, folded per cell: an error outranks a warning. */
export async function loadMarks(submissionId: string, rowFrom: number, rowTo: number): Promise<Marks> {
  const marks: Marks = new Map();
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: ResultOf<typeof MarksQuery> = await request(MarksQuery, {
      id: submissionId,
      after,
      rowFrom,
      rowTo,
    });
    const issues = data.submission?.issues;
    if (!issues) break;
    for (const i of issues.nodes) {
      if (i.row == null) continue;
      const key = markKey(i.row, i.field);
      const mark = marks.get(key) ?? { severity: i.severity, messages: [], value: i.value ?? null };
      if (i.severity === 'ERROR') mark.severity = 'ERROR';
      mark.messages.push({ zh: i.messageZh, en: i.messageEn });
      marks.set(key, mark);
    }
    if (!issues.pageInfo.hasNextPage) break;
    after = issues.pageInfo.endCursor ?? null;
  }
  return marks;
}
