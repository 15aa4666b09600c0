import { Field, ObjectType } from 'type-graphql';
import { Service, ServiceItem } from './service.type';

@ObjectType({ description: 'The result of createService.' })
export class CreateServicePayload {
  @Field(() => Service, { description: 'The new service.' })
  service!: Service;
}

@ObjectType({ description: 'The result of updateService.' })
export class UpdateServicePayload {
  @Field(() => Service, { description: 'The service as it is now.' })
  service!: Service;
}

@ObjectType({ description: 'The result of addServiceItem: the new price point, and its service.' })
export class AddServiceItemPayload {
  @Field(() => ServiceItem, { description: 'The new price point.' })
  item!: ServiceItem;

  /** For `service`. */
  serviceId!: string;
}

@ObjectType({ description: 'The result of updateServiceItem: the price point as it is now, and its service.' })
export class UpdateServiceItemPayload {
  @Field(() => ServiceItem, { description: 'The price point as it is now.' })
  item!: ServiceItem;

  /** For `service`. */
  serviceId!: string;
}
