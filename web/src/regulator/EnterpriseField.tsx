import { Form, Select } from 'antd';
import { useLang } from '../i18n';

/** The required 所属企业 choice of a management form, among the enterprises the approver supervises. */
export function EnterpriseField(props: {
  name: string;
  label: string;
  enterprises: { id: string; name: string }[];
}) {
  const { t } = useLang();
  return (
    <Form.Item
      label={props.label}
      name={props.name}
      rules={[{ required: true, message: t('请选择企业', 'Required') }]}
    >
      <Select
        style={{ width: 240 }}
        options={props.enterprises.map((e) => ({ value: e.id, label: e.name }))}
      />
    </Form.Item>
  );
}
