import { Alert } from 'antd';
import type { ApiError } from '../api/errors';
import { useLang } from '../i18n';

export function ErrorAlert({ error }: { error: ApiError | null | undefined }) {
  const { l } = useLang();
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={l(error)} />;
}
