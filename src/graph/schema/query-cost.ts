import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';

/**
 * Query cost, in upstream calls that grow with the result (README "What a query costs upstream", "Query cost limit"). Telegent lists
 * are loaded once per request and indexed, so they cost nothing per item; what does cost is a
 * field Telegent reads one object at a time (Guardian flags, voicemail, an order), multiplied
 * by how many parents it is asked for. The estimate is made before any upstream call.
 */

/** A field that costs one upstream call each time it resolves (its children add to it). */
export const ONE_CALL_PER_ITEM = 1;

/** Lists without paging are short in practice (routes, filters, features); this is the size assumed for them. */
export const ASSUMED_LIST_SIZE = 20;

/** The page size a connection field is asked for; PageArgs' default when absent. */
const DEFAULT_PAGE = 50;

/** A Relay connection field: its items' cost times the page size asked for. */
export function perPageItem({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE;
  return childComplexity * first;
}

/** A list field without paging: its items' cost times the assumed list size. */
export function perListItem({ childComplexity }: ComplexityEstimatorArgs): number {
  return childComplexity * ASSUMED_LIST_SIZE;
}

/** A list read by one upstream call per parent (package items, Guardian relations, features). */
export function oneCallThenPerListItem(args: ComplexityEstimatorArgs): number {
  return ONE_CALL_PER_ITEM + perListItem(args);
}
