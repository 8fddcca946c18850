import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// People counted and amounts over them, as a text states them (text/numbers.ts, facts/extract.ts). Made-up text.
const TEXT = "In 2014 Hunan's duty-free sales were 8.11 billion yuan, down 3.1 percent. The number of shoppers rose "
  + "12.5 percent to 3.42 million, from 3.04 million, so average spending per shopper fell to about 2,371 yuan.";

describe("'the number of X rose … to 3.42 million' counts X", () => {
  it("the figure after 'the number of shoppers' is a count of shoppers, no money", () => {
    const f = one(factsOf(TEXT, { published: "2015-02-01" }), 3.42);
    expect(f.measure).toBe("count");
    expect(f.unit).toBe("million shoppers");
  });
  it("a money figure of the same text stays money", () => {
    expect(one(factsOf(TEXT, { published: "2015-02-01" }), 8.11).unit).toBe("billion yuan");
  });
  it("sales named between keep their figure money", () => {
    const f = one(factsOf("In Hunan the number of stores rose 3 percent in 2014 and their sales reached 2.5 billion.", { published: "2015-02-01" }), 2.5);
    expect(f.unit).not.toMatch(/stores/);
  });
});

describe("'spending per shopper fell to 2,371 yuan' is an amount per head", () => {
  it("the head named before the figure makes its unit one per head", () => {
    expect(one(factsOf(TEXT, { published: "2015-02-01" }), 2371).unit).toBe("yuan per shopper");
  });
});
