import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { oneCallThenPerListItem } from '../schema/query-cost';
import { Service, ServiceItem } from '../schema/service.type';

@Resolver(() => Service)
export class ServiceResolver {
  @FieldResolver(() => [ServiceItem], {
    nullable: true,
    complexity: oneCallThenPerListItem,
    description: 'The service’s price points (pricing tiers per aggregator or distributor). Costs one upstream call per service: avoid it on long lists.',
  })
  items(@Root() service: Service, @Ctx() { loaders }: Context): Promise<ServiceItem[]> {
    return loaders.serviceItemsByServiceId.load(service.id);
  }
}
