import { Card } from 'antd';
import { DataTable } from '../common/DataTable';
import { type DatasetInfo, useDatasets } from '../common/datasets';
import { useLang } from '../i18n';

/** Blank templates; the same URLs work without signing in (for links in notices). */
export default function TemplatesPage() {
  const { t, l } = useLang();
  const { datasets } = useDatasets();
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('模板下载', 'Templates')}</h1>}>
      <DataTable<DatasetInfo>
        rowKey="key"
        pagination={false}
        dataSource={datasets}
        label={t('模板', 'Templates')}
        columns={[
          { title: t('数据集', 'Dataset'), key: 'title', render: (_: unknown, d) => l(d.title) },
          { title: t('字段数', 'Fields'), key: 'n', render: (_: unknown, d) => d.fields.length },
          {
            title: t('模板', 'Template'),
            key: 'xlsx',
            render: (_: unknown, d) => (
              <a href={`/api/templates/${d.slug}.xlsx`} download style={{ color: '#0958d9' }}>
                {t(`下载${d.title.zh}模板`, `Download the ${d.title.en} template`)}
              </a>
            ),
          },
        ]}
      />
    </Card>
  );
}
