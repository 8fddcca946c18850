// The vitest configuration for a mutation run: only the test files of the area being mutated
// (MUTATION_AREA, set by stryker/run.mjs), so each mutant runs the tests that can kill it and no others.
import { defineConfig } from "vitest/config";
import { AREAS } from "./areas.mjs";

const area = AREAS[process.env.MUTATION_AREA ?? ""];
if (!area) throw new Error(`MUTATION_AREA must be one of ${Object.keys(AREAS).join(", ")}; got ${process.env.MUTATION_AREA}`);

export default defineConfig({
  test: { include: area.tests, testTimeout: 30_000, hookTimeout: 120_000 },
});
