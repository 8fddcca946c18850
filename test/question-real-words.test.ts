import { describe, expect, it } from "vitest";
import { askedCurrency, correctSpelling } from "../retrieval/figures/query.js";

// Spelling correction fixes typos, never a real word into another the documents happen to lack ("decreased" is no typo
// of "increased", "partner" none of "partners"); "in us$?" and "in $?" ask for dollars. Made-up questions.
describe("real words", () => {
  it("are left as they are", () => {
    expect(correctSpelling("which partner's exports decreased most?")).toBe("which partner's exports decreased most?");
    expect(correctSpelling("trade of the island city and its free trade zone")).toBe("trade of the island city and its free trade zone");
    expect(correctSpelling("an expert said exports grew")).toBe("an expert said exports grew");
  });
  it("are left as they are when everyday words a letter from a domain word", () => {
    expect(correctSpelling("among the top provinces, which ones imported more?"))
      .toBe("among the top provinces, which ones imported more?");
    expect(correctSpelling("what part of the trade went by rail?")).toBe("what part of the trade went by rail?");
  });
  it("while typos are still fixed", () => {
    expect(correctSpelling("the frist half exprots")).toBe("the first half exports");
  });
});

describe("a dollar sign asked", () => {
  it("asks for dollars", () => {
    expect(askedCurrency("nanning trade in 2019 in us$?")).toBe("US dollars");
    expect(askedCurrency("nanning trade in 2019, in $?")).toBe("US dollars");
    expect(askedCurrency("nanning trade in 2019 in $ terms")).toBe("US dollars");
  });
});
