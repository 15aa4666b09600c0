import { registerEnumType } from 'type-graphql';

/** How a product or service is charged (Telegent `BillingFrequency`, spelled the same upstream). */
export enum BillingFrequency {
  MRC = 'MRC',
  NRC = 'NRC',
}
registerEnumType(BillingFrequency, {
  name: 'BillingFrequency',
  description: 'How often a product or service is charged.',
  valuesConfig: {
    MRC: { description: 'Monthly recurring charge.' },
    NRC: { description: 'Non-recurring: charged once.' },
  },
});
