import type * as DMMF from '@prisma/dmmf';

/** A table as both sides describe it: column → "type null|not null", plus unique column sets. */
export interface TableShape {
  columns: Record<string, string>;
  unique: string[];
}
export type DatabaseShape = Record<string, TableShape>;

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamp(3)',
  Decimal: 'numeric(65,30)',
  Json: 'jsonb',
  Bytes: 'bytea',
  Float: 'double precision',
};

function nativeType(field: DMMF.Field): string | undefined {
  if (!field.nativeType) return undefined;
  const [name, args] = field.nativeType as [string, string[]];
  const suffix = args.length ? `(${args.join(',')})` : '';
  const map: Record<string, string> = {
    Uuid: 'uuid',
    Char: `character${suffix}`,
    VarChar: `character varying${suffix}`,
    Timestamptz: `timestamptz${suffix}`,
    Timestamp: `timestamp${suffix}`,
    Date: 'date',
    Decimal: `numeric${suffix}`,
    Integer: 'integer',
    SmallInt: 'smallint',
    Text: 'text',
    JsonB: 'jsonb',
  };
  return map[name] ?? `${name}${suffix}`;
}

/** What prisma/schema.prisma says the database holds. */
export function shapeFromDmmf(datamodel: DMMF.Datamodel): DatabaseShape {
  const enumDbName = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const shape: DatabaseShape = {};
  for (const model of datamodel.models) {
    const column = (name: string) => model.fields.find((f) => f.name === name)?.dbName ?? name;
    const columns: Record<string, string> = {};
    for (const field of model.fields) {
      if (field.kind === 'object') continue;
      const type =
        field.kind === 'enum'
          ? `enum ${enumDbName.get(field.type)}`
          : (nativeType(field) ?? SCALAR_TYPES[field.type] ?? field.type);
      columns[field.dbName ?? field.name] =
        `${field.isList ? `${type}[]` : type} ${field.isRequired ? 'not null' : 'null'}`;
    }
    const unique = [
      ...model.fields.filter((f) => f.isUnique || f.isId).map((f) => f.dbName ?? f.name),
      ...model.uniqueFields.map((set) => set.map(column).join(',')),
      ...(model.primaryKey ? [model.primaryKey.fields.map(column).join(',')] : []),
    ];
    shape[model.dbName ?? model.name] = { columns, unique: unique.sort() };
  }
  return shape;
}
