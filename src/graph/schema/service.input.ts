import { Field, ID, InputType } from 'type-graphql';
import { BillingFrequency } from './billing-frequency.enum';
import { type ValidatedInput, checkId, checkMoney, checkText, inputField } from './input-rules';
import { MoneyScalar } from './money.scalar';

/** The platform's limits (the sandbox's; REFERENCE.md §3.13 infers the service object and gives none). */
const NAME_MAX = 255;
const DESCRIPTION_MAX = 500;
/** Aggregator IDs appear as `AGID-`, `AGG-`, and in older examples `AID-`/`DID-` (REFERENCE.md §2.5). */
const AGGREGATOR_ID_PREFIXES = ['AGID', 'AGG', 'AID', 'DID'];
const SCOPE_ID_MAX = 100;

@InputType({ description: 'A new service: a chargeable capability, priced per aggregator or distributor through its items.' })
export class CreateServiceInput implements ValidatedInput {
  @Field({ description: 'Display name (up to 255 characters).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the service is (up to 500 characters).' })
  description?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Base cost, in USD (zero or more); Telegent records 0 when left out.' })
  cost?: number | null;

  @Field(() => BillingFrequency, { nullable: true, description: 'Monthly (MRC, the default) or once (NRC).' })
  billingFrequency?: BillingFrequency | null;

  validate(): void {
    checkServiceFields(this);
  }
}

@InputType({ description: 'Changes to a service; fields left out stay as they are. Packages and subscriptions that include it see the change.' })
export class UpdateServiceInput implements ValidatedInput {
  @Field(() => ID, { description: 'The service (SID-).' })
  serviceId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'New base cost, in USD (zero or more).' })
  cost?: number | null;

  @Field(() => BillingFrequency, { nullable: true, description: 'New billing frequency.' })
  billingFrequency?: BillingFrequency | null;

  validate(): void {
    checkId(this.serviceId, ['SID'], inputField('serviceId'));
    checkServiceFields(this);
  }
}

function checkServiceFields(input: Omit<UpdateServiceInput, 'serviceId' | 'validate'>): void {
  checkText(input.name, NAME_MAX, inputField('name'));
  checkText(input.description, DESCRIPTION_MAX, inputField('description'));
  checkMoney(input.cost, inputField('cost'));
}

/** The fields of addServiceItem and updateServiceItem (not itself in the schema: each mutation has its own input type). */
@InputType({ description: 'A price point of a service for one scope; the service and scope (aggregator, distributor, or neither) name the item.' })
export abstract class ServiceItemInput implements ValidatedInput {
  @Field(() => ID, { description: 'The service (SID-).' })
  serviceId!: string;

  @Field(() => String, { nullable: true, description: 'The aggregator the price applies to (AGID-, AGG-…).' })
  aggregatorId?: string | null;

  @Field(() => String, { nullable: true, description: 'The distributor the price applies to (DID-).' })
  distributorId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The price, in USD (zero or more). When adding, the service’s cost by default; when updating, unchanged by default.' })
  price?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the price recurs monthly. When adding, by default whether the service is MRC; when updating, unchanged by default.' })
  monthly?: boolean | null;

  validate(): void {
    checkId(this.serviceId, ['SID'], inputField('serviceId'));
    checkId(this.aggregatorId, AGGREGATOR_ID_PREFIXES, inputField('aggregatorId'));
    checkText(this.aggregatorId, SCOPE_ID_MAX, inputField('aggregatorId'));
    checkId(this.distributorId, ['DID'], inputField('distributorId'));
    checkText(this.distributorId, SCOPE_ID_MAX, inputField('distributorId'));
    checkMoney(this.price, inputField('price'));
  }
}

@InputType({ description: 'A new price point of a service; several per service make pricing tiers.' })
export class AddServiceItemInput extends ServiceItemInput {}

@InputType({ description: 'A new price for the service item of that scope; fields left out stay as they are.' })
export class UpdateServiceItemInput extends ServiceItemInput {}
