import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode, GatewayError } from './datasources/errors';

/**
 * Refuses, before any upstream call, an operation whose estimated per-item upstream calls
 * (src/schema/query-cost.ts) exceed `maxUpstreamCalls`: at 50 requests a minute one such query
 * would hold the whole quota for minutes while every other client waits.
 */
export function queryCostLimit(schema: GraphQLSchema, maxUpstreamCalls: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
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
        },
      };
    },
  };
}
