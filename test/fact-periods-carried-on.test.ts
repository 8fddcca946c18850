import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// The period a sentence leaves to the next (the carry-over at the end of extractDocumentFacts' sentence loop): a part
// of the text's period goes on, the month that ends it does not; a quoted remark, a forecast, a year something
// recovered from or a year in an aside leave the period as it was; the currency of the last amount goes on. (Written
// against the mutants that survived the facts area's mutation run, issue 17 second round: a quarter taken for the month
// ending the text's period, any month taken for it, a month of another year taken for it, a remark's or forecast's
// period carried, a year before "'s" looked for anywhere in the sentence, a year in an aside carried, the last number's
// currency looked for among numbers with none.)
const periods = (text: string, meta: { title: string; published: string }) =>
  factsOf(text, meta).map((f) => [f.metric, f.value, f.period && periodLabel(f.period)]);

describe("a part of the text's period", () => {
  const H1 = { title: "Hubei trade in the first half of 2023", published: "2023-07-20" };
  it("goes on to the next sentence when it is a quarter or a month before the last", () => {
    expect(periods("In the second quarter, Hubei's exports rose 5 percent. Imports rose 3 percent.", H1)[1])
      .toEqual(["imports", 3, "April–June 2023"]);
    expect(periods("In March, Hubei's exports rose 5 percent. Imports rose 3 percent.", H1)[1])
      .toEqual(["imports", 3, "March 2023"]);
  });
  it("does not when it is the month that ends the text's period, unless that month is of another year", () => {
    expect(periods("In June, Hubei's exports rose 5 percent. Imports rose 3 percent.", H1))
      .toEqual([["exports", 5, "June 2023"], ["imports", 3, "first half of 2023"]]);
    expect(periods("In June 2022, Hubei's exports rose 5 percent. Imports rose 3 percent.", H1)[1])
      .toEqual(["imports", 3, "June 2022"]);
  });
});

describe("a sentence with no figure", () => {
  const Y = { title: "Hubei trade in 2023", published: "2024-01-20" };
  const after = (middle: string) =>
    periods(`Hubei's trade rose in 2023. ${middle} Imports rose 3 percent.`, Y);
  it("leaves the period as it was when it quotes a remark or looks ahead", () => {
    expect(after("\"The first half of the year was the hardest,\" an official said."))
      .toEqual([["imports", 3, "2023"]]);
    expect(after("She expects exports to recover in the fourth quarter.")).toEqual([["imports", 3, "2023"]]);
  });
  it("leaves it when the year it names is one recovered from, or set aside", () => {
    expect(after("Shipments recovered from 2022's lows.")).toEqual([["imports", 3, "2023"]]);
    expect(after("The pilot zone, which hosted a fair in 2013, was busy.")).toEqual([["imports", 3, "2023"]]);
    expect(after("The pilot zone (set up in 2013) was busy.")).toEqual([["imports", 3, "2023"]]);
  });
});

describe("the currency an amount goes on in", () => {
  it("is that of the last amount, not of a percentage after it", () => {
    const facts = factsOf("Hubei's exports reached $5 billion in 2023, up 3 percent. Imports came to 2 billion.",
      { title: "Hubei trade", published: "2024-01-20" });
    expect(facts.map((f) => [f.value, f.unit]))
      .toEqual([[5, "billion US dollars"], [3, "%"], [2, "billion US dollars"]]);
  });
});

describe("a span of months named as a period of a year", () => {
  it("is one period, carried whole to the next sentence ('the January–August period of 2031')", () => {
    const text = "Hubei's imports and exports reached 1,204.5 (100 million yuan) in the January–August period of 2031, "
      + "up 9.1 percent.\n\nExports grew 21.2 percent from a year earlier to 412.7 (100 million yuan).";
    expect(periods(text, { title: "Hubei trade report", published: "2031-09-20" })).toEqual([
      ["trade", 120.45, "January–August 2031"], ["trade", 9.1, "January–August 2031"],
      ["exports", 21.2, "January–August 2031"], ["exports", 41.27, "January–August 2031"]]);
  });
});
