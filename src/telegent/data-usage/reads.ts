import DataLoader from 'dataloader';
import type { TelegentClient } from '../client';
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

export function createDataUsageLoaders(client: TelegentClient) {
  return {
    dataUsageSettingsByNumber: byNumberLoader((numbers) => getDataUsageSettings(client, numbers), toDataUsageSettings),
    dataUsageMeterByNumber: byNumberLoader((numbers) => getDataUsageInfo(client, numbers), toDataUsageMeter),
  };
}
