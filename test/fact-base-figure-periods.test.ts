import type { Fact } from "../text/terms.js";
import { beforeEach, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// Periods and flows a figure's neighbours give it, not: a year named after a figure compared with ("down 10.8 percent
// from the record 68.51 billion of 2018") is that figure's, not the one before it, nor the year the text goes on in; a
// year a mode was approved in, or a period of another event ("after a decline in the second quarter"), dates no
// figure; a sentence in the past perfect looks back; "in the month" is the month just named. An amount restated as a
// share of a total is of the share's flow. Made-up sentences.
const label = (facts: ReturnType<typeof factsOf>, v: number) => periodLabel(one(facts, v).period!);

describe("a year after a figure compared with", () => {
  const text = "The year 2019 was the hardest for Hebei in a decade. The province's imports and exports came to US$61.19 "
    + "billion, down 10.8 percent from the record US$68.51 billion of 2018. Exports fell 11.5 percent to US$35.96 billion.";
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf(text, { published: "2020-01-26" }); });
  it("dates the figure compared with", () => expect(label(facts, 68.51)).toBe("2018"));
  it("does not date the figure and the change before it", () => {
    expect(label(facts, 61.19)).toBe("2019");
    expect(label(facts, -10.8)).toBe("2019");
  });
  it("is not the period the next sentence goes on in", () => expect(label(facts, 35.96)).toBe("2019"));
  it("keeps a change 'from 2018 to …' dated by the period it names", () => {
    const f = factsOf("Hebei's exports rose 5.2 percent from 2018 to US$35.96 billion in 2019.", { published: "2020-01-26" });
    expect(label(f, 35.96)).toBe("2019");
  });
});

describe("a year a mode was approved in, in the sentence of a figure", () => {
  it("dates neither that figure nor the next", () => {
    const facts = factsOf("Wuxi's exports grew 5.1 percent in 2023. Market procurement exports from the Wuxi trade city, "
      + "a pilot mode approved by the State Council in 2015, reached 18.3 billion yuan.\n\nExports of tea reached 8.4 "
      + "billion yuan, up 6.1 percent.", { published: "2024-01-20" });
    expect(label(facts, 18.3)).toBe("2023");
    expect(label(facts, 8.4)).toBe("2023");
  });
});

describe("a period of another event after the figure", () => {
  it("does not date it: 'came to 287.4 billion yuan, up 2.4%, after a decline in the second quarter'", () => {
    const facts = factsOf("Wuxi's imports and exports in the first three quarters of 2023 reached 818.2 billion yuan, up 0.6% "
      + "year on year. In the third quarter alone the city's trade came to 287.4 billion yuan, up 2.4%, after a decline in "
      + "the second quarter.", { published: "2023-10-26" });
    expect(label(facts, 287.4)).toBe("July–September 2023");
    expect(label(facts, 2.4)).toBe("July–September 2023");
  });
});

describe("a sentence in the past perfect about an earlier period", () => {
  it("dates its own figures but is not the period the text goes on in", () => {
    const facts = factsOf("Hebei's imports and exports reached 5.36 billion U.S. dollars in the first three quarters of this "
      + "year, up 71.4 percent. For the whole of last year, Hebei's trade had fallen 40.2 percent to 3.87 billion dollars."
      + "\n\nImports rose 81.0 percent to 4.22 billion dollars.", { published: "2010-10-22" });
    expect(label(facts, 3.87)).toBe("2009");
    expect(label(facts, 4.22)).toBe("first three quarters of 2010");
  });
});

describe("the month a text just named", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("Hebei's imports and exports reached 22.6 billion dollars between January and October, up 12.7 percent."
      + "\n\nGrowth slowed in October. The province's trade in the month was 2.4 billion dollars, up 9.2 percent from October "
      + "last year but down 13.5 percent from September. October exports were 2.1 billion dollars.", { published: "2023-11-18" }); });
  it("is the month of a figure 'in the month', and of the changes beside it", () => {
    expect(label(facts, 2.4)).toBe("October 2023");
    expect(label(facts, -13.5)).toBe("October 2023");
  });
  it("names no goods: 'October exports' are the month's exports", () => {
    expect(one(facts, 2.1)).toMatchObject({ metric: "exports" });
    expect(one(facts, 2.1).subject).toBeUndefined();
    expect(label(facts, 2.1)).toBe("October 2023");
  });
});

describe("an amount a city 'accounted for' with no flow named", () => {
  it("is the trade its share of the provincial total is of, and so is its change between", () => {
    const facts = factsOf("Hebei province's imports and exports totaled 150.4 billion yuan in the first quarter of 2023.\n\n"
      + "Tangshan, the province's main port city, accounted for 91.2 billion yuan, up 1.1 percent and 60.6 percent of the "
      + "provincial total.", { published: "2023-04-21" });
    expect(one(facts, 91.2)).toMatchObject({ entity: "city:tangshan", metric: "trade", measure: "amount" });
    expect(one(facts, 1.1)).toMatchObject({ entity: "city:tangshan", metric: "trade", measure: "growth" });
  });
});
