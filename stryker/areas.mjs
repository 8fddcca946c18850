// The core modules under mutation testing, each with the test files that cover it. A run per area keeps
// each to minutes; `npm run mutation` runs them all, `npm run mutation -- arithmetic` one of them.
// Only pure unit test files are listed (sentences and questions in, facts and answers out): no index, no server.
const SHAPES = ["test/arithmetic.test.ts", "test/plans.test.ts", "test/figures-solve.test.ts", "test/intents.test.ts",
  "test/intent-shapes.test.ts"];

export const AREAS = {
  /** The arithmetic behind computed figures and the operations question plans join quantities with. */
  arithmetic: {
    mutate: ["retrieval/figures/arithmetic.ts", "retrieval/plans/operations.ts"],
    tests: ["test/arithmetic.test.ts", "test/plans.test.ts"],
  },
  /** Finding, choosing, describing and computing the figures that answer a question. */
  figures: {
    mutate: ["retrieval/figures/base.ts", "retrieval/figures/describe.ts", "retrieval/figures/select.ts",
      "retrieval/figures/solve.ts"],
    tests: [...SHAPES, "test/explain.test.ts", "test/figure-describe.test.ts", "test/solve-shapes.test.ts"],
  },
  /** The question intents: the figure questions answered by an operation over found figures. */
  intents: {
    mutate: ["retrieval/intents/*.ts"],
    // the intent tests: each builds its fact base once (the intent-* files in beforeAll), and asks its questions in tests
    tests: ["test/intents.test.ts", "test/intent-shapes.test.ts", "test/lists-tables.test.ts", "test/partner-rankings.test.ts",
      "test/intent-sides.test.ts", "test/intent-compare-subjects.test.ts", "test/intent-ratio.test.ts",
      "test/intent-change-between.test.ts", "test/intent-implied.test.ts", "test/intent-shares.test.ts",
      "test/intent-both-flows.test.ts", "test/intent-rank-periods.test.ts", "test/intent-rankings.test.ts",
      "test/intent-named-lists.test.ts"],
  },
  /** Fact extraction from sentences and tables. */
  facts: {
    mutate: ["facts/extract.ts", "facts/tables.ts", "facts/lists.ts", "facts/trailingRank.ts", "facts/corrections.ts",
      "facts/labels.ts"],
    // extract.ts is mostly regular expressions and word lists: without regex and string mutants it is the
    // extraction logic that is measured (2,384 mutants left to run: about 1.5-2 hours at one process on the shared
    // machine; MUTATION_ONLY narrows a run to resolveWho and extractSentence, see the mutation record, Stop 23)
    excludedMutations: ["Regex", "StringLiteral"],
    // 855 of the 2,210 other mutants are static (word lists, tables, patterns built at load): each would run every test,
    // 89% of the run's time (about 15 hours at one process); they are left out, and the score is of the logic
    ignoreStatic: true,
    // the sentence-shape tests only: every test extracts, so each mutant runs most of them (the answer tests,
    // which build a whole base at load, would make every mutant run every test)
    tests: ["test/fact-shapes.test.ts", "test/fact-tables.test.ts", "test/lists-tables.test.ts", "test/fact-gaps.test.ts",
      "test/fact-owners.test.ts", "test/fact-periods.test.ts",
      "test/fact-table-rows.test.ts", "test/fact-shares.test.ts",
      "test/fact-carried.test.ts", "test/fact-anaphora.test.ts", "test/fact-point-changes.test.ts", "test/fact-lists.test.ts",
      "test/fact-wholes.test.ts", "test/fact-positions.test.ts",
      "test/fact-partners.test.ts", "test/fact-measures.test.ts",
      "test/fact-respectively.test.ts", "test/fact-later-sentences.test.ts", "test/fact-windows.test.ts",
      "test/fact-carry-over.test.ts", "test/fact-topic.test.ts", "test/fact-blocs-goods.test.ts",
      "test/fact-series.test.ts", "test/fact-stated-ranks.test.ts", "test/fact-documents.test.ts",
      "test/fact-parent-rates.test.ts", "test/fact-rank-shapes.test.ts",
      "test/fact-flow-runs.test.ts", "test/fact-table-cells.test.ts",
      "test/fact-change-verbs.test.ts", "test/fact-compared-owners.test.ts", "test/fact-counted-goods.test.ts",
      "test/fact-counted-quantities.test.ts", "test/fact-figureless-asides.test.ts", "test/fact-goods-ranks-targets.test.ts",
      "test/fact-goods-sentences.test.ts", "test/fact-part-owners.test.ts", "test/fact-quarter-tables.test.ts",
      "test/fact-ranked-items.test.ts", "test/fact-stated-lists.test.ts", "test/fact-zone-names.test.ts",
      "test/fact-list-readers.test.ts", "test/fact-trailing-ranks.test.ts", "test/fact-stop30-a.test.ts",
      "test/fact-table-row-figures.test.ts", "test/fact-figure-periods.test.ts", "test/fact-figure-owners.test.ts",
      "test/fact-figure-subjects.test.ts", "test/fact-document-lines.test.ts", "test/fact-document-carry.test.ts",
      "test/fact-rank-owners.test.ts", "test/fact-list-owners.test.ts",
      "test/fact-mapped-owners.test.ts", "test/fact-figure-details.test.ts",
      "test/fact-figure-flows.test.ts", "test/fact-founding-dates.test.ts", "test/fact-narrow-rules.test.ts",
      "test/fact-sentence-guards.test.ts", "test/fact-partner-after-figure.test.ts",
      "test/fact-paired-owners.test.ts", "test/fact-flow-carried-on.test.ts", "test/fact-counted-leads.test.ts",
      "test/fact-country-references.test.ts",
      "test/fact-table-columns.test.ts", "test/fact-dated-lines.test.ts", "test/fact-table-row-labels.test.ts",
      "test/fact-series-zones-topics.test.ts", "test/fact-periods-carried-on.test.ts",
      // (stop 28: goods with quantities, look-up parts, tables read for look-ups, the review's narrowed readers)
      "test/fact-goods-quantities.test.ts", "test/fact-lookup-parts.test.ts", "test/lookup-tables.test.ts",
      "test/review-28a.test.ts", "test/review-28b.test.ts",
      "test/fact-known-misreads.test.ts",
      // (stop 29: the survivors of stop 28's lines, shape by shape)
      "test/fact-referred-partners.test.ts", "test/fact-compared-gaps.test.ts", "test/fact-column-goods.test.ts",
      "test/fact-rank-flows-places.test.ts", "test/fact-goods-counted-shapes.test.ts", "test/fact-parts-wholes-owners.test.ts",
      "test/fact-elided-change-signs.test.ts", "test/fact-restated-shares.test.ts", "test/fact-topic-carry-shapes.test.ts",
      "test/fact-aside-owners.test.ts", "test/fact-parent-rates-stated.test.ts", "test/fact-goods-shares.test.ts",
      // (stop 29: rankings', computations' and documents' fact shapes)
      "test/fact-base-figure-periods.test.ts", "test/fact-document-owners.test.ts", "test/fact-goods-runs.test.ts",
      "test/fact-paragraph-owners.test.ts", "test/fact-share-wholes.test.ts", "test/fact-table-leads.test.ts",
      "test/fact-period-starts.test.ts",
      // (misreads a mutation-test writer found: owners, partners, goods, flows and periods of figures)
      "test/fact-misreads.test.ts",
      // (stop 29: look-ups' fact shapes)
      "test/fact-the-month.test.ts", "test/fact-table-part-rows.test.ts", "test/fact-table-flow-rows.test.ts",
      "test/fact-looked-back.test.ts",
      // (stop 29's review: owners, goods and tables narrowed to their shapes)
      "test/review-29b.test.ts",
      // (stop 29's review: periods of figures, and the owners of a paragraph in linear time)
      "test/review-29a.test.ts",
      // (stop 30: the survivors of stop 29's run, shape by shape)
      "test/fact-list-shapes.test.ts", "test/fact-trailing-rank-tables.test.ts",
      "test/fact-owner-rules.test.ts", "test/fact-flow-count-rules.test.ts",
      "test/fact-zone-rules.test.ts", "test/fact-run-rules.test.ts",
      "test/fact-period-rules.test.ts",
      "test/fact-clause-readers.test.ts", "test/fact-table-row-shapes.test.ts",
      "test/fact-periods-carried-between.test.ts",
      // (stop 30's fixes and review: pure fact shapes)
      "test/fact-review30a.test.ts", "test/fact-value-of-those.test.ts", "test/review-30b.test.ts",
      "test/fact-stop30-b.test.ts",
      // (stop 31: the survivors of stop 30's run, part a: resolveWho, zones, periods and goods of extract.ts; part b:
      // extract.ts from line 1500)
      "test/fact-stop31-a.test.ts",
      "test/fact-stop31-b.test.ts",
      // (stop 31: the mutants of the rules this stop added to extract.ts, lines 1-1499, part c, and from line 1500, part d)
      "test/fact-stop31-c.test.ts", "test/fact-stop31-d.test.ts",
      // (stop 32: the survivors of stop 31's run, lines 1-740, part a, and 741-1500, part b)
      "test/fact-stop32-a.test.ts", "test/fact-stop32-b.test.ts",
      // (stop 31's own pure fact shapes of its new rules, which were in no area: ports and goods, places' own figures,
      // starts counted since, the review's shapes, groups, goods shipped abroad, withdrawn figures, shares "down from",
      // each currency's change)
      "test/fact-ports-goods.test.ts", "test/fact-place-own-figures.test.ts", "test/fact-since-start.test.ts",
      "test/fact-review31a.test.ts", "test/fact-group-appositives.test.ts", "test/fact-goods-shipped-abroad.test.ts",
      "test/fact-withdrawn-figures.test.ts", "test/fact-share-down-from.test.ts", "test/fact-currency-terms-each.test.ts",
      // (stop 32's own fact shapes of its new rules: goods looked up, ranks and groups, misreads, the review's shapes,
      // services trade, parcels and captions, sub-places, table rows with abbreviations)
      "test/fact-goods-lookup-shapes.test.ts", "test/fact-rank32.test.ts", "test/fact-misreads32.test.ts",
      "test/fact-misreads32b.test.ts", "test/fact-mis33a.test.ts", "test/fact-review32.test.ts", "test/fact-services-trade.test.ts",
      "test/fact-parcels-captions.test.ts", "test/fact-sub-places.test.ts", "test/fact-table-row-abbreviations.test.ts",
      // (stop 33's own fact shapes of its new rules: corrections notices, offices' cities, goods under a heading, the
      // merge regressions, partners after goods, quarters' bases, the review's shapes, routes, numbered sections, share
      // clauses)
      "test/fact-corrections.test.ts", "test/fact-cust33.test.ts", "test/fact-headed-goods-list.test.ts",
      "test/fact-mreg33.test.ts", "test/fact-partner-after-goods.test.ts", "test/fact-quarter-bases.test.ts",
      "test/fact-rev33.test.ts", "test/fact-route-names.test.ts", "test/fact-section-owners-33.test.ts",
      "test/fact-share-clause-partner.test.ts",
      // (stop 34: the last review's misreads: unknown possessives, relative clauses' places, bare months)
      "test/fact-misr34.test.ts", "test/fact-misr35.test.ts",
      // (stop 35: tables, partners' captions, compared shares, label lines, quoted speakers' doings, the reviews' fixes)
      "test/fact-tab35.test.ts", "test/fact-share-compared-cmp35.test.ts", "test/fact-labels.test.ts",
      "test/fact-quoted-places-list35.test.ts", "test/fact-rva35.test.ts"],
  },
  /** Reading a question: normalising it, parsing it into a frame, completing a follow-up from the previous one. */
  reading: {
    mutate: ["retrieval/question.ts", "retrieval/figures/query.ts", "retrieval/followup.ts"],
    // the question tests, and the answer tests whose questions exercise the parser most
    tests: ["test/question.test.ts", "test/question-shapes.test.ts", "test/figures-parse.test.ts", "test/followup.test.ts",
      "test/fact-shapes.test.ts", "test/figures-solve.test.ts", "test/intents.test.ts", "test/question-frames.test.ts",
      "test/partner-rankings.test.ts", "test/followup-shapes.test.ts", "test/question-measures.test.ts",
      "test/question-limits.test.ts", "test/followup-edits.test.ts",
      // (the question shapes the intents and plans read, asked inside their tests over fact bases without an index)
      "test/question-capitals.test.ts", "test/plans.test.ts", "test/solve-shapes.test.ts", "test/intent-shapes.test.ts",
      "test/intent-sides.test.ts", "test/intent-compare-subjects.test.ts", "test/intent-ratio.test.ts",
      "test/intent-change-between.test.ts", "test/intent-implied.test.ts", "test/intent-shares.test.ts",
      "test/intent-both-flows.test.ts", "test/intent-rank-periods.test.ts", "test/intent-rankings.test.ts",
      "test/intent-named-lists.test.ts", "test/lists-tables.test.ts",
      // (the question shapes of query.ts read one by one: counts, sources, lists, measure words, spelling)
      "test/question-counts.test.ts", "test/question-sources.test.ts", "test/question-lists.test.ts",
      "test/question-measure-words.test.ts", "test/question-spelling.test.ts", "test/question-pattern-edges.test.ts",
      // (intents, periods, places and the rest of a frame, read from made-up questions: parse level only)
      "test/question-intent-rules.test.ts", "test/question-period-reading.test.ts", "test/question-places-read.test.ts",
      "test/question-frame-edges.test.ts",
      // (stop 29 review: typos of plurals' stems, unit prices, year-on-year and month-on-month asked together)
      "test/review-29c.test.ts"],
  },
  /** Per-server document collections (uploads, their indexes, their isolation). */
  collections: {
    // not prepareChild.ts: it runs only in the child process an upload is read in, where no mutant is switched on
    // (upload-reading tests it through readUpload)
    mutate: ["bot/collections/**/*.ts", "!bot/collections/prepareChild.ts"],
    // 142 of the mutants are static (address ranges, patterns, limits made at load): each would run every test of the
    // area (over a minute), 57% of the run's time; they are left out, and the score is of the logic
    ignoreStatic: true,
    // with the link fetching (a local HTTP and HTTPS server), folder adding, recovery and upload reading tests; not
    // hostile.test.ts (it builds the seed index at load, which every mutant it covers would wait for)
    tests: ["test/collections.test.ts", "test/overlay-cache.test.ts", "test/add-folder.test.ts", "test/fetch-url.test.ts",
      "test/fetch-url-tls.test.ts", "test/collection-recovery.test.ts", "test/upload-reading.test.ts",
      "test/collection-lifecycle.test.ts", "test/upload-names.test.ts", "test/fetch-edges.test.ts"],
  },
};
