import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Vitest 5's failure reporter calls Map.groupBy, which Node 20 lacks; without this a failing test
// crashes the reporter instead of printing its diff.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K) {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node', globalSetup: ['tests/support/write-generated.setup.ts'] },
});
