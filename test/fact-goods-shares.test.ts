import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A share right after goods' value and its change ("…, up 5 percent, equal to 8 percent of the province's exports"):
// the goods' share of the whole, whatever words the goods are named by. Made-up goods and figures.
const MARCH = { published: "2024-03-10" };

describe("a share after goods' value and its change", () => {
  it("is the goods' share of the place's flow", () => {
    const facts = factsOf("In 2023, Hebei exported 65.6 billion yuan of frozen squid, up 5 percent, equal to 8 percent of the "
      + "province's exports.", MARCH);
    expect(one(facts, 65.6)).toMatchObject({ entity: "hebei", metric: "exports", measure: "amount", subject: "frozen squid" });
    expect(one(facts, 5)).toMatchObject({ measure: "growth", subject: "frozen squid" });
    expect(one(facts, 8)).toMatchObject({ entity: "hebei", metric: "exports", measure: "share", subject: "frozen squid" });
  });
  it("is so for goods shipped abroad", () => {
    const facts = factsOf("In 2023, Hebei shipped 65.6 billion yuan of frozen squid abroad, up 5 percent, equal to 8 percent "
      + "of the province's exports.", MARCH);
    expect(one(facts, 8)).toMatchObject({ metric: "exports", measure: "share", subject: "frozen squid" });
  });
  it("is so in a sentence after another", () => {
    const facts = factsOf("Hebei's trade grew 5 percent in 2023. The province exported 65.6 billion yuan of frozen squid, up "
      + "5 percent, equal to 8 percent of its exports.", MARCH);
    expect(one(facts, 8)).toMatchObject({ entity: "hebei", metric: "exports", measure: "share", subject: "frozen squid" });
  });
});
