import { randomUUID } from 'node:crypto';
import type { AccountProfiles } from './datasources/account-profiles';
import { type Loaders, createLoaders } from './datasources/loaders';
import type { TelegentApi } from './datasources/telegent-api';

/**
 * Who is asking. Until client authentication exists every request acts with the gateway's
 * configured upstream credentials; the principal is where a client identity will be attached.
 */
export interface Principal {
  kind: 'gateway';
}

/** Long-lived services built once by `buildApp` and shared by every request. */
export interface Services {
  api: TelegentApi;
  accountProfiles: AccountProfiles;
}

/** The per-operation context: built by `createContext` for HTTP and WebSocket alike. */
export interface Context {
  requestId: string;
  principal: Principal;
  api: TelegentApi;
  loaders: Loaders;
}

/** The only place a context is made. No I/O: loaders fetch lazily, when a resolver asks. */
export function createContext(services: Services, principal: Principal, requestId: string = randomUUID()): Context {
  return { requestId, principal, api: services.api, loaders: createLoaders(services.api, services.accountProfiles) };
}
