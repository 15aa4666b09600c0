import type { SandboxConfig } from './config';
import type { Input } from './input';
import type { DistributorRecord } from './model';
import type { SandboxState } from './state';

/** What a handler gets: the authenticated caller and its request, read through `Input`. */
export interface RouteContext {
  state: SandboxState;
  config: SandboxConfig;
  /** The distributor whose token made the call. */
  caller: DistributorRecord;
  body: Input;
  query: Input;
  /** The parsed JSON body as sent, for resources kept in wire shape. */
  rawBody: Record<string, unknown>;
}

/** One upstream endpoint. `handle` returns the 200 JSON body or throws a `SandboxError`. */
export interface Route {
  method: 'GET' | 'POST';
  /** The path as the reference writes it, e.g. `/v1.0/numbers/provision`. */
  path: string;
  handle(ctx: RouteContext): unknown | Promise<unknown>;
}

/** Paths match case-insensitively and ignore a trailing slash (REFERENCE.md C17). */
export class RouteTable {
  private readonly byPath = new Map<string, Map<string, Route>>();

  constructor(routes: readonly Route[]) {
    for (const route of routes) {
      const key = route.path.toLowerCase();
      const methods = this.byPath.get(key) ?? new Map<string, Route>();
      if (methods.has(route.method)) throw new Error(`duplicate route ${route.method} ${route.path}`);
      methods.set(route.method, route);
      this.byPath.set(key, methods);
    }
  }

  /** `undefined`: unknown path (404); `null`: known path, wrong method (405). */
  find(method: string, path: string): Route | null | undefined {
    const methods = this.byPath.get(path.toLowerCase().replace(/\/+$/, ''));
    if (methods === undefined) return undefined;
    return methods.get(method) ?? null;
  }

  get size(): number {
    let n = 0;
    for (const methods of this.byPath.values()) n += methods.size;
    return n;
  }
}
