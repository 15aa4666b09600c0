import type { Route } from '../router';

export const productRoutes: Route[] = [];
