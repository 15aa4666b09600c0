import type { DocumentNode, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode, GatewayError } from '../errors';

export interface CostedOperation {
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/**
 * Refuses, before any upstream call, an operation whose estimated per-item upstream calls
 * (src/graph/schema/query-cost.ts) exceed `maxUpstreamCalls`: at 50 requests a minute one such query
 * would hold the whole quota for minutes while every other client waits. Throws QUERY_COST_EXCEEDED.
 */
export function checkQueryCost(schema: GraphQLSchema, maxUpstreamCalls: number, operation: CostedOperation): void {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: operation.document,
      variables: operation.variables ?? {},
      operationName: operation.operationName ?? undefined,
      // Fields without a cost pass their children's cost through.
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 0 })],
    });
  } catch {
    // Bad variables: execution reports them with the proper code.
    return;
  }
  if (cost > maxUpstreamCalls) {
    throw new GatewayError(
      `This query would make about ${cost} upstream calls, more than the ${maxUpstreamCalls} allowed per query; ` +
        'ask for fewer items (first) or leave out the per-item fields.',
      ErrorCode.QUERY_COST_EXCEEDED,
      { estimatedUpstreamCalls: cost, maxUpstreamCalls, http: { status: 400 } },
    );
  }
}
