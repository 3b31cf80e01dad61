import { Button, Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { downloadWithToken } from '../api/download';
import { useQuery } from '../api/useQuery';
import { AuditTimeline } from '../common/AuditTimeline';
import { useDatasets } from '../common/datasets';
import { ErrorAlert } from '../common/ErrorAlert';
import { IssuesTable } from '../common/IssuesTable';
import { ReviewNotes } from '../common/ReviewNotes';
import { RowsTable } from '../common/RowsTable';
import { SubmissionSummary } from '../common/SubmissionSummary';
import { SubmissionQuery } from '../common/submission-query';
import { useLang } from '../i18n';
import { SubmitBar } from './SubmitBar';

/** The result of an upload and everything that happened to it since. */
export default function SubmissionPage() {
  const { id = '' } = useParams();
  const { t } = useLang();
  const navigate = useNavigate();
  const { byKey } = useDatasets();
  const { data, error, reload } = useQuery(SubmissionQuery, { id });
  const [acknowledged, setAcknowledged] = useState<Set<number>>(new Set());
  const s = data?.submission;
  if (!s) return <ErrorAlert error={error} />;
  const dataset = byKey(s.dataset);
  const toggle = (seq: number, checked: boolean) =>
    setAcknowledged((old) => {
      const next = new Set(old);
      if (checked) next.add(seq);
      else next.delete(seq);
      return next;
    });
  const hasIssues = s.errorCount + s.warningCount > 0;
  return (
    <Card
      title={
        <h1 style={{ fontSize: 18, margin: 0 }}>
          {t('报送详情', 'Submission')} {s.receiptCode}
        </h1>
      }
    >
      <SubmissionSummary s={s} dataset={dataset} />
      <ReviewNotes s={s} dataset={dataset} />
      <Space wrap style={{ margin: '16px 0' }}>
        {hasIssues && (
          <Button
            onClick={() => downloadWithToken(`/api/submissions/${s.id}/annotated.xlsx`, '问题标注.xlsx')}
          >
            {t('下载问题标注文件', 'Download the annotated workbook')}
          </Button>
        )}
        {s.status === 'VALIDATION_FAILED' && (
          <Button type="primary" onClick={() => navigate('/upload')}>
            {t('修改后重新上传', 'Upload a fixed file')}
          </Button>
        )}
        {s.status === 'RETURNED' && (
          <Button type="primary" onClick={() => navigate(`/upload?resubmits=${s.id}`)}>
            {t('重新报送', 'Resubmit')}
          </Button>
        )}
        {s.status === 'PUBLISHED' && (
          <Button onClick={() => navigate(`/upload?corrects=${s.id}`)}>
            {t('更正', 'File a correction')}
          </Button>
        )}
      </Space>
      {s.status === 'VALIDATED' && <SubmitBar s={s} acknowledged={acknowledged} onSubmitted={reload} />}
      <Tabs
        items={[
          {
            key: 'issues',
            label: t(
              `问题清单（${s.errorCount + s.warningCount}）`,
              `Issues (${s.errorCount + s.warningCount})`,
            ),
            children: (
              <IssuesTable
                submissionId={s.id}
                dataset={dataset}
                acknowledged={acknowledged}
                onAcknowledge={s.status === 'VALIDATED' ? toggle : undefined}
              />
            ),
          },
          {
            key: 'rows',
            label: t('数据', 'Rows'),
            children: (
              <RowsTable submissionId={s.id} dataset={dataset} markIssues caption={t('数据', 'Rows')} />
            ),
          },
          {
            key: 'history',
            label: t('处理记录', 'History'),
            children: <AuditTimeline entries={s.auditTrail} />,
          },
        ]}
      />
    </Card>
  );
}
