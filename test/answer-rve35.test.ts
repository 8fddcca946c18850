import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// Review of stop 35's quantity rules: sentences of other shapes the rules also matched. Made-up places and figures.
describe("a span of time before goods worth a value", () => {
  it("is no count of the goods ('in the first 9 months exports worth …', 'over the past 5 years goods worth …')", () => {
    for (const t of ["In the first 9 months exports worth 30.2 billion yuan left Weihai.",
      "Over the past 5 years goods worth 30.2 billion yuan left Weihai."]) {
      expect(factsOf(t, { published: "2032-01-20" }).filter((f) => f.measure === "count")).toEqual([]);
    }
  });
});

describe("a sentence of another period that says 'revised' of no figure", () => {
  it("moves the text on to its period ('In 2031, under the revised tariff schedule, …')", () => {
    const facts = factsOf("Weihai's exports rose 4.2 percent to 61.3 billion yuan in 2030. In 2031, under the revised tariff "
      + "schedule, Weihai's exports rose 6.0 percent to 65.0 billion yuan. Imports fell 2.1 percent to 20.4 billion yuan.",
    { published: "2032-01-20" });
    expect(facts.find((f) => f.value === 20.4)?.period).toMatchObject({ y1: 2031, y2: 2031 });
  });
});

describe("people or firms from places inside the city, opening a sentence", () => {
  const LEAD = "Weihai's exports rose 4.2 percent to 61.3 billion yuan in 2031. ";
  it("are no goods of its figures ('Officials from Jinjiang and Shishi said …', 'Firms from … exported …')", () => {
    for (const t of ["Officials from Jinjiang and Shishi said exports rose 5.1 percent to 12.2 billion yuan.",
      "Firms from Jinjiang and Shishi exported 12.2 billion yuan, up 5.1 percent.",
      "Buyers from Jinjiang and Shishi signed orders worth 12.2 billion yuan."]) {
      const facts = factsOf(LEAD + t, { published: "2032-01-20" });
      expect(facts.filter((f) => /officials|firms|buyers/.test(f.subject ?? ""))).toEqual([]);
    }
  });
});

describe("goods counted in units, after a sentence that opens with other things", () => {
  const LEAD = "Weihai's exports rose 4.2 percent to 61.3 billion yuan in 2031. ";
  it("are never the things a sentence of no goods opens with ('Prices were stable.')", () => {
    const facts = factsOf(`${LEAD}Prices were stable. Makers exported 3,400 sets worth 0.2 billion yuan.`,
      { published: "2032-01-20" });
    expect(facts.filter((f) => f.subject === "prices")).toEqual([]);
  });
  it("are the goods the units are 'of', not those the sentence before opens with", () => {
    const facts = factsOf(`${LEAD}Textiles were the top export. The zone also exported 5,000 units of air conditioners.`,
      { published: "2032-01-20" });
    expect(facts.filter((f) => f.subject === "textiles")).toEqual([]);
  });
  it("are goods whose name ends in 'makers' ('Coffee makers are …'), not firms (rvf35)", () => {
    const facts = factsOf(`${LEAD}Coffee makers are the city's second story. Last year its firms exported 5,000 units.`,
      { published: "2032-01-20" });
    expect(facts.find((f) => f.value === 5000)?.subject).toBe("coffee makers");
  });
  it("are the goods a sentence opens with after 'are also the …' or 'were among …' (rvf35)", () => {
    for (const t of ["Drones are also the city's second story.", "Drones were among the city's best sellers."]) {
      const facts = factsOf(`${LEAD}${t} Last year its makers exported 5,000 units.`, { published: "2032-01-20" });
      expect(facts.find((f) => f.value === 5000)?.subject).toBe("drones");
    }
  });
});

describe("a flow or trade from places inside the city, opening a sentence", () => {
  const LEAD = "Quanzhou's exports rose 8.1 per cent to 52.9 billion yuan in the first quarter of 2031. ";
  it("is those places', never the city's goods ('Shipments from Jinjiang and Shishi rose …')", () => {
    for (const t of ["Shipments from Jinjiang and Shishi rose 9.5 per cent to 17.6 billion yuan.",
      "Sales from Jinjiang and Shishi reached 17.6 billion yuan.", "Investment from Jinjiang and Shishi reached 17.6 billion yuan."]) {
      const facts = factsOf(LEAD + t, { published: "2031-04-20" });
      expect(facts.filter((f) => f.value === 17.6 && f.entity === "city:quanzhou")).toEqual([]);
    }
  });
});
