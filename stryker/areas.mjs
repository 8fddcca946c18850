// The core modules under mutation testing, each with the test files that cover it. A run per area keeps
// each to minutes; `npm run mutation` runs them all, `npm run mutation -- arithmetic` one of them.
export const AREAS = {
  /** The arithmetic behind computed figures and the question intents that use it. */
  arithmetic: {
    mutate: ["retrieval/figures/arithmetic.ts", "retrieval/intents/*.ts"],
    tests: ["test/arithmetic.test.ts", "test/intents.test.ts", "test/figures-solve.test.ts"],
  },
  /** Fact extraction from sentences and tables. */
  facts: {
    mutate: ["facts/extract.ts", "facts/tables.ts"],
    // extract.ts is mostly regular expressions and word lists: with them, ~1,950 mutants (an hour on 2 cores);
    // without regex and string mutants it is the extraction logic that is measured
    excludedMutations: ["Regex", "StringLiteral"],
    tests: ["test/fact-shapes.test.ts", "test/figures-solve.test.ts", "test/intents.test.ts", "test/arithmetic.test.ts"],
  },
  /** Reading a question and completing a follow-up from the previous one. */
  reading: {
    mutate: ["retrieval/figures/query.ts", "retrieval/followup.ts"],
    tests: ["test/figures-parse.test.ts", "test/followup.test.ts", "test/figures-solve.test.ts", "test/intents.test.ts"],
  },
  /** Per-server document collections (uploads, their indexes, their isolation). */
  collections: {
    mutate: ["bot/collections/*.ts"],
    tests: ["test/collections.test.ts"],
  },
};
