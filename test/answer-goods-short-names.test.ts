import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";
import { stem } from "../retrieval/figures/select.js";
import { sameGoods, subjectFinder } from "../text/subjects.js";
import { answersOver } from "./helpers/answerOver.js";

// Goods asked by a shorter or singular form of the name the article gives them ("thermos cup" for "thermos cups and
// kettles", "sea-buckthorn" for "sea-buckthorn berries and juice"), and goods that open a sentence naming no flow after
// a sentence on goods of one flow ("Silk scarves, the town's mainstay, dropped …"). Made-up articles.
const TOWN = `---
title: "Shengzhou's knitwear makers in a slow year"
published: "2021-10-20"
---
Shengzhou's exports of knitwear fell 4.1 percent year on year to 6.35 billion yuan in the first nine months of 2021. Silk scarves, the mainstay of the town, dropped 9.2 percent to 2.88 billion yuan. Wool hats rose 3.3 percent to 1.42 billion yuan, while cotton socks and gloves fell 1.7 percent to 0.96 billion yuan.

Profits of the town's makers rose 2.5 percent to 0.31 billion yuan.
`;

const REPORT = `---
title: "Work report of Tongxiang county"
published: "2023-01-30"
---
Tongxiang's exports reached 41.2 billion yuan in 2022. The main export goods were:

| Goods | Exports (billion yuan) | Growth |
|---|---|---|
| Thermos cups and kettles | 7.4 | +11.6% |
| Sea-buckthorn berries and juice | 1.9 | +8.8% |
| Power tools | 5.2 | -2.4% |
`;

const PORT = `---
title: "Fruit through Longbang port in 2022"
published: "2023-01-18"
---
Trade through Longbang port fell 12.0 percent in 2022. As a result, fruit imports through Longbang fell 21.5 percent to 163,000 tonnes.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "shengzhou-2021.md": TOWN, "tongxiang-2022.md": REPORT, "longbang-2022.md": PORT });
});
afterAll(() => over.close());

const doc = (text: string): CorpusDocument => ({ id: "d", meta: { title: "T", source: "d.md", published: "2021-10-20" },
  text, hash: "d" });
const factsOf = (text: string) => { const d = doc(text); return extractDocumentFacts(d, chunkDocument(d)); };

describe("a short plural is the word", () => {
  it("stems four-letter plurals to the singular, not words that only end in s", () => {
    expect(stem("cups")).toBe("cup");
    expect(stem("toys")).toBe("toy");
    expect(stem("less")).toBe("less");
    expect(stem("plus")).toBe("plus");
    expect(stem("news")).toBe("news");
    expect(stem("lens")).toBe(stem("lenses"));
  });
  it("gives a word in -f and its plural in -ves one stem", () => {
    expect(stem("scarves")).toBe(stem("scarf"));
    expect(stem("shelves")).toBe(stem("shelf"));
    expect(stem("valves")).toBe(stem("valve"));
    expect(stem("first-half")).toBe("first-half");
  });
});

describe("a singular asked for a plural the documents name", () => {
  it("finds a word whose own end is an s by its plural, and the singular of a plural in -ves", () => {
    const find = subjectFinder(["lenses", "glass", "glasses and parts", "silk scarves"]);
    expect(find("lens exports?")).toEqual(["lenses"]);
    expect(find("glass exports?")).toEqual(["glass"]);
    expect(find("silk scarf exports?")).toEqual(["silk scarves"]);
  });
});

describe("goods named by their plant", () => {
  it("finds goods named by the plant whose berries, nuts or beans they are", () => {
    const find = subjectFinder(["sea-buckthorn berries and juice", "cashew nuts", "coffee beans", "power tools"]);
    expect(find("sea-buckthorn exports?")).toEqual(["sea-buckthorn berries and juice"]);
    expect(find("cashew imports")).toEqual(["cashew nuts"]);
    expect(find("power exports")).toEqual([]);
  });
  it("takes either of two stored goods of one plant for the plant", () => {
    expect(sameGoods("sea-buckthorn berries and juice", "sea-buckthorn")).toBe(true);
    expect(sameGoods("sea-buckthorn berry", "sea-buckthorn")).toBe(true);
    expect(sameGoods("coffee beans", "tea")).toBe(false);
  });
  it("answers the plant's exports from a table row naming its berries", async () => {
    const a = await over.ask("tongxiang sea-buckthorn exports 2022 + growth");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1.9, 8.8]));
  });
  it("answers a singular asked for a plural of a row's goods", async () => {
    const a = await over.ask("tongxiang thermos cup exports 2022?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(7.4);
    expect(a.figures.map((f) => f.value)).not.toContain(41.2);
  });
});

describe("goods that open a sentence naming no flow", () => {
  it("reads them as goods of the flow of the sentence before", () => {
    const facts = factsOf(TOWN.split("---").at(-1)!);
    const scarves = facts.filter((f) => f.subject === "silk scarves");
    expect(scarves.map((f) => [f.metric, f.value])).toEqual([["exports", -9.2], ["exports", 2.88]]);
    expect(facts.find((f) => f.value === 1.42)?.subject).toBe("wool hats");
    expect(facts.find((f) => f.value === 0.96)?.subject).toBe("cotton socks and gloves");
  });
  it("never reads a measure that opens a sentence as goods", () => {
    const profits = factsOf(TOWN.split("---").at(-1)!).find((f) => f.value === 0.31);
    expect(profits?.subject).toBeUndefined();
    expect(profits?.metric).not.toBe("exports");
  });
  it("leaves a sentence with no goods flow before it alone", () => {
    const facts = factsOf("The county's output grew in 2021. Silk scarves dropped 9.2 percent to 2.88 billion yuan.");
    expect(facts.find((f) => f.value === 2.88)?.metric).not.toBe("exports");
  });
  it("answers the goods' value and fall", async () => {
    const a = await over.ask("shengzhou silk scarf exports jan-sep 2021, value and how much did they fall");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([2.88, -9.2]));
  });
});

describe("a count of the same goods in a sentence that names none", () => {
  it("reads another place's bare count in the same unit as the goods counted just before", () => {
    const facts = factsOf("Shengzhou exported 3,120 tonnes of tea last year worth 96.5 million yuan. "
      + "Tongxiang exported 1,480 tonnes worth 41.3 million yuan, up 12.0 percent.");
    expect(facts.filter((f) => f.entity === "city:tongxiang").map((f) => f.subject)).toEqual(["tea", "tea", "tea"]);
  });
  it("never in another unit, nor with goods of its own", () => {
    const facts = factsOf("Shengzhou exported 3,120 tonnes of tea last year worth 96.5 million yuan. "
      + "Tongxiang exported 1,480 units worth 41.3 million yuan. Zhuji exported 900 tonnes of silk.");
    expect(facts.find((f) => f.value === 1480)?.subject).toBeUndefined();
    expect(facts.find((f) => f.value === 900)?.subject).toBe("silk");
  });
});

describe("goods before their flow after a connective", () => {
  it("reads the goods after 'As a result,'", () => {
    const facts = factsOf(PORT.split("---").at(-1)!);
    expect(facts.find((f) => f.value === 163000)?.subject).toBe("fruit");
  });
});

describe("three-word goods asked by their first and last words", () => {
  it("are found as the goods stored", () => {
    const find = subjectFinder(["marine survey equipment", "solar power modules", "other electrical products"]);
    expect(find("gansu marine equipment exports 2031?")).toEqual(["marine survey equipment"]);
    expect(find("solar modules share of exports?")).toEqual(["solar power modules"]);
    // (a generic first word, or a count word, names no goods)
    expect(find("other products exports?")).toEqual([]);
  });
});
