import { Card, Checkbox, Tabs } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '../api/useQuery';
import { useSession } from '../auth/session';
import { AuditTimeline } from '../common/AuditTimeline';
import { useDatasets } from '../common/datasets';
import { ErrorAlert } from '../common/ErrorAlert';
import { IssuesTable } from '../common/IssuesTable';
import { ReviewNotes } from '../common/ReviewNotes';
import { RowsTable } from '../common/RowsTable';
import { SubmissionSummary } from '../common/SubmissionSummary';
import { SubmissionQuery } from '../common/submission-query';
import { useLang } from '../i18n';
import { ApproverActions } from './ApproverActions';
import { ReviewerActions } from './ReviewerActions';

/** A submission under review: its rows, the public preview, issues, history and the decisions. */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const { t, lang } = useLang();
  const { me } = useSession();
  const { byKey } = useDatasets();
  const { data, error, reload } = useQuery(SubmissionQuery, { id });
  const [withheld, setWithheld] = useState<string[] | null>(null);
  const s = data?.submission;
  if (!s) return <ErrorAlert error={error} />;
  const dataset = byKey(s.dataset);
  const shownWithheld = withheld ?? s.withheldFields;
  const withholdable = dataset?.fields.filter((f) => s.withholdableFields.includes(f.key)) ?? [];
  return (
    <Card
      title={
        <h1 style={{ fontSize: 18, margin: 0 }}>
          {t('审核', 'Review')} {s.receiptCode}
        </h1>
      }
    >
      <SubmissionSummary s={s} dataset={dataset} />
      <ReviewNotes s={s} dataset={dataset} />
      {me?.role === 'REGULATOR_REVIEWER' && s.status === 'PENDING_REVIEW' && (
        <ReviewerActions s={s} dataset={dataset} withheld={shownWithheld} onDone={reload} />
      )}
      {me?.role === 'REGULATOR_APPROVER' && <ApproverActions s={s} onDone={reload} />}
      <Tabs
        items={[
          {
            key: 'rows',
            label: t('数据', 'Rows'),
            children: (
              <RowsTable submissionId={s.id} dataset={dataset} markIssues caption={t('数据', 'Rows')} />
            ),
          },
          {
            key: 'preview',
            label: t('公开预览', 'Public preview'),
            children: (
              <>
                {s.status === 'PENDING_REVIEW' && withholdable.length > 0 && (
                  <fieldset style={{ border: 0, padding: 0, marginBottom: 12 }}>
                    <legend style={{ fontSize: 14 }}>
                      {t('不予公开的字段（审核通过时生效）', 'Fields to withhold (applied on approval)')}
                    </legend>
                    <Checkbox.Group
                      value={shownWithheld}
                      onChange={(v) => setWithheld(v as string[])}
                      options={withholdable.map((f) => ({ value: f.key, label: f.label[lang] }))}
                    />
                  </fieldset>
                )}
                <RowsTable
                  submissionId={s.id}
                  dataset={dataset}
                  preview
                  withheld={shownWithheld}
                  caption={t('公开预览', 'Public preview')}
                />
              </>
            ),
          },
          {
            key: 'issues',
            label: t(
              `问题清单（${s.errorCount + s.warningCount}）`,
              `Issues (${s.errorCount + s.warningCount})`,
            ),
            children: <IssuesTable submissionId={s.id} dataset={dataset} />,
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
