import { describe, expect, it } from "vitest";
import { intentBase } from "./helpers/figureBase.js";
import { factsOf } from "./helpers/facts.js";
import { flowModifiers } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// Goods ranked with no flow asked, and the sentence shapes that give goods their figures: "A led the way, with exports
// worth …", "B were the only one to shrink: their exports fell …". Made-up articles and figures.
const { ask } = intentBase([
  ["nm-goods", "Inner Mongolia goods", "2024-01-28", [
    "In 2023, Inner Mongolia's exports of the new three rose 40 percent to 20 billion yuan. Exports of electric vehicles rose",
    "60 percent. Exports of lithium-ion batteries rose 25 percent. Exports of solar cells fell 10 percent.",
  ].join(" ")],
]);
const values = (question: string) => ask(question).answer?.figures.map((f) => f.value);

describe("goods ranked with no flow asked", () => {
  it("ranks them in the one flow all their figures are of", () => {
    expect(values("inner mongolia new three 2023 - which grew fastest? rank them by yoy")).toEqual([60, 25, -10]);
  });
});

describe("goods a sentence names before their figures", () => {
  const META = { title: "Hubei trade", published: "2024-01-20" };
  it("'A led the way, with exports worth …' and 'B were the only one to shrink: their exports fell …'", () => {
    const facts = factsOf("Hubei's exports rose 5 percent to 600 billion yuan in 2023. Wigs led the way, with exports worth "
      + "31.62 billion yuan, up 152.4 percent. Hairpins were the only one of the three to shrink: their exports fell 12.3 "
      + "percent to 6.86 billion yuan.", META);
    expect(facts.slice(2).map((f) => [f.subject, f.metric, f.value])).toEqual([["wigs", "exports", 31.62],
      ["wigs", "exports", 152.4], ["hairpins", "exports", -12.3], ["hairpins", "exports", 6.86]]);
  });
});

describe("partners ranked within a continent", () => {
  const { ask: askAfrica } = intentBase([
    ["hb-africa", "Hubei and Africa", "2024-01-28", [
      "In 2023, Hubei's trade with Africa rose 9 percent to 40 billion yuan. Its trade with the United States reached 90 billion",
      "yuan. Kenya was Hubei's largest African trading partner, with trade of 8.1 billion yuan, followed by Angola with 6.2",
      "billion yuan and Morocco with 2.3 billion yuan.",
    ].join(" ")],
  ]);
  it("'its biggest African partners' are the continent's countries, not its other partners", () => {
    expect(askAfrica("hubei's biggest african partners in 2023, in order?").answer?.figures.map((f) => f.value))
      .toEqual([8.1, 6.2, 2.3]);
  });
});

describe("which did the most trade, how much, what share", () => {
  const { ask: askFirms } = intentBase([
    ["hb-firms", "Hubei firms", "2024-01-28", [
      "In 2023, Hubei's private enterprises traded 70 billion yuan, or 58.3 percent of the province's total. State-owned",
      "enterprises traded 30 billion yuan, or 25 percent of the total. Foreign-invested enterprises traded 20 billion",
      "yuan, or 16.7 percent of the total.",
    ].join(" ")],
  ]);
  it("ranks by the amount traded, with each one's share beside it", () => {
    const answer = askFirms("which kind of firms did the most trade in hubei in 2023? how much, what share?").answer;
    expect(answer?.lines[0]?.text).toBe("Ranked by Hubei's foreign trade, 2023: 1. private enterprises 70 billion yuan "
      + "(share 58.3%); 2. state-owned enterprises 30 billion yuan (share 25%); 3. foreign-invested enterprises 20 billion "
      + "yuan (share 16.7%)");
  });
  it("'the most' says how much of the trade, no kind of it a sentence must name", () => {
    expect(flowModifiers(parseQuestion("which kind of firms did the most trade in hubei in 2023?"))).toEqual([]);
  });
});
