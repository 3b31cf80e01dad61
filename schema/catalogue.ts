import { intakeCatalogue } from './catalogue-intake.js';
import type { Issue, IssueDraft, Severity } from './core/issues.js';
import type { Locale, Localized } from './core/localized.js';

/**
 * The one catalogue of generic issue codes (field types, header matching, the validator). Names
 * follow Frictionless where it has one; finer codes replace its catch-all constraint-error so
 * that each problem says exactly what is wrong. Rule codes live with their rules (RowRule.message)
 * and render through the same renderIssue.
 *
 * Templates: {at} = "第7行C列「统一社会信用代码」" / 'row 7, column C ("USCC")'; also {row},
 * {column}, {label}, {value}, {expected} and any draft param by name.
 */
export interface CatalogueEntry {
  severity: Severity;
  message: Localized;
}

const entry = (severity: Severity, zh: string, en: string): CatalogueEntry => ({
  severity,
  message: { zh, en },
});

export const catalogue: Record<string, CatalogueEntry> = {
  ...intakeCatalogue,
  // File and header level
  'header-not-found': entry(
    'error',
    '在前{rows}行中未找到表头：表头应包含{expected}等列',
    'No header row found in the first {rows} rows: expected columns such as {expected}',
  ),
  'missing-label': entry('error', '缺少必填列「{label}」', 'Required column "{label}" is missing'),
  'extra-label': entry(
    'warning',
    '第{row}行{column}列的表头“{value}”不是本表的列，该列已忽略',
    'Header "{value}" (row {row}, column {column}) is not a column of this dataset and was ignored',
  ),
  'duplicate-label': entry(
    'error',
    '第{row}行{column}列的表头“{value}”与{first}列重复，以{first}列为准',
    'Header "{value}" (row {row}, column {column}) repeats column {first}; column {first} is used',
  ),
  'unit-conflict': entry(
    'warning',
    '{column}列「{label}」的表头单位（{columnUnit}）与表格单位行（{sheetUnit}）不一致，按表头单位读取',
    'Column {column} ("{label}") states {columnUnit} while the unit line says {sheetUnit}; the header wins',
  ),
  'no-data': entry(
    'error',
    '表头（第{headerRow}行）以下没有数据行',
    'There are no data rows below the header (row {headerRow})',
  ),
  // The first data rows nearly all fail most fields: the rest is not read (schema/engine/junk-guard.ts).
  'not-the-template': entry(
    'error',
    '前{rows}行数据几乎每行都有多个字段无法识别，文件不像是本数据集的模板，第{lastRow}行之后未校验；请核对数据集与模板后重新上传',
    "Nearly all of the first {rows} data rows fail several of their fields: the file does not look like this dataset's template, so rows after {lastRow} were not checked; check the dataset and the template and upload again",
  ),
  // Cell level
  'type-error': entry(
    'error',
    '{at}的值“{value}”格式不正确：应为{expected}',
    '{at}: "{value}" is not valid: expected {expected}',
  ),
  'required-missing': entry('error', '{at}为必填项，不能为空', '{at} is required but empty'),
  'max-length': entry(
    'error',
    '{at}的内容过长：最多{max}个字，实际{actual}个字',
    '{at} is too long: at most {max} characters, found {actual}',
  ),
  minimum: entry(
    'error',
    '{at}的值“{value}”小于允许的最小值{min}',
    '{at}: "{value}" is below the minimum {min}',
  ),
  maximum: entry(
    'error',
    '{at}的值“{value}”大于允许的最大值{max}',
    '{at}: "{value}" is above the maximum {max}',
  ),
  scale: entry(
    'error',
    '{at}的值“{value}”小数位数过多：最多{scale}位小数',
    '{at}: "{value}" has too many decimal places: at most {scale}',
  ),
  'pattern-mismatch': entry(
    'error',
    '{at}的值“{value}”不符合规定格式：应为{expected}',
    '{at}: "{value}" does not have the expected form: {expected}',
  ),
  'enum-mismatch': entry(
    'error',
    '{at}的值“{value}”不在可选范围内：应为{expected}之一',
    '{at}: "{value}" is not an allowed value: expected one of {expected}',
  ),
  'uscc-checksum': entry(
    'warning',
    '{at}的值“{value}”校验位不符（按规则应为“{expected}”），请核对；早期赋码的企业可忽略此提示',
    '{at}: "{value}" fails the check character (expected "{expected}"); please verify — some early codes do',
  ),
  'resident-id-checksum': entry(
    'error',
    '{at}的值校验位不正确（按规则应为“{expected}”），请核对身份证号码',
    '{at}: the ID number fails its check character (expected "{expected}")',
  ),
  'resident-id-legacy': entry(
    'error',
    '{at}是15位旧身份证号码，请填写18位公民身份号码',
    '{at} is a 15-digit first-generation ID number; give the 18-character number',
  ),
  'id-as-number': entry(
    'error',
    '{at}的值“{value}”被Excel存成了数字，超过15位的数字已丢失：请将该列设为文本格式后重新填写',
    '{at}: "{value}" was stored by Excel as a number and lost its digits beyond the 15th; format the column as text and re-enter it',
  ),
  'ambiguous-year-month': entry(
    'warning',
    '{at}的值“{value}”是数字，已读作{read}；若指{alt}，请将单元格设为文本格式后填写',
    '{at}: the number "{value}" was read as {read}; if {alt} was meant, enter it as text',
  ),
  // Plausibility warnings (docs/datasets.md): nothing is wrong with the cell's form, but a careful
  // reviewer would look twice. The plausible ranges live in the dataset definitions.
  'amount-implausible': entry(
    'warning',
    '【合理性提示】{at}的金额“{value}”读作{amount}万元，超出该项的合理范围（{range}万元）：{hint}',
    'Plausibility warning: {at}: "{value}" reads as {amount} (10,000 yuan), far outside the plausible range {range}; {hint}',
  ),
  'character-lost': entry(
    'warning',
    '【合理性提示】{at}的“{value}”含有“{mark}”，疑似在编码转换中丢失了汉字（如GBK无法保存的生僻字）：请核对原文后改正',
    'Plausibility warning: {at}: "{value}" contains "{mark}" where a character was probably lost in an encoding round trip (e.g. a rare character GBK cannot hold); check the original and correct it',
  ),
  'personal-data-in-text': entry(
    'warning',
    '【合理性提示】{at}含有个人信息（{kinds}，共{count}处）：公开时将默认遮盖；如非必要，请删除后重新上传',
    'Plausibility warning: {at} contains personal data ({kinds}, {count} in all): it will be masked when published; remove it if it does not belong there',
  ),
  // A working-day rule met a year without holiday data: the Mon–Fri fallback is never silent.
  'calendar-year-unknown': entry(
    'warning',
    '{at}：{year}年的节假日和调休安排（国务院办公厅通知）尚未录入，工作日按周一至周五计算，结果可能不准确；请监管机构补充{year}年的安排',
    '{at}: the holiday and make-up-day calendar for {year} (State Council notice) is not on file, so working days were counted Monday to Friday and may be wrong until a regulator adds {year}',
  ),
  // What the importer had to skip: never silent.
  'stopped-after-blank-rows': entry(
    'warning',
    '第{row}行之后连续{count}行为空，其后的内容未读取；如下方仍有数据，请删除中间的空行后重新上传',
    'Reading stopped after {count} consecutive blank rows following row {row}; if data follows, remove the blank rows and upload again',
  ),
  'formula-without-result': entry(
    'warning',
    '有{count}个公式单元格没有计算结果（或结果为错误值），按空值读取；请在Excel中重新计算并保存后上传',
    '{count} formula cells have no cached result (or an error result) and were read as empty; recalculate and save in Excel, then upload',
  ),
  // Workflow: an enterprise reports only for itself (and the enterprises it is allowed to report for).
  'enterprise-not-permitted': entry(
    'error',
    '{at}的统一社会信用代码“{value}”既不是本企业，也不是本企业代报的子企业（可填报：{own}），不能代其他企业填报',
    '{at}: "{value}" is neither your enterprise nor a subsidiary you report for (permitted: {own}); you cannot report for another enterprise',
  ),
  // Needs the database (uploads only, not the offline CLI): the same record current twice.
  'record-already-published': entry(
    'error',
    '{at}：{labels}为“{value}”的记录已于{publishedAt}公开（查询码 {receiptCode}，报送编号 {submissionId}），仍为现行记录，不能再作为新报送重复公开：如需修改，请对报送编号为{submissionId}的报送提交更正',
    '{at}: the record with {labels} "{value}" was published on {publishedAt} (receipt {receiptCode}, submission {submissionId}) and is still current, so it cannot be published again as a new record: to change it, file a correction of that submission (uploadSubmission with corrects: "{submissionId}")',
  ),
  'unique-error': entry(
    'error',
    '第{row}行的{labels}与第{firstRow}行重复：同一{labels}只能填报一行',
    'Row {row} repeats {labels} of row {firstRow}: only one row per {labels} is allowed',
  ),
};

export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return catalogue[code];
}

/** Where an issue is: filled in by the validator. */
export interface IssueLocation {
  row?: number;
  column?: string;
  field?: string;
  label?: Localized;
  value?: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const MAX_VALUE_CHARS = 60;

function at(location: IssueLocation, locale: Locale): string {
  const { row, column, label } = location;
  if (locale === 'zh') {
    return `${row !== undefined ? `第${row}行` : ''}${column ? `${column}列` : ''}${label ? `「${label.zh}」` : ''}`;
  }
  const parts = [row !== undefined ? `row ${row}` : '', column ? `column ${column}` : ''].filter(Boolean);
  const where = parts.join(', ');
  if (!label) return where.charAt(0).toUpperCase() + where.slice(1);
  return `${where.charAt(0).toUpperCase()}${where.slice(1)} ("${label.en}")`;
}

function render(template: string, draft: IssueDraft, location: IssueLocation, locale: Locale): string {
  const value = location.value ?? '';
  const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (name === 'at') return at(location, locale);
    if (name === 'row') return location.row !== undefined ? String(location.row) : '';
    if (name === 'column') return location.column ?? '';
    if (name === 'label') return location.label?.[locale] ?? location.field ?? '';
    if (name === 'value') return shown;
    const param = draft.params?.[name];
    if (param === undefined) return whole;
    return typeof param === 'object' ? param[locale] : String(param);
  });
}

/** A rule template that does not place the location itself gets it as a prefix. */
function withLocation(template: Localized, location: IssueLocation): Localized {
  if (location.row === undefined || /\{(at|row)\}/.test(template.zh)) return template;
  return { zh: `{at}：${template.zh}`, en: `{at}: ${template.en}` };
}

/**
 * Renders a draft into the located issue of the report. `template` is the rule's message for rule
 * codes; catalogue codes use the catalogue's. Unknown codes fall back to the bare code (a bug the
 * catalogue test catches).
 */
export function renderIssue(draft: IssueDraft, location: IssueLocation, template?: Localized): Issue {
  const known = catalogue[draft.code];
  const base = template ?? known?.message ?? { zh: draft.code, en: draft.code };
  const message = template ? withLocation(base, location) : base;
  const issue: Issue = {
    severity: draft.severity ?? known?.severity ?? 'error',
    code: draft.code,
    message: { zh: render(message.zh, draft, location, 'zh'), en: render(message.en, draft, location, 'en') },
  };
  if (location.row !== undefined) issue.row = location.row;
  if (location.column !== undefined) issue.column = location.column;
  const field = draft.field ?? location.field;
  if (field !== undefined) issue.field = field;
  if (location.value !== undefined) issue.value = location.value;
  return issue;
}
