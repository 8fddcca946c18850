import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";
import { cleanText } from "../corpus/clean.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// Look-ups of quantities (stop 35, second round): the figure the question names by how it was published or counted.
// Made-up figures; places only where the gazetteer's spelling is the point.
describe("'the revised number' beside a yearbook's figure of the same year", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "yearbook.md": "---\ntitle: \"Henan Statistical Yearbook 2032 - Imports and Exports by City\"\ndate: 2032-09-20\n---\n\n"
        + "Total Imports and Exports by City (2031)\n\nUnit: 10,000 US dollars\n\n"
        + "| City | Imports and exports | Growth (%) |\n|---|---|---|\n| Luoyang | 1,612,340 | 2.4 |\n"
        + "| Kaifeng | 512,870 | 5.1 |\n",
      "luoyang.md": "---\ntitle: \"Luoyang's 2032 trade rises 3.1%\"\ndate: 2033-01-25\n---\n\n"
        + "Luoyang's total imports and exports in 2032 were 118.42 billion yuan, up 3.1 percent over 2031. "
        + "The 2031 figure, first published as 112.36 billion yuan, was revised to 114.86 billion yuan in this release.\n",
    }));
  }, 120_000);
  afterAll(() => close());
  it("is the figure the first estimate was revised to", async () => {
    const a = await ask("luoyang 2031 total trade - the revised number pls");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^Luoyang's foreign trade was 114\.86 billion yuan/);
  });
});

describe("things counted before the value they are worth", () => {
  it("are a count of those things, and the value is theirs, not the place's total", () => {
    const facts = factsOf("Weihai's exports rose 4.2 percent to 61.3 billion yuan in 2031. Excavators were the largest export. "
      + "Weihai exported 12.7 million excavators worth 8.45 billion yuan, up 6.1 percent.", { published: "2032-01-20" });
    expect(one(facts, 12.7)).toMatchObject({ measure: "count", unit: "million excavators", subject: "excavators" });
    expect(one(facts, 8.45)).toMatchObject({ measure: "amount", metric: "exports", subject: "excavators" });
  });
  it("are tyres, a count, however the sentence goes on", () => {
    const facts = factsOf("In 2031 Weihai made 90.2 million tyres and exported 4.1 billion US dollars of them.",
      { published: "2032-01-20" });
    expect(facts.filter((f) => f.value === 90.2 && /dollars|yuan/.test(f.unit))).toEqual([]);
  });
  it("are no count where a preposition stands before the value ('5.2 million in goods worth …')", () => {
    const facts = factsOf("Weihai's exports rose to 5.2 million yuan in goods worth 3.1 billion yuan in 2031.",
      { published: "2032-01-20" });
    expect(facts.filter((f) => f.measure === "count")).toEqual([]);
  });
});

describe("a byline dated by its month and year alone", () => {
  it("dates the article to that month", () => {
    expect(cleanText("Kelmor trade up\nBy Wen Lin, staff reporter | March 2025\nTrade rose this year.").dateline).toBe("2025-03");
  });
  it("leaves a byline with no month as it was", () => {
    expect(cleanText("Kelmor trade up\nBy Wen Lin | Evening 2031\nTrade rose.").dateline).toBeUndefined();
  });
});

describe("a figure of an earlier period set right in a report on a longer one", () => {
  it("is an aside: the figures after it are of the report's own period", () => {
    const facts = factsOf("Henan's imports and exports in the first three quarters of 2031 reached 612.4 billion yuan, up "
      + "3.2 percent.\n\nThe customs also revised its figure for the first half of the year: total trade in January-June was "
      + "revised from 402.15 billion yuan to 404.93 billion yuan.\n\nImports of soybeans were 8.27 million tonnes, down 2.6 "
      + "percent.", { published: "2031-10-20" });
    expect(one(facts, 404.93).period).toMatchObject({ y1: 2031, m1: 1, m2: 6 });
    expect(one(facts, 8.27).period).toMatchObject({ y1: 2031, m1: 1, y2: 2031, m2: 9 });
  });
});

describe("'which did better' of two partners' changes", () => {
  it("asks no figure's words: the changes are compared", () => {
    expect(parseQuestion("henan h1 2031 trade w japan vs asean, which did better yoy?").terms).not.toContain("better");
  });
});

describe("goods counted in units that name no goods", () => {
  it("are the goods the sentence before opens with", () => {
    const facts = factsOf("Weihai's exports rose 4.2 percent to 61.3 billion yuan in 2031. Combine harvesters are the city's "
      + "second story. About forty makers cluster in its machinery park, and they exported 1,240 units worth 0.41 billion "
      + "yuan, up 12.0 percent.", { published: "2032-01-20" });
    expect(one(facts, 1240)).toMatchObject({ measure: "count", subject: "combine harvesters" });
  });
  it("are no goods called 'units' where no sentence names them", () => {
    const facts = factsOf("Weihai's exports rose 4.2 percent to 61.3 billion yuan in 2031. Makers in the city exported 1,240 "
      + "units worth 0.41 billion yuan.", { published: "2032-01-20" });
    expect(facts.filter((f) => f.subject === "units")).toEqual([]);
  });
});

describe("goods a sentence opens with, named by the places inside the city they come from", () => {
  const LEAD = "Quanzhou's exports rose 8.1 per cent to 52.9 billion yuan in the first quarter of 2031. ";
  it("are the figures' goods, and the places own none of them", () => {
    const facts = factsOf(`${LEAD}Ceramics from Dehua and Jinjiang had a weaker start: exports fell 4.4 per cent to 2.15 `
      + "billion yuan.", { published: "2031-04-20" });
    expect(one(facts, 2.15)).toMatchObject({ entity: "city:quanzhou", subject: "ceramics" });
    expect(one(facts, -4.4)).toMatchObject({ entity: "city:quanzhou", subject: "ceramics" });
  });
  it("never take a flow from a place for goods ('Exports from Jinjiang rose …' are Jinjiang's)", () => {
    const facts = factsOf(`${LEAD}Exports from Jinjiang rose 9.5 per cent to 17.6 billion yuan.`, { published: "2031-04-20" });
    expect(one(facts, 17.6)).toMatchObject({ entity: "city:jinjiang" });
  });
});

describe("a mode's things counted, asked beside the mode's value", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "xiamen.md": "---\ntitle: \"Xiamen's H1 2031 trade\"\ndate: 2031-07-20\n---\n\n"
        + "Xiamen's foreign trade rose 4.4 percent to 512.3 billion yuan in the first half of 2031.\n\n"
        + "Xiamen Customs handled 182 million cross-border e-commerce parcels in the first half, up 21.3 percent year on year, "
        + "worth 27.4 billion yuan.\n",
    }));
  }, 120_000);
  afterAll(() => close());
  it("answers the count too, not the value alone", async () => {
    const a = await ask("xiamen cross-border e-commerce parcels h1 2031, how many and worth how much");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([182, 27.4]));
  });
});
