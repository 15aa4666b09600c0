import { toNumberResults, toThrottleSpeed } from '../../src/telegent/data-usage/mappers';

/**
 * Data-usage writes answer 200 and report failures inside (REFERENCE.md §2.3). The sandbox applies
 * these writes all-or-nothing and so never answers a partial failure; the mapping of one is checked
 * here on answers shaped as the reference documents them.
 */
describe('per-number results of data-usage writes', () => {
  const asked = ['+14355550100', '+14355550101', '+14355550102'];

  it('should report each number from its own Status, with its message', () => {
    const answer = {
      Status: 'Complete',
      StatusMessage: '',
      PhoneNumbers: [
        { Number: '+14355550100', Status: 'Success', StatusMessage: '' },
        { Number: '+14355550101', Status: 'Error', StatusMessage: 'Number is not data-enabled.' },
        { Number: '+14355550102', Status: 'Failed', StatusMessage: '' },
      ],
    };
    expect(toNumberResults(answer, asked)).toEqual([
      { number: '+14355550100', succeeded: true, message: null },
      { number: '+14355550101', succeeded: false, message: 'Number is not data-enabled.' },
      { number: '+14355550102', succeeded: false, message: 'Telegent answered Failed.' },
    ]);
  });

  it('should fall back on the overall Status when numbers carry none (the data-usage answer)', () => {
    const rows = asked.map((Number) => ({ Number }));
    expect(toNumberResults({ Status: 'Complete', StatusMessage: '', PhoneNumbers: rows }, asked).every((r) => r.succeeded)).toBe(true);
    expect(toNumberResults({ Status: 'Error', StatusMessage: 'Limit below current usage.', PhoneNumbers: rows }, asked)).toEqual(
      asked.map((number) => ({ number, succeeded: false, message: 'Limit below current usage.' })),
    );
  });

  it('should not count a number the answer leaves out as done', () => {
    const [result] = toNumberResults({ Status: 'Complete', PhoneNumbers: [] }, [asked[0]!]);
    expect(result).toMatchObject({ number: asked[0], succeeded: false });
  });
});

describe('throttle speeds read back', () => {
  it.each([
    ['1-mbps', 'MBPS_1'],
    ['100-MBPS', 'MBPS_100'],
    ['64-kbps', 'KBPS_64'],
    ['thr1024kbps', 'MBPS_1'],
    ['thr512kbps', 'KBPS_512'],
    ['thr5120kbps', 'MBPS_5'],
  ])('should read %s as %s', (raw, speed) => {
    expect(toThrottleSpeed(raw)).toBe(speed);
  });

  it.each([null, '', '2-mbps', 'thr1000kbps', 'fast'])('should read %p as no documented speed', (raw) => {
    expect(toThrottleSpeed(raw)).toBeNull();
  });
});
