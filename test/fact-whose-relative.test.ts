import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "X's trade reached N, ahead of Y, whose trade was M": a figure in a "whose" clause ending the sentence is the place's
// the clause goes on about, also with a thousands comma in it and who said it after. Made-up places' figures.
describe("a trailing 'whose' clause's figure", () => {
  const meta = { title: "Hebei trade", published: "2032-01-10" };
  it("is the place's it goes on about", () => {
    const facts = factsOf("Hebei's trade reached 812.5 billion yuan in 2031, ahead of Henan, whose trade was 790.1 billion "
      + "yuan.", meta);
    expect(one(facts, 812.5).entity).toBe("hebei");
    expect(one(facts, 790.1)).toMatchObject({ entity: "henan", metric: "trade", measure: "amount" });
  });
  it("is so with a thousands comma and the speaker after it", () => {
    const facts = factsOf("Hebei's imports and exports rose 2.4 percent in 2031 to 1,812.5 billion yuan, keeping the "
      + "province ahead of Henan, whose trade was 1,790.1 billion yuan, the provincial customs said on Thursday.", meta);
    expect(one(facts, 1812.5).entity).toBe("hebei");
    expect(one(facts, 1790.1).entity).toBe("henan");
  });
  it("is the place's the clause names itself ('whose capital X exported N')", () => {
    const facts = factsOf("Hebei's trade reached 812.5 billion yuan in 2031, ahead of Henan, whose capital Zhengzhou "
      + "exported 90.1 billion yuan.", meta);
    expect(one(facts, 90.1).entity).toBe("city:zhengzhou");
  });
  it("leaves a 'which reported N' clause the place's it goes on about", () => {
    const facts = factsOf("Hebei's trade reached 812.5 billion yuan in 2031, behind Henan, which reported 1,790.1 billion "
      + "yuan.", meta);
    expect(one(facts, 1790.1).entity).toBe("henan");
  });
});
