import { type Principal, ROLE_SCOPES, SCOPES, createPrincipal } from '../../src/principal';
import { type TestTokenClaims, mintTestToken } from './auth';
import type { TestSandbox } from './sandbox';

/** A caller of the tests: who it is to the gateway (as its token makes it), and the headers that say so. */
export interface TestPrincipal {
  kind: string;
  principal: Principal;
  headers: Record<string, string>;
}

/** A principal with `claims`, and its Authorization header from the tests' IdP. */
export async function testPrincipal(kind: string, claims: TestTokenClaims): Promise<TestPrincipal> {
  const scopes = (claims.scope ?? SCOPES.join(' ')).split(' ');
  const principal = createPrincipal({
    id: `jwt:${claims.sub ?? `test-${claims.role}`}`,
    role: claims.role,
    scopes,
    accountIds: claims.accounts ?? [],
    subscriberId: claims.subscriber ?? null,
    credential: 'jwt',
  });
  return { kind, principal, headers: { Authorization: `Bearer ${await mintTestToken(claims)}` } };
}

/**
 * One principal of each kind the issue names, over the seeded data: the operator; a partner of
 * Acme Mobile with every partner scope, and one with `read` only; Acme's manager; and John Doe of
 * the Doe Family (a subscriber, Guardian parent of Jimmy).
 */
export async function principalKinds(sandbox: TestSandbox): Promise<TestPrincipal[]> {
  const { acme, doeSubscriber } = sandbox.sandbox.demoIdentities();
  return Promise.all([
    testPrincipal('operator', { role: 'operator', sub: 'kind-operator' }),
    testPrincipal('partner of Acme', { role: 'partner', sub: 'kind-partner', accounts: [acme.accountId], scope: ROLE_SCOPES.partner.join(' ') }),
    testPrincipal('partner of Acme with read only', { role: 'partner', sub: 'kind-partner-read', accounts: [acme.accountId], scope: 'read' }),
    testPrincipal('manager of Acme', { role: 'manager', sub: 'kind-manager', accounts: [acme.accountId] }),
    testPrincipal('subscriber John Doe', { role: 'subscriber', sub: 'kind-subscriber', subscriber: doeSubscriber.subscriberId }),
  ]);
}
