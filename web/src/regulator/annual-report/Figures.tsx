import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDatasets } from '../../common/datasets';
import { useLang } from '../../i18n';
import { PublishedChart, ReturnsChart, TimelinessChart } from './charts';
import type { Report } from './query';
import { EventTimelinessTable, FiguresList, PublishedTable, ReturnsTable, TimelinessTable } from './tables';

function Section({ title, children, fill }: { title: string; children: ReactNode; fill?: boolean }) {
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}
      style={fill ? { height: '100%' } : { marginTop: 16 }}
    >
      {children}
    </Card>
  );
}

/**
 * A chart with the table that carries the same figures (the table alone when there are none): side
 * by side on a wide screen, or the table under the chart when it has many columns.
 */
function ChartAndTable(props: { chart: ReactNode; table: ReactNode; empty: boolean; wide?: boolean }) {
  if (props.empty) return props.table;
  const half = props.wide ? 24 : 12;
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={half}>
        {props.chart}
      </Col>
      <Col xs={24} xl={half}>
        {props.table}
      </Col>
    </Row>
  );
}

/** The report's seven parts, numbered as the XLSX's sheets are. */
export function Figures({ report }: { report: Report }) {
  const { t, l } = useLang();
  const { byKey } = useDatasets();
  const title = (dataset: string) => l(byKey(dataset)?.title) || dataset;
  const reasonName = (r: Report['returns']['reasons'][number]) =>
    r.dataset ? t(`${l(r.label)}（${title(r.dataset)}）`, `${l(r.label)} (${title(r.dataset)})`) : l(r.label);
  const tl = report.timeliness;
  const records = report.published.reduce((n, p) => n + p.records, 0);
  const key: [string, number][] = [
    [t('公开记录', 'Records published'), records],
    [t('到期应报（企业×事项）', 'Due (enterprise × item)'), tl.submissions.total],
    [t('退回次数', 'Returns'), report.returns.total],
    [t('更正', 'Corrections'), report.corrections],
    [t('撤回', 'Withdrawals'), report.withdrawals],
  ];
  return (
    <>
      <Card style={{ marginTop: 16 }}>
        <h2 style={{ fontSize: 18, margin: 0, textAlign: 'center' }}>
          {t(
            `${report.regulatorName}${report.year}年度国有企业信息公开工作统计`,
            `${report.regulatorName}: disclosure work in ${report.year}`,
          )}
        </h2>
        <Typography.Paragraph style={{ textAlign: 'center', color: '#595959', margin: '4px 0 16px' }}>
          {t(
            `统计区间：${report.year}年1月1日至12月31日（北京时间）；报送及时性统计截至 ${tl.asOf}`,
            `From 1 January to 31 December ${report.year} (China time); timeliness as of ${tl.asOf}`,
          )}
        </Typography.Paragraph>
        <Row gutter={[16, 16]}>
          {key.map(([label, value]) => (
            <Col key={label} flex="1 1 160px">
              <Statistic title={label} value={value} />
            </Col>
          ))}
        </Row>
      </Card>
      <Section title={t('一、主动公开情况', '1. Published')}>
        <ChartAndTable
          empty={report.published.length === 0}
          chart={<PublishedChart report={report} title={title} />}
          table={<PublishedTable report={report} title={title} />}
        />
      </Section>
      <Section title={t('二、报送及时性', '2. Timeliness of filing')}>
        <ChartAndTable
          empty={tl.byObligation.length === 0}
          wide
          chart={<TimelinessChart report={report} title={title} />}
          table={<TimelinessTable report={report} title={title} />}
        />
      </Section>
      <Section title={t('三、企业报送情况', '3. Enterprises by their worst standing')}>
        <FiguresList
          column={{ xs: 1, sm: 2, xl: 5 }}
          items={[
            [t('企业总数', 'Enterprises'), tl.enterprises.total],
            [t('全部按时', 'All on time'), tl.enterprises.onTime],
            [t('存在逾期报送', 'Some filed late'), tl.enterprises.late],
            [t('存在未报送', 'Some not filed'), tl.enterprises.missing],
            [t('尚未到期', 'Not yet due'), tl.enterprises.notDue],
          ]}
        />
      </Section>
      <Section title={t('四、退回情况', '4. Returns')}>
        <ChartAndTable
          empty={report.returns.reasons.length === 0}
          chart={<ReturnsChart report={report} categoryName={reasonName} />}
          table={
            <>
              <ReturnsTable report={report} reasonName={reasonName} />
              {report.returns.byDataset.length > 0 && (
                <FiguresList
                  style={{ marginTop: 16 }}
                  column={1}
                  items={report.returns.byDataset.map((r): [string, number] => [
                    t(`退回次数：${title(r.dataset)}`, `Returns: ${title(r.dataset)}`),
                    r.count,
                  ])}
                />
              )}
            </>
          }
        />
      </Section>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Section fill title={t('五、更正与撤回', '5. Corrections and withdrawals')}>
            <FiguresList
              column={{ xs: 1, sm: 2 }}
              items={[
                [t('更正', 'Corrections'), report.corrections],
                [t('撤回', 'Withdrawals'), report.withdrawals],
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section fill title={t('六、向公共资源交易平台推送', '6. Deliveries to the trading platform')}>
            <FiguresList
              column={{ xs: 1, sm: 2 }}
              items={[
                [t('推送总数', 'Events'), report.deliveries.total],
                [t('已送达', 'Delivered'), report.deliveries.delivered],
                [t('失败', 'Failed'), report.deliveries.failed],
                [t('待送达', 'Pending'), report.deliveries.pending],
              ]}
            />
          </Section>
        </Col>
      </Row>
      <Section title={t('七、事项类报送及时性', '7. Timeliness of event-driven filing')}>
        <EventTimelinessTable report={report} title={title} />
      </Section>
    </>
  );
}
