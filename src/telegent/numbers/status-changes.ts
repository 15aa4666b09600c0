/** Number lifecycle changes: numbers/status and numbers/reactivate (REFERENCE.md §3.9). */
import { NumberStatusChange } from '../../graph/schema/enums';
import type { ChangeNumberStatusPayload, NumberStatusChangeResult } from '../../graph/schema/phone-number.payload';
import { orderFromAnswer } from '../orders/mappers';

/** numbers/status `StatusChange` spellings. */
export const UPSTREAM_STATUS_CHANGE: Record<NumberStatusChange, string> = {
  [NumberStatusChange.ACTIVATE]: 'activate',
  [NumberStatusChange.PARK]: 'park',
  [NumberStatusChange.CANCEL]: 'cancel',
  [NumberStatusChange.SWAP]: 'swap',
  [NumberStatusChange.REPLACE]: 'replace',
  [NumberStatusChange.SWAP_SIM]: 'swap-sim',
};

/**
 * The answer of numbers/status and numbers/reactivate. The per-number results come under three
 * names with two fee spellings, by change type (REFERENCE.md §3.9): all are read.
 */
export interface RawStatusChange {
  OrderId: string;
  OrderDate: string;
  OrderStatus: string;
  EffectiveDate?: string | null;
  Numbers?: { Number: string; QrCode?: string | null; }[] | null;
  NumbersChange?: { Number?: string; OriginalNumber?: string; NewNumber?: string; ChargeFee?: number | null; }[] | null;
  NumbersChanged?: { Number: string; ChangeFee?: number | null; }[] | null;
}

/** `change` is null for a reactivation (numbers/reactivate). */
export function toStatusChangePayload(raw: RawStatusChange, change: NumberStatusChange | null): ChangeNumberStatusPayload {
  const results: NumberStatusChangeResult[] = [
    ...(raw.Numbers ?? []).map((n) => ({ number: n.Number, newNumber: null, fee: null, qrCode: n.QrCode ?? null })),
    ...(raw.NumbersChange ?? []).map((n) => ({
      number: (n.OriginalNumber ?? n.Number)!,
      newNumber: n.NewNumber ?? null,
      fee: n.ChargeFee ?? null,
      qrCode: null,
    })),
    ...(raw.NumbersChanged ?? []).map((n) => ({ number: n.Number, newNumber: null, fee: n.ChangeFee ?? null, qrCode: null })),
  ];
  return {
    order: orderFromAnswer({
      id: raw.OrderId,
      date: raw.OrderDate,
      status: raw.OrderStatus,
      type: change === null ? 'Reactivate' : 'StatusChange',
      numbers: results.map((r) => r.number),
    }),
    change,
    effectiveDate: raw.EffectiveDate ? raw.EffectiveDate.slice(0, 10) : null,
    results,
  };
}
