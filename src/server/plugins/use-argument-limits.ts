import { Kind, type ValueNode, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { argumentTooLong, firstTooLong } from './argument-limits.js';

/** An argument's value as sent: literals from the document, variables from the request. */
function rawValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.STRING:
      return node.value;
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.LIST:
      return node.values.map((item) => rawValue(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, rawValue(field.value, variables)]),
      );
    default:
      return undefined; // numbers, booleans, enums, null: nothing long
  }
}

/**
 * Bounds every string argument (inline or from variables, in input objects and lists) before any
 * resolver runs: a long search, reason or password is refused with BAD_USER_INPUT, not matched,
 * stored or hashed. It reads the document's syntax only (no type lookups), so it does not depend
 * on which copy of graphql built the schema.
 */
export function useArgumentLimits(): Plugin {
  return {
    onExecute({ args }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let refused: { path: string; max: number } | undefined;
      visit(args.document, {
        Argument(node) {
          refused ??= firstTooLong(node.name.value, rawValue(node.value, variables));
        },
      });
      if (refused) throw argumentTooLong(refused.path, refused.max);
    },
  };
}
