import { Card } from 'antd';
import { useQuery } from '../api/useQuery';
import { DataTable } from '../common/DataTable';
import { ErrorAlert } from '../common/ErrorAlert';
import { useStandingColumns } from '../common/obligation-states';
import { graphql, type ResultOf } from '../graphql';
import { useLang } from '../i18n';

const Owed = graphql(`
  query Owed {
    obligationStatus(openOnly: true) {
      state workingDaysLeft workingDaysOverdue
      obligation { id dataset period dueDate }
    }
  }
`);
type Row = ResultOf<typeof Owed>['obligationStatus'][number];

/** What the enterprise still owes its commission and by when (the oversight API decides). */
export function ObligationsCard() {
  const { t } = useLang();
  const columns = useStandingColumns<Row>();
  const { data, error, loading } = useQuery(Owed);
  const rows = data?.obligationStatus ?? [];
  return (
    <Card
      type="inner"
      style={{ marginBottom: 16 }}
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('待报送事项', 'Still to file')}</h2>}
    >
      <ErrorAlert error={error} />
      <DataTable<Row>
        rowKey={(r) => r.obligation.id}
        size="small"
        loading={loading}
        pagination={false}
        scroll={{ x: 600 }}
        locale={{ emptyText: t('没有待报送的事项', 'Nothing to file') }}
        dataSource={rows}
        columns={columns}
      />
    </Card>
  );
}
