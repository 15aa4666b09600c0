import { badRequest } from '../errors';
import { isIccid } from '../input';
import { esimQrCode, iccidHolder, searchAvailability, zipForArea } from '../inventory';
import { isOpen } from '../orders';
import type { MessageRouteRecord, NumberRecord, SubscriberRecord, VoiceRouteRecord } from '../model';
import type { SandboxState } from '../state';

/**
 * Checks shared by the number, porting, data-usage and voicemail routes. A reference inside a
 * request body (route, subscriber) that does not resolve is a 400, not a 404: the call itself is
 * valid, one of its values is not (REFERENCE.md §2.3, "unknown MRID").
 */

/** Where a number, order or reference lives. */
export interface AccountScope {
  distributorId: string;
  accountId: string;
}

/** Cancelled and ported-out numbers keep their record but accept no configuration changes. */
export function requireInService(number: NumberRecord): void {
  if (number.status === 'Cancelled' || number.status === 'Ported Out') {
    throw badRequest(`the number ${number.number} is ${number.status}; it can no longer be changed.`);
  }
}

export function messageRouteInAccount(
  state: SandboxState,
  routeId: string,
  scope: AccountScope,
  field = 'MessageRouteId',
): MessageRouteRecord {
  const route = state.messageRoutes.get(routeId);
  if (!route || route.distributorId !== scope.distributorId || route.accountId !== scope.accountId) {
    throw badRequest(`${field} '${routeId}' does not exist in account '${scope.accountId}'.`);
  }
  return route;
}

export function voiceRouteInAccount(
  state: SandboxState,
  routeId: string,
  scope: AccountScope,
  field = 'VoiceRouteId',
): VoiceRouteRecord {
  const route = state.voiceRoutes.get(routeId);
  if (!route || route.distributorId !== scope.distributorId || route.accountId !== scope.accountId) {
    throw badRequest(`${field} '${routeId}' does not exist in account '${scope.accountId}'.`);
  }
  return route;
}

/** A subscriber a number may be bound to: same distributor and same account (§4.1 rule 4). */
export function subscriberInAccount(
  state: SandboxState,
  subscriberId: string,
  scope: AccountScope,
  field = 'AssignedSubscriberId',
): SubscriberRecord {
  const subscriber = state.subscribers.get(subscriberId);
  if (!subscriber || subscriber.distributorId !== scope.distributorId || subscriber.accountId !== scope.accountId) {
    throw badRequest(`${field} '${subscriberId}' does not exist in account '${scope.accountId}'.`);
  }
  return subscriber;
}

/**
 * A SIM serial that may be bound to `number` (or to a new number when `numberId` is undefined):
 * well-formed, not already bound to another number — one SIM carries one line — and not claimed
 * by an open port-in order other than `portInOrderId` (which binds it to its number when the port
 * completes). Provisioning, numbers/update, swap-sim and port-in submit/update all check this way.
 */
export function checkIccid(state: SandboxState, iccid: string, field: string, numberId?: string, portInOrderId?: string): string {
  if (!isIccid(iccid)) {
    throw badRequest(`${field} '${iccid}' is not a valid ICCID (19 or 20 digits starting with 89, optional trailing F).`);
  }
  const holder = iccidHolder(state, iccid, numberId);
  if (holder) throw badRequest(`${field} '${iccid}' is already bound to another number.`);
  const claim = state.orders
    .values()
    .find((o) => o.type === 'PortIn' && o.id !== portInOrderId && isOpen(o) && o.portIn?.iccid?.toUpperCase() === iccid.toUpperCase());
  if (claim) throw badRequest(`${field} '${iccid}' is already claimed by the open port-in order '${claim.id}'.`);
  return iccid.toUpperCase();
}

/** eSIM activation code for mobile (mvno/iot) lines; VoIP numbers have no SIM. */
export function qrCodeFor(state: SandboxState, number: Pick<NumberRecord, 'numberType'>): string | null {
  return number.numberType === 'voip' ? null : esimQrCode(state);
}

export interface PickedNumber {
  number: string;
  zipCode: string;
}

/**
 * The next purchasable number by the documented rule: AreaCode first, then ZipCode, both blank ⇒
 * random (REFERENCE.md §4.1 rule 5). `exclude` holds numbers already promised in this request but
 * not yet on the platform (future-dated swaps). 400 when nothing matches.
 */
export function pickAvailableNumber(
  state: SandboxState,
  search: { areaCode?: string; zipCode?: string },
  exclude: ReadonlySet<string> = new Set(),
): PickedNumber {
  const result = searchAvailability(state, search);
  const number = result.total > 0 ? result.page(1, exclude.size + 1).find((n) => !exclude.has(n)) : undefined;
  if (result.matchedBy === 'None' || number === undefined) {
    const where = [
      search.areaCode && `AreaCode ${search.areaCode}`,
      search.zipCode && `ZipCode ${search.zipCode}`,
    ].filter(Boolean);
    throw badRequest(
      `no numbers available for ${where.join(' or ')}; try another AreaCode, add a ZipCode, or leave both blank for any area.`,
    );
  }
  const areaCode = number.slice(2, 5);
  const zipCode = result.matchedBy === 'ZipCode' && search.zipCode ? search.zipCode : zipForArea(areaCode, search.zipCode);
  return { number, zipCode };
}

/** Parses a request date written `MM/DD/YYYY` to UTC midnight ms (400 naming `field` otherwise). */
export function parseUsDate(value: string, field: string): number {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  if (!match) throw badRequest(`${field} '${value}' must be a date written MM/DD/YYYY.`);
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw badRequest(`${field} '${value}' is not a calendar date.`);
  }
  return ms;
}

/** UTC midnight of the day `ms` falls on: "today" on the sandbox clock. */
export function startOfUtcDay(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** `2023-12-31T00:00:00`: how the status-change example writes its EffectiveDate. */
export function localDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** Rejects a batch that names the same number twice (one order, one result per number). */
export function requireDistinct(numbers: readonly string[], field: string): void {
  const seen = new Set<string>();
  for (const number of numbers) {
    if (seen.has(number)) throw badRequest(`${field} lists ${number} more than once.`);
    seen.add(number);
  }
}

/** The one account a batch of numbers belongs to (an order belongs to one account). */
export function singleAccount(numbers: readonly NumberRecord[], field: string): AccountScope {
  const first = numbers[0]!;
  if (numbers.some((n) => n.accountId !== first.accountId)) {
    throw badRequest(`all ${field} of one request must belong to the same account.`);
  }
  return { distributorId: first.distributorId, accountId: first.accountId };
}
