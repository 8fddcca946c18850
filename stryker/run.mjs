// npm run mutation [-- area ...]: StrykerJS over the core, one area at a time (stryker/areas.mjs).
// Reports: reports/mutation/<area>.html and .json; the score of each area is printed at the end.
import { Stryker } from "@stryker-mutator/core";
import { AREAS } from "./areas.mjs";

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(AREAS);
const unknown = names.filter((n) => !AREAS[n]);
if (unknown.length) {
  console.error(`unknown area(s) ${unknown.join(", ")}: expected ${Object.keys(AREAS).join(", ")}`);
  process.exit(2);
}
const scores = [];
for (const name of names) {
  process.env.MUTATION_AREA = name;
  // MUTATION_REPORT=collections-core: the reports and incremental file under another name, so that one part of an
  // area (MUTATION_ONLY) can run beside another without overwriting its results
  const report = process.env.MUTATION_REPORT ?? name;
  const results = await new Stryker({
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: "stryker/vitest.config.mjs", related: false },
    // MUTATION_ONLY="facts/extract.ts:366-470,facts/tables.ts": a part of the area (line ranges), when the whole takes hours
    mutate: process.env.MUTATION_ONLY?.split(",") ?? AREAS[name].mutate,
    coverageAnalysis: "perTest",
    mutator: { excludedMutations: AREAS[name].excludedMutations ?? [] },
    // static mutants (module-level word lists and tables) run every test of the area each: an area may skip them
    ignoreStatic: AREAS[name].ignoreStatic ?? false,
    // the machine is shared: one test process unless MUTATION_CONCURRENCY says otherwise
    concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
    // perTest coverage of the facts area (9,900 mutants instrumented, 112 test files) outgrows the default heap, and 8 GB
    testRunnerNodeArgs: [`--max-old-space-size=${process.env.MUTATION_HEAP_MB ?? 16000}`],
    // the initial run of every test with coverage takes over five minutes (stryker's default limit) on a busy machine
    dryRunTimeoutMinutes: Number(process.env.MUTATION_DRY_RUN_MINUTES ?? 30),
    reporters: ["clear-text", "progress", "html", "json"],
    htmlReporter: { fileName: `reports/mutation/${report}.html` },
    jsonReporter: { fileName: `reports/mutation/${report}.json` },
    tempDirName: `.stryker-tmp/${report}`,
    // a re-run after adding tests tests again only the mutants whose code or covering tests changed
    incremental: true,
    incrementalFile: `reports/mutation/${report}-incremental.json`,
    cleanTempDir: "always",
    thresholds: { high: 85, low: 75, break: null },
  }).runMutationTest();
  const killed = results.filter((m) => m.status === "Killed" || m.status === "Timeout").length;
  const valid = results.filter((m) => !["CompileError", "RuntimeError", "Ignored"].includes(m.status)).length;
  scores.push(`${name}: ${valid ? ((killed / valid) * 100).toFixed(1) : "n/a"}% (${killed} of ${valid} mutants killed)`);
}
console.log(`\nMutation scores\n${scores.join("\n")}`);
