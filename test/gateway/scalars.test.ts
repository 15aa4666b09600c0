import { MoneyScalar, formatMoney } from '../../src/graph/schema/money.scalar';
import { IccidScalar } from '../../src/graph/schema/iccid.scalar';

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
