import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Issue 15: a partner named after the goods a figure counts ("15.2 million tonnes of crude oil from X"), more words
// than the two PARTNER_AFTER allowed, was lost; the goods' words join the figure to its partner, a clause does not.
// Made-up sentences, after a lead sentence.
const Y2023 = { published: "2024-01-20" };
const LEAD = "Guangdong's trade held up well in 2023, the customs office said in a statement on Monday. ";
const read = (text: string) => factsOf(`${LEAD}${text}`, Y2023);

describe("a partner after the goods a figure counts", () => {
  it("takes the partner after 'of' and three words", () => {
    expect(one(read("The province imported 15.2 million tonnes of frozen sea fish from Mongolia in 2023."), 15.2))
      .toMatchObject({ entity: "guangdong", partner: "partner:mn", metric: "imports" });
  });
  it("takes the partner after a goods name the subject reader knows", () => {
    expect(one(read("The province imported 15.2 million tonnes of crude oil from Mongolia in 2023."), 15.2))
      .toMatchObject({ entity: "guangdong", partner: "partner:mn", subject: "crude oil" });
    expect(one(read("The province exported 3.7 billion yuan worth of mechanical and electrical products to Mongolia "
      + "in 2023."), 3.7)).toMatchObject({ entity: "guangdong", partner: "partner:mn", metric: "exports" });
  });
  it("gives no figure to a partner a clause of its own names", () => {
    const facts = read("Its trade reached 12 billion yuan, up 5 percent, and trade with Japan grew fast.");
    expect(one(facts, 12).partner).toBeUndefined();
    expect(one(read("Its exports reached 12 billion yuan of which most went to Japan."), 12).partner).toBeUndefined();
  });
});
