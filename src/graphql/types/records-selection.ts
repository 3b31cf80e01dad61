import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Names selected under `path` (e.g. ['nodes']) of the current field, so the SQL reads only the
 * columns asked for. Undefined — read everything — when a fragment makes the answer less obvious.
 */
export function selectedNames(info: GraphQLResolveInfo, paths: string[][]): Set<string> | undefined {
  const names = new Set<string>();
  for (const path of paths) {
    for (const node of info.fieldNodes) {
      const found = collect(node.selectionSet, path, names);
      if (!found) return undefined;
    }
  }
  return names;
}

function collect(set: SelectionSetNode | undefined, path: string[], out: Set<string>): boolean {
  if (!set) return true;
  for (const selection of set.selections) {
    if (selection.kind !== 'Field') return false;
    const field = selection as FieldNode;
    if (path.length === 0) out.add(field.name.value);
    else if (field.name.value === path[0] && !collect(field.selectionSet, path.slice(1), out)) return false;
  }
  return true;
}
