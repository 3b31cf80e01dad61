import type { Localized } from '../schema/core/localized.js';

/**
 * Every reason an upload can be refused before any dataset rule runs. Codes are stable API:
 * clients, the CLI and the error workbook key on them, so never rename one.
 */
export const IMPORT_ERRORS = {
  'empty-file': {
    zh: '文件为空（0字节）。请确认选择了正确的文件后重新上传。',
    en: 'The file is empty (0 bytes). Check that you chose the right file and upload it again.',
  },
  'file-too-large': {
    zh: '文件大小{size}超过上限{limit}。请删除多余的工作表或拆分后重新上传。',
    en: 'The file ({size}) exceeds the {limit} limit. Remove extra sheets or split it, then upload again.',
  },
  'legacy-xls': {
    zh: '这是旧版Excel 97-2003（.xls）文件，系统不支持。请在Excel中“另存为”.xlsx格式后重新上传。',
    en: 'This is a legacy Excel 97-2003 (.xls) file, which is not supported. In Excel, use "Save As" .xlsx and upload again.',
  },
  'encrypted-file': {
    zh: '文件设置了打开密码（已加密），系统无法读取。请在Excel中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存为.xlsx重新上传。',
    en: 'The file is password-protected (encrypted) and cannot be read. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save as .xlsx and upload again.',
  },
  'pdf-file': {
    zh: '这是PDF文件，不是电子表格。请上传按模板填写的Excel（.xlsx）或CSV文件。',
    en: 'This is a PDF, not a spreadsheet. Upload the filled-in template as Excel (.xlsx) or CSV.',
  },
  'ods-file': {
    zh: '这是OpenDocument表格（.ods）文件。请在WPS或LibreOffice中另存为Excel（.xlsx）格式后重新上传。',
    en: 'This is an OpenDocument spreadsheet (.ods). Save it as Excel (.xlsx) in WPS or LibreOffice and upload again.',
  },
  'numbers-file': {
    zh: '这是Apple Numbers文件。请在Numbers中“导出为Excel”（.xlsx）后重新上传。',
    en: 'This is an Apple Numbers file. Use "Export To → Excel" (.xlsx) in Numbers and upload again.',
  },
  'not-a-spreadsheet': {
    zh: '无法识别该文件{detail}。请上传Excel（.xlsx、.xls）或CSV文件。',
    en: 'This file is not a spreadsheet: {detail}. Upload an Excel (.xlsx) or CSV file.',
  },
  'unknown-encoding': {
    zh: '无法识别CSV文件的文字编码（既不是UTF-8也不是GBK/GB18030）。请在Excel中另存为“CSV UTF-8（逗号分隔）”或.xlsx后重新上传。',
    en: 'The CSV text encoding is not recognised (neither UTF-8 nor GBK/GB18030). Save as "CSV UTF-8 (Comma delimited)" or .xlsx in Excel and upload again.',
  },
  'zip-bomb': {
    zh: '文件解压后体积异常{detail}，疑似恶意文件，已拒绝。如确为正常表格，请删除多余内容后另存为.xlsx重新上传。',
    en: 'The file expands to an abnormal size when unpacked ({detail}) and was refused. If it is a genuine spreadsheet, remove unneeded content, save as .xlsx and upload again.',
  },
  'malformed-xlsx': {
    zh: 'Excel文件已损坏或格式不规范{detail}。请用Excel打开该文件，另存为.xlsx后重新上传。',
    en: 'The Excel file is damaged or non-standard ({detail}). Open it in Excel, save it as .xlsx and upload again.',
  },
  'malformed-csv': {
    zh: 'CSV文件第{row}行格式错误{detail}，常见原因是引号未配对。请检查该行，或在Excel中另存为.xlsx后重新上传。',
    en: 'The CSV is malformed at row {row} ({detail}); an unbalanced quote is the usual cause. Check that row, or save as .xlsx in Excel and upload again.',
  },
  'sheet-not-found': {
    zh: '工作簿中没有可读取的可见工作表。请确认数据所在的工作表未被隐藏后重新上传。',
    en: 'The workbook has no visible sheet to read. Make sure the sheet holding the data is not hidden and upload again.',
  },
  'too-many-rows': {
    zh: '行数超过上限{limit}行（第{row}行）。请拆分为多个文件后分别上传。',
    en: 'More than {limit} rows (row {row}). Split the data into several files and upload them separately.',
  },
  'too-many-sheets': {
    zh: '工作簿有{count}个工作表，超过上限{limit}个。请只保留填报数据所在的工作表（及填报说明）后重新上传。',
    en: 'The workbook has {count} sheets, more than the limit of {limit}. Keep only the sheet holding the data (and the instructions) and upload again.',
  },
  'too-many-columns': {
    zh: '第{row}行的列数超过上限{limit}列。请删除模板之外的多余列后重新上传。',
    en: 'Row {row} has more than {limit} columns. Delete the columns that are not in the template and upload again.',
  },
  'cell-too-large': {
    zh: '第{row}行{column}列的单元格内容超过{limit}个字符。请缩短该单元格内容后重新上传。',
    en: 'The cell in row {row}, column {column} holds more than {limit} characters. Shorten it and upload again.',
  },
  'file-too-complex': {
    zh: '文件过于复杂，解析时超出内存上限，已停止。请删除多余的工作表、格式和空行，另存为.xlsx后重新上传。',
    en: 'The file is too complex: parsing it exceeded the memory limit and was stopped. Remove extra sheets, formatting and blank rows, save as .xlsx and upload again.',
  },
  'parse-timeout': {
    zh: '文件解析超时（超过{seconds}秒），已停止。请删除多余内容或拆分文件后重新上传。',
    en: 'Parsing the file took longer than {seconds} seconds and was stopped. Remove unneeded content or split the file, then upload again.',
  },
} as const satisfies Record<string, Localized>;

export type ImportErrorCode = keyof typeof IMPORT_ERRORS;

export type ImportErrorParams = Record<string, string | number>;

/**
 * Details are written in English where they are found (an entry name, a parser's words). A zh
 * message never embeds them: it gets the Chinese wording of a known detail, or nothing.
 */
const DETAIL_ZH: Record<string, string> = {
  'binary data, not text': '二进制数据，不是文本',
  'a Word document': 'Word文档',
  'a PowerPoint presentation': 'PowerPoint演示文稿',
  'a zip archive that is not an Excel workbook': '不是Excel工作簿的压缩包',
  'empty zip archive': '空的压缩包',
  'a PNG image': 'PNG图片',
  'a JPEG image': 'JPEG图片',
  'a GIF image': 'GIF图片',
  'a RAR archive': 'RAR压缩包',
  'a 7-Zip archive': '7-Zip压缩包',
  'a gzip archive': 'gzip压缩包',
  'a record is far too long, probably an unclosed quote': '某条记录过长，可能是引号未闭合',
  'an XML document (e.g. "XML Spreadsheet 2003")': 'XML文档（如“XML电子表格2003”）',
  'a web page without a table': '不含表格的网页',
};

function zhParams(params: ImportErrorParams): ImportErrorParams {
  if (params.detail === undefined) return params;
  const zh = DETAIL_ZH[String(params.detail)];
  return { ...params, detail: zh ? `（${zh}）` : '' };
}

function render(template: string, params: ImportErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

/** An expected refusal of an uploaded file: the only error type importers throw on bad input. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly localized: Localized;
  readonly row: number | undefined;
  readonly params: ImportErrorParams;

  constructor(code: ImportErrorCode, params: ImportErrorParams = {}, row?: number) {
    const withRow = row === undefined ? params : { row, ...params };
    const catalogue: Localized = IMPORT_ERRORS[code];
    const localized = { zh: render(catalogue.zh, zhParams(withRow)), en: render(catalogue.en, withRow) };
    super(localized.en);
    this.code = code;
    this.localized = localized;
    this.row = row;
    this.params = withRow;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
