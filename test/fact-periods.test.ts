import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Which period a figure is for, and whose it is when the sentence points back ("the region's", "their", "that"):
// made-up sentences, one shape each.
const Y2023 = { published: "2024-01-20" };
const H1 = { title: "Shanxi trade in the first half of 2023", published: "2023-07-20" };
const when = (f: Fact) => (f.period ? periodLabel(f.period) : undefined);
const read = (f: Fact) => [f.entity, f.metric, f.measure, f.value, when(f)];

describe("the period of a figure", () => {
  it("is not the month of a cause ('because of a steep fall in September')", () => {
    const facts = factsOf("Shanxi's exports fell 0.2 percent in 2023 because of a steep fall in September.", Y2023);
    expect(read(one(facts, -0.2))).toEqual(["shanxi", "exports", "growth", -0.2, "2023"]);
  });
  it("is the nearest period, each amount its own", () => {
    const facts = factsOf("Shanxi's trade came to 14.06 billion yuan in May and 15.25 billion yuan in June 2023.",
      Y2023);
    expect([read(one(facts, 14.06)), read(one(facts, 15.25))]).toEqual([
      ["shanxi", "trade", "amount", 14.06, "May 2023"], ["shanxi", "trade", "amount", 15.25, "June 2023"],
    ]);
  });
  it("is each end's own year in a change 'from … in 2019 to … in 2023'", () => {
    const facts = factsOf("Shanxi's trade with ASEAN increased from 9.56 billion yuan in 2019 to 19.89 billion yuan in 2023.", Y2023);
    expect([when(one(facts, 9.56)), when(one(facts, 19.89))]).toEqual(["2019", "2023"]);
    expect(facts.every((f) => f.partner === "partner:asean" && f.entity === "shanxi" && f.measure === "amount"))
      .toBe(true);
  });
  it("goes back to the article's period after 'In May alone' or a month that ends it", () => {
    const alone = factsOf("Shanxi's trade rose 5 percent in the first half. In May alone, exports rose 12 percent. Imports fell 3 percent.", H1);
    expect([read(one(alone, 5)), read(one(alone, 12)), read(one(alone, -3))]).toEqual([
      ["shanxi", "trade", "growth", 5, "first half of 2023"], ["shanxi", "exports", "growth", 12, "May 2023"],
      ["shanxi", "imports", "growth", -3, "first half of 2023"],
    ]);
    const june = factsOf("Shanxi's trade rose 5 percent in the first half. In June, trade went up 9.2 percent. Exports grew 4 percent.", H1);
    expect([when(one(june, 9.2)), when(one(june, 4))]).toEqual(["June 2023", "first half of 2023"]);
  });
});

describe("a span named again", () => {
  it("reads 'over the nine months' as January to September of the text's year", () => {
    const facts = factsOf("Jinan's trade rose 4 percent in the first three quarters of 2023. Over the nine months, Jinan accounted "
      + "for 21.5 percent of Shandong's trade.", { published: "2023-10-25" });
    expect(when(one(facts, 21.5))).toBe("first three quarters of 2023");
  });
  it("reads 'rose … in the first seven months to N' as January to July, 'to' leading to the figure", () => {
    expect(when(one(factsOf("Jinan's trade rose 4.2 percent in the first seven months to 80.5 billion yuan.",
      { published: "2023-08-20" }), 80.5))).toBe("January–July 2023");
  });
  it("keeps 'the three quarters to the end of September' the span to that month", () => {
    expect(when(one(factsOf("Jinan's trade rose 4.2 percent in the three quarters to the end of September 2023.", Y2023), 4.2)))
      .toBe("first three quarters of 2023");
  });
});

describe("a sentence that points back", () => {
  it("reads 'the region's' and 'their' as the place the text is about", () => {
    const region = factsOf("Guangxi's foreign trade grew 8 percent in 2023. The region's exports rose 11 percent.",
      Y2023);
    expect(read(one(region, 11))).toEqual(["guangxi", "exports", "growth", 11, "2023"]);
    const their = factsOf("Guangxi's foreign trade grew 8 percent in 2023. Their imports fell 2.2 percent.", Y2023);
    expect(read(one(their, -2.2))).toEqual(["guangxi", "imports", "growth", -2.2, "2023"]);
  });
  it("gives a lead's 'the city' and its missing period to the city and the period the headline names", () => {
    const facts = factsOf("The city's imports and exports reached 150 billion yuan, up 10.2 percent.",
      { title: "Nanning's trade in 2023", published: "2024-01-20" });
    expect([read(one(facts, 150)), read(one(facts, 10.2))]).toEqual([
      ["city:nanning", "trade", "amount", 150, "2023"], ["city:nanning", "trade", "growth", 10.2, "2023"],
    ]);
  });
  it("does not take a dateline's city for the figure's owner", () => {
    const facts = factsOf("NANNING, Jan. 19 (Xinhua) -- Guangxi's exports rose 6.5 percent in 2023.", Y2023);
    expect(read(one(facts, 6.5))).toEqual(["guangxi", "exports", "growth", 6.5, "2023"]);
  });
  it("reads 'That was a 2.3 percent drop' as the change of the amount before", () => {
    const facts = factsOf("Guangxi's imports reached 300 billion yuan in 2023. That was a 2.3 percent drop.", Y2023);
    expect(read(one(facts, -2.3))).toEqual(["guangxi", "imports", "growth", -2.3, "2023"]);
  });
});

describe("the period of a report on last year, out early this year", () => {
  const OUT_IN_JANUARY = { title: "Shanxi's trade fell 4.1% in 2019", published: "2020-01-18" };
  it("reads 'the first half of the year' and a bare month as the year reported on", () => {
    const facts = factsOf("Shanxi's exports fell 4.1 percent in 2019. In the first half of the year, imports dropped 6.2 percent. "
      + "In November, trade rose 3.3 percent.", OUT_IN_JANUARY);
    expect([when(one(facts, -6.2)), when(one(facts, 3.3))]).toEqual(["first half of 2019", "November 2019"]);
  });
  it("keeps a quoted remark's period, with no figure of its own, from the figures after it", () => {
    const facts = factsOf("Shanxi's trade fell 4.1 percent in 2019. \"The first half of the year was the worst we saw,\" an official "
      + "said. Processing trade fell 7.7 percent.", OUT_IN_JANUARY);
    expect(when(one(facts, -7.7))).toBe("2019");
  });
  it("goes back to the article's period after a remark quoted on it", () => {
    const facts = factsOf("Shanxi's trade fell 4.1 percent in 2019. In the first quarter, trade fell 9.2 percent. \"Trade bottomed out "
      + "last year,\" an official said. Processing trade fell 7.7 percent.", { title: "Shanxi's trade fell in 2019", published: "2020-03-18" });
    expect(when(one(facts, -7.7))).toBe("2019");
  });
  it("does not carry a year a figure is measured against ('above the peak of 2015')", () => {
    const facts = factsOf("Shanxi's trade rose 9.1 percent in 2019. Monthly trade stayed above the peak of 2015 from the spring. "
      + "Coal imports rose 2.2 percent.", OUT_IN_JANUARY);
    expect(when(one(facts, 2.2))).toBe("2019");
  });
});

describe("the period of an undated article with a dateline", () => {
  const lead = "Shanxi's trade slumps\n\nTAIYUAN, Nov. 2, 2021 (Xinhua) -- Shanxi's trade rose 9.9 percent in the first three quarters of "
    + "this year. It was the first time this year that exports led. Imports grew 1.7 percent. In the first quarter, trade fell "
    + "3.1 percent. Over the nine months, imports grew 4.4 percent.";
  it("dates the article by its dateline", () => {
    const facts = factsOf(lead, { title: "Shanxi's trade slumps" });
    expect([when(one(facts, 9.9)), when(one(facts, -3.1))]).toEqual(["first three quarters of 2021", "Q1 2021"]);
  });
  it("reads 'the first seven months to 3.1 trillion yuan' as those months (the 'to' is the figure's, not a month's)", () => {
    const facts = factsOf("Shanxi's trade grew 5.5 percent in the first seven months to 3.1 trillion yuan.", { published: "2021-08-15" });
    expect(when(one(facts, 3.1))).toBe("January–July 2021");
  });
  it("reads 'over the nine months' as the year's first nine, and 'the first time this year' as no period", () => {
    const facts = factsOf(lead, { title: "Shanxi's trade slumps" });
    expect([when(one(facts, 1.7)), when(one(facts, 4.4))]).toEqual(["first three quarters of 2021", "first three quarters of 2021"]);
  });
});

describe("'over the same years' after two figures of two years", () => {
  const AFTER = " Over the same years, its imports rose from 1.2 billion yuan to 1.6 billion yuan.";
  it("takes the two years of a change 'from A in 2021 to B in 2023'", () => {
    const facts = factsOf(`Hebei's exports grew from 2.1 billion yuan in 2021 to 3.5 billion yuan in 2023.${AFTER}`, Y2023);
    expect([when(one(facts, 1.2)), when(one(facts, 1.6))]).toEqual(["2021", "2023"]);
  });
  // (with no span, the level the imports rose from has no year of its own: no figure, never 2023's; stop 32)
  it("takes none when the 'from' before the first year is not the change's own", () => {
    const facts = factsOf("Data from the provincial customs office show that Hebei's exports were 2.1 billion yuan in 2021 to 3.5 "
      + `billion yuan in 2023.${AFTER}`, Y2023);
    expect(facts.filter((f) => f.value === 1.2)).toEqual([]);
    expect(when(one(facts, 1.6))).toBe("2023");
  });
});

describe("a period a figure-less sentence starts from or refers to", () => {
  it("does not carry 'since last year' to the figures after it", () => {
    const facts = factsOf("Dalian's trade rose 19.6 percent in the first five months of 2017. The district has run a deficit since "
      + "last year. Imports of crude oil reached 10.2 million tonnes.", { published: "2017-06-16" });
    expect(when(one(facts, 10.2))).toBe("January–May 2017");
  });
  it("does not take a cause's month after the figures ('…, helped by an agreement signed in June') as their period", () => {
    const facts = factsOf("Fuzhou's trade rose in 2010. Trade with Taiwan rose 41.2 percent to 1.58 billion US dollars, helped by "
      + "an agreement signed in June.", { published: "2011-01-26" });
    expect(when(one(facts, 1.58))).toBe("2010");
  });
});

describe("a period named as a base", () => {
  it("leaves the text's period to the figures after a figureless sentence on 'a high base last year'", () => {
    const facts = factsOf("Anhui's trade fell 2.1 percent in the first three quarters of 2023. A high base last year weighed on "
      + "the figures, officials said. Exports of solar cells totalled 51 billion yuan, up 9.4 percent.", Y2023);
    expect(periodLabel(one(facts, 51).period!)).toBe("first three quarters of 2023");
  });
});
