import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder, PUBLIC } from '../builder.js';

interface TextScalar {
  name: 'Decimal' | 'Date' | 'YearMonth' | 'LocalDateTime';
  description: string;
  pattern: RegExp;
  /** Extra check beyond the pattern (a real calendar date). */
  valid?: (text: string) => boolean;
}

const realDate = (text: string) => {
  const d = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text.slice(0, 10);
};

const EXPECTED: Record<TextScalar['name'], { zh: string; en: string }> = {
  Decimal: { zh: '应为精确小数，如 158.30', en: 'expected an exact decimal such as 158.30' },
  Date: { zh: '日期不存在或格式不是 YYYY-MM-DD', en: 'expected a real calendar date, YYYY-MM-DD' },
  YearMonth: { zh: '应为年月 YYYY-MM 或 OPEN', en: 'expected a year and month, YYYY-MM, or OPEN' },
  LocalDateTime: { zh: '应为 YYYY-MM-DDTHH:mm:ss', en: 'expected YYYY-MM-DDTHH:mm:ss' },
};

function invalid(name: TextScalar['name'], value: unknown) {
  const shown = JSON.stringify(value);
  const zh = `${name} 值 ${shown} 无效：${EXPECTED[name].zh}`;
  const en = `Invalid ${name} ${shown}: ${EXPECTED[name].en}`;
  return new GraphQLError(`${zh} / ${en}`, { extensions: { code: 'BAD_USER_INPUT', message: { zh, en } } });
}

/** A scalar carried as exact text, checked on the way in; output is the database's own text. */
function textScalar({ name, description, pattern, valid }: TextScalar) {
  const check = (value: unknown) => {
    // A number literal or variable counts for Decimal, read from its exact text.
    const text = typeof value === 'number' && name === 'Decimal' ? String(value) : value;
    if (typeof text !== 'string' || !pattern.test(text) || (valid && !valid(text)))
      throw invalid(name, value);
    return text;
  };
  builder.scalarType(name, {
    subGraphs: PUBLIC,
    description,
    // Dates read through Prisma arrive as JS Dates (a @db.Date column): their calendar day, in UTC.
    serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
    parseValue: check,
    parseLiteral: (ast: ValueNode) => {
      const literal =
        ast.kind === Kind.STRING ||
        (name === 'Decimal' && (ast.kind === Kind.INT || ast.kind === Kind.FLOAT));
      if (!literal) throw invalid(name, ast.kind);
      return check(ast.value);
    },
  });
}

textScalar({
  name: 'Decimal',
  description:
    '精确小数，以字符串表示，如 "158.30"（金额单位见字段说明）/ An exact decimal as a string, e.g. "158.30".',
  pattern: /^-?\d{1,20}(\.\d{1,10})?$/,
});
textScalar({
  name: 'Date',
  description: '日期 YYYY-MM-DD / A calendar date, YYYY-MM-DD.',
  pattern: /^\d{4}-\d{2}-\d{2}$/,
  valid: realDate,
});
textScalar({
  name: 'YearMonth',
  description: '年月 YYYY-MM；“至今”为 OPEN / A year and month, YYYY-MM; OPEN for 至今 (to date).',
  pattern: /^(\d{4}-(0[1-9]|1[0-2])|OPEN)$/,
});
textScalar({
  name: 'LocalDateTime',
  description:
    '北京时间的日期时间 YYYY-MM-DDTHH:mm:ss / A date and time in Asia/Shanghai, YYYY-MM-DDTHH:mm:ss.',
  pattern: /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/,
  valid: realDate,
});
