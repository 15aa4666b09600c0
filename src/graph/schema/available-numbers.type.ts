import { Field, Int, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';

@ObjectType({ description: 'An area where numbers can be bought.', simpleResolvers: true })
export class AvailableArea {
  @Field({ description: 'Three-digit area code.' })
  areaCode!: string;

  @Field({ description: 'A five-digit ZIP code the area serves.' })
  zipCode!: string;

  @Field({ description: 'The number gateway provider (NGP) offering them.' })
  provider!: string;
}

@ObjectType({
  description:
    'Numbers that can be provisioned: looked up by area code first, then by ZIP code when the area has none; ' +
    'with neither, a random selection. Looking does not reserve anything.',
})
export class AvailableNumbers {
  @Field(() => Int, { description: 'How many numbers are available in the areas found.' })
  total!: number;

  @Field(() => Int, { description: 'The page of `numbers` returned (1-based).' })
  page!: number;

  @Field(() => [AvailableArea], { description: 'The areas the numbers come from.' })
  areas!: AvailableArea[];

  @Field(() => [E164Scalar], { description: 'One page of available numbers.' })
  numbers!: string[];
}
