import { timingSafeEqual } from 'node:crypto';

/** Whether an Authorization header carries `Bearer <token>`, compared in constant time. */
export function hasBearer(authorization: string | undefined, token: string): boolean {
  const presented = Buffer.from(authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
