import { Card, Col, Row, Statistic } from 'antd';
import { useQuery } from '../api/useQuery';
import { type DatasetInfo, useDatasets } from '../common/datasets';
import { ErrorAlert } from '../common/ErrorAlert';
import { STATUS } from '../common/status';
import { graphql, type VariablesOf } from '../graphql';
import { useLang } from '../i18n';

const Counts = graphql(`query Counts { submissionCounts { status count } }`);
const ByDataset = graphql(`
  query ByDataset($dataset: DatasetKey!) {
    pending: submissions(first: 1, filter: { dataset: $dataset, status: [PENDING_REVIEW] }) { totalCount }
    approved: submissions(first: 1, filter: { dataset: $dataset, status: [APPROVED] }) { totalCount }
    returned: submissions(first: 1, filter: { dataset: $dataset, status: [RETURNED] }) { totalCount }
    published: submissions(first: 1, filter: { dataset: $dataset, status: [PUBLISHED] }) { totalCount }
  }
`);

// The dataset keys as the schema declares them (the registry), not a copy here.
type DatasetKey = VariablesOf<typeof ByDataset>['dataset'];

function DatasetRow({ d }: { d: DatasetInfo }) {
  const { data } = useQuery(ByDataset, { dataset: d.key as DatasetKey });
  const cell = (n: number | undefined) => (n === undefined ? '…' : n);
  return (
    <tr>
      <th scope="row" style={{ textAlign: 'left', padding: 8 }}>
        {d.title.zh}
      </th>
      <td style={{ padding: 8 }}>{cell(data?.pending.totalCount)}</td>
      <td style={{ padding: 8 }}>{cell(data?.approved.totalCount)}</td>
      <td style={{ padding: 8 }}>{cell(data?.returned.totalCount)}</td>
      <td style={{ padding: 8 }}>{cell(data?.published.totalCount)}</td>
    </tr>
  );
}

/** Counts by status for the jurisdiction, and by dataset for the states that need action. */
export default function DashboardPage() {
  const { t, l } = useLang();
  const { datasets } = useDatasets();
  const { data, error } = useQuery(Counts);
  const counts = data?.submissionCounts ?? [];
  return (
    <>
      <h1 style={{ fontSize: 18 }}>{t('概览', 'Dashboard')}</h1>
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]}>
        {counts.map((c) => (
          <Col key={c.status} xs={12} md={6}>
            <Card size="small">
              <Statistic title={STATUS[c.status] ? l(STATUS[c.status]) : c.status} value={c.count} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card
        size="small"
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('按数据集', 'By dataset')}</h2>}
        style={{ marginTop: 16, overflowX: 'auto' }}
      >
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', padding: 8 }}>
                {t('数据集', 'Dataset')}
              </th>
              {(['PENDING_REVIEW', 'APPROVED', 'RETURNED', 'PUBLISHED'] as const).map((s) => (
                <th key={s} scope="col" style={{ textAlign: 'left', padding: 8 }}>
                  {l(STATUS[s])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {datasets.map((d) => (
              <DatasetRow key={d.key} d={d} />
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
