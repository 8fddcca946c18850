import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A national rank set after a figure with no verb of its own (facts/trailingRank.ts): what it ranks, where it is
// cited, and when it is no such rank. Made-up sentences. (Written against the mutants that survived the facts
// area's mutation run, Stop 26: the rank's span moved, a growth rank without its qualifier, a figure after the rank
// taken as the ranked one, the verb check read at the document's offset instead of the sentence's.)
const Y2018 = { published: "2019-01-20" };
const ranks = (text: string) => factsOf(text, Y2018).filter((f) => f.measure === "rank")
  .map((f) => ({ value: f.value, scope: f.scope, qualifier: f.qualifier, cited: text.slice(f.valueStart, f.valueEnd) }));

describe("a rank trailing a figure", () => {
  it("ranks the growth rate before it as a growth rate, cited at the rank's own words", () => {
    expect(ranks("Trade grew well. Hubei's exports of cars rose 12.5 percent in 2018, second in the country.")).toEqual([
      { value: 2, scope: "in the country", qualifier: "growth rate", cited: "second in the country" }]);
  });
  it("ranks the figure before it, not one after it", () => {
    expect(ranks("Hubei's exports rose 12.5 percent in 2018, first in the country, reaching 30 billion yuan.")).toEqual([
      { value: 1, scope: "in the country", qualifier: "growth rate", cited: "first in the country" }]);
    expect(ranks("Hubei's exports rose 12.5 percent in 2018 to 30 billion yuan, first in the country.")).toEqual([
      { value: 1, scope: "in the country", qualifier: undefined, cited: "first in the country" }]);
  });
  it("is no trailing rank where a ranking verb stands between the figure and it, in any sentence of a document", () => {
    expect(ranks("Trade grew well. Hubei's exports rose 12.5 percent in 2018, placing the city, first in the country."))
      .toEqual([]);
  });
});
