import type { Route } from '../router';

export const workgroupRoutes: Route[] = [];
