import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Form, Select, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../api/errors';
import { type UploadProgress, uploadFile } from '../api/upload';
import { newProgressId, pollUploadProgress, type ServerProgress } from '../api/upload-progress';
import { useQuery } from '../api/useQuery';
import { useDatasets } from '../common/datasets';
import { ErrorAlert } from '../common/ErrorAlert';
import { graphql, type VariablesOf } from '../graphql';
import { useLang } from '../i18n';
import { UploadStatus } from './UploadStatus';

const UploadMutation = graphql(`
  mutation Upload($dataset: DatasetKey!, $file: File!, $corrects: ID, $resubmits: ID, $progressId: String) {
    uploadSubmission(
      dataset: $dataset, file: $file, corrects: $corrects, resubmits: $resubmits, progressId: $progressId
    ) { id status }
  }
`);
const Related = graphql(`query Related($id: ID!) { submission(id: $id) { id dataset receiptCode } }`);

type DatasetKey = VariablesOf<typeof UploadMutation>['dataset'];

/** Choose the dataset, drop a file; a returned submission is resubmitted, a published one corrected. */
export default function UploadPage() {
  const { t, l } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const resubmits = params.get('resubmits');
  const corrects = params.get('corrects');
  const relatedId = resubmits ?? corrects;
  const related = useQuery(Related, { id: relatedId ?? '' }, !relatedId).data?.submission;
  const { datasets } = useDatasets();
  const [chosen, setChosen] = useState<DatasetKey | undefined>();
  const dataset = (related?.dataset as DatasetKey | undefined) ?? chosen;
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [server, setServer] = useState<ServerProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const send = async (file: File) => {
    if (!dataset) return;
    setError(null);
    setProgress({ percent: 0, phase: 'uploading' });
    setServer(null);
    // The server counts the rows it reads under an id we choose; we ask for it while we wait.
    const progressId = newProgressId();
    const stopPolling = pollUploadProgress(progressId, setServer);
    try {
      const { uploadSubmission } = await uploadFile(
        UploadMutation,
        { dataset, corrects: corrects ?? null, resubmits: resubmits ?? null, progressId },
        file,
        setProgress,
      );
      navigate(`/submissions/${uploadSubmission.id}`);
    } catch (e) {
      setError(e as ApiError);
      setProgress(null);
    } finally {
      stopPolling();
    }
  };
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('上传报送', 'Upload a file')}</h1>}>
      {related && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            resubmits
              ? t(
                  `重新报送：替换已退回的 ${related.receiptCode}`,
                  `Resubmitting returned ${related.receiptCode}`,
                )
              : t(`更正：更正已发布的 ${related.receiptCode}`, `Correcting published ${related.receiptCode}`)
          }
        />
      )}
      <ErrorAlert error={error} />
      <Form layout="vertical">
        <Form.Item label={t('数据集', 'Dataset')} htmlFor="dataset" required>
          <Select<DatasetKey>
            id="dataset"
            value={dataset}
            disabled={Boolean(related)}
            placeholder={t('请选择数据集', 'Choose a dataset')}
            onChange={setChosen}
            options={datasets.map((d) => ({ value: d.key as DatasetKey, label: l(d.title) }))}
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
        <Form.Item label={t('文件', 'File')}>
          <Upload.Dragger
            accept=".csv,.txt,.xlsx,.xls,.et"
            multiple={false}
            showUploadList={false}
            disabled={!dataset || progress !== null}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            {/* Explicit colour: antd greys the text of a disabled dragger below 4.5:1 contrast. */}
            <p style={{ color: '#262626' }}>
              {t('点击选择或将文件拖到此处（CSV、XLSX）', 'Click or drop a file here (CSV, XLSX)')}
            </p>
            {!dataset && <p style={{ color: '#595959' }}>{t('请先选择数据集', 'Choose a dataset first')}</p>}
          </Upload.Dragger>
        </Form.Item>
      </Form>
      {progress && <UploadStatus sending={progress} server={server} />}
    </Card>
  );
}
