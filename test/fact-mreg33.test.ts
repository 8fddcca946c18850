import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Stop 33's merge lost figures of a known place the text also calls the home of firms ("companies in Foshan"): the
// rule that a firm's possessive owns no place's figure (test/fact-rev33) read that place as a firm. Made-up figures.
const Y2031 = { published: "2032-01-20" };

describe("a place where firms are, not a firm", () => {
  it("keeps a known place's opening figures when the text speaks of 'companies in' it", () => {
    const facts = factsOf("Foshan's imports and exports reached 412.5 billion yuan in 2031, 6.3 percent more than in 2030. "
      + "Companies in Foshan have moved quickly to spread their orders across more markets.", Y2031);
    expect(one(facts, 412.5).entity).toBe("city:foshan");
    expect(one(facts, 6.3).entity).toBe("city:foshan");
  });
  it("keeps a known place's figures when a firm bears its name ('Foshan Kavex Corporation')", () => {
    const facts = factsOf("Foshan's imports and exports reached 412.5 billion yuan in 2031, up 6.3 percent. "
      + "Foshan Kavex Corporation was the largest exporter.", Y2031);
    expect(one(facts, 412.5).entity).toBe("city:foshan");
  });
  it("keeps a sub-place's figure when the text speaks of 'firms in' it", () => {
    const facts = factsOf("Foshan's exports rose 3 percent in 2031. Kelong's furniture exports reached 10.2 billion yuan "
      + "in 2031. Firms in Kelong hired more workers.", Y2031);
    expect(one(facts, 10.2).entity).toBe("zone:Kelong");
  });
  it("while a firm the text names still owns no place's figure ('telecom giant Kavex')", () => {
    const facts = factsOf("Foshan's exports rose 3 percent in 2031. Telecom giant Kavex said sales abroad held up. "
      + "Kavex's exports grew 9 percent in 2031.", Y2031);
    expect(facts.filter((f) => f.value === 9)).toEqual([]);
  });
});

// (a later clause's goods after a figure of goods, test/fact-stop32-b, read a port's own measure as goods: a question
// of "container throughput" then asked goods no other port's figure had)
describe("a port's measure after a figure of goods", () => {
  it("is no goods: '…, and container throughput reached 610,000 TEUs'", () => {
    const facts = factsOf("The Port of Foshan handled 120.4 million tonnes of iron ore in 2031, up 3.2 percent, and "
      + "container throughput reached 610,000 TEUs, up 8.5 percent.", Y2031);
    expect(one(facts, 610000).subject).toBeUndefined();
    expect(one(facts, 8.5).subject).toBeUndefined();
  });
  it("while a later clause's goods still are ('…, and widgets were worth 1.4 billion yuan')", () => {
    const facts = factsOf("Foshan exported 2.5 billion yuan of tea in 2031, and widgets were worth 1.4 billion yuan.", Y2031);
    expect(one(facts, 1.4).subject).toBe("widgets");
  });
});
