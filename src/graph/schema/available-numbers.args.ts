import { ArgsType, Field, Int } from 'type-graphql';
import { NumberType } from './enums';

@ArgsType()
export class AvailableNumbersArgs {
  @Field(() => NumberType, {
    defaultValue: NumberType.MVNO,
    description: 'The kind of number to buy: MVNO and IOT search Telegent’s mobile numbers (one pool), VOIP its VoIP numbers.',
  })
  numberType!: NumberType;

  @Field(() => String, { nullable: true, description: 'Preferred three-digit area code; searched first.' })
  areaCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Five-digit US ZIP code; used when the area code has no numbers.' })
  zipCode?: string | null;

  @Field({ defaultValue: true, description: 'The numbers must support messaging.' })
  messageEnabled!: boolean;

  @Field({ defaultValue: false, description: 'The numbers must support voice.' })
  voiceEnabled!: boolean;

  @Field(() => Int, { defaultValue: 1, description: 'Page of results (1-based).' })
  page!: number;

  @Field(() => Int, { defaultValue: 12, description: 'Numbers per page (1 to 100).' })
  pageSize!: number;
}
