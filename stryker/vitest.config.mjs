// The vitest configuration for a mutation run: only the test files of the area being mutated
// (MUTATION_AREA, set by stryker/run.mjs), so each mutant runs the tests that can kill it and no others.
import { defineConfig } from "vitest/config";
import { AREAS } from "./areas.mjs";

const area = AREAS[process.env.MUTATION_AREA ?? ""];
if (!area) throw new Error(`MUTATION_AREA must be one of ${Object.keys(AREAS).join(", ")}; got ${process.env.MUTATION_AREA}`);

export default defineConfig({
  // MUTATION_SHARED=1: the area's test files share one module graph (isolate: false), several times faster for the
  // facts area, whose modules keep no state between calls; see the mutation record (Stop 26) for how it was checked
  test: { include: area.tests, testTimeout: 30_000, hookTimeout: 120_000, isolate: process.env.MUTATION_SHARED !== "1" },
});
