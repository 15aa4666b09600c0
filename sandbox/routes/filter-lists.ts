import { type FilterRecord, emptyKeywordConfig, findFilter, parseKeywordFilter, readNumberList, withAdded, withRemoved } from '../guardian';
import type { Route } from '../router';
import type { SandboxState, Table } from '../state';

/** One allow/block list of a filter family, e.g. a call filter's `AllowedNumbers`. */
export interface FilterListSpec<T extends FilterRecord> {
  /** e.g. `/v1.0/subscribers/call-filter/allowed-numbers`; `/add` and `/remove` hang below it. */
  path: string;
  table(state: SandboxState): Table<T>;
  /** How requests name the filter, e.g. `CallFilterId` (alias `FilterId`), prefix `CFID`. */
  id: { name: string; aliases: readonly string[]; prefix: string };
  /** The request array, e.g. `Numbers` or `Contacts`. */
  entriesField: string;
  /** The response array, e.g. `AllowedNumbers`. */
  listField: string;
  /** For messages, e.g. "allowed list". */
  listName: string;
  read(filter: T): string[];
  write(filter: T, list: string[]): void;
}

/**
 * GET `path`, POST `path/add` and POST `path/remove` for one list. Each answers with the full
 * list after the change: `{ FilterId, SubscriberId, <listField>: [...] }` (REFERENCE.md §3.5).
 */
export function filterListRoutes<T extends FilterRecord>(spec: FilterListSpec<T>): Route[] {
  const toWire = (filter: T) => ({ FilterId: filter.id, SubscriberId: filter.subscriberId, [spec.listField]: [...spec.read(filter)] });
  return [
    {
      method: 'GET',
      path: spec.path,
      handle(ctx) {
        return toWire(findFilter(ctx, ctx.query, spec.table(ctx.state), spec.id, false));
      },
    },
    {
      method: 'POST',
      path: `${spec.path}/add`,
      handle(ctx) {
        const filter = findFilter(ctx, ctx.body, spec.table(ctx.state), spec.id, true);
        spec.write(filter, withAdded(spec.read(filter), readNumberList(ctx.body, spec.entriesField)));
        return toWire(filter);
      },
    },
    {
      method: 'POST',
      path: `${spec.path}/remove`,
      handle(ctx) {
        const filter = findFilter(ctx, ctx.body, spec.table(ctx.state), spec.id, true);
        const entries = readNumberList(ctx.body, spec.entriesField);
        spec.write(filter, withRemoved(spec.read(filter), entries, spec.entriesField, spec.listName));
        return toWire(filter);
      },
    },
  ];
}

/** What call and message filters share beyond their lists: a stored keyword document. */
export interface KeywordFilterRecord extends FilterRecord {
  keywordFilter: string | null;
}

/**
 * POST `base/delete` and GET `base/keywords` for one filter family (e.g. base
 * `/v1.0/subscribers/call-filter`): the same behaviour for calls and messages.
 */
export function filterRecordRoutes<T extends KeywordFilterRecord>(spec: {
  base: string;
  table(state: SandboxState): Table<T>;
  id: FilterListSpec<T>['id'];
}): Route[] {
  return [
    {
      method: 'POST',
      path: `${spec.base}/delete`,
      handle(ctx) {
        const table = spec.table(ctx.state);
        const filter = findFilter(ctx, ctx.body, table, spec.id, false);
        table.delete(filter.id);
        return { FilterId: filter.id, Status: 'Deleted' };
      },
    },
    {
      method: 'GET',
      path: `${spec.base}/keywords`,
      handle(ctx) {
        const filter = findFilter(ctx, ctx.query, spec.table(ctx.state), spec.id, true);
        return filter.keywordFilter === null ? emptyKeywordConfig() : parseKeywordFilter(filter.keywordFilter);
      },
    },
  ];
}
