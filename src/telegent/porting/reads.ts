import type { TelegentClient } from '../client';
import type { RawPortInEligibility } from './mappers';

/** A read-only POST: whether a number can be ported into a classification (spelled as Telegent does). */
export function checkPortInEligibility(client: TelegentClient, number: string, targetClassification: string): Promise<RawPortInEligibility> {
  return client.post<RawPortInEligibility>('/numbers/portin/eligibility', { PhoneNumber: number, TargetClassification: targetClassification }, { readOnly: true });
}
