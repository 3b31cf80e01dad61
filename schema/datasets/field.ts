import type { FieldDefinition, Sensitivity } from '../core/dataset.js';
import type { FieldType } from '../core/field-type.js';
import type { Localized } from '../core/localized.js';

interface FieldOptions {
  required?: boolean;
  sensitivity?: Sensitivity;
  mask?: FieldDefinition['mask'];
  withholdable?: boolean;
  hint?: Localized;
}

/** One template column, in the compact form the dataset files use; public unless stated. */
export function field(
  key: string,
  zh: string,
  en: string,
  type: FieldType,
  options: FieldOptions = {},
): FieldDefinition {
  const { sensitivity = 'public', ...rest } = options;
  return { key, label: { zh, en }, type, sensitivity, ...rest };
}

export const required = { required: true } as const;
