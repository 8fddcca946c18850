import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Misreadings found by reading the extractor's code, each pinned on a made-up sentence of the same shape.
const MARCH = { published: "2024-03-10" };

describe("a span of months in a report out in its last month", () => {
  // (a quarter is reported after it ends: in a report out in March, the first quarter is last year's, like the second)
  it("is last year's, like the quarters after it", () => {
    const facts = factsOf("Hebei's exports grew 4.7 percent in the first quarter. In the second quarter, they grew 5.8 percent.", MARCH);
    expect(one(facts, 4.7).period).toEqual({ y1: 2023, m1: 1, y2: 2023, m2: 3 });
    expect(one(facts, 5.8).period).toEqual({ y1: 2023, m1: 4, y2: 2023, m2: 6 });
  });
  it("goes with the year the text named before it", () => {
    const facts = factsOf("In 2023, Hebei's foreign trade reached 130.6 billion yuan. In the first quarter, exports grew 4.7 percent.",
      MARCH);
    expect(one(facts, 4.7).period).toEqual({ y1: 2023, m1: 1, y2: 2023, m2: 3 });
  });
  it("leaves a later span the report is in this year's", () => {
    const facts = factsOf("Hebei's exports grew 4.7 percent in the second half.", { published: "2024-12-10" });
    expect(one(facts, 4.7).period).toEqual({ y1: 2024, m1: 7, y2: 2024, m2: 12 });
  });
  it("leaves a single month of the report's own month this year's", () => {
    const facts = factsOf("Hebei's exports grew 4.7 percent in March.", MARCH);
    expect(one(facts, 4.7).period).toEqual({ y1: 2024, m1: 3, y2: 2024, m2: 3 });
  });
});

describe("two ranks handed out by 'respectively'", () => {
  it("go to the two flows of 'exports and imports', in order", () => {
    const facts = factsOf("In 2023, Hebei's exports and imports ranked 8th and 14th in the country respectively.", MARCH);
    expect(one(facts, 8)).toMatchObject({ measure: "rank", metric: "exports" });
    expect(one(facts, 14)).toMatchObject({ measure: "rank", metric: "imports" });
  });
  it("leave one rank of 'imports and exports' total trade's", () => {
    const facts = factsOf("In 2023, Hebei's imports and exports ranked 8th in the country.", MARCH);
    expect(one(facts, 8)).toMatchObject({ measure: "rank", metric: "trade" });
  });
});

describe("whole numbers listed before 'respectively'", () => {
  it("are cited without the comma that lists them, and each goes to its place", () => {
    const facts = factsOf("In 2023, Hebei, Shanxi and Henan grew 4, 6 and 11 percent respectively.", MARCH);
    expect(facts.filter((f) => f.value === 4 || f.value === 6).map((f) => f.valueEnd - f.valueStart)).toEqual([1, 1]);
    expect([4, 6, 11].map((v) => one(facts, v).entity)).toEqual(["hebei", "shanxi", "henan"]);
  });
  it("keep a thousands comma inside a figure", () => {
    const facts = factsOf("In 2023, Hebei's exports reached 1,150, 2,450 and 3,700 million yuan in the three ports respectively.", MARCH);
    expect(one(facts, 1150).valueEnd - one(facts, 1150).valueStart).toBe(5);
  });
});

describe("a port's own measure after a sentence or clause on a flow", () => {
  const EXPORTS = "In 2023, Hebei's exports grew 4.6 percent";
  it("does not go on with the flow before", () => {
    for (const text of [`${EXPORTS}. Container throughput grew 2.9 percent.`, `${EXPORTS}. Its container throughput grew 2.9 percent.`,
      `${EXPORTS}, and container throughput grew 2.9 percent.`]) {
      expect(one(factsOf(text, MARCH), 2.9).metric, text).toBe("other");
    }
  });
  it("keeps the flow that names it", () => {
    const facts = factsOf("Hebei's foreign trade container throughput reached 2.7 million TEUs, up 2.9 percent.", MARCH);
    expect(one(facts, 2.7).metric).toBe("trade");
  });
});

describe("points above an average other than the nation's", () => {
  it("are a gap to that average, not a change of the place's figure", () => {
    const facts = factsOf("In 2023, Hebei's foreign trade grew 4.4 percent, 1.7 points above the regional average.", MARCH);
    expect(one(facts, 1.7)).toMatchObject({ measure: "pp_gap", scope: "regional" });
  });
  it("are so however loosely written", () => {
    const facts = factsOf("In 2023, Hebei's exports grew 4.4 percent, 1.7 percent below the provincial average.", MARCH);
    expect(one(facts, -1.7)).toMatchObject({ measure: "pp_gap", scope: "provincial" });
  });
  it("leave a share's rise in points a change", () => {
    const facts = factsOf("In 2023, Hebei's share rose 1.7 points to 8.5 percent.", MARCH);
    expect(one(facts, 1.7).measure).toBe("pp_change");
  });
});

describe("a multiple of another's figure", () => {
  it("is no growth of the place's own", () => {
    for (const text of ["In 2023, Hebei's exports grew 8.6 percent, 3.4 times the national average.",
      "In 2023, Hebei's exports were 3.4 times Shanxi's.", "In 2023, Hebei's exports were 3.4 times that of Shanxi."]) {
      expect(factsOf(text, MARCH).filter((f) => f.value === 3.4), text).toEqual([]);
    }
  });
  it("leaves a multiple over the place's own earlier figure its growth", () => {
    const facts = factsOf("In 2023, Hebei's exports increased 3.4 times over 2019.", MARCH);
    expect(one(facts, 3.4)).toMatchObject({ measure: "multiple", entity: "hebei" });
  });
});

describe("a series of quarters the text dates by the report alone", () => {
  const AUGUST = { published: "2024-08-10" };
  it("dates a quarter named by its ordinal alone as the next of the quarter named before", () => {
    const facts = factsOf("Hebei's exports grew 4.3 percent in the first quarter and 5.9 percent in the second.", AUGUST);
    expect(one(facts, 4.3).period).toEqual({ y1: 2024, m1: 1, y2: 2024, m2: 3 });
    expect(one(facts, 5.9).period).toEqual({ y1: 2024, m1: 4, y2: 2024, m2: 6 });
  });
  it("likewise a half", () => {
    const facts = factsOf("Hebei's exports grew 4.3 percent in the first half of 2022 and 5.9 percent in the second.", AUGUST);
    expect(one(facts, 5.9).period).toEqual({ y1: 2022, m1: 7, y2: 2022, m2: 12 });
  });
  it("reads no figure from the digit of 'Q1'", () => {
    const facts = factsOf("Hebei's exports grew 4.3 percent in Q1 and 5.9 percent in Q2.", AUGUST);
    expect(facts.map((f) => f.value)).toEqual([4.3, 5.9]);
  });
  it("keeps the quarters of one sentence in one year", () => {
    const facts = factsOf("Hebei's exports grew 4.3 percent in Q1, 5.9 percent in Q2 and 6.6 percent in Q3.", AUGUST);
    expect([4.3, 5.9, 6.6].map((v) => one(facts, v).period?.y1)).toEqual([2023, 2023, 2023]);
  });
  it("leaves an ordinal that ranks alone", () => {
    const facts = factsOf("Hebei's exports grew 4.3 percent in the first quarter, ranking second in the country.", AUGUST);
    expect(one(facts, 2).period).toEqual({ y1: 2024, m1: 1, y2: 2024, m2: 3 });
  });
});
