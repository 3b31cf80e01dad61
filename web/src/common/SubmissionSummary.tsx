import { Descriptions } from 'antd';
import { useLang } from '../i18n';
import type { DatasetInfo } from './datasets';
import { formatTime, StatusTag } from './status';
import type { SubmissionDetail } from './submission-query';

/** What was read from the file and where the submission stands. */
export function SubmissionSummary({ s, dataset }: { s: SubmissionDetail; dataset: DatasetInfo | undefined }) {
  const { t, l } = useLang();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        { key: 'status', label: t('状态', 'Status'), children: <StatusTag status={s.status} /> },
        { key: 'receipt', label: t('查询码', 'Receipt code'), children: s.receiptCode },
        { key: 'dataset', label: t('数据集', 'Dataset'), children: l(dataset?.title) },
        { key: 'enterprise', label: t('企业', 'Enterprise'), children: s.enterprise.name },
        { key: 'file', label: t('文件', 'File'), children: s.filename },
        { key: 'encoding', label: t('编码', 'Encoding'), children: s.encoding ?? '—' },
        { key: 'sheet', label: t('工作表', 'Sheet'), children: s.sheetName ?? '—' },
        { key: 'header', label: t('表头行', 'Header row'), children: s.headerRow ?? '—' },
        { key: 'rows', label: t('数据行数', 'Rows'), children: s.rowCount },
        { key: 'errors', label: t('错误', 'Errors'), children: s.errorCount },
        { key: 'warnings', label: t('提示', 'Warnings'), children: s.warningCount },
        { key: 'uploaded', label: t('上传时间', 'Uploaded'), children: formatTime(s.uploadedAt) },
      ]}
    />
  );
}
