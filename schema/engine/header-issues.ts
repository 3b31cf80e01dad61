import { renderIssue } from '../catalogue.js';
import type { DatasetDefinition } from '../core/dataset.js';
import type { Issue } from '../core/issues.js';
import { HEADER_SCAN_ROWS, type HeaderMatch } from './header.js';
import { UNIT_NAMES } from './sheet-unit.js';

/** Renders header problems, plus a warning where a header's unit contradicts the unit line. */
export function headerIssues(header: HeaderMatch): Issue[] {
  const issues = header.problems.map((p) =>
    renderIssue(p.draft, {
      ...(p.row !== undefined ? { row: p.row } : {}),
      ...(p.column !== undefined ? { column: p.column } : {}),
      ...(p.field ? { field: p.field.key, label: p.field.label } : {}),
      ...(p.value !== undefined ? { value: p.value } : {}),
    }),
  );
  const sheetUnit = header.sheetUnit;
  if (!sheetUnit) return issues;
  for (const c of header.columns) {
    if (c.field.type.kind !== 'money' || !c.unit || c.unit === sheetUnit) continue;
    const params = { columnUnit: UNIT_NAMES[c.unit], sheetUnit: UNIT_NAMES[sheetUnit] };
    const location = { row: header.headerRow, column: c.column, field: c.field.key, label: c.field.label };
    issues.push(renderIssue({ code: 'unit-conflict', params }, location));
  }
  return issues;
}

export function headerNotFound(def: DatasetDefinition): Issue {
  const names = def.fields.filter((f) => f.required).slice(0, 4);
  const expected = {
    zh: names.map((f) => `「${f.label.zh}」`).join(''),
    en: names.map((f) => `"${f.label.en}"`).join(', '),
  };
  return renderIssue({ code: 'header-not-found', params: { rows: HEADER_SCAN_ROWS, expected } }, {});
}

export function noData(headerRow: number): Issue {
  return renderIssue({ code: 'no-data', params: { headerRow } }, {});
}
