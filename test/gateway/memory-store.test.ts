import Keyv from 'keyv';
import { BoundedMemoryStore } from '../../src/stores/memory-store';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('BoundedMemoryStore behind keyv', () => {
  const stores: BoundedMemoryStore[] = [];
  const keyvOver = (store: BoundedMemoryStore): Keyv => {
    stores.push(store);
    return new Keyv({ store, namespace: 'test' });
  };
  afterAll(() => stores.forEach((store) => store.disconnect()));

  it('should keep at most its bound, dropping the least recently used entry first', async () => {
    const store = new BoundedMemoryStore(3);
    const keyv = keyvOver(store);
    await keyv.set('a', 1);
    await keyv.set('b', 2);
    await keyv.set('c', 3);
    expect(await keyv.get('a')).toBe(1); // a is now the most recently used
    await keyv.set('d', 4);
    expect(store.size).toBe(3);
    expect(await keyv.get('b')).toBeUndefined();
    expect([await keyv.get('a'), await keyv.get('c'), await keyv.get('d')]).toEqual([1, 3, 4]);
  });

  it('should sweep out expired entries without their being read', async () => {
    const store = new BoundedMemoryStore(100, 20);
    const keyv = keyvOver(store);
    await keyv.set('short', 'x', 30);
    await keyv.set('long', 'y', 60_000);
    await keyv.set('forever', 'z');
    expect(store.size).toBe(3);
    await sleep(120);
    expect(store.size).toBe(2);
    expect([await keyv.get('short'), await keyv.get('long'), await keyv.get('forever')]).toEqual([undefined, 'y', 'z']);
  });
});
