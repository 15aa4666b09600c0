import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildGatewaySchema } from './build-schema';

/** The SDL committed as schema.graphql: sorted, so the file only changes when the schema does. */
export async function printGatewaySchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGatewaySchema()))}\n`;
}
