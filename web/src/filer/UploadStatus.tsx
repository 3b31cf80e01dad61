import { Progress } from 'antd';
import type { UploadProgress } from '../api/upload';
import type { ServerProgress } from '../api/upload-progress';
import { useLang } from '../i18n';

/**
 * Where an upload is: the bytes travelling (XHR's progress), then the rows the server has read of
 * the file (polled), so a file of 100,000 rows shows movement rather than a frozen page.
 */
export function UploadStatus({
  sending,
  server,
}: {
  sending: UploadProgress;
  server: ServerProgress | null;
}) {
  const { t } = useLang();
  if (sending.phase === 'uploading' || !server) {
    return (
      <Status
        percent={sending.percent}
        active={sending.phase === 'validating'}
        label={t('上传进度', 'Upload progress')}
        text={
          sending.phase === 'uploading'
            ? t('正在上传…', 'Uploading…')
            : t('上传完成，正在逐行校验，请稍候…', 'Uploaded; checking every row, please wait…')
        }
      />
    );
  }
  const rows = server.rowsRead.toLocaleString('zh-CN');
  const total = server.totalEstimate;
  // An estimate (a CSV's lines): never shown as finished before the server says so.
  const percent = total ? Math.min(99, Math.floor((server.rowsRead / total) * 100)) : 100;
  const text =
    server.phase === 'READING'
      ? total
        ? t(
            `已读取 ${rows} 行（约 ${total.toLocaleString('zh-CN')} 行）`,
            `${rows} rows read (of about ${total})`,
          )
        : t(`已读取 ${rows} 行`, `${rows} rows read`)
      : t(`已读取 ${rows} 行，正在保存结果…`, `${rows} rows read; saving the result…`);
  return (
    <Status
      percent={server.phase === 'READING' ? percent : 100}
      active
      label={t('校验进度', 'Checking progress')}
      text={text}
    />
  );
}

function Status(props: { percent: number; active: boolean; label: string; text: string }) {
  return (
    <div role="status" aria-live="polite">
      <Progress
        percent={props.percent}
        status={props.active ? 'active' : 'normal'}
        aria-label={props.label}
      />
      <p>{props.text}</p>
    </div>
  );
}
