import type { SheetChooser, SheetSample } from '../../importers/sheet-choice.js';
import { renderIssue } from '../../schema/catalogue.js';
import type { IgnoredSheet } from '../../schema/core/cells.js';
import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import { type HeaderMatch, matchHeader } from '../../schema/engine/index.js';

interface Evidence {
  sample: SheetSample;
  order: number;
  header: HeaderMatch | undefined;
  /** Non-blank rows below the header (0 without a header). */
  dataRows: number;
  instructions: boolean;
}

// A sheet that explains the form (填报说明) or shows a filled-in example (填写示例) is not the data.
const INSTRUCTIONS_NAME = /说明|示例|样例|范例|样表|填写要求|指标解释|填报要求/;
const EXAMPLE_TEXT = /填写示例|填报示例|示例|样例|范例/;

function evidence(def: DatasetDefinition, sample: SheetSample, order: number): Evidence {
  const header = matchHeader(def, sample.rows);
  const above = header ? sample.rows.filter((r) => r.row <= header.headerRow) : sample.rows;
  const dataRows = header ? sample.nonBlankRows - above.length : 0;
  const exampleAbove = above.some((r) => r.cells.some((c) => typeof c === 'string' && EXAMPLE_TEXT.test(c)));
  const instructions = INSTRUCTIONS_NAME.test(sample.name) || exampleAbove;
  return { sample, order, header, dataRows, instructions };
}

/** Data sheets before instructions, then more data rows, more matched columns, the template's name, order. */
function better(a: Evidence, b: Evidence, preferred: string): number {
  if (a.instructions !== b.instructions) return a.instructions ? 1 : -1;
  if (a.dataRows !== b.dataRows) return b.dataRows - a.dataRows;
  const fields = (b.header?.columns.length ?? 0) - (a.header?.columns.length ?? 0);
  if (fields !== 0) return fields;
  const named = Number(b.sample.name.trim() === preferred) - Number(a.sample.name.trim() === preferred);
  return named !== 0 ? named : a.order - b.order;
}

function reason(e: Evidence): IgnoredSheet['reason'] {
  if (!e.header)
    return { zh: '未找到本模板的表头，不是数据表', en: 'no header row of this template: not a data sheet' };
  if (e.instructions)
    return {
      zh: `填报说明或填写示例（表头下${e.dataRows}行），不是报送数据`,
      en: `instructions or a filled-in example (${e.dataRows} rows under its header), not data to file`,
    };
  return {
    zh: `也符合本模板，但数据行（${e.dataRows}行）不多于所读的工作表`,
    en: `also matches the template, but has no more data rows (${e.dataRows}) than the sheet read`,
  };
}

/**
 * The sheet to read, chosen on evidence: the one whose header matches the template and that holds
 * the most data rows, an instructions or example sheet only when nothing else matches. Every other
 * sheet is listed with its reason; one that matches and holds data (not an example) also gets a
 * warning, so a second table of real rows is never skipped silently.
 */
export function sheetChooser(def: DatasetDefinition): { choose: SheetChooser; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const choose: SheetChooser = (samples) => {
    const all = samples.map((s, i) => evidence(def, s, i));
    const matching = all.filter((e) => e.header);
    // No header anywhere: the template's sheet or the first one, where header-not-found is reported.
    const chosen =
      matching.length > 0
        ? ([...matching].sort((a, b) => better(a, b, def.sheetName))[0] as Evidence)
        : (all.find((e) => e.sample.name.trim() === def.sheetName) ?? (all[0] as Evidence));
    const ignored = all.filter((e) => e !== chosen);
    for (const e of ignored) {
      if (!e.header || e.instructions || e.dataRows === 0) continue;
      const params = { rows: e.dataRows, chosen: chosen.sample.name };
      warnings.push({
        ...renderIssue({ code: 'sheet-ignored', params }, { value: e.sample.name }),
        sheet: e.sample.name,
      });
    }
    return {
      name: chosen.sample.name,
      ignored: ignored.map((e) => ({ name: e.sample.name, reason: reason(e) })),
    };
  };
  return { choose, warnings };
}
