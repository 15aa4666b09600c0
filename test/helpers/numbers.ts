import type { ProvisionNumberInput } from '../__generated__/operations';
import type { SandboxClient, TestSandbox } from './sandbox';

/** A row of GET /numbers/inventory. */
export interface InventoryRow {
  Number: string;
  Tnid: string;
  OrderId: string;
  NumberType: string;
  MessageEnabled: boolean;
  MessageType: string;
  Classification: string;
  VoiceEnabled: boolean;
  MessageRouteId: string | null;
  VoiceRouteId: string | null;
  Status: string;
  OriginalDatePurchased: string | null;
  AssignedSubscriberId: string | null;
  Iccid: string | null;
  Cnam: string | null;
}

export async function inventoryOf(client: SandboxClient, accountId?: string): Promise<InventoryRow[]> {
  const reply = await client.get('/numbers/inventory', { TotalPerPage: 1000, ...(accountId ? { AccountId: accountId } : {}) });
  if (reply.status !== 200) throw new Error(`inventory failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.PhoneNumbers as InventoryRow[];
}

/** The seeded Acme Mobile and Doe Family data, discovered over HTTP. */
export interface SeededNumbers {
  acmeId: string;
  doeId: string;
  initechId: string;
  /** Acme's 120 mvno lines (area 801, SMS route + SIP trunk, each bound to a subscriber). */
  mvno: InventoryRow[];
  /** Acme's 40 IoT lines (area 435, data-enabled, p2p). */
  iot: InventoryRow[];
  /** Acme's 20 VoIP lines (area 201, a2p); the last ten are not bound to a subscriber. */
  voip: InventoryRow[];
  /** The Doe Family's four lines (another account of the same distributor). */
  doe: InventoryRow[];
  /** Initech's lines (the other distributor). */
  initech: InventoryRow[];
  smsRouteId: string;
  trunkId: string;
  iotRouteId: string;
  doeRouteId: string;
}

export async function seededNumbers(sb: TestSandbox): Promise<SeededNumbers> {
  const ids = await sb.accountIds();
  const acme = await inventoryOf(sb.client(0), ids['Acme Mobile']);
  const doe = await inventoryOf(sb.client(0), ids['Doe Family']);
  const initech = await inventoryOf(sb.client(1));
  const mvno = acme.filter((n) => n.Classification === 'MVNO');
  const iot = acme.filter((n) => n.Classification === 'IOT');
  return {
    acmeId: ids['Acme Mobile']!,
    doeId: ids['Doe Family']!,
    initechId: ids['Initech Wireless']!,
    mvno,
    iot,
    voip: acme.filter((n) => n.Classification === 'VOIP'),
    doe,
    initech,
    smsRouteId: mvno[0]!.MessageRouteId!,
    trunkId: mvno[0]!.VoiceRouteId!,
    iotRouteId: iot[0]!.MessageRouteId!,
    doeRouteId: doe[0]!.MessageRouteId!,
  };
}

/** `MM/DD/YYYY` of today plus `days` on the (un-advanced) sandbox clock. */
export function usDateIn(days: number, from = Date.now()): string {
  const d = new Date(from + days * 86_400_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

/** `YYYY-MM-DD` of today plus `days`. */
export function isoDateIn(days: number, from = Date.now()): string {
  return new Date(from + days * 86_400_000).toISOString().slice(0, 10);
}

export const DAY_SEC = 86_400;

/**
 * A provisioning of Acme Mobile's usual shape (MVNO, P2P, messages and voice on its webhook route,
 * area code 801): every call with it is the same configuration.
 */
export async function acmeProvisionInput(sandbox: TestSandbox): Promise<ProvisionNumberInput> {
  const acme = (await sandbox.accountIds())['Acme Mobile']!;
  const routes = (await sandbox.client().get('/account/message/routes', { AccountId: acme })).body.Results;
  const voice = (await sandbox.client().get('/account/voice/routes', { AccountId: acme })).body.Results;
  return {
    numberType: 'MVNO',
    messageType: 'P2P',
    messageEnabled: true,
    voiceEnabled: true,
    productType: 'SMS_DATA_VOICE',
    messageRouteId: routes.find((r: { RouteName: string }) => r.RouteName === 'Acme SMS Webhook').MessageRouteId,
    voiceRouteId: voice[0].CallRouteId,
    areaCode: '801',
    accountId: acme,
  } as ProvisionNumberInput;
}
