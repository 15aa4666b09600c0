import { Field, ObjectType } from 'type-graphql';
import { Order } from './order.type';

@ObjectType({ description: 'The result of provisionNumber: the order, and the number and subscriber it touched.' })
export class ProvisionNumberPayload {
  @Field(() => Order, { description: 'The provision order (Complete when the number is active).' })
  order!: Order;

  @Field(() => String, {
    nullable: true,
    description: 'eSIM activation QR code image URL (LPA), when the number is on an eSIM. Kept by the gateway afterwards: PhoneNumber.qrCode.',
  })
  qrCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ZIP code of the area the number was picked in, as Telegent answered (its ZipCode); also PhoneNumber.zipCode afterwards.',
  })
  zipCode!: string | null;

  /** For `phoneNumber` and `subscriber`. */
  number!: string;
  numberId!: string;
  subscriberId!: string | null;
}
