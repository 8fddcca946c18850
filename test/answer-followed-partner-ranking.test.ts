import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";

// A ranking of places by their trade with one partner, the places after the first given in "It was followed by B with
// M and C with K"; and "rank them by <partner> trade" asking the values. Made-up article.
const TEXT = `---
title: "Northwest trade with the EU, 2030"
published: "2031-02-01"
---
Shaanxi had the largest trade with the EU among the northwestern provinces in 2030, at 95.3 billion yuan, up 4.1 percent. It was followed by Gansu with 41.2 billion yuan, up 3.3 percent, and Ningxia with 12.8 billion yuan, up 9.9 percent. Qinghai's total trade was 4.4 billion yuan.
`;

describe("places that follow in a ranking of the trade with one partner", () => {
  it("gives them the partner of the ranking's first figure, and no place's own total", () => {
    const facts = factsOf(TEXT.replace(/^---[\s\S]*?---\n/, ""), { published: "2031-02-01" })
      .map((f) => ({ entity: f.entity, partner: f.partner, measure: f.measure, value: f.value }));
    expect(facts).toEqual([
      { entity: "shaanxi", partner: "partner:eu", measure: "amount", value: 95.3 },
      { entity: "shaanxi", partner: "partner:eu", measure: "growth", value: 4.1 },
      { entity: "gansu", partner: "partner:eu", measure: "amount", value: 41.2 },
      { entity: "gansu", partner: "partner:eu", measure: "growth", value: 3.3 },
      { entity: "ningxia", partner: "partner:eu", measure: "amount", value: 12.8 },
      { entity: "ningxia", partner: "partner:eu", measure: "growth", value: 9.9 },
      { entity: "qinghai", partner: undefined, measure: "amount", value: 4.4 },
    ]);
  });
});

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "eu.md": TEXT }); });
afterAll(async () => over.close());

describe("ranked 'by <partner> trade'", () => {
  it("ranks the values of the trade with the partner, not their growth", async () => {
    const a = await over.ask("rank the northwest provinces by eu trade in 2030");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Shaanxi 95\.3 billion yuan; 2\. Gansu 41\.2 billion yuan; 3\. Ningxia 12\.8 billion yuan/);
    expect(a.answer).not.toMatch(/9\.9%|Qinghai/);
  });
});
