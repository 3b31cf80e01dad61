import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { downloadWithToken } from '../api/download';
import { ApiError } from '../api/errors';
import { useQuery } from '../api/useQuery';
import { ErrorAlert } from '../common/ErrorAlert';
import { useLang } from '../i18n';
import { Figures } from './annual-report/Figures';
import { AnnualReportQuery } from './annual-report/query';

/** This year in China, where the report's calendar year is counted. */
const thisYear = () =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const YEARS_BACK = 10;

/**
 * 年度报告: the commission's figures for the annual report on disclosure work, a year at a time, as
 * charts and the tables that carry the same numbers, and the XLSX the report's statistics section
 * is written from. The API scopes the figures to the caller's commission; the page keeps nothing
 * between sessions (every visit asks again).
 */
export default function AnnualReportPage() {
  const { t } = useLang();
  const [params, setParams] = useSearchParams();
  const current = thisYear();
  const asked = Number(params.get('year'));
  const year =
    Number.isInteger(asked) && asked > current - YEARS_BACK && asked <= current ? asked : current - 1;
  const { data, error, loading } = useQuery(AnnualReportQuery, { year });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [downloading, setDownloading] = useState(false);
  // The previous year's figures stay in memory while the next load: never show them under this year.
  const report = data?.annualReport.year === year ? data.annualReport : undefined;

  const download = async () => {
    setFailure(null);
    setDownloading(true);
    try {
      await downloadWithToken(`/api/reports/annual/${year}.xlsx`, `年度报告${year}.xlsx`);
    } catch {
      setFailure(new ApiError('DOWNLOAD', '下载失败，请稍后重试', 'The download failed; try again later'));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <>
      <Card>
        <h1 style={{ fontSize: 20, margin: 0 }}>{t('年度报告', 'Annual report')}</h1>
        <Typography.Paragraph style={{ margin: '4px 0 16px', color: '#595959' }}>
          {t(
            '政府信息公开工作年度报告的统计数据：本委监管企业在所选年度（北京时间 1 月 1 日至 12 月 31 日）的主动公开、报送及时性、退回、更正撤回与推送情况。',
            'The figures for the annual report on disclosure work: what the enterprises your commission supervises published, filed, had returned, corrected, withdrew and had delivered in the chosen year (1 January to 31 December, China time).',
          )}
        </Typography.Paragraph>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('年度', 'Year')} htmlFor="annual-year">
            <Select
              id="annual-year"
              style={{ width: 120 }}
              value={year}
              onChange={(y: number) => setParams({ year: String(y) }, { replace: true })}
              options={Array.from({ length: YEARS_BACK }, (_, i) => current - i).map((y) => ({
                value: y,
                label: t(`${y} 年`, String(y)),
              }))}
            />
          </Form.Item>
          <Button type="primary" icon={<DownloadOutlined />} loading={downloading} onClick={download}>
            {t('下载年度报告（XLSX）', 'Download the annual report (XLSX)')}
          </Button>
        </Form>
      </Card>
      {(error ?? failure) && (
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={error ?? failure} />
        </div>
      )}
      {report ? <Figures report={report} /> : loading && <Spin style={{ display: 'block', margin: 48 }} />}
    </>
  );
}
