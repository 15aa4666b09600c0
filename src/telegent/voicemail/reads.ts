import type { TelegentClient } from '../client';
import { perKeyLoader } from '../loader-factories';
import { type RawVoicemail, toVoicemail } from './mappers';

/** A read-only POST, one number per call (no batch form exists). */
export function getVoicemail(client: TelegentClient, number: string): Promise<RawVoicemail> {
  return client.post<RawVoicemail>('/numbers/voicemail/info', { PhoneNumber: number }, { readOnly: true });
}

export function createVoicemailLoaders(client: TelegentClient) {
  return { voicemailByNumber: perKeyLoader(async (number: string) => toVoicemail(await getVoicemail(client, number))) };
}
