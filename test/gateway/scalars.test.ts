import { MoneyScalar, formatMoney } from '../../src/graph/schema/money.scalar';
import { IccidScalar } from '../../src/graph/schema/iccid.scalar';
import { E164Scalar } from '../../src/graph/schema/e164.scalar';
import { Kind } from 'graphql';

describe('Money', () => {
  it.each([
    [19.99, '19.99'],
    [30, '30.00'],
    [0.0045, '0.0045'],
    [1.125, '1.125'],
    [0.1 + 0.2, '0.30'],
  ])('should write %p as %p', (amount, text) => {
    expect(formatMoney(amount)).toBe(text);
  });

  it('should read decimal strings and numbers, and refuse more than four decimals', () => {
    expect(MoneyScalar.parseValue('19.99')).toBe(19.99);
    expect(MoneyScalar.parseValue(12)).toBe(12);
    expect(() => MoneyScalar.parseValue('1.23456')).toThrow(/at most 4 decimals/);
    expect(() => MoneyScalar.parseValue('ten')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });
});

describe('ICCID', () => {
  it('should accept 19 or 20 digits starting 89 with an optional F, and refuse anything else', () => {
    expect(IccidScalar.parseValue('8901240397190195850')).toBe('8901240397190195850');
    expect(IccidScalar.parseValue('8901240397190557414f')).toBe('8901240397190557414F');
    expect(() => IccidScalar.parseValue('1234')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });
});

describe('E164', () => {
  it.each(['+15555551234', '+15555555555', '+15555556666', '+18015551234', '+447911123456'])(
    'should take %s: E.164 in form and of a possible length (Telegent’s own examples use 555 numbers)',
    (number) => {
      expect(E164Scalar.parseValue(number)).toBe(number);
      expect(E164Scalar.parseLiteral({ kind: Kind.STRING, value: number })).toBe(number);
    },
  );

  it.each([
    ['one digit short', '+1555555123'],
    ['one digit long', '+155555512345'],
    ['of no country', '+999123456789'],
    ['without a plus', '18015551234'],
    ['with spaces', '+1 801 555 1234'],
    ['with a leading zero', '+0123456789'],
  ])('should refuse a number %s with BAD_USER_INPUT', (_, number) => {
    expect(() => E164Scalar.parseValue(number)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });

  it('should refuse a literal that is not a string', () => {
    expect(() => E164Scalar.parseLiteral({ kind: Kind.INT, value: '18015551234' })).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });
});
