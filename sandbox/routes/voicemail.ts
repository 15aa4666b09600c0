import { badRequest } from '../errors';
import type { Input } from '../input';
import { sha256 } from '../ids';
import type { NumberRecord } from '../model';
import type { Route, RouteContext } from '../router';

/** The PIN a caller dials to retrieve messages: 4 to 10 digits, stored only as a hash. */
function pinHash(body: Input, required: boolean): string | undefined {
  const pin = required ? body.string('PIN', { required: true }) : body.string('PIN');
  if (pin === undefined) return undefined;
  if (!/^\d{4,10}$/.test(pin)) throw badRequest('PIN must be 4 to 10 digits.');
  return sha256(pin);
}

function toVoicemailWire(n: NumberRecord): Record<string, unknown> {
  const box = n.voicemail;
  return {
    PhoneNumber: n.number,
    Status: box ? box.status : 'Inactive',
    Email: box?.email ?? null,
    FirstName: box?.firstName ?? null,
    LastName: box?.lastName ?? null,
  };
}

function findNumber(ctx: RouteContext): NumberRecord {
  return ctx.state.numbers.ownedNumber(ctx.body.e164('PhoneNumber', { required: true }), ctx.caller.id);
}

export const voicemailRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/numbers/voicemail/activate',
    handle(ctx) {
      const n = findNumber(ctx);
      if (n.status !== 'Active') throw badRequest(`${n.number} is ${n.status}, not Active.`);
      // Unanswered *calls* go to voicemail, so the line must carry voice.
      if (!n.voiceEnabled) throw badRequest(`${n.number} is not voice-enabled; voicemail needs voice.`);
      if (n.voicemail) throw badRequest(`voicemail is already active on ${n.number}; change it with /numbers/voicemail/update.`);
      n.voicemail = {
        status: 'Active',
        pinHash: pinHash(ctx.body, true)!,
        email: ctx.body.email('Email') ?? null,
        firstName: ctx.body.string('FirstName', { maxLength: 100 }) ?? null,
        lastName: ctx.body.string('LastName', { maxLength: 100 }) ?? null,
      };
      return toVoicemailWire(n);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/numbers/voicemail/info',
    handle(ctx) {
      return toVoicemailWire(findNumber(ctx));
    },
  },
  {
    method: 'POST',
    path: '/v1.0/numbers/voicemail/update',
    handle(ctx) {
      const n = findNumber(ctx);
      const box = n.voicemail;
      if (!box) throw badRequest(`voicemail is not active on ${n.number}; activate it first.`);
      const next = {
        ...box,
        pinHash: pinHash(ctx.body, false) ?? box.pinHash,
        email: ctx.body.email('Email') ?? box.email,
        firstName: ctx.body.string('FirstName', { maxLength: 100 }) ?? box.firstName,
        lastName: ctx.body.string('LastName', { maxLength: 100 }) ?? box.lastName,
      };
      n.voicemail = next;
      return toVoicemailWire(n);
    },
  },
];
