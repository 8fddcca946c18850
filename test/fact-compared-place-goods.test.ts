import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "A's tea exports reached 4,100 tonnes worth 210 million yuan. … B exported 2,600 tonnes, fewer than A, but earned
// 1.9 billion yuan": the place set against the one whose goods were just given trades the same goods, and the place
// compared against in the aside owns none of the sentence's figures.
describe("a place's goods figures set against another place's in an aside", () => {
  const text = "For Yunnan province as a whole, tea exports reached 4,100 tonnes with a value of 210.5 million yuan in "
    + "2030. Most of it came from estates in the south.\n\nThe neighbouring province of Guangxi exported 2,600 tonnes, "
    + "fewer than Yunnan, but earned 1.94 billion yuan, almost ten times as much.";
  const facts = factsOf(text, { published: "2031-02-01" });
  it("gives the figures to the sentence's own place, not the one compared against", () => {
    expect(one(facts, 2600).entity).toBe("guangxi");
    expect(one(facts, 1.94).entity).toBe("guangxi");
  });
  it("gives them the goods the compared place's figures were of", () => {
    expect(one(facts, 2600).subject).toBe("tea");
    expect(one(facts, 1.94).subject).toBe("tea");
  });
  it("gives no goods when the compared place's last figure was its total", () => {
    const total = factsOf("Yunnan's tea exports reached 4,100 tonnes in 2030. Yunnan's exports rose 3.2 percent to 80.1 "
      + "billion yuan.\n\nGuangxi's exports grew 6.4 percent, faster than Yunnan, to 120.7 billion yuan.", { published: "2031-02-01" });
    expect(one(total, 120.7).subject).toBeUndefined();
  });
});
