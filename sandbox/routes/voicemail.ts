import type { Route } from '../router';

export const voicemailRoutes: Route[] = [];
