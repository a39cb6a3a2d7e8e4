import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside React Server Components; tests call server modules directly.
      "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // A fixed data encryption key and auth secret, so no test writes a key file into DATA_DIR
    // (lib/crypto and lib/auth cover that) and the tests run the same with DATABASE_URL, where
    // both are required.
    env: {
      DATA_ENCRYPTION_KEYS: "test:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      AUTH_SECRET: "vitest-auth-secret-0123456789abcdef0123456789",
    },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration files share one database per run; keep them in one worker at a time.
    fileParallelism: false,
    pool: "forks",
  },
});
