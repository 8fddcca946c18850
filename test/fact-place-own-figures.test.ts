import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A place's own figures and its kinds of firm, read beside another's (a port's, a customs district's). Made-up figures.
const META = { title: "Nantong trade in the first ten months", published: "2031-11-20" };

describe("a city's own trade", () => {
  it("is the city's trade, with no qualifier narrowing it ('the city's own foreign trade')", () => {
    const facts = factsOf("Goods cleared by Nantong Customs were worth 12.3 billion dollars.\n\nNantong city's own "
      + "foreign trade came to 4.56 billion dollars in the ten months, up 7.1 percent.", META);
    expect(one(facts, 4.56)).toMatchObject({ entity: "city:nantong", metric: "trade", measure: "amount" });
    expect(one(facts, 4.56).qualifier).toBeUndefined();
    expect(one(facts, 7.1).qualifier).toBeUndefined();
  });
});

describe("a place named only as what the topic is set against, in a sentence with no figure", () => {
  it("does not own the figures of the paragraph after ('traded nowhere near as much as X')", () => {
    const facts = factsOf("Jiangsu's trade rose 5 percent to 80.1 billion dollars in 2031.\n\nOfficials at the provincial "
      + "commerce department said the province still traded nowhere near as much as Zhejiang.\n\nPrivate enterprises, the smallest group, grew the "
      + "fastest: their trade jumped 41.3 percent to 6.78 billion dollars.", { title: "Jiangsu trade in 2031" });
    expect(one(facts, 6.78)).toMatchObject({ entity: "jiangsu", subject: "private enterprises" });
  });
});
