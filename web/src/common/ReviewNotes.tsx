import { Alert, List } from 'antd';
import { useLang } from '../i18n';
import { type DatasetInfo, fieldLabel } from './datasets';
import type { SubmissionDetail } from './submission-query';

/** The reviewer's reasons, each pinned to a row and field when the reviewer pinned it. */
export function ReviewNotes({ s, dataset }: { s: SubmissionDetail; dataset: DatasetInfo | undefined }) {
  const { t, lang } = useLang();
  if (s.reviewNotes.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ margin: '16px 0' }}
      title={t('审核意见', 'Review notes')}
      description={
        <List
          size="small"
          dataSource={s.reviewNotes}
          renderItem={(n) => (
            <List.Item>
              {n.row != null && <strong>{t(`第 ${n.row} 行`, `Row ${n.row}`)} </strong>}
              {n.field && <strong>{fieldLabel(dataset, n.field, lang)}：</strong>}
              {n.reason}
            </List.Item>
          )}
        />
      }
    />
  );
}
