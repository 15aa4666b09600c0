import { sha256 } from './ids';
import { emptyAddress } from './input';
import { addNumber } from './inventory';
import type { AccountRecord, DistributorRecord, NumberClassification, PackageRecord, SubscriberRecord } from './model';
import { createOrder } from './orders';
import { address, insertMessageRoute, insertVoiceRoute } from './seed-records';
import type { SandboxState } from './state';

/** The bulk `SANDBOX_SEED=large` adds to the demo data (README "The large seed"). */
export const LARGE_SEED = {
  accounts: 50,
  subscribersPerAccount: 400,
  numbersPerAccount: 600,
  /** Numbers bought in one provision order. */
  numbersPerOrder: 25,
} as const;

/**
 * Where the bulk accounts are: area codes that are neither in the availability pool
 * (inventory.ts) nor used by the demo, so bulk numbers never collide with either and never change
 * what `numbers/availability` offers.
 */
const METROS = [
  { areaCode: '206', city: 'Seattle', state: 'WA', zip: '98101' },
  { areaCode: '214', city: 'Dallas', state: 'TX', zip: '75201' },
  { areaCode: '215', city: 'Philadelphia', state: 'PA', zip: '19103' },
  { areaCode: '248', city: 'Troy', state: 'MI', zip: '48084' },
  { areaCode: '503', city: 'Portland', state: 'OR', zip: '97201' },
  { areaCode: '612', city: 'Minneapolis', state: 'MN', zip: '55401' },
  { areaCode: '614', city: 'Columbus', state: 'OH', zip: '43215' },
  { areaCode: '704', city: 'Charlotte', state: 'NC', zip: '28202' },
  { areaCode: '720', city: 'Denver', state: 'CO', zip: '80202' },
  { areaCode: '816', city: 'Kansas City', state: 'MO', zip: '64105' },
] as const;

const BRANDS = ['Summit', 'Harbor', 'Pioneer', 'Cascade', 'Redwood', 'Beacon', 'Meridian', 'Granite', 'Juniper', 'Lakeside'];
const KINDS = ['Wireless', 'Mobile', 'Telecom', 'Connect', 'Networks'];
const FIRST_NAMES = [
  'Aaliyah', 'Adam', 'Amara', 'Ben', 'Camila', 'Chen', 'Daniel', 'Diego', 'Elena', 'Farah', 'Grace', 'Hana',
  'Ibrahim', 'Jack', 'Julia', 'Kai', 'Laila', 'Leo', 'Maya', 'Mateo', 'Nadia', 'Nico', 'Olivia', 'Omar',
  'Priya', 'Quinn', 'Rosa', 'Sam', 'Sofia', 'Theo', 'Uma', 'Victor', 'Wen', 'Yara', 'Zane', 'Zara',
];
const LAST_NAMES = [
  'Adams', 'Baker', 'Brooks', 'Chavez', 'Cohen', 'Diaz', 'Evans', 'Flores', 'Hughes', 'Ito', 'Jensen', 'Khan',
  'Lee', 'Lopez', 'Murphy', 'Novak', "O'Brien", 'Park', 'Quinn', 'Rossi', 'Singh', 'Silva', 'Tanaka', 'Walsh',
];

/** Exchanges (the digits after the area code) that are never assigned to a line. */
const RESERVED_EXCHANGES = new Set([555, 950, 958, 959, 976]);

/**
 * The k-th bulk number of an area code: a fixed permutation of the 7-digit local numbers (like the
 * availability pool's, with its own offset), skipping N11 and reserved exchanges.
 */
class LocalNumbers {
  private k = 0;
  private readonly offset: number;

  constructor(private readonly areaCode: string) {
    this.offset = parseInt(sha256(`bulk:${areaCode}`).slice(0, 8), 16) % 8_000_000;
  }

  next(): string {
    for (;;) {
      const local = 2_000_000 + ((this.offset + this.k * 7_919) % 8_000_000);
      this.k += 1;
      const exchange = Math.floor(local / 10_000);
      if (exchange % 100 !== 11 && !RESERVED_EXCHANGES.has(exchange)) return `+1${this.areaCode}${local}`;
    }
  }
}

/** One bulk line's kind by its place in a provision order: 20 mvno, then 3 iot, then 2 voip. */
function kindAt(index: number): NumberClassification {
  const slot = index % LARGE_SEED.numbersPerOrder;
  return slot < 20 ? 'MVNO' : slot < 23 ? 'IOT' : 'VOIP';
}

interface Plans {
  tiers: PackageRecord[];
  iot: PackageRecord;
}

/**
 * Adds the bulk of `SANDBOX_SEED=large` to a demo-seeded state: `LARGE_SEED.accounts` accounts of
 * `distributor`, each with its routes, subscribers (an Account Admin, one or two Managers, the
 * rest Subscribers), numbers (mostly bound to a subscriber of the account, some spare or parked)
 * and subscriptions on the demo's packages (mostly active). Records go straight into the tables,
 * never through a search of what exists, so seeding stays linear in its size.
 */
export function seedLargeBulk(state: SandboxState, distributor: DistributorRecord, passwordHash: string): void {
  const packages = new Map(state.packages.ofDistributor(distributor.id).map((p) => [p.packageName, p]));
  const plan = (name: string): PackageRecord => {
    const found = packages.get(name);
    if (found === undefined) throw new Error(`the large seed needs the demo package '${name}'`);
    return found;
  };
  const plans: Plans = { tiers: [plan('Starter'), plan('Family 10GB'), plan('Unlimited')], iot: plan('IoT Fleet') };
  const locals = new Map(METROS.map((metro) => [metro.areaCode, new LocalNumbers(metro.areaCode)]));
  let iccids = 0;
  let subscriptions = 0;

  for (let a = 0; a < LARGE_SEED.accounts; a += 1) {
    const name = `${BRANDS[a % BRANDS.length]} ${KINDS[Math.floor(a / BRANDS.length) % KINDS.length]}`;
    const domain = `${name.toLowerCase().replace(/ /g, '-')}.example`;
    const metro = METROS[(a + Math.floor(a / BRANDS.length)) % METROS.length]!;
    const account: AccountRecord = state.accounts.insert({
      id: state.entropy.id('AID'),
      distributorId: distributor.id,
      name,
      admin: `ops@${domain}`,
      billingAddress: address(`${100 + a} Market St`, metro.city, metro.state, metro.zip),
      mailingAddress: emptyAddress(),
    });
    const messageRoute = insertMessageRoute(state, account, `${name} SMS`, `https://hooks.${domain}/sms`, a % 2 === 0 ? 'Basic' : 'Bearer');
    const voiceRoute = insertVoiceRoute(state, account, `${name} SIP Trunk`);

    const subscribers: SubscriberRecord[] = [];
    const managers = 1 + (a % 2);
    for (let s = 0; s < LARGE_SEED.subscribersPerAccount; s += 1) {
      const first = FIRST_NAMES[(s + a) % FIRST_NAMES.length]!;
      const last = LAST_NAMES[(s * 7 + a) % LAST_NAMES.length]!;
      const role = s === 0 ? 'Account Admin' : s <= managers ? 'Manager' : 'Subscriber';
      subscribers.push(
        state.subscribers.insert({
          id: state.entropy.id('TSUID'),
          distributorId: distributor.id,
          accountId: account.id,
          name: s === 0 ? `${name} Operations` : `${first} ${last}`,
          email: s === 0 ? `ops@${domain}` : `${first}.${last.replace("'", '')}.${s}@${domain}`.toLowerCase(),
          role,
          passwordHash,
        }),
      );
    }

    // Lines by kind, in the order they are bought: who holds the n-th of each kind, if anyone.
    const holderOf = {
      // One mvno line each, then second lines for every ninth subscriber; the last 40 are spare.
      MVNO: (n: number) => (n < 400 ? n : n < 440 ? (n - 400) * 9 + 3 : null),
      // IoT devices of 60 subscribers; 12 spare.
      IOT: (n: number) => (n < 60 ? 100 + n * 4 : null),
      // Half the VoIP (a2p) lines run by the operations identity, half not bound yet.
      VOIP: (n: number) => (n < 24 ? 0 : null),
    };
    const seen = { MVNO: 0, IOT: 0, VOIP: 0 };
    const local = locals.get(metro.areaCode)!;

    for (let first = 0; first < LARGE_SEED.numbersPerAccount; first += LARGE_SEED.numbersPerOrder) {
      const e164s = Array.from({ length: LARGE_SEED.numbersPerOrder }, () => local.next());
      const order = createOrder(state, {
        distributorId: distributor.id,
        accountId: account.id,
        type: 'Provision',
        numbers: e164s,
        status: 'Complete',
      });
      e164s.forEach((e164, i) => {
        const kind = kindAt(first + i);
        const nth = seen[kind]++;
        const holderIndex = holderOf[kind](nth);
        const holder = holderIndex === null ? null : subscribers[holderIndex]!;
        const number = addNumber(state, {
          distributorId: distributor.id,
          accountId: account.id,
          number: e164,
          numberType: kind === 'VOIP' ? 'voip' : 'mobile',
          classification: kind,
          messageType: kind === 'VOIP' ? 'a2p' : 'p2p',
          messageEnabled: true,
          voiceEnabled: kind === 'MVNO',
          dataEnabled: kind !== 'VOIP',
          productType: kind === 'MVNO' ? 'Sms+Data+Voice' : kind === 'IOT' ? 'Sms+Data' : 'Sms-Only',
          messageRouteId: messageRoute,
          voiceRouteId: kind === 'MVNO' ? voiceRoute : null,
          assignedSubscriberId: holder?.id ?? null,
          // A prefix the demo's ICCIDs (8901240397…) never use, and a counter: unique.
          iccid: kind === 'VOIP' ? null : `8901240398${String((iccids += 1)).padStart(9, '0')}`,
          cnam: null,
          orderId: order.id,
          zipCode: metro.zip,
        });
        // Half the spare mvno lines are parked (kept, out of service).
        if (kind === 'MVNO' && nth >= 460) number.status = 'Parked';
        if (holder === null || kind === 'VOIP') return;
        subscriptions += 1;
        state.subscriptions.insert({
          id: state.entropy.id('SUB'),
          distributorId: distributor.id,
          accountId: account.id,
          subscriberId: holder.id,
          packageId: kind === 'IOT' ? plans.iot.id : plans.tiers[holderIndex! % plans.tiers.length]!.id,
          tnid: number.id,
          iccid: number.iccid,
          type: kind === 'IOT' ? 'Iot' : 'Mvno',
          // One in twenty was deleted: the record stays, inactive, as upstream keeps it.
          active: subscriptions % 20 !== 0,
        });
      });
    }
  }
}
