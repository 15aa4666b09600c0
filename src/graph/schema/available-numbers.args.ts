import { ArgsType, Field, Int } from 'type-graphql';
import { AvailableNumberType } from './enums';

@ArgsType()
export class AvailableNumbersArgs {
  @Field(() => AvailableNumberType, { defaultValue: AvailableNumberType.MOBILE, description: 'Mobile (MVNO/IoT) or VoIP numbers.' })
  numberType!: AvailableNumberType;

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
