import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { attributionWords } from "../retrieval/explain/attribution.js";
import { explainKind } from "../retrieval/explain.js";
import { cueWeight } from "../retrieval/explain/cues.js";
import { stem } from "../retrieval/figures/select.js";

// Explanations asked from a named source ("according to X what …", "… according to customs? who said it") are that
// source's words, not another speaker's sentence of the same article (made-up articles: no evaluation set's place,
// person or number).

const RACE = `---
title: "Northvale and Eastmere race for second place"
date: 2031-10-20
---
Northvale traded 3.15 trillion yuan in the first three quarters of 2031 (up 5.2 percent) and Eastmere 3.11 trillion yuan
(up 5.8 percent), a gap of just 40 billion yuan.

Eastmere is the most export-driven of the two, shipping 2.41 yuan of goods abroad for every yuan it imported; for
Northvale the ratio was 1.72.

"Eastmere's family-run workshops are what is closing the gap with Northvale," said Tao Renjie, a researcher at the
Eastmere Institute of Economics. He pointed to the province's furniture makers, its online export stores and fast growth in
sales to the Andean countries. Northvale, by contrast, still depends on large machinery makers.
`;

const ISLAND = `---
title: "Palmera's trade jumps 16.4% in the first quarter"
date: 2031-04-18
---
PORTVILLE -- Palmera's foreign trade grew 16.4 percent year on year in the first quarter of 2031, Portville Customs said.

"The duty-free list now covers far more goods than before, and traders are responding," said Xu Meilan, a spokeswoman
for Portville Customs. Goods imported duty free in the quarter were worth 3.21 billion yuan.

Xu also pointed to the new bonded repair rules that let ships be fixed on the island without paying duty.

Gao Pengfei, deputy director of the Palmera Department of Commerce, said trade in services had also picked up.
Services trade reached 5.52 billion yuan in the quarter, up 19.0 percent.
`;

const REVISED = `Westmoor revises 2030 foreign trade up to 512.4 billion yuan
Riverton, March 20, 2031 -- Westmoor Economic Daily

Westmoor's imports and exports in 2030 were worth 512.4 billion yuan, according to the provincial statistical communique,
which revised up the 508.1 billion yuan first announced by Riverton Customs in January.

The revision came mainly from exports. The communique puts 2030 exports at 301.7 billion yuan, compared with 297.9 billion
yuan in the January release, while imports were confirmed at 210.7 billion yuan. The bureau said late filings by two
shipyards in December accounted for most of the difference.

Westmoor ranked eleventh among the provinces.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "race.md": RACE, "island.md": ISLAND, "revised.txt": REVISED }));
}, 60_000);
afterAll(() => close());

describe("an explanation asked from a named source", () => {
  it("reads the name after 'according to' up to the question's own words, with no comma between", () => {
    expect(attributionWords("according to tao renjie what is helping eastmere close the gap?", new Set(["eastmer"])))
      .toEqual(["tao", "renjie"].map((w) => stem(w)));
  });

  it("reads 'what is helping …' as asking what causes it, not as a term to define", () => {
    expect(explainKind("according to tao renjie what is helping eastmere close the gap on northvale?")).toBe("cause");
    expect(explainKind("what is holding back palmera's exports this year?")).toBe("cause");
  });

  it("reads '<a thing> are what is closing the gap' as giving a cause", () => {
    expect(cueWeight("cause", '"Our family-run workshops are what is closing the gap," said Tao Renjie, a researcher.'))
      .toBeGreaterThanOrEqual(2);
  });

  it("answers 'according to <person> what is helping …' with that person's words and what he pointed to", async () => {
    const a = await ask("according to tao renjie what is helping eastmere close the gap on northvale?");
    expect(a.answer).toContain("family-run workshops");
    expect(a.answer).toContain("online export stores");
    expect(a.answer).not.toContain("2.41 yuan");
  });

  it("reads '<surname> also pointed to' as giving a cause", () => {
    expect(cueWeight("cause", "Xu also pointed to the new bonded repair rules.")).toBeGreaterThanOrEqual(2);
  });

  it("answers 'what drove it according to customs? who said it' with the customs speaker, not another body's official", async () => {
    const a = await ask("what's driving palmera's q1 2031 trade growth according to customs? who said it");
    expect(a.answer).toContain("Xu Meilan");
    expect(a.answer).toContain("bonded repair rules");
    expect(a.answer).not.toContain("Gao Pengfei");
  });

  it("leaves 'who said it' unanswered when no passage answers what was said", async () => {
    const a = await ask("why did palmera's imports of rice from thailand slump in q1 2031? who said it");
    expect(a.answer).not.toContain("Gao Pengfei");
    expect(a.answer).not.toContain("Xu Meilan");
  });

  it("reads what 'accounted for most of the difference' as the cause of a revision", () => {
    expect(cueWeight("cause", "The bureau said late filings by two shipyards accounted for most of the difference.")).toBeGreaterThanOrEqual(3);
  });

  it("answers why a figure was revised with what accounted for the difference, not only where the revision fell", async () => {
    const a = await ask("why was westmoor's 2030 trade figure revised?");
    expect(a.answer).toContain("late filings by two shipyards");
  });
});
