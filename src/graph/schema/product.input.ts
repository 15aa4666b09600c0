import { Field, ID, InputType } from 'type-graphql';
import { BillingFrequency } from './billing-frequency.enum';
import { type ValidatedInput, checkId, checkMoney, checkText, inputField } from './input-rules';
import { MoneyScalar } from './money.scalar';

/** The platform's limits on a product's text fields (the sandbox's, REFERENCE.md §3.13 gives none). */
const SKU_MAX = 100;
const DESCRIPTION_MAX = 500;
const TYPE_MAX = 100;

@InputType({ description: 'A new product in the distributor’s catalog (Telegent products).' })
export class CreateProductInput implements ValidatedInput {
  @Field({ description: 'Stock-keeping code, e.g. VAS035 (up to 100 characters).' })
  sku!: string;

  @Field({ description: 'What the product is (up to 500 characters).' })
  description!: string;

  @Field({ description: 'Product family, free text: esim, data, sms, voice, VAS… (up to 100 characters).' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Finer family, e.g. AI Operator (up to 100 characters).' })
  subType?: string | null;

  @Field(() => MoneyScalar, { description: 'Wholesale cost to the distributor, in USD (zero or more).' })
  cost!: number;

  @Field(() => BillingFrequency, { description: 'Monthly (MRC) or once (NRC).' })
  billingFrequency!: BillingFrequency;

  validate(): void {
    checkProductFields(this);
  }
}

@InputType({ description: 'Changes to a product; fields left out stay as they are.' })
export class UpdateProductInput implements ValidatedInput {
  @Field(() => ID, { description: 'The product (PRID-).' })
  productId!: string;

  @Field(() => String, { nullable: true, description: 'New stock-keeping code.' })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New product family.' })
  type?: string | null;

  @Field(() => String, { nullable: true, description: 'New finer family.' })
  subType?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'New wholesale cost, in USD (zero or more).' })
  cost?: number | null;

  @Field(() => BillingFrequency, { nullable: true, description: 'New billing frequency.' })
  billingFrequency?: BillingFrequency | null;

  validate(): void {
    checkId(this.productId, ['PRID'], inputField('productId'));
    checkProductFields(this);
  }
}

function checkProductFields(input: Omit<UpdateProductInput, 'productId' | 'validate'>): void {
  checkText(input.sku, SKU_MAX, inputField('sku'));
  checkText(input.description, DESCRIPTION_MAX, inputField('description'));
  checkText(input.type, TYPE_MAX, inputField('type'));
  checkText(input.subType, TYPE_MAX, inputField('subType'));
  checkMoney(input.cost, inputField('cost'));
}
