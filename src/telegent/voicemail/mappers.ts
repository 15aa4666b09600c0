/** Voicemail: the mailbox of a voice-enabled number (REFERENCE.md §3.12). */

import type { Voicemail } from '../../graph/schema/voicemail.type';

export interface RawVoicemail {
  PhoneNumber: string;
  Status: string;
  Email?: string | null;
  FirstName?: string | null;
  LastName?: string | null;
}

export function toVoicemail(raw: RawVoicemail): Voicemail {
  return { status: raw.Status, email: raw.Email ?? null, firstName: raw.FirstName ?? null, lastName: raw.LastName ?? null };
}
