import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A cooperation zone's long official name ("<Name> <City>-Macao Modern Service Industry Cooperation Zone") is a zone:
// its figures, and those of the "Its …" after it, are the zone's, never its city's. Made-up text and figures.

const TEXT = "Zhuhai's services trade rose 9 percent to 81.5 billion yuan in 2031. The Hengqin Zhuhai-Macao Modern Service "
  + "Industry Cooperation Zone led the way. Its imports and exports of services rose 12.1 percent to 22.4 billion yuan, "
  + "equal to 27.5 percent of the city's total.";

describe("a modern service industry cooperation zone", () => {
  it("owns the figures said of it, not its city", () => {
    const facts = factsOf(TEXT, { title: "Hengqin's services trade jumps", published: "2032-01-20" });
    expect(one(facts, 22.4).entity).toBe("zone:Hengqin Zhuhai-Macao Modern Service Industry Cooperation Zone");
    expect(one(facts, 81.5).entity).toBe("city:zhuhai");
  });
});
