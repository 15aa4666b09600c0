import { type GraphQLArgument, type GraphQLField, type GraphQLObjectType, getNamedType, isAbstractType, isNonNullType, isObjectType } from 'graphql';
import type { Role } from '../../src/principal';
import type { GraphQLReply, TestGateway } from './gateway';
import {
  LARGEST_PAGE,
  SCHEMA,
  type Send,
  type WalkEntry,
  compositeFields,
  entryText,
  isNodeType,
  objectsAt,
  refusedField,
  stringsIn,
  typeAt,
} from './schema-walk';

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

/** What the walk tells its user about each answer. */
export type OnAnswer = (entry: WalkEntry, value: unknown, errors: NonNullable<GraphQLReply['body']['errors']>, alias: string) => void;

/**
 * Breadth-first over everything reachable: each object's composite fields once per place, every
 * Node met again through `node(id:)` (once per ID), to `maxPath` fields below a root; batched
 * `batchSize` places per query. A field the principal is refused (a whole-operation FORBIDDEN)
 * is left out from then on and listed in `refused`.
 */
export class SchemaWalker {
  readonly refused = new Set<string>();
  queries = 0;
  private readonly queue: WalkEntry[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly send: Send,
    private readonly onAnswer: OnAnswer,
    private readonly options: { maxPath: number; batchSize: number },
  ) {}

  add(entry: WalkEntry): void {
    const key = `${entry.root}|${entry.on ?? ''}|${entry.path.map((s) => s.field).join('.')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.queue.push(entry);
  }

  /** Every root field that needs no argument the walk cannot form. */
  addRoots(): void {
    for (const { field, args } of compositeFields(SCHEMA.getQueryType()!)) {
      this.add({ root: field.name + args, rootType: field.type, on: null, path: [], anchor: null });
    }
  }

  addNode(id: string, type: string): void {
    this.add({ root: `node(id: ${JSON.stringify(id)})`, rootType: SCHEMA.getQueryType()!.getFields().node!.type, on: type, path: [], anchor: id });
  }

  async run(): Promise<void> {
    while (this.queue.length > 0) await this.runBatch(this.queue.splice(0, this.options.batchSize));
  }

  /** Runs `entries` as one query (aliases a0, a1…) and visits the answers. */
  async runBatch(entries: WalkEntry[]): Promise<GraphQLReply> {
    for (;;) {
      const reply = await this.send(`{\n${entries.map((e, i) => entryText(e, `a${i}`, this.refused)).join('\n')}\n}`);
      this.queries += 1;
      const refused = refusedField(reply);
      if (refused !== null && !this.refused.has(refused)) {
        this.refused.add(refused);
        continue;
      }
      if (!reply.body.data) throw new Error(`walk query failed (${reply.status}): ${JSON.stringify(reply.body.errors)}`);
      entries.forEach((entry, i) => {
        const alias = `a${i}`;
        const errors = (reply.body.errors ?? []).filter((e) => e.path?.[0] === alias);
        this.onAnswer(entry, reply.body.data[alias], errors, alias);
        this.visit(entry, reply.body.data[alias]);
      });
      return reply;
    }
  }

  private visit(entry: WalkEntry, value: unknown): void {
    for (const object of objectsAt(value, entry)) {
      const type = SCHEMA.getType(object.__typename) as GraphQLObjectType;
      // What an abstract root lookup (node) found is walked as that type's node.
      if (entry.on === null && isAbstractType(getNamedType(typeAt(entry)))) {
        if (isNodeType(type) && typeof object.id === 'string') this.addNode(object.id, type.name);
        continue;
      }
      const on = entry.on;
      for (const { field, args } of compositeFields(type, this.refused)) {
        const value = object[field.name];
        const children = (Array.isArray(value) ? value : [value]).filter((c): c is Record<string, any> => c !== null && typeof c === 'object');
        for (const child of children) {
          const childType = SCHEMA.getType(child.__typename)!;
          if (isNodeType(childType) && typeof child.id === 'string') this.addNode(child.id, childType.name);
        }
        const childType = getNamedType(field.type);
        const deeper = isObjectType(childType) && !isNodeType(childType) && compositeFields(childType).length > 0;
        if (children.length > 0 && deeper && entry.path.length < this.options.maxPath) {
          this.add({ ...entry, on, path: [...entry.path, { field: field.name, args }] });
        }
      }
    }
  }
}

/**
 * What an argument's value names: an entity type (`id` names the field's type, `<x>Id` the type X),
 * or `E164` (a number); null for any other argument.
 */
export function argumentTarget(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): string | null {
  const scalar = getNamedType(arg.type).name;
  if (scalar === 'ID') {
    const named = arg.name === 'id' ? getNamedType(field.type).name : arg.name.replace(/Id$/, '').replace(/^./, (c) => c.toUpperCase());
    if (SCHEMA.getType(named)) return named;
  }
  return scalar === 'String' && /number/i.test(arg.name) ? 'E164' : null;
}

/** A root lookup's one required argument, and what its value names (`Node` for any node). */
export function lookupArgument(field: GraphQLField<unknown, unknown>, parent: string): { name: string; names: string } {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (required.length !== 1) throw new Error(`${parent}.${field.name}: the walk knows how to fill one required argument, not ${required.length}`);
  const names = argumentTarget(field, required[0]!);
  if (names === null) throw new Error(`${parent}.${field.name}(${required[0]!.name}): the walk cannot choose a value; teach argumentTarget`);
  return { name: required[0]!.name, names };
}
