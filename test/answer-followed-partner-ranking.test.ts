import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";

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

// (a made-up city's partners, the last a place outside the mainland named only in the run after "followed by")
describe("a place outside the mainland after partners in a 'followed by' run", () => {
  const facts = factsOf("ASEAN became Lanxi's largest trading partner in 2030, with trade of 12.4 billion yuan. It was "
    + "followed by the United States at 9.1 billion yuan, the European Union at 7.7 billion yuan and Hong Kong at 5.2 "
    + "billion yuan.", { published: "2031-02-01" });
  const of = (value: number) => facts.find((f) => f.value === value);
  it("is a partner of the place, as the partners before it are", () => {
    expect(of(9.1)?.partner).toBe("partner:us");
    expect(of(5.2)).toMatchObject({ partner: "hong-kong" });
    expect(of(5.2)?.entity).toBe(of(9.1)?.entity);
  });
  it("is a place of its own in a run of places", () => {
    const own = factsOf("Shenzhen led with 30.1 billion yuan, followed by Guangzhou at 20.2 billion yuan and Hong Kong "
      + "at 10.3 billion yuan.", { published: "2031-02-01" });
    expect(own.find((f) => f.value === 10.3)?.partner).toBeUndefined();
  });
});

describe("a place's customs area asked", () => {
  it("is the place: its words are none a figure's sentence has to say", () => {
    const q = parseQuestion("rank lanxi customs area's trading partners in 2030");
    expect(q.entities).toContain("city:lanxi");
    expect(q.terms).not.toContain("area");
    expect(parseQuestion("rank the trading partners of lanxi's free trade area in 2030").terms).toContain("area");
  });
});
