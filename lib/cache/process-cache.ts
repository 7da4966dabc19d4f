type Entry<V> = { value: V; expires: number };

/**
 * A small TTL cache shared by every bundle of this process (Next compiles middleware, pages
 * and route handlers separately; a module-level Map would exist once per bundle and an
 * invalidation in one would not reach the others).
 */
export function processCache<V>(name: string, ttlMs: number) {
  const key = Symbol.for(`coupdemain.cache.${name}`);
  const g = globalThis as unknown as Record<symbol, Map<string, Entry<V>> | undefined>;
  const store = (g[key] ??= new Map<string, Entry<V>>());
  const pending = new Map<string, Promise<V>>();

  return {
    async get(id: string, load: () => Promise<V>): Promise<V> {
      const hit = store.get(id);
      if (hit && hit.expires > Date.now()) return hit.value;
      let p = pending.get(id);
      if (!p) {
        p = load()
          .then((value) => {
            store.set(id, { value, expires: Date.now() + ttlMs });
            return value;
          })
          .finally(() => pending.delete(id));
        pending.set(id, p);
      }
      return p;
    },
    delete(id: string) {
      store.delete(id);
    },
    clear() {
      store.clear();
    },
  };
}
