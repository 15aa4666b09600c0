import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DataUsage, DataUsageMeter, DataUsageSettings } from '../schema/data-usage.type';

@Resolver(() => DataUsage)
export class DataUsageResolver {
  @FieldResolver(() => DataUsageSettings, { nullable: true, description: 'The thresholds set on the number.' })
  settings(@Root() usage: DataUsage, @Ctx() { loaders }: Context): Promise<DataUsageSettings | null> {
    return loaders.dataUsageSettingsByNumber.load(usage.number);
  }

  @FieldResolver(() => DataUsageMeter, { nullable: true, description: 'Consumption against those thresholds.' })
  usage(@Root() usage: DataUsage, @Ctx() { loaders }: Context): Promise<DataUsageMeter | null> {
    return loaders.dataUsageMeterByNumber.load(usage.number);
  }
}
