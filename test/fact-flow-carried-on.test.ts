import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Written against surviving mutants of metricFor's carried flow: the next place of a ranking ("Zhejiang followed with
// …") goes on with the one flow the sentence before named, and with total trade when it named two. Made-up sentences.
const Y2023 = { published: "2024-01-20" };

describe("a ranking's next place, naming no flow", () => {
  it("goes on with the one flow of the sentence before", () => {
    const facts = factsOf("Guangdong's exports reached 5 trillion yuan in 2023. Zhejiang followed with 2.63 trillion yuan.", Y2023);
    expect(one(facts, 2.63)).toMatchObject({ entity: "zhejiang", metric: "exports", measure: "amount" });
  });
  it("is of total trade after a sentence naming both flows", () => {
    const facts = factsOf("Guangdong's exports reached 5 trillion yuan in 2023, and its imports 3 trillion yuan. Zhejiang "
      + "followed with 2.63 trillion yuan.", Y2023);
    expect(one(facts, 2.63)).toMatchObject({ entity: "zhejiang", metric: "trade", measure: "amount" });
  });
});
