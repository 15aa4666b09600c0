import DataLoader from 'dataloader';
import type { PhoneNumber } from '../../graph/schema/phone-number.type';
import type { TelegentClient } from '../client';
import { answered, keysWithin } from '../loader-factories';
import type { Reach } from '../reach';
import { type RawDataUsageBatch, type RawDataUsageInfo, type RawDataUsageSettings, toDataUsageMeter, toDataUsageSettings } from './mappers';

/** What the data-usage endpoints accept in one call. */
const DATA_USAGE_BATCH = 100;

/** Thresholds of many numbers in one call (the endpoint takes an array; REFERENCE.md §5.1). */
export async function getDataUsageSettings(client: TelegentClient, numbers: readonly string[]): Promise<RawDataUsageSettings[]> {
  const body = { PhoneNumbers: numbers.map((Number) => ({ Number })) };
  return (await client.post<RawDataUsageBatch<RawDataUsageSettings>>('/numbers/data-usage/settings', body, { readOnly: true })).PhoneNumbers;
}

/** Consumption of many numbers in one call. */
export async function getDataUsageInfo(client: TelegentClient, numbers: readonly string[]): Promise<RawDataUsageInfo[]> {
  const body = { PhoneNumbers: numbers.map((Number) => ({ Number })) };
  return (await client.post<RawDataUsageBatch<RawDataUsageInfo>>('/numbers/data-usage/info', body, { readOnly: true })).PhoneNumbers;
}

/** Many numbers in one upstream call; a number the upstream cannot answer for is null. */
function byNumberLoader<R extends { Number: string; Status?: string | null }, V>(read: (numbers: readonly string[]) => Promise<R[]>, map: (row: R) => V) {
  return new DataLoader<string, V | null>(
    async (numbers) => {
      const index = new Map((await read(numbers)).map((row) => [row.Number, row]));
      return numbers.map((n) => {
        const row = index.get(n);
        return row && row.Status === 'Success' ? map(row) : null;
      });
    },
    { maxBatchSize: DATA_USAGE_BATCH },
  );
}

/** `numberByE164` answers the numbers within reach: a number beyond it has no data usage, and is not asked about. */
export function createDataUsageLoaders(client: TelegentClient, reach: Reach, numberByE164: DataLoader<string, PhoneNumber>) {
  const withinReach = (numbers: readonly string[]) => answered(numberByE164, numbers);
  return {
    dataUsageSettingsByNumber: keysWithin(reach, byNumberLoader((numbers) => getDataUsageSettings(client, numbers), toDataUsageSettings), withinReach, () => null),
    dataUsageMeterByNumber: keysWithin(reach, byNumberLoader((numbers) => getDataUsageInfo(client, numbers), toDataUsageMeter), withinReach, () => null),
  };
}
