import type { SandboxSeed } from './config';
import { Entropy, sha256 } from './ids';
import { emptyAddress } from './input';
import { addNumber, searchAvailability } from './inventory';
import type { AccountRecord, Address, DistributorRecord, NumberRecord, SubscriberRecord } from './model';
import { createOrder, schedulePortIn } from './orders';
import { seedLargeBulk } from './seed-large';
import { address, insertMessageRoute, insertVoiceRoute } from './seed-records';
import type { SandboxState } from './state';

/** The seeded credentials (README "Credentials"). */
export const SANDBOX_CREDENTIALS = [
  { accountKey: 'sandbox-key', accountSecret: 'sandbox-secret', name: 'Telegent Sandbox Distributor' },
  { accountKey: 'sandbox-key-2', accountSecret: 'sandbox-secret-2', name: 'Second Sandbox Distributor' },
] as const;

export const SEEDED_PASSWORD = 'sandbox-password';

const FIRST_NAMES = ['Ava', 'Liam', 'Mia', 'Noah', 'Zoe', 'Ethan', 'Isla', 'Lucas', 'Nora', 'Owen', 'Ruby', 'Eli'];
const LAST_NAMES = ['Carter', 'Nguyen', 'Patel', 'Garcia', 'Kim', 'Olsen', 'Reyes', 'Sato', 'Fischer', 'Moreau'];

/**
 * The entropy a seed's state draws from. `large` draws what `demo` draws first, so the demo records
 * it starts with keep their demo IDs.
 */
export function seedEntropy(seed: SandboxSeed): Entropy {
  return new Entropy(`telegent-sandbox:${seed === 'large' ? 'demo' : seed}`);
}

/**
 * Fills a fresh state made with `seedEntropy(seed)`. `empty` has only the two distributors (their
 * credentials work, nothing else exists); `demo` adds the data set the README describes; `large`
 * adds bulk data for the first distributor after the demo's (seed-large.ts). Deterministic: IDs
 * come from the state's seeded entropy, so every start and every reset yields the same IDs.
 */
export function seedState(state: SandboxState, seed: SandboxSeed, portInStepSec: number): void {
  const aggregatorId = state.entropy.id('AGID');
  const [first, second] = SANDBOX_CREDENTIALS.map((cred) => {
    const id = state.entropy.id('DID');
    return state.distributors.insert({
      id,
      distributorId: id,
      name: cred.name,
      accountKey: cred.accountKey,
      secret: cred.accountSecret,
      aggregatorId,
      createdBy: null,
      billingAddress: address('2701 N Thanksgiving Way', 'Lehi', 'UT', '84043'),
      mailingAddress: emptyAddress(),
    });
  });
  if (seed === 'empty') return;
  new DemoSeeder(state, first!, second!, portInStepSec).run();
  if (seed === 'large') seedLargeBulk(state, first!, sha256(SEEDED_PASSWORD));
}

class DemoSeeder {
  private readonly e: SandboxState['entropy'];

  constructor(
    private readonly state: SandboxState,
    private readonly distributor: DistributorRecord,
    private readonly otherDistributor: DistributorRecord,
    private readonly portInStepSec: number,
  ) {
    this.e = state.entropy;
  }

  run(): void {
    this.acme();
    this.doeFamily();
    this.initech();
  }

  private account(distributor: DistributorRecord, name: string, admin: string, billing: Address): AccountRecord {
    return this.state.accounts.insert({
      id: this.e.id('AID'),
      distributorId: distributor.id,
      name,
      admin,
      billingAddress: billing,
      mailingAddress: emptyAddress(),
    });
  }

  private subscriber(account: AccountRecord, name: string, email: string, role: SubscriberRecord['role']): SubscriberRecord {
    return this.state.subscribers.insert({
      id: this.e.id('TSUID'),
      distributorId: account.distributorId,
      accountId: account.id,
      name,
      email,
      role,
      passwordHash: sha256(SEEDED_PASSWORD),
    });
  }

  private numbers(
    account: AccountRecord,
    areaCode: string,
    count: number,
    kind: 'mvno' | 'iot' | 'voip',
    routes: { message: string; voice: string | null },
  ): NumberRecord[] {
    const available = searchAvailability(this.state, { areaCode }).page(1, count);
    return available.map((number) => {
      // Every number on the platform came from an order; the seed's are complete provisions.
      const order = createOrder(this.state, {
        distributorId: account.distributorId,
        accountId: account.id,
        type: 'Provision',
        numbers: [number],
        status: 'Complete',
      });
      return addNumber(this.state, {
        distributorId: account.distributorId,
        accountId: account.id,
        number,
        numberType: kind === 'voip' ? 'voip' : 'mobile',
        classification: kind === 'voip' ? 'VOIP' : kind === 'iot' ? 'IOT' : 'MVNO',
        messageType: kind === 'voip' ? 'a2p' : 'p2p',
        messageEnabled: true,
        // Voice needs a voice route (REFERENCE.md §4.1 rule 4): lines without one are messaging and data only.
        voiceEnabled: kind === 'mvno' && routes.voice !== null,
        dataEnabled: kind !== 'voip',
        productType: kind === 'mvno' ? 'Sms+Data+Voice' : kind === 'iot' ? 'Sms+Data' : 'Sms-Only',
        messageRouteId: routes.message,
        voiceRouteId: kind === 'mvno' ? routes.voice : null,
        assignedSubscriberId: null,
        iccid: kind === 'voip' ? null : `8901240397${this.e.digits(9)}`,
        cnam: null,
        orderId: order.id,
        zipCode: '84043',
      });
    });
  }

  private product(sku: string, description: string, type: string, cost: number, frequency: 'MRC' | 'NRC'): string {
    return this.state.products.insert({
      id: this.e.id('PRID'),
      distributorId: this.distributor.id,
      sku,
      description,
      type,
      subType: type,
      cost,
      billingFrequency: frequency,
      aggregatorId: this.distributor.aggregatorId,
      active: true,
    }).id;
  }

  private package(name: string, type: string, price: number, items: [string, number, boolean, string][]): string {
    const pkg = this.state.packages.insert({
      id: this.e.id('PID'),
      distributorId: this.distributor.id,
      packageName: name,
      description: `${name} plan`,
      subscriberId: null,
      type,
      price,
      monthly: true,
      aggregatorId: this.distributor.aggregatorId,
      active: true,
    });
    for (const [productId, itemPrice, monthly, itemType] of items) {
      this.state.packageItems.insert({
        id: this.e.id('PIID'),
        distributorId: this.distributor.id,
        packageId: pkg.id,
        productId,
        type: itemType,
        price: itemPrice,
        monthly,
        aggregatorId: this.distributor.aggregatorId,
        active: true,
      });
    }
    return pkg.id;
  }

  private subscription(account: AccountRecord, subscriberId: string, packageId: string, number: NumberRecord): string {
    return this.state.subscriptions.insert({
      id: this.e.id('SUB'),
      distributorId: account.distributorId,
      accountId: account.id,
      subscriberId,
      packageId,
      tnid: number.id,
      iccid: number.iccid,
      type: number.classification === 'IOT' ? 'Iot' : number.classification === 'VOIP' ? 'Voip' : 'Mvno',
      active: true,
    }).id;
  }

  private guardian(subscriberId: string, number: string, mode: 'WHITELIST' | 'BLACKLIST', messageMode: string): void {
    const subscriber = this.state.subscribers.get(subscriberId)!;
    this.state.guardianFeatures.set(subscriberId, { subscriberId, calls: true, messages: true });
    this.state.callFilters.insert({
      id: this.e.id('CFID'),
      distributorId: subscriber.distributorId,
      accountId: subscriber.accountId,
      subscriberId,
      phone: number,
      filterMode: mode,
      allowedNumbers: ['+18015550001', '+18015550002'],
      blockedNumbers: ['+18015559999'],
      enableTranscription: false,
      keywordFilter: '{"CustomKeywords":["scam"],"SystemKeywords":{"Profanity":[]},"SeverityMap":{"Scam":"HIGH"}}',
      transcriptionAction: 'NOTIFY',
      warningMessage: null,
      notificationPhones: [],
      applyToOutbound: false,
      applyToInbound: true,
      blockUnknownNumbers: false,
      blockInternational: true,
      recordFlaggedCalls: false,
      timeRestrictions: null,
    });
    this.state.messageFilters.insert({
      id: this.e.id('MFID'),
      distributorId: subscriber.distributorId,
      accountId: subscriber.accountId,
      subscriberId,
      phone: number,
      filterMode: messageMode,
      allowedContacts: ['+18015550001'],
      blockedContacts: ['+18015559999'],
      keywordFilter: null,
      notificationPhones: [],
      applyToOutbound: true,
      applyToInbound: true,
      blockUnknownNumbers: false,
      blockLinks: true,
      blockMedia: false,
    });
  }

  /** "Acme Mobile": 125 subscribers, 180 numbers (120 mvno, 40 iot, 20 voip), catalog, one open port-in. */
  private acme(): void {
    const acme = this.account(this.distributor, 'Acme Mobile', 'ops@acme-mobile.example', address('100 Main St', 'Lehi', 'UT', '84043'));
    const smsRoute = insertMessageRoute(this.state, acme, 'Acme SMS Webhook', 'https://hooks.acme-mobile.example/sms', 'Basic');
    const iotRoute = insertMessageRoute(this.state, acme, 'Acme IoT Ingest', 'https://iot.acme-mobile.example/inbound', 'Bearer');
    const trunk = insertVoiceRoute(this.state, acme, 'Acme SIP Trunk');

    const esim = this.product('eSim', 'Telegent eSim', 'esim', 1.5, 'NRC');
    const data1 = this.product('DATA-1GB', '1 GB data bucket', 'data', 2.0, 'MRC');
    const data10 = this.product('DATA-10GB', '10 GB data bucket', 'data', 9.0, 'MRC');
    const sms = this.product('SMS-UNL', 'Unlimited SMS', 'sms', 1.25, 'MRC');
    const voice = this.product('VOICE-UNL', 'Unlimited voice', 'voice', 3.5, 'MRC');
    const iotData = this.product('IOT-100MB', '100 MB IoT data', 'data', 0.4, 'MRC');
    this.product('VAS035', 'Fraud Detection + Blocking', 'VAS', 1, 'MRC');

    const starter = this.package('Starter', 'esim', 19.99, [[esim, 0, false, 'esim'], [data1, 10, true, 'data'], [sms, 9.99, true, 'sms']]);
    const family = this.package('Family 10GB', 'esim', 39.99, [[esim, 0, false, 'esim'], [data10, 30, true, 'data'], [sms, 9.99, true, 'sms']]);
    const unlimited = this.package('Unlimited', 'sip', 59.99, [[esim, 0, false, 'esim'], [data10, 30, true, 'data'], [sms, 9.99, true, 'sms'], [voice, 20, true, 'voice']]);
    const iotPlan = this.package('IoT Fleet', 'iot', 4.99, [[iotData, 4.99, true, 'data']]);
    const tiers = [starter, family, unlimited];

    const subscribers: SubscriberRecord[] = [];
    subscribers.push(this.subscriber(acme, 'Acme Operations', 'ops@acme-mobile.example', 'Account Admin'));
    subscribers.push(this.subscriber(acme, 'Alex Manager', 'alex.manager@acme-mobile.example', 'Manager'));
    for (let i = 0; subscribers.length < 125; i += 1) {
      const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
      const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
      subscribers.push(this.subscriber(acme, `${first} ${last}`, `${first}.${last}.${i}@acme-mobile.example`.toLowerCase(), 'Subscriber'));
    }

    const mvno = this.numbers(acme, '801', 120, 'mvno', { message: smsRoute, voice: trunk });
    const iot = this.numbers(acme, '435', 40, 'iot', { message: iotRoute, voice: null });
    const voip = this.numbers(acme, '201', 20, 'voip', { message: smsRoute, voice: null });

    // Subscribers 2..121 hold one mvno line each; the first 40 of them also an IoT line.
    mvno.forEach((number, i) => {
      const owner = subscribers[i + 2]!;
      this.state.numbers.assign(number, owner.id);
      this.subscription(acme, owner.id, tiers[i % tiers.length]!, number);
    });
    iot.forEach((number, i) => {
      const owner = subscribers[i + 2]!;
      this.state.numbers.assign(number, owner.id);
      number.dataUsage = { valueUnit: 'MB', notifyValue: 80, throttleValue: 90, throttleSpeed: '1-mbps', limitValue: 100 };
      number.usageMb = (i * 7) % 100;
      number.renewal = { autoRenew: true, periodType: 'M', renewalDay: 1 + (i % 28), periodValue: 1 };
      this.subscription(acme, owner.id, iotPlan, number);
    });
    // The operations identity runs the first ten VoIP (a2p) lines; the other ten are not bound yet.
    voip.slice(0, 10).forEach((number) => this.state.numbers.assign(number, subscribers[0]!.id));
    mvno.slice(0, 20).forEach((number) => {
      number.dataUsage = { valueUnit: 'MB', notifyValue: 8000, throttleValue: 10000, throttleSpeed: '5-mbps', limitValue: 15000 };
      number.usageMb = 1234;
    });

    for (let i = 2; i < 12; i += 1) {
      this.guardian(subscribers[i]!.id, mvno[i - 2]!.number, i % 2 === 0 ? 'BLACKLIST' : 'WHITELIST', 'ACTIVE');
    }

    const roaming = this.state.features.insert({
      id: this.e.id('FEID'),
      distributorId: this.distributor.id,
      accountId: acme.id,
      featureName: 'International Roaming',
      featureType: 'Roaming',
      featureDescription: 'Enables data and voice while roaming internationally.',
      active: true,
    });
    for (const subscription of this.state.subscriptions.values().slice(0, 5)) {
      this.state.featureAssignments.insert({
        id: this.e.id('FAID'),
        distributorId: this.distributor.id,
        featureId: roaming.id,
        subscriptionId: subscription.id,
        active: true,
      });
    }

    const schedule = this.state.schedules.insert({
      id: this.e.id('SID'),
      distributorId: this.distributor.id,
      accountId: acme.id,
      fields: { Name: 'Acme Support Hours', MondayStartTime: '8:00 AM', MondayEndTime: '5:00 PM', FridayStartTime: '8:00 AM', FridayEndTime: '5:00 PM' },
    });
    this.state.workgroups.insert({
      id: this.e.id('WID'),
      distributorId: this.distributor.id,
      accountId: acme.id,
      fields: { Name: 'Acme Support', Type: 'round-robin', TelegentPhone: mvno[0]!.number, ScheduleId: schedule.id, TimeZone: 'America/Denver' },
    });

    // A few conversations for message search.
    mvno.slice(0, 3).forEach((number, i) => {
      this.state.messages.insert({
        id: this.e.id('TMID'),
        distributorId: this.distributor.id,
        accountId: acme.id,
        owner: number.number,
        direction: 'Outbound',
        type: 'p2p',
        campaignId: null,
        cost: 0.0045,
        status: 'Delivered',
        to: '+18015737111',
        from: number.number,
        body: `Welcome to Acme Mobile (${i + 1})`,
        createdAt: this.state.clock.now(),
        messageType: 'sms',
        mmsMedia: [],
        mmsBase64: [],
        pending: [],
      });
    });

    // One open port-in order (README "Seed"): moves on the sandbox clock like any other.
    const portIn = createOrder(this.state, {
      distributorId: this.distributor.id,
      accountId: acme.id,
      type: 'PortIn',
      numbers: ['+13136398786'],
      status: 'Submitted',
      portIn: {
        targetClassification: 'mvno',
        currentCarrierName: 'Verizon',
        currentAccountNumber: '46512222',
        currentAccountPasswordHash: sha256('0000'),
        currentBillingAddress: address('2701 N Thanksgiving Way', 'Lehi', 'UT', '84043'),
        subscriberName: subscribers[2]!.name,
        iccid: null,
        portInDate: null,
        assignedSubscriberId: subscribers[2]!.id,
        wireline: false,
      },
    });
    schedulePortIn(this.state, portIn, this.portInStepSec);
  }

  /** "Doe Family": a Manager and three Subscribers, with a parent → child Guardian relation. */
  private doeFamily(): void {
    const doe = this.account(this.distributor, 'Doe Family', 'john.doe@doe-family.example', address('12 Elm St', 'Provo', 'UT', '84604'));
    const route = insertMessageRoute(this.state, doe, 'Doe Family SMS', 'https://doe-family.example/sms', 'Bearer');
    const john = this.subscriber(doe, 'John Doe', 'john.doe@doe-family.example', 'Manager');
    const members = ['Jane Doe', 'Jimmy Doe', 'Judy Doe'].map((name) =>
      this.subscriber(doe, name, `${name.split(' ')[0]!.toLowerCase()}.doe@doe-family.example`, 'Subscriber'),
    );
    const lines = this.numbers(doe, '385', 4, 'mvno', { message: route, voice: null });
    [john, ...members].forEach((subscriber, i) => this.state.numbers.assign(lines[i]!, subscriber.id));
    const jimmy = members[1]!;
    this.state.guardianFeatures.set(john.id, { subscriberId: john.id, calls: true, messages: true });
    this.guardian(jimmy.id, lines[2]!.number, 'WHITELIST', 'CHILD');
    this.state.guardianRelations.push({
      distributorId: this.distributor.id,
      parentSubscriberId: john.id,
      childSubscriberId: jimmy.id,
      relation: 'Parent',
    });
  }

  /** The second distributor's own account, invisible to the first. */
  private initech(): void {
    const initech = this.account(this.otherDistributor, 'Initech Wireless', 'it@initech.example', address('1 Initech Way', 'Austin', 'TX', '78701'));
    const route = insertMessageRoute(this.state, initech, 'Initech SMS', 'https://initech.example/sms', 'Basic');
    const trunk = insertVoiceRoute(this.state, initech, 'Initech SIP Trunk');
    const people = ['Peter Gibbons', 'Michael Bolton', 'Samir Nagheenanajar', 'Milton Waddams', 'Bill Lumbergh'];
    const lines = this.numbers(initech, '512', people.length, 'mvno', { message: route, voice: trunk });
    people.forEach((name, i) => {
      const subscriber = this.subscriber(initech, name, `${name.split(' ')[0]!.toLowerCase()}@initech.example`, i === 4 ? 'Manager' : 'Subscriber');
      this.state.numbers.assign(lines[i]!, subscriber.id);
    });
  }
}
