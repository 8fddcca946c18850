import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Written against surviving mutants of subjectEligible's rules for the country: China compared against ("faster than
// China's exports"), China in a hyphened pair ("Russia-China trade") and China in a name for one of its provinces
// ("China's largest foreign trade province") owns no figure. Made-up sentences.
const Y2023 = { published: "2024-01-20" };

describe("the country named as no owner", () => {
  it("gives a figure compared 'than China's' to the place that beat it", () => {
    const facts = factsOf("Guangdong's exports grew faster than China's exports, rising 5 percent in 2023.", Y2023);
    expect(one(facts, 5)).toMatchObject({ entity: "guangdong", metric: "exports", measure: "growth" });
  });
  it("gives a pair's trade through a port to the port, with the partner", () => {
    const facts = factsOf("Inner Mongolia's trade held up in 2023. Russia-China trade through Erenhot rose 5 percent in 2023.", Y2023);
    expect(one(facts, 5)).toMatchObject({ entity: "city:erenhot", partner: "partner:russia", metric: "trade" });
  });
  it("gives the figures of 'China's largest foreign trade province' to the province the text is about", () => {
    const facts = factsOf("Guangdong's trade held up in 2023. Exports of China's largest foreign trade province reached 3 "
      + "trillion yuan in 2023.", Y2023);
    expect(one(facts, 3)).toMatchObject({ entity: "guangdong", metric: "exports", measure: "amount" });
  });
});
