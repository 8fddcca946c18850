import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // the test files share one process and its loaded modules instead of a fresh process each: importing
    // the bot, discord.js and the retrieval code again for every file was about a third of the suite's
    // time on two cores. The files keep no state between them (no module mocks, no environment changes);
    // each opens and closes its own stores, servers and embedders.
    isolate: false,
    // two test processes even on two cores: many files wait on child processes, servers and disk, and the suite
    // took about 30% less time than with one (281 → 202 s on a loaded machine)
    maxWorkers: 2,
  },
});
