import type { FieldDefinition, Sensitivity } from '../core/dataset.js';
import type { FieldType } from '../core/field-type.js';
import type { Localized } from '../core/localized.js';

interface FieldOptions {
  required?: boolean;
  sensitivity?: Sensitivity;
  mask?: FieldDefinition['mask'];
  withholdable?: boolean;
  personName?: FieldDefinition['personName'];
  hint?: Localized;
}

/** One template column, in the compact form the dataset files use; public unless stated. */
export function field<const K extends string>(
  key: K,
  zh: string,
  en: string,
  type: FieldType,
  options: FieldOptions = {},
): FieldDefinition<K> {
  const { sensitivity = 'public', ...rest } = options;
  return { key, label: { zh, en }, type, sensitivity, ...rest };
}

export const required = { required: true } as const;
