import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import type { CliReport } from './report.js';

const SEVERITY = { error: '错误', warning: '警告' } as const;

/** `第7行 C列 统一社会信用代码`: where an issue is, in the words of someone looking at the sheet. */
function location(issue: Issue, def: DatasetDefinition): string {
  const label = issue.field ? (def.fields.find((f) => f.key === issue.field)?.label.zh ?? issue.field) : '';
  const parts = [
    issue.row !== undefined ? `第${issue.row}行` : '文件',
    issue.column !== undefined ? `${issue.column}列` : '',
    label,
  ];
  return parts.filter(Boolean).join(' ');
}

function describeFile(report: CliReport, filename: string): string {
  const format = report.format.toUpperCase();
  const encoding = report.encoding ? `，编码 ${report.encoding}` : '';
  const header = report.headerRow > 0 ? `，表头在第${report.headerRow}行` : '';
  return `${filename}（${format}${encoding}${header}，数据${report.rowCount}行）`;
}

/** The readable report: one line per issue, Chinese first, then a one-line verdict. */
export function humanReport(
  report: CliReport,
  def: DatasetDefinition,
  filename: string,
  english: boolean,
): string {
  const lines = [`校验 ${def.title.zh}（${def.key}）：${describeFile(report, filename)}`];
  for (const issue of report.issues) {
    lines.push(`${SEVERITY[issue.severity]}  ${location(issue, def)}：${issue.message.zh}  [${issue.code}]`);
    if (english) lines.push(`      ${issue.message.en}`);
  }
  const unlisted = (report.issueSummary ?? []).filter((c) => c.count > c.stored);
  for (const c of unlisted) {
    lines.push(`另有${c.count - c.stored}条「${c.code}」${SEVERITY[c.severity]}未逐条列出（共${c.count}条）`);
    if (english)
      lines.push(
        `      ${c.count - c.stored} more "${c.code}" ${c.severity}s not listed (${c.count} in all)`,
      );
  }
  const counts = `错误${report.errorCount}个，警告${report.warningCount}个`;
  const countsEn = `${report.errorCount} error(s), ${report.warningCount} warning(s)`;
  const verdict =
    report.errorCount > 0
      ? `未通过：${counts}。请修改后重新校验。 (Failed: ${countsEn}.)`
      : `通过：${counts}${report.warningCount > 0 ? '，提交时需确认警告' : ''}。 (Passed: ${countsEn}.)`;
  lines.push(verdict);
  return `${lines.join('\n')}\n`;
}
