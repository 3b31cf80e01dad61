import type { FieldMap } from '@pothos/core';
import type { DatasetDefinition, FieldDefinition } from '../../../schema/core/dataset.js';
import { type RecordField, recordFields, typePrefix } from '../../records/fields.js';
import type { RecordRow } from '../../records/records.service.js';
import { builder, PUBLIC, type SubGraph } from '../builder.js';
import { SubmissionStatusEnum } from './dataset.js';
import { RecordEnterprise, RecordSubmission, SCALAR_OF } from './records-filters.js';

/** Names a record type gives its own fields; a dataset field of the same key is a definition bug. */
const RESERVED = new Set(['id', 'enterprise', 'submission', 'publishedAt', 'status']);

export const describe = (f: FieldDefinition) => `${f.label.zh} / ${f.label.en}`;

/** Public fields in both schemas; the rest exists only in the internal one (the public cannot name it). */
export const subGraphsOf = (f: RecordField): SubGraph[] => (f.public ? PUBLIC : ['internal']);

const enums = new Map<string, ReturnType<typeof builder.enumType>>();

/** The GraphQL enum of a choice field (PropertyTransactionTransactionType), labels as descriptions. */
export function fieldEnum(def: DatasetDefinition, f: RecordField) {
  const name = `${typePrefix(def)}${f.key.charAt(0).toUpperCase()}${f.key.slice(1)}`;
  let ref = enums.get(name);
  if (!ref) {
    const values = Object.fromEntries(
      (f.definition.type.choices ?? []).map((c) => [c.key, { description: `${c.label.zh} / ${c.label.en}` }]),
    );
    ref = builder.enumType(name, { subGraphs: subGraphsOf(f), description: describe(f.definition), values });
    enums.set(name, ref);
  }
  return ref;
}

/** ExecutivePayRecord: one typed field per dataset field, by its key. */
export function recordType(def: DatasetDefinition) {
  const prefix = typePrefix(def);
  return builder.objectRef<RecordRow>(`${prefix}Record`).implement({
    subGraphs: PUBLIC,
    description: `${def.title.zh}（一行）/ One ${def.title.en} record, typed from its definition.`,
    fields: (t) => {
      const fields: FieldMap = {
        id: t.id({
          description: '记录编号：报送编号与行号 / The submission id and the row number',
          resolve: (r) => `${r.__submission}:${r.__row}`,
        }),
        enterprise: t.field({
          type: RecordEnterprise,
          resolve: (r) => ({ name: String(r.__enterprise), uscc: String(r.__uscc) }),
        }),
        publishedAt: t.field({
          type: 'DateTime',
          nullable: true,
          resolve: (r) => (r.__published as Date) ?? null,
        }),
        submission: t.field({
          type: RecordSubmission,
          subGraphs: ['internal'],
          resolve: (r) => ({ id: String(r.__submission), receiptCode: String(r.__receipt) }),
        }),
        status: t.field({
          type: SubmissionStatusEnum,
          subGraphs: ['internal'],
          resolve: (r) => r.__status as typeof SubmissionStatusEnum.$inferType,
        }),
      };
      for (const f of recordFields(def)) {
        if (RESERVED.has(f.key))
          throw new Error(`${def.key}: field key "${f.key}" is reserved in the records API`);
        const type = f.kind === 'enum' ? fieldEnum(def, f) : SCALAR_OF[f.kind];
        fields[f.key] = t.field({
          type: type as 'String',
          nullable: true,
          description: describe(f.definition),
          subGraphs: subGraphsOf(f),
          resolve: (r) => r[f.key] as string | null,
        });
      }
      return fields;
    },
  });
}
