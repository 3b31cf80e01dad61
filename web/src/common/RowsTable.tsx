import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { request } from '../api/client';
import { graphql } from '../graphql';
import { useLang } from '../i18n';
import { DataTable } from './DataTable';
import { type DatasetInfo, displayValue } from './datasets';
import { loadMarks, type Marks, markKey } from './issue-marks';
import { MARK_BACKGROUND, MarkedCell } from './MarkedCell';

const RowsQuery = graphql(`
  query Rows($id: ID!, $first: Int, $afterRow: Int) {
    submission(id: $id) { id rows(first: $first, afterRow: $afterRow) { row values } }
  }
`);
const PreviewQuery = graphql(`
  query Preview($id: ID!, $first: Int, $afterRow: Int, $withheld: [String!]) {
    submission(id: $id) { id publicPreview(first: $first, afterRow: $afterRow, withheldFields: $withheld) { row values } }
  }
`);

interface Row {
  row: number;
  values: Record<string, unknown>;
}

const PAGE = 500;

/**
 * A submission's rows as a sheet: the stored rows, or with `preview` what the public will see with
 * `withheld` fields withheld (the server redacts; the app only shows). With `markIssues`, the
 * cells the issues point at are marked, with their messages. Enumerated values show by label.
 */
export function RowsTable(props: {
  submissionId: string;
  dataset: DatasetInfo | undefined;
  preview?: boolean;
  withheld?: string[];
  markIssues?: boolean;
  caption: string;
}) {
  const { lang, t } = useLang();
  const [rows, setRows] = useState<Row[]>([]);
  const [more, setMore] = useState(false);
  const [marks, setMarks] = useState<Marks>(new Map());
  const withheldKey = (props.withheld ?? []).join(',');
  const load = async (afterRow: number, reset: boolean) => {
    const page = props.preview
      ? (
          await request(PreviewQuery, {
            id: props.submissionId,
            first: PAGE,
            afterRow,
            withheld: props.withheld ?? [],
          })
        ).submission?.publicPreview
      : (await request(RowsQuery, { id: props.submissionId, first: PAGE, afterRow })).submission?.rows;
    const next = (page ?? []) as Row[];
    setRows((old) => (reset ? next : [...old, ...next]));
    setMore(next.length === PAGE);
    const [first, last] = [next[0]?.row, next.at(-1)?.row];
    if (!props.markIssues || first === undefined || last === undefined) return;
    // The issues of just this page of rows: a sheet of 100,000 rows never loads every issue.
    const found = await loadMarks(props.submissionId, first, last);
    setMarks((old) => (reset ? found : new Map([...old, ...found])));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when what is shown changes
  useEffect(() => {
    void load(0, true);
  }, [props.submissionId, props.preview, withheldKey]);
  const visible =
    props.dataset?.fields.filter((f) => !props.preview || rows.some((r) => f.key in r.values)) ?? [];
  const columns = [
    {
      title: t('行', 'Row'),
      key: 'row',
      width: 70,
      fixed: 'left' as const,
      onCell: (r: Row) => cellStyle(marks, r.row, null),
      render: (_: unknown, r: Row) => marked(marks, r.row, null, r.row),
    },
    ...visible.map((f) => ({
      title: f.label[lang],
      key: f.key,
      width: 140,
      ellipsis: true,
      onCell: (r: Row) => cellStyle(marks, r.row, f.key),
      render: (_: unknown, r: Row) => marked(marks, r.row, f.key, displayValue(f, r.values[f.key], lang)),
    })),
  ];
  return (
    <section aria-label={props.caption}>
      <DataTable<Row>
        rowKey="row"
        size="small"
        virtual={rows.length > 300}
        scroll={{ x: Math.max(800, visible.length * 140 + 60), y: 420 }}
        pagination={false}
        columns={columns}
        dataSource={rows}
      />
      {more && (
        <Button style={{ marginTop: 8 }} onClick={() => load(rows.at(-1)?.row ?? 0, false)}>
          {t('加载更多行', 'More rows')}
        </Button>
      )}
    </section>
  );
}

function cellStyle(marks: Marks, row: number, field: string | null) {
  const mark = marks.get(markKey(row, field));
  return mark ? { style: { background: MARK_BACKGROUND[mark.severity] } } : {};
}

function marked(marks: Marks, row: number, field: string | null, content: string | number) {
  const mark = marks.get(markKey(row, field));
  // A value that failed to parse is stored empty: the sheet shows what the file said.
  return mark ? (
    <MarkedCell mark={mark}>{content === '' ? (mark.value ?? '') : content}</MarkedCell>
  ) : (
    content
  );
}
