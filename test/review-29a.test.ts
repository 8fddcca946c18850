import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import { paragraphOwners } from "../facts/extract.js";
import type { Fact } from "../text/terms.js";

// Periods a figure is of, from a reviewer's made-up shapes: a founding verb dates only the few words it governs
// ("ships built in <place> rose … in 2023" is of 2023); a figure compared with ends at its clause ("…, compared
// with 3.1 percent for imports, in the first 10 months" dates the figure before it); a past perfect looks back only
// for the figures it is the verb of; "the month" is the month just named, not "month-long", nor one a later part or
// another paragraph names. The owners of the paragraph before are read in linear time. Made-up places and figures.
const label = (facts: ReturnType<typeof factsOf>, v: number) => periodLabel(one(facts, v).period!);
const APRIL = { published: "2024-04-15" };

describe("a founding verb dates the words it governs only", () => {
  it("does not cut off the period of a figure after the place a thing was built in", () => {
    const facts = factsOf("Huzhou's imports rose 4 percent in the first half of 2024.\n\nExports of boats built in "
      + "Taizhou rose 15 percent to 32 billion yuan in 2023.", APRIL);
    expect(label(facts, 32)).toBe("2023");
    expect(label(facts, 15)).toBe("2023");
  });
  it("is not the period right after the verb ('models launched this year … in 2023')", () => {
    const facts = factsOf("Huzhou's imports rose 4 percent in the first quarter of 2024.\n\nExports of new scooters "
      + "launched this year rose 30 percent to 75 billion yuan in 2023.", APRIL);
    expect(label(facts, 75)).toBe("2023");
    expect(label(facts, 30)).toBe("2023");
  });
});

describe("a figure compared with, in its own clause", () => {
  it("does not cut off a period after the clause that ends it", () => {
    const facts = factsOf("Wenzhou's trade rose 3 percent in August 2023.\n\nImports grew 4.5 percent, compared "
      + "with 2.2 percent for exports, in the first eight months of 2023.", APRIL);
    expect(label(facts, 4.5)).toBe("January–August 2023");
  });
});

describe("a past perfect without a figure", () => {
  it("lets the period it names carry on to the figures after it", () => {
    const facts = factsOf("Baoding's trade rose 7 percent in the first quarter of 2024.\n\nIn 2023, the city's "
      + "trade had been held back by weak demand. Its imports fell 6 percent to 25 billion yuan.", APRIL);
    expect(label(facts, 25)).toBe("2023");
  });
});

describe("'the month'", () => {
  it("is not 'month-long'", () => {
    const facts = factsOf("Handan's exports fell 3 percent in May 2023. Online sales were weak.\n\nIn the first half "
      + "of 2023, the city's trade rose 2 percent to 90 billion yuan. Online exports rose 12 percent during the "
      + "month-long promotion.", APRIL);
    expect(label(facts, 12)).toBe("first half of 2023");
  });
  it("is not 'month-long' right after the month", () => {
    const facts = factsOf("Handan's trade rose 4 percent in the first half of 2023. In June, exports fell 3 percent. "
      + "Online exports rose 12 percent during the month-long promotion.", APRIL);
    expect(label(facts, 12)).toBe("first half of 2023");
  });
  it("is no month named before a sentence on a longer period", () => {
    const facts = factsOf("Handan's exports fell 3 percent in May 2023. In the first half of 2023, the city's trade "
      + "rose 2 percent to 90 billion yuan. Imports in the month rose 5 percent.", APRIL);
    expect(label(facts, 5)).toBe("first half of 2023");
  });
  it("is no month a thing was founded in, nor one of another event", () => {
    const founded = factsOf("Handan's trade rose 4 percent in the first half of 2023. The fair, launched in June "
      + "2021, drew many buyers. Imports in the month rose 5 percent.", APRIL);
    expect(label(founded, 5)).toBe("first half of 2023");
    const event = factsOf("Handan's trade rose 4 percent in the first half of 2023. Trade picked up after a slump in "
      + "March 2023. Imports in the month rose 5 percent.", APRIL);
    expect(label(event, 5)).toBe("first half of 2023");
  });
  it("is no month of the paragraph before", () => {
    const facts = factsOf("Handan's trade rose 4 percent in the first half of 2023. In May, exports fell 3 percent.\n\n"
      + "Imports in the month rose 5 percent.", APRIL);
    expect(label(facts, 5)).toBe("first half of 2023");
  });
});

describe("the owners of the paragraph before, over a long text", () => {
  const fact = (start: number, entity: string) => ({ start, entity }) as Fact;
  it("are those of the paragraph right before, not China's", () => {
    const text = "Huzhou rose.\n\nWenzhou rose. Taizhou fell. China grew.\n\nTrade rose.";
    const facts = [fact(0, "city:huzhou"), fact(14, "city:wenzhou"), fact(28, "city:taizhou"), fact(42, "china")];
    expect([...paragraphOwners(text)(text.indexOf("Trade"), facts)]).toEqual(["city:taizhou", "city:wenzhou"]);
  });
  it("reads each paragraph's facts about once (a text of many paragraphs is read in linear time)", () => {
    const paragraphs = 2000;
    const text = Array.from({ length: paragraphs }, (_, i) => `Wenzhou rose ${i} percent. Taizhou fell.`).join("\n\n");
    const facts: Fact[] = [];
    let reads = 0;
    const counted = new Proxy(facts, {
      get: (t, k, r) => { if (typeof k === "string" && /^\d+$/.test(k)) reads++; return Reflect.get(t, k, r); },
    });
    const owners = paragraphOwners(text);
    let at = 0;
    for (let i = 0; i < paragraphs; i++) {
      if (i) expect(owners(at, counted).size).toBe(2);
      facts.push(fact(at, "city:wenzhou"), fact(at + 20, "city:taizhou"));
      at = text.indexOf("\n\n", at) + 2;
    }
    expect(reads).toBeLessThan(paragraphs * 10);
  });
});
