import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import { collectDatabaseGauges } from './metrics-database.js';

/**
 * The process's Prometheus metrics (`GET /metrics`). Labels are bounded by construction: routes
 * are a fixed list, GraphQL operations are named by their root fields (which the schema bounds),
 * never by client-chosen operation names or variables.
 */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'route' | 'method' | 'status'>;
  httpDuration: Histogram<'route'>;
  graphqlOperations: Counter<'operation' | 'type' | 'outcome'>;
  graphqlDuration: Histogram<'operation' | 'type'>;
}

export function createMetrics(db: Database): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sunshine_' });
  const metrics: Metrics = {
    registry,
    httpRequests: new Counter({
      name: 'sunshine_http_requests_total',
      help: 'HTTP requests by route kind, method and status code',
      labelNames: ['route', 'method', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'sunshine_http_request_duration_seconds',
      help: 'HTTP request latency by route kind',
      labelNames: ['route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    graphqlOperations: new Counter({
      name: 'sunshine_graphql_operations_total',
      help: 'GraphQL operations by root field(s), operation type and outcome (ok, refused, error)',
      labelNames: ['operation', 'type', 'outcome'],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: 'sunshine_graphql_operation_duration_seconds',
      help: 'GraphQL execution latency by root field(s) and operation type',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
  };
  collectDatabaseGauges(registry, db);
  return metrics;
}

/** A bounded route label for a request path. */
export function routeOf(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path === '/healthz' || path === '/readyz' || path === '/metrics') return path.slice(1);
  if (path.startsWith('/api/datasets/')) return 'dataset-download';
  if (path.startsWith('/api/submissions/')) return 'submission-download';
  if (path.startsWith('/api/')) return 'api';
  if (path.startsWith('/app')) return 'app';
  if (path.startsWith('/records/')) return 'web-record';
  if (path.startsWith('/datasets/')) return 'web-dataset';
  if (path === '/') return 'web-home';
  return 'other';
}
