/**
 * Upstream shapes (`Raw*`, PascalCase as Telegent sends them) and their mapping to the objects the
 * graph serves, one module per area. Foreign keys (`accountId`, `subscriberId`, …) travel on the
 * mapped objects for field resolvers and are not exposed as fields.
 */
export * from './accounts';
export * from './catalog';
export * from './dates';
export * from './guardian';
export * from './messages';
export * from './numbers';
export * from './orders';
export * from './routes';
export * from './workgroups';
