import type { TelegentClient } from '../client';
import type DataLoader from 'dataloader';
import type { PhoneNumber } from '../../graph/schema/phone-number.type';
import { notFound } from '../../errors';
import { answered, keysWithin, perKeyLoader } from '../loader-factories';
import type { Reach } from '../reach';
import { type RawVoicemail, toVoicemail } from './mappers';

/** A read-only POST, one number per call (no batch form exists). */
export function getVoicemail(client: TelegentClient, number: string): Promise<RawVoicemail> {
  return client.post<RawVoicemail>('/numbers/voicemail/info', { PhoneNumber: number }, { readOnly: true });
}

/** A number beyond reach (`numberByE164` answers those within it) answers as an unknown one, unread. */
export function createVoicemailLoaders(client: TelegentClient, reach: Reach, numberByE164: DataLoader<string, PhoneNumber>) {
  return {
    voicemailByNumber: keysWithin(
      reach,
      perKeyLoader(async (number: string) => toVoicemail(await getVoicemail(client, number))),
      (numbers) => answered(numberByE164, numbers),
      (number) => notFound(`Phone number ${number}`),
    ),
  };
}
