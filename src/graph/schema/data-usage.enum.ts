import { registerEnumType } from 'type-graphql';

/** The unit of data thresholds and usage (`ValueUnit`, REFERENCE.md §3.11 and C20). */
export enum DataUnit {
  KB = 'KB',
  MB = 'MB',
  GB = 'GB',
  TB = 'TB',
}
registerEnumType(DataUnit, {
  name: 'DataUnit',
  description: 'The unit of data thresholds and usage.',
  valuesConfig: {
    KB: { description: 'Kilobytes.' },
    MB: { description: 'Megabytes (Telegent’s current docs use MB only).' },
    GB: { description: 'Gigabytes.' },
    TB: { description: 'Terabytes.' },
  },
});

/** The speed a number drops to at its throttle threshold: both documented lists (REFERENCE.md §3.11, C20). */
export enum ThrottleSpeed {
  KBPS_64 = 'KBPS_64',
  KBPS_128 = 'KBPS_128',
  KBPS_256 = 'KBPS_256',
  KBPS_512 = 'KBPS_512',
  MBPS_1 = 'MBPS_1',
  MBPS_5 = 'MBPS_5',
  MBPS_20 = 'MBPS_20',
  MBPS_50 = 'MBPS_50',
  MBPS_100 = 'MBPS_100',
}
registerEnumType(ThrottleSpeed, {
  name: 'ThrottleSpeed',
  description: 'Speed once a number is throttled.',
  valuesConfig: {
    KBPS_64: { description: '64 kbit/s (Telegent: 64-kbps).' },
    KBPS_128: { description: '128 kbit/s (128-kbps).' },
    KBPS_256: { description: '256 kbit/s (256-kbps).' },
    KBPS_512: { description: '512 kbit/s (512-kbps).' },
    MBPS_1: { description: '1 Mbit/s (1-mbps).' },
    MBPS_5: { description: '5 Mbit/s (5-mbps).' },
    MBPS_20: { description: '20 Mbit/s (20-mbps).' },
    MBPS_50: { description: '50 Mbit/s (50-mbps).' },
    MBPS_100: { description: '100 Mbit/s (100-mbps).' },
  },
});

/** How often a number's data usage starts over (`PeriodType` M|W). */
export enum RenewalPeriod {
  MONTHLY = 'MONTHLY',
  WEEKLY = 'WEEKLY',
}
registerEnumType(RenewalPeriod, {
  name: 'RenewalPeriod',
  description: 'The length of a data-usage cycle.',
  valuesConfig: {
    MONTHLY: { description: 'Monthly cycles (Telegent: M); the renewal day is a day of the month, 1–31.' },
    WEEKLY: { description: 'Weekly cycles (W); the renewal day is a day of the week, 1–7.' },
  },
});
