import { ActivateVoicemailDocument, type ActivateVoicemailInput, NumberVoicemailDocument, UpdateVoicemailDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { type SeededNumbers, seededNumbers, usDateIn } from '../helpers/numbers';

const ACTIVATE = 'POST /v1.0/numbers/voicemail/activate';
const UPDATE = 'POST /v1.0/numbers/voicemail/update';
const PIN = '86420975';

describe('voicemail mutations', () => {
  let gateway: TestGateway;
  let seed: SeededNumbers;
  /** Acme's mvno lines (Active, voice-enabled), handed out one per test. */
  let lines: string[];

  const total = async (): Promise<number> => (await gateway.sandbox.stats()).total;
  const activation = (number: string, change: Partial<ActivateVoicemailInput> = {}): ActivateVoicemailInput => ({
    number,
    pin: PIN,
    email: 'mailbox@acme.example',
    firstName: 'Rosa',
    lastName: 'Parks',
    ...change,
  });

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    seed = await seededNumbers(gateway.sandbox);
    lines = seed.mvno.slice(40).map((n) => n.Number);
  });
  afterAll(() => gateway.stop());

  describe('activateVoicemail', () => {
    it('should turn voicemail on, answer the mailbox and its number without the PIN, and show it in later queries', async () => {
      const number = lines.pop()!;
      expect((await gateway.query(NumberVoicemailDocument, { number })).body.data!.phoneNumber!.voicemail!.status).toBe('Inactive');
      const reply = await gateway.query(ActivateVoicemailDocument, { input: activation(number) });
      expect(reply.body.errors).toBeUndefined();
      const voicemail = { status: 'Active', email: 'mailbox@acme.example', firstName: 'Rosa', lastName: 'Parks' };
      expect(reply.body.data!.activateVoicemail).toEqual({ voicemail, phoneNumber: { number, voicemail } });
      expect(JSON.stringify(reply.body)).not.toContain(PIN);
      expect((await gateway.query(NumberVoicemailDocument, { number })).body.data!.phoneNumber!.voicemail).toEqual(voicemail);
    });

    it.each<[string, Partial<ActivateVoicemailInput>, string]>([
      ['a number that is not E.164', { number: '8015550100' }, 'input.number'],
      ['a 3-digit PIN', { pin: '123' }, 'input.pin'],
      ['an 11-digit PIN', { pin: '12345678901' }, 'input.pin'],
      ['a PIN with letters', { pin: '12ab' }, 'input.pin'],
      ['an e-mail without @', { email: 'mailbox.acme.example' }, 'input.email'],
      ['a blank first name', { firstName: ' ' }, 'input.firstName'],
      ['a last name over 100 characters', { lastName: 'l'.repeat(101) }, 'input.lastName'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await total();
      const reply = await gateway.query(ActivateVoicemailDocument, { input: activation(lines[0]!, change) });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    });

    it('should keep a refused PIN out of the error', async () => {
      const reply = await gateway.query(ActivateVoicemailDocument, { input: activation(lines[0]!, { pin: '97531' + 'x' }) });
      expect(reply.body.errors![0]!.message).toBe('input.pin must be 4 to 10 digits.');
    });

    it('should answer VOICEMAIL_ALREADY_ACTIVE for a second activation, confirmed by a read', async () => {
      const number = lines.pop()!;
      expect((await gateway.query(ActivateVoicemailDocument, { input: activation(number) })).body.errors).toBeUndefined();
      const again = await gateway.query(ActivateVoicemailDocument, { input: activation(number, { pin: '1111' }) });
      expect(again.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'VOICEMAIL_ALREADY_ACTIVE', upstream: { status: 400, endpoint: ACTIVATE } });
    });

    it.each<[string, () => Promise<string>]>([
      ['a number without voice', async () => seed.doe[0]!.Number],
      [
        'a parked number',
        async () => {
          const number = lines.pop()!;
          const park = await gateway.sandbox.client().post('/numbers/status', { StatusChange: 'park', EffectiveDate: usDateIn(0), PhoneNumbers: [{ Number: number }] });
          expect(park.status).toBe(200);
          return number;
        },
      ],
    ])('should pass on the platform’s refusal of %s', async (_, numberOf) => {
      const reply = await gateway.query(ActivateVoicemailDocument, { input: activation(await numberOf()) });
      expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: ACTIVATE } });
    });

    it('should answer NOT_FOUND for another distributor’s number', async () => {
      const reply = await gateway.query(ActivateVoicemailDocument, { input: activation(seed.initech[0]!.Number) });
      expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'NOT_FOUND', upstream: { status: 404, endpoint: ACTIVATE } });
    });
  });

  describe('updateVoicemail', () => {
    it('should change only what is sent and show it in later queries', async () => {
      const number = lines.pop()!;
      await gateway.query(ActivateVoicemailDocument, { input: activation(number) });
      const reply = await gateway.query(UpdateVoicemailDocument, { input: { number, pin: '0042', email: 'new@acme.example' } });
      expect(reply.body.errors).toBeUndefined();
      const voicemail = { status: 'Active', email: 'new@acme.example', firstName: 'Rosa', lastName: 'Parks' };
      expect(reply.body.data!.updateVoicemail).toEqual({ voicemail, phoneNumber: { number, voicemail } });
      expect((await gateway.query(NumberVoicemailDocument, { number })).body.data!.phoneNumber!.voicemail).toEqual(voicemail);
    });

    it('should answer VOICEMAIL_NOT_ACTIVE for a number whose voicemail was never activated', async () => {
      const reply = await gateway.query(UpdateVoicemailDocument, { input: { number: lines.pop()!, firstName: 'Ida' } });
      expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'VOICEMAIL_NOT_ACTIVE', upstream: { status: 400, endpoint: UPDATE } });
    });

    it.each<[string, Record<string, string>, string]>([
      ['a number that is not E.164', { number: '+1-801-555-0100' }, 'input.number'],
      ['a PIN that is not digits', { pin: '12 34' }, 'input.pin'],
      ['an e-mail without a domain', { email: 'new@' }, 'input.email'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await total();
      const reply = await gateway.query(UpdateVoicemailDocument, { input: { number: lines[0]!, ...change } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    });

    it('should answer NOT_FOUND for another distributor’s number', async () => {
      const reply = await gateway.query(UpdateVoicemailDocument, { input: { number: seed.initech[0]!.Number, pin: '1234' } });
      expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'NOT_FOUND', upstream: { status: 404, endpoint: UPDATE } });
    });
  });
});
