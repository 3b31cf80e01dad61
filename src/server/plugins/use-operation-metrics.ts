import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { domainErrorOf } from '../../graphql/errors.js';
import type { Metrics } from '../../ops/metrics.js';

/**
 * Counts and times each executed operation, labelled by its root fields (bounded by the schema;
 * client-chosen operation names and variables never become labels) and its outcome: `ok`,
 * `refused` (every error is a domain refusal) or `error` (anything else, i.e. a bug or a limit).
 */
export function useOperationMetrics(metrics: Metrics): Plugin {
  return {
    onExecute({ args }) {
      const operation = operationOf(args.document, args.operationName ?? undefined);
      const labels = { operation: rootFieldsOf(operation), type: operation?.operation ?? 'unknown' };
      const stop = metrics.graphqlDuration.startTimer(labels);
      return {
        onExecuteDone({ result }) {
          stop();
          const errors = 'errors' in result ? (result.errors ?? []) : [];
          const outcome =
            errors.length === 0 ? 'ok' : errors.every((error) => domainErrorOf(error)) ? 'refused' : 'error';
          metrics.graphqlOperations.inc({ ...labels, outcome });
        },
      };
    },
  };
}

function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return name ? operations.find((operation) => operation.name?.value === name) : operations[0];
}

/** `publishedRecords`, `login`, `me,submissions` … ; more than two root fields count as `multiple`. */
function rootFieldsOf(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'unknown';
  const names = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD && !selection.name.value.startsWith('__'))
      names.add(selection.name.value);
    else if (selection.kind !== Kind.FIELD) names.add('fragment');
  }
  if (names.size === 0) return 'introspection';
  if (names.size > 2) return 'multiple';
  return [...names].sort().join(',');
}
