import { badRequest } from './errors';
import { sha256 } from './ids';
import type { NumberRecord } from './model';
import type { SandboxState } from './state';

/**
 * The purchasable-number pool. Each area code the sandbox serves has a fixed, deterministic list
 * of numbers; numbers already on the platform (any distributor) are not available.
 */
interface AreaCodeInfo {
  areaCode: string;
  zipCodes: string[];
  /** Size of the pool; 0 models an exhausted area code (availability falls back to the ZipCode). */
  poolSize: number;
  ngp: string;
}

const NGPS = ['T-Mobile', 'Bandwidth', 'Inteliquent', 'Peerless'];

const AREAS: AreaCodeInfo[] = [
  ['201', ['07302', '07030', '07601'], 7700],
  ['212', ['10001', '10016', '10128'], 0],
  ['213', ['90012', '90017'], 2400],
  ['303', ['80202', '80203'], 3100],
  ['305', ['33101', '33130'], 2800],
  ['312', ['60601', '60602'], 1900],
  ['385', ['84043', '84101'], 4200],
  ['404', ['30301', '30303'], 3600],
  ['415', ['94102', '94103'], 1500],
  ['435', ['84770', '84321'], 5200],
  ['512', ['78701', '78702'], 4400],
  ['602', ['85001', '85004'], 3900],
  ['617', ['02108', '02109'], 2100],
  ['646', ['10001', '10011'], 900],
  ['702', ['89101', '89109'], 3300],
  ['713', ['77002', '77003'], 4100],
  ['801', ['84043', '84101', '84603', '84604'], 9100],
  ['917', ['10001', '10128'], 0],
  ['919', ['27601', '27603'], 2700],
].map(([areaCode, zipCodes, poolSize], index) => ({
  areaCode: areaCode as string,
  zipCodes: zipCodes as string[],
  poolSize: poolSize as number,
  ngp: NGPS[index % NGPS.length]!,
}));

const BY_AREA = new Map(AREAS.map((info) => [info.areaCode, info]));

/** NANP area code: NXX, not N11. */
export function isValidAreaCode(areaCode: string): boolean {
  return /^[2-9]\d\d$/.test(areaCode) && !/^[2-9]11$/.test(areaCode);
}

/** A US ZIP code: five digits, 00501 or above (the lowest ZIP in use). */
export function isValidZipCode(zip: string): boolean {
  return /^\d{5}$/.test(zip) && Number(zip) >= 501;
}

/**
 * Area codes that serve a ZIP: the listed ones, else a deterministic pick for any other valid US
 * ZIP (the sandbox has no full ZIP database; README says so).
 */
export function areaCodesForZip(zip: string): string[] {
  const listed = AREAS.filter((info) => info.zipCodes.includes(zip) && info.poolSize > 0).map((i) => i.areaCode);
  if (listed.length > 0) return listed;
  const serving = AREAS.filter((info) => info.poolSize > 0);
  const index = parseInt(sha256(`zip:${zip}`).slice(0, 8), 16) % serving.length;
  return [serving[index]!.areaCode];
}

export function ngpOf(areaCode: string): string {
  return BY_AREA.get(areaCode)?.ngp ?? NGPS[0]!;
}

export function zipForArea(areaCode: string, preferredZip?: string): string {
  const info = BY_AREA.get(areaCode);
  if (preferredZip && info?.zipCodes.includes(preferredZip)) return preferredZip;
  return info?.zipCodes[0] ?? preferredZip ?? '84043';
}

/** The i-th number of an area code's pool: a fixed permutation over 7-digit subscriber numbers. */
function poolNumber(areaCode: string, index: number): string {
  const span = 8_000_000;
  const offset = parseInt(sha256(`pool:${areaCode}`).slice(0, 8), 16) % span;
  const local = 2_000_000 + ((offset + index * 7_919) % span);
  return `+1${areaCode}${local}`;
}

export interface AvailabilitySearch {
  areaCode?: string;
  zipCode?: string;
}

export interface AvailabilityResult {
  /** How the search was answered: by area code, by ZIP (fallback), or randomly (neither given). */
  matchedBy: 'AreaCode' | 'ZipCode' | 'Random' | 'None';
  areaCodes: string[];
  total: number;
  /** Lazily lists available numbers, skipping those on the platform. */
  page(pageNumber: number, pageSize: number): string[];
}

/**
 * Availability by the documented rule: AreaCode first; the ZipCode when the area code has
 * nothing; both blank ⇒ a randomized set (REFERENCE.md §3.9, §4.1 rule 5).
 */
export function searchAvailability(state: SandboxState, search: AvailabilitySearch): AvailabilityResult {
  if (search.areaCode !== undefined && !isValidAreaCode(search.areaCode)) {
    throw badRequest(`AreaCode '${search.areaCode}' must be a valid 3-digit area code.`);
  }
  if (search.zipCode !== undefined && !isValidZipCode(search.zipCode)) {
    throw badRequest(`ZipCode '${search.zipCode}' must be a valid 5-digit US zip code.`);
  }
  const available = (areaCode: string): number => {
    const info = BY_AREA.get(areaCode);
    if (!info) return 0;
    let taken = 0;
    for (const n of state.numbers.values()) if (n.areaCode === areaCode && n.number.startsWith(`+1${areaCode}`)) taken += 1;
    return Math.max(0, info.poolSize - taken);
  };

  let matchedBy: AvailabilityResult['matchedBy'] = 'None';
  let areaCodes: string[] = [];
  if (search.areaCode !== undefined && available(search.areaCode) > 0) {
    matchedBy = 'AreaCode';
    areaCodes = [search.areaCode];
  } else if (search.zipCode !== undefined) {
    const serving = areaCodesForZip(search.zipCode).filter((code) => available(code) > 0);
    if (serving.length > 0) {
      matchedBy = 'ZipCode';
      areaCodes = serving;
    }
  } else if (search.areaCode === undefined) {
    matchedBy = 'Random';
    const serving = AREAS.filter((info) => available(info.areaCode) > 0);
    // "Randomized": a different, reproducible draw of three area codes per search.
    const start = state.entropy.int(0, serving.length - 1);
    areaCodes = [0, 1, 2].map((k) => serving[(start + k) % serving.length]!.areaCode);
    areaCodes = [...new Set(areaCodes)];
  }

  const total = areaCodes.reduce((sum, code) => sum + available(code), 0);
  return {
    matchedBy,
    areaCodes,
    total,
    page(pageNumber, pageSize) {
      const out: string[] = [];
      let toSkip = (pageNumber - 1) * pageSize;
      for (const code of areaCodes) {
        const info = BY_AREA.get(code)!;
        for (let i = 0; i < info.poolSize + 5_000 && out.length < pageSize; i += 1) {
          const candidate = poolNumber(code, i);
          if (state.numbers.byNumber(candidate)) continue;
          if (toSkip > 0) {
            toSkip -= 1;
            continue;
          }
          out.push(candidate);
        }
        if (out.length >= pageSize) break;
      }
      return out;
    },
  };
}

/** Everything a new inventory record needs beyond what the caller decides. */
export type NewNumber = Omit<
  NumberRecord,
  'id' | 'status' | 'purchasedAt' | 'cancelledAt' | 'dataUsage' | 'usageMb' | 'renewal' | 'voicemail' | 'areaCode'
> & { id?: string };

/** Adds a number to an account's inventory (provision, completed port-in, swap, seed). */
export function addNumber(state: SandboxState, fields: NewNumber): NumberRecord {
  const { id, ...rest } = fields;
  return state.numbers.insert({
    id: id ?? state.entropy.id('NID'),
    ...rest,
    areaCode: fields.number.slice(2, 5),
    status: 'Active',
    purchasedAt: state.clock.now(),
    cancelledAt: null,
    dataUsage: null,
    usageMb: 0,
    renewal: null,
    voicemail: null,
  });
}

/** An eSIM activation QR code URL (LPA string), as the provision example returns. */
export function esimQrCode(state: SandboxState): string {
  const code = [5, 5, 5, 5, 5].map(() => state.entropy.digits(5)).join('-');
  return `https://sandbox.telegent.local/qr?text=LPA:1$SANDBOX.TELEGENT.LOCAL$${code}&format=png`;
}

/** The number (other than `numberId`) a SIM serial is bound to, if any: one SIM carries one line. */
export function iccidHolder(state: SandboxState, iccid: string, numberId?: string): NumberRecord | undefined {
  return state.numbers.values().find((n) => n.id !== numberId && n.iccid?.toUpperCase() === iccid.toUpperCase());
}
