import { Alert, Button } from 'antd';
import { useState } from 'react';
import { request } from '../api/client';
import type { ApiError } from '../api/errors';
import { ErrorAlert } from '../common/ErrorAlert';
import type { SubmissionDetail } from '../common/submission-query';
import { graphql } from '../graphql';
import { useLang } from '../i18n';

const Submit = graphql(`
  mutation Submit($id: ID!, $ack: [Int!]) { submitSubmission(id: $id, acknowledgeWarnings: $ack) { id status } }
`);

/** Submit for review; the API refuses while a warning is not acknowledged, and says which. */
export function SubmitBar(props: {
  s: SubmissionDetail;
  acknowledged: Set<number>;
  onSubmitted: () => void;
}) {
  const { t } = useLang();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await request(Submit, { id: props.s.id, ack: [...props.acknowledged] });
      props.onSubmitted();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ marginBottom: 16 }}>
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 12 }}
        title={
          props.s.warningCount > 0
            ? t(
                '校验通过。请逐条确认下方提示后提交审核。',
                'Validated. Accept each warning below, then submit.',
              )
            : t('校验通过，可以提交审核。', 'Validated: ready to submit.')
        }
      />
      <ErrorAlert error={error} />
      <Button type="primary" onClick={submit} loading={busy}>
        {t('提交审核', 'Submit for review')}
      </Button>
    </div>
  );
}
