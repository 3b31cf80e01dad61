import { ImportError } from './errors.js';

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** Zip path of the sheet XML, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

export interface WorkbookFacts {
  sheets: SheetEntry[];
  date1904: boolean;
}

function attributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const name = match[1] ?? '';
    result.set(name.slice(name.indexOf(':') + 1), decodeXml(match[3] ?? match[4] ?? ''));
  }
  return result;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return named[entity.toLowerCase()] ?? '';
  });
}

function tags(xml: string, localName: string): Map<string, string>[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b([^>]*)>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => attributes(match[1] ?? ''));
}

/** Resolves a relationship target (relative to xl/, or absolute from the package root). */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts: string[] = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * Sheet names, visibility and the date system come from workbook.xml, which exceljs's streaming
 * reader does not expose reliably (visibility in particular), so we read them ourselves.
 */
export function parseWorkbook(workbookXml: string, relsXml: string): WorkbookFacts {
  const targets = new Map<string, string>();
  for (const rel of tags(relsXml, 'Relationship')) {
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const sheets = tags(workbookXml, 'sheet').map((sheet): SheetEntry => {
    const path = targets.get(sheet.get('id') ?? '');
    if (!path)
      throw new ImportError('malformed-xlsx', { detail: `sheet "${sheet.get('name')}" has no part` });
    const state = sheet.get('state');
    return { name: sheet.get('name') ?? '', hidden: state === 'hidden' || state === 'veryHidden', path };
  });
  const date1904Value = tags(workbookXml, 'workbookPr')[0]?.get('date1904');
  return { sheets, date1904: date1904Value === '1' || date1904Value === 'true' };
}
