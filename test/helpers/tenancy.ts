import type { Role } from '../../src/principal';
import type { TestGateway } from './gateway';
import { LARGEST_PAGE, type WalkEntry, stringsIn } from './schema-walk';

/**
 * The tenancy rules the walk checks (README "What each role sees (tenancy)"), stated once: who
 * owns what is read from the operator's view; what each principal may see follows from it.
 */

/** The catalog: the distributor's menu, the same for every principal. */
export const CATALOG_TYPES: ReadonlySet<string> = new Set(['Package', 'PackageItem', 'Product', 'Service', 'ServiceItem', 'SubscriptionFeature']);

/**
 * An account's configuration: its account's, whatever refers to it (a number names its routes, but
 * a subscriber holding the number does not see them).
 */
export const ACCOUNT_LEVEL_TYPES: ReadonlySet<string> = new Set(['MessageRoute', 'VoiceRoute', 'Workgroup', 'WorkgroupMember']);

/** The distributor's plumbing: operators only. */
export const OPERATOR_ONLY_TYPES: ReadonlySet<string> = new Set(['Webhook']);

/** Anchors: what an object belongs to, `account:`, `holder:` (a subscriber's holdings), `profile:` (its profile and Guardian data), `number:`. */
type Anchor = string;

/** The field of a Subscriber under which its profile-level data hangs (visible to its Guardian parent). */
const PROFILE_FIELD = 'guardian';

export interface Viewer {
  name: string;
  role: Role;
  authorization: string;
  /** Listed accounts (partner, manager). */
  accounts: readonly string[];
  /** The subscriber principal itself. */
  self: string | null;
}

/** Who owns what, as the operator sees it. */
export class Ownership {
  readonly accountOf = new Map<string, string>();
  readonly holderOfNumber = new Map<string, string>();
  readonly numberIdOf = new Map<string, string>();
  readonly childrenOf = new Map<string, string[]>();

  static async read(gateway: TestGateway): Promise<Ownership> {
    const own = new Ownership();
    const page = `(first: ${LARGEST_PAGE})`;
    const reply = await gateway.query(
      `{ accounts(first: 20) { edges { node { id subscribers${page} { edges { node { id guardian { children { child { id } } } } } } numbers${page} { edges { node { id number subscriber { id } } } } } } } }`,
    );
    if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
    for (const { node: account } of reply.body.data.accounts.edges) {
      for (const { node: s } of account.subscribers.edges) {
        own.accountOf.set(s.id, account.id);
        own.childrenOf.set(s.id, s.guardian.children.map((r: any) => r.child.id));
      }
      for (const { node: n } of account.numbers.edges) {
        own.accountOf.set(n.id, account.id);
        own.numberIdOf.set(n.number, n.id);
        if (n.subscriber) own.holderOfNumber.set(n.id, n.subscriber.id);
      }
    }
    return own;
  }
}

/** Every ID the operator's walk met, with its type and what it was found under. */
export class Census {
  readonly typeOf = new Map<string, string>();
  private readonly foundUnder = new Map<string, Set<string>>();
  private anchors: Map<string, Set<Anchor>> | null = null;

  constructor(readonly ownership: Ownership) {}

  /** Records the objects with IDs in an answer: found under the entry's anchor, by the first field taken from it. */
  record(entry: WalkEntry, value: unknown): void {
    const visit = (v: unknown, field: string | null): void => {
      if (Array.isArray(v)) return v.forEach((item) => visit(item, field));
      if (!v || typeof v !== 'object') return;
      const object = v as Record<string, unknown>;
      if (typeof object.id === 'string' && typeof object.__typename === 'string') {
        this.typeOf.set(object.id, object.__typename);
        if (entry.anchor !== null && object.id !== entry.anchor) {
          const under = this.foundUnder.get(object.id) ?? new Set<string>();
          under.add(`${entry.anchor}\u0000${field ?? ''}`);
          this.foundUnder.set(object.id, under);
        }
      }
      for (const [key, inner] of Object.entries(object)) visit(inner, field ?? key);
    };
    visit(value, entry.path[0]?.field ?? null);
    this.anchors = null;
  }

  ids(type: string): string[] {
    return [...this.typeOf].filter(([, t]) => t === type).map(([id]) => id);
  }

  /** What an ID belongs to; null for the catalog (everyone's). */
  anchorsOf(id: string): ReadonlySet<Anchor> | null {
    if (CATALOG_TYPES.has(this.typeOf.get(id) ?? '')) return null;
    this.anchors ??= this.computeAnchors();
    return this.anchors.get(id) ?? new Set();
  }

  private ownAnchor(id: string): Anchor | null {
    switch (this.typeOf.get(id)) {
      case 'Account':
        return `account:${id}`;
      case 'Subscriber':
        return `profile:${id}`;
      case 'PhoneNumber':
        return `number:${id}`;
      default:
        return null;
    }
  }

  /** Anchors of every ID: its own (accounts, subscribers, numbers), else those of what it was found under, to a fixed point. */
  private computeAnchors(): Map<string, Set<Anchor>> {
    const anchors = new Map<string, Set<Anchor>>();
    for (const id of this.typeOf.keys()) {
      const own = this.ownAnchor(id);
      anchors.set(id, new Set(own ? [own] : []));
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const [id, under] of this.foundUnder) {
        if (this.ownAnchor(id) !== null) continue;
        const set = anchors.get(id)!;
        const before = set.size;
        const add = (a: Anchor): void => {
          if (!ACCOUNT_LEVEL_TYPES.has(this.typeOf.get(id)!) || a.startsWith('account:')) set.add(a);
        };
        for (const key of under) {
          const [rawAnchor, field] = key.split('\u0000') as [string, string];
          const anchor = this.ownership.numberIdOf.get(rawAnchor) ?? rawAnchor;
          const type = this.typeOf.get(anchor);
          if (type === 'Subscriber') add(field === PROFILE_FIELD ? `profile:${anchor}` : `holder:${anchor}`);
          else if (this.ownAnchor(anchor)) add(this.ownAnchor(anchor)!);
          else for (const a of anchors.get(anchor) ?? []) add(a);
        }
        if (set.size !== before) changed = true;
      }
    }
    return anchors;
  }

  /** Whether `viewer` may see the object `id` names. */
  visible(viewer: Viewer, id: string): boolean {
    if (viewer.role === 'operator') return true;
    if (OPERATOR_ONLY_TYPES.has(this.typeOf.get(id) ?? '')) return false;
    const anchors = this.anchorsOf(id);
    return anchors === null || [...anchors].some((a) => this.anchorVisible(viewer, a));
  }

  private anchorVisible(viewer: Viewer, anchor: Anchor): boolean {
    const [kind, id] = anchor.split(/:(.*)/s) as [string, string];
    const own = this.ownership;
    const accountListed = (account: string | undefined): boolean => account !== undefined && viewer.accounts.includes(account);
    switch (kind) {
      case 'account':
        return accountListed(id);
      case 'holder':
        return accountListed(own.accountOf.get(id)) || viewer.self === id;
      case 'profile':
        return accountListed(own.accountOf.get(id)) || viewer.self === id || (viewer.self !== null && (own.childrenOf.get(viewer.self) ?? []).includes(id));
      case 'number':
        return accountListed(own.accountOf.get(id)) || (viewer.self !== null && own.holderOfNumber.get(id) === viewer.self);
      default:
        throw new Error(`unknown anchor ${anchor}`);
    }
  }

  /** IDs in `data` that `viewer` may not see. */
  leaks(viewer: Viewer, data: unknown, where: string): string[] {
    return stringsIn(data, where)
      .filter(({ value }) => this.typeOf.has(value) && !this.visible(viewer, value))
      .map(({ value, where: at }) => `${at}: ${this.typeOf.get(value)} ${value}`);
  }
}
