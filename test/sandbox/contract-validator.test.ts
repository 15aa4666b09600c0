import { ContractValidator } from '../helpers/contract';

describe('ContractValidator', () => {
  const validator = new ContractValidator();

  it('should accept a token response with a null apiEndpoint', () => {
    expect(
      validator.check({
        method: 'POST',
        path: '/v1.0/oauth2/tokens',
        status: 200,
        body: { token: 'x', successful: true, tokenExpiry: '05/02/2025 06:36:13 PM', apiEndpoint: null },
      }),
    ).toBeNull();
  });

  it('should reject a token response whose token is not a string', () => {
    expect(
      validator.check({ method: 'POST', path: '/v1.0/oauth2/tokens', status: 200, body: { token: 1, successful: true } }),
    ).toMatch(/token must be string/);
  });

  it('should reject an error body with properties beyond StatusCode and Message', () => {
    expect(
      validator.check({ method: 'POST', path: '/v1.0/oauth2/tokens', status: 401, body: { StatusCode: 401, Message: 'x', Extra: 1 } }),
    ).toMatch(/additional properties/);
  });

  it('should reject a status the operation does not document', () => {
    expect(validator.check({ method: 'POST', path: '/v1.0/oauth2/tokens', status: 201, body: {} })).toMatch(/not documented/);
  });

  it('should check answers for unknown paths against the error body', () => {
    expect(validator.check({ method: 'GET', path: '/v1.0/nope', status: 404, body: { StatusCode: 404, Message: 'x' } })).toBeNull();
    expect(validator.check({ method: 'GET', path: '/v1.0/nope', status: 404, body: { error: 'x' } })).not.toBeNull();
  });

  it('should accept any value, null included, for an untyped nullable field such as TimeRestrictions', () => {
    const filter = { FilterId: 'CFID-1', SubscriberId: 'TSUID-1', Phone: '+18015551234', FilterMode: 'BLACKLIST' };
    for (const TimeRestrictions of [null, { Weekdays: '21:00-07:00' }, 'nights']) {
      expect(validator.check({ method: 'POST', path: '/v1.0/subscribers/call-filter', status: 200, body: { ...filter, TimeRestrictions } })).toBeNull();
    }
  });

  it('should check nested schemas such as the account address', () => {
    const account = { AccountId: 'AID-1', AccountName: 'x', BillingAddress: { Street1: null, City: 'Lehi' } };
    expect(validator.check({ method: 'POST', path: '/v1.0/account/create', status: 200, body: account })).toBeNull();
    expect(
      validator.check({ method: 'POST', path: '/v1.0/account/create', status: 200, body: { ...account, BillingAddress: { City: 5 } } }),
    ).toMatch(/City must be string/);
  });
});

describe('ContractValidator nullable enums', () => {
  const validator = new ContractValidator();
  const route = { MessageRouteId: 'MRID-1', CallbackMessageAuthenticationType: null };

  it('should accept null for a nullable enum and still reject values outside it', () => {
    expect(validator.check({ method: 'GET', path: '/v1.0/message/routes', status: 200, body: route })).toBeNull();
    expect(
      validator.check({
        method: 'GET',
        path: '/v1.0/message/routes',
        status: 200,
        body: { ...route, CallbackMessageAuthenticationType: 'Digest' },
      }),
    ).toMatch(/allowed values/);
  });
});
