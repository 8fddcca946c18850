import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { rankedNames } from "../retrieval/intents/rankItems.js";

// List questions answered from list facts (facts/lists.ts; retrieval/intents/sharedLists.ts and rankWithin.ts): "who are
// its N major partners", "its three biggest partners, in order" over "followed by", and "which countries / commodities /
// products …" over items that share one statement. Made-up articles: no evaluation set's place, name or figure.

const GUANGXI = `---
title: "Guangxi foreign trade in 2022"
published: "2023-01-20"
---
Guangxi's foreign trade grew 4.1 percent to 690.3 billion yuan in 2022.

More than half of the region's foreign trade was done with its four major partners, namely Vietnam, Thailand, Malaysia and Indonesia.

Vietnam was Guangxi's largest trading partner last year, followed by Thailand and Malaysia.
`;
const YUNNAN = `---
title: "Yunnan foreign trade in 2022"
published: "2023-01-22"
---
Yunnan's foreign trade grew 5.2 percent to 334.2 billion yuan in 2022.

Trade with Laos, Myanmar and Cambodia more than doubled.

Imports of timber, natural rubber and potash were on the rise.
`;
const HAINAN = `---
title: "Hainan exports in 2022"
published: "2023-01-25"
---
Hainan's exports grew 8.3 percent to 72.1 billion yuan in 2022.

Hainan's combined exports of seafood, tropical fruit and coconut products rose 7.2 percent to 15.4 billion yuan in 2022, and its exports of rubber soared 30.5 percent to 21.6 billion yuan.
`;
const SHANXI = `---
title: "Shanxi exports in 2022"
published: "2023-01-28"
---
Shanxi's exports grew 9.2 percent to 90.4 billion yuan in 2022.

The province's three leading export categories were iron and steel products, coke and chemicals, worth 8.1, 5.2 and 3.3 billion yuan respectively, with growth of 2.1 percent, 9.4 percent and 4.4 percent.

Exports of coal reached 12.6 billion yuan in 2022.
`;
// a text whose lines break mid-sentence, as a PDF's do: the partner list runs across a line that ends in a comma
const HUBEI = `Hubei foreign trade, first half of 2022
Hubei's foreign trade grew 12.5 percent in the first half of 2022. Its trade with Belt and Road countries came to 90.2 billion yuan; with ASEAN, Japan,
South Korea and Brazil the figures were 41.3 billion yuan, 18.6 billion yuan, 22.4 billion yuan and 9.8 billion yuan respectively.
`;
const TIANJIN = `---
title: "Tianjin exports in 2022"
published: "2023-01-30"
---
Tianjin's exports grew 6.2 percent to 500.3 billion yuan in 2022. Lamp exports were steady.

Its exports of furniture and furnishings rose 45.1 percent to 12.3 billion yuan. Exports of optical instruments and devices rose 88.4 percent to 4.2 billion yuan. Exports of chemical materials and dyes grew 21.6 percent to 3.1 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "guangxi.md": GUANGXI, "yunnan.md": YUNNAN, "hainan.md": HAINAN, "shanxi.md": SHANXI, "hubei.txt": HUBEI, "tianjin.md": TIANJIN }); });
afterAll(async () => over.close());

const answered = async (q: string) => {
  const a = await over.ask(q);
  expect(a.abstained, a.answer).toBe(false);
  return a.answer;
};

describe("a place's list of partners asked by name", () => {
  it("answers 'who are its N major partners' with the list the text names", async () => {
    expect(await answered("who are guangxi's four major trading partners (2022)?"))
      .toMatch(/^Guangxi's four major partners in 2022: Vietnam, Thailand, Malaysia and Indonesia \[1\]/);
  });
  it("answers 'its three biggest partners, in order' with the list 'followed by' gives", async () => {
    expect(await answered("guangxi's three biggest trading partners in 2022, in order?"))
      .toMatch(/^Guangxi's three largest trading partners in 2022: Vietnam, Thailand and Malaysia \[1\]/);
  });
});

describe("items named with one statement", () => {
  it("names the partners whose trade the text says more than doubled", async () => {
    expect(await answered("which countries saw their trade with yunnan more than double in 2022?"))
      .toMatch(/: Laos, Myanmar and Cambodia \[1\]/);
  });
  it("names the goods whose imports the text says rose", async () => {
    expect(await answered("which commodities saw rising imports in yunnan in 2022?")).toMatch(/: timber, natural rubber and potash \[1\]/);
  });
  it("names the products a combined figure the question quotes is of", async () => {
    expect(await answered("hainan 2022: which products make up the combined 15.4bn yuan export figure?"))
      .toMatch(/: seafood, tropical fruit and coconut products \[1\]/);
  });
  it("gives no list whose statement is not the one asked", async () => {
    expect((await over.ask("which countries saw their trade with yunnan fall in 2022?")).answer).not.toMatch(/Laos/);
    expect((await over.ask("hainan 2022: which products make up the combined 19.9bn yuan export figure?")).answer).not.toMatch(/^Named/);
    // (a figure the question quotes is matched whole: 15.4 is not the "5.4" of another statement)
    expect((await over.ask("hainan 2022: which products make up the combined 5.4bn yuan export figure?")).answer).not.toMatch(/^Named/);
  });
  it("leaves a question of change that does not echo the statement's words to the items' own figures", async () => {
    expect((await over.ask("which commodities' imports grew in yunnan in 2022?")).answer).not.toMatch(/^Named/);
  });
});

describe("a ranking of the items a named list gives", () => {
  it("ranks a place's N main categories the list names, not every product with a figure", async () => {
    expect(await answered("rank shanxi's three main export categories in 2022 by value")).toBe("Ranked by Shanxi's exports, 2022: "
      + "1. iron and steel products 8.1 billion yuan; 2. coke 5.2 billion yuan; 3. chemicals 3.3 billion yuan [1].");
  });
});

describe("a ranking of partners a wrapped list gives figures", () => {
  it("ranks the partners named across a line broken after a comma, each with its own figure", async () => {
    expect(await answered("hubei h1 2022: rank asean, japan, south korea and brazil by trade value"))
      .toMatch(/^Ranked by Hubei's trade with each partner, first half of 2022: 1\. ASEAN 41\.3 billion yuan; 2\. South Korea 22\.4 billion yuan; 3\. Japan 18\.6 billion yuan; 4\. Brazil 9\.8 billion yuan \[1\]/);
  });
});

describe("a ranking of goods the question names by short names", () => {
  it("ranks each named good by the subject its words name", async () => {
    expect(await answered("tianjin 2022: rank furniture, optical instrument and chemical exports by growth rate"))
      .toMatch(/^Ranked by Tianjin's exports, growth, 2022: 1\. optical instruments and devices 88\.4%; 2\. furniture and furnishings 45\.1%; 3\. chemical materials and dyes 21\.6% \[1\]/);
  });
  it("says which named good has no figure rather than rank the others as if whole", async () => {
    const a = await over.ask("tianjin 2022: rank its exports of furniture, optical instruments and lamps by growth rate");
    expect(a.abstained).toBe(true);
    expect(a.missing).toEqual(["lamps's figure"]);
  });
});

describe("the names a ranking question lists", () => {
  it("parts names at commas and the last 'and' only: a name with its own 'and' (typed '&') stays whole", () => {
    expect(rankedNames("rank its textile and clothing, medical instrument and pharmaceutical exports by growth"))
      .toEqual(["textile and clothing", "medical instrument", "pharmaceutical"]);
    expect(rankedNames("rank coal and coke exports by value")).toEqual(["coal", "coke"]);
  });
});
