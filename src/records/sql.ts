/**
 * Parameterised SQL fragments: a value interpolated into `sql` always becomes a `$n` parameter,
 * never text. Identifiers come only from the dataset definitions (through `ident`), so nothing a
 * caller sends is ever spliced into a statement.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** Tagged template: `sql\`a = ${value}\``; a nested Sql is inlined with its own parameters. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql([...strings], values);
}

/** Trusted SQL text (column lists derived from the definitions, keywords). */
export const raw = (text: string): Sql => new Sql([text], []);

/** A quoted identifier, for names taken from the dataset definitions. */
export const ident = (name: string): Sql => raw(`"${name.replace(/"/g, '""')}"`);

export const empty = raw('');

export function join(parts: readonly Sql[], separator: string): Sql {
  if (parts.length === 0) return empty;
  const strings: string[] = [''];
  const values: unknown[] = [];
  parts.forEach((part, i) => {
    if (i > 0) strings[strings.length - 1] += separator;
    values.push(part);
    strings.push('');
  });
  return new Sql(strings, values);
}

/** Conjunction of conditions; TRUE when there are none. */
export const and = (parts: readonly Sql[]): Sql =>
  parts.length === 0 ? raw('TRUE') : parts.length === 1 ? (parts[0] as Sql) : sql`(${join(parts, ' AND ')})`;

export const or = (parts: readonly Sql[]): Sql =>
  parts.length === 0 ? raw('FALSE') : parts.length === 1 ? (parts[0] as Sql) : sql`(${join(parts, ' OR ')})`;

export const not = (part: Sql): Sql => sql`NOT (${part})`;

/** The statement text with $1…$n and its parameters, ready for SqlClient.query. */
export function render(fragment: Sql): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const walk = (f: Sql): string => {
    let text = f.strings[0] ?? '';
    f.values.forEach((value, i) => {
      if (value instanceof Sql) text += walk(value);
      else {
        params.push(value);
        text += `$${params.length}`;
      }
      text += f.strings[i + 1] ?? '';
    });
    return text;
  };
  return { text: walk(fragment), params };
}
