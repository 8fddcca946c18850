import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "X ranked second, behind Y's N, and ahead of Z (N) and W (N)": each figure right after a place ranked against is
// that place's own, never the figure of the place the sentence ranks.
describe("figures of the places a ranked place is set against", () => {
  const facts = factsOf("Gansu's foreign trade rose 6.2 percent to 31.4 billion yuan in the first half of 2031.\n\n"
    + "Among the five north-western provinces, Gansu ranked second in first-half trade, behind Shaanxi's 212.6 billion "
    + "yuan, and ahead of Qinghai (8.3 billion yuan) and Ningxia (14.7 billion yuan).", { published: "2031-07-20" });
  it("gives the figure after a possessive place to that place", () => {
    expect(one(facts, 212.6).entity).toBe("shaanxi");
  });
  it("gives the bracketed figure after 'ahead of' to the place before the bracket", () => {
    expect(one(facts, 8.3).entity).toBe("qinghai");
    expect(one(facts, 14.7).entity).toBe("ningxia");
  });
  it("keeps the ranked place's own figure", () => {
    expect(one(facts, 31.4).entity).toBe("gansu");
  });
});
