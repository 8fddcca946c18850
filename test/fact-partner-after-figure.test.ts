import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Written against surviving mutants of resolveWho's partner named right after a figure ("5 billion yuan of trade with
// ASEAN"): only a partner is one (a city goods leave from is not), and a partner named before the figure in a sentence
// opening "Exports to Japan …" keeps it. Made-up sentences, after a lead sentence.
const Y2023 = { published: "2024-01-20" };
const LEAD = "Guangdong's trade held up well in 2023, the customs office said in a statement on Monday. ";
const read = (text: string) => factsOf(`${LEAD}${text}`, Y2023);

describe("a partner right after a figure", () => {
  it("takes a partner after 'of trade with'", () => {
    expect(one(read("The province did 50 billion yuan of trade with Japan in 2023."), 50))
      .toMatchObject({ entity: "guangdong", partner: "partner:japan" });
  });
  it("takes no city of the province the goods left from as a partner", () => {
    const fact = one(read("The province shipped 5 billion yuan of goods from Shenzhen in 2023."), 5);
    expect(fact.partner).toBeUndefined();
    expect(fact.entity).toBe("guangdong");
  });
  it("keeps the partner an opening 'Exports to' names over one compared after the figure", () => {
    expect(one(read("Exports to Japan came to 50 billion yuan more than to South Korea in 2023."), 50))
      .toMatchObject({ entity: "guangdong", partner: "partner:japan", metric: "exports" });
  });
});
