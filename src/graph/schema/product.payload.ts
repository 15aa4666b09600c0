import { Field, ObjectType } from 'type-graphql';
import { Product } from './product.type';

@ObjectType({ description: 'The result of createProduct.' })
export class CreateProductPayload {
  @Field(() => Product, { description: 'The new product.' })
  product!: Product;
}

@ObjectType({ description: 'The result of updateProduct.' })
export class UpdateProductPayload {
  @Field(() => Product, { description: 'The product as it is now.' })
  product!: Product;
}
