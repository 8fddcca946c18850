import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// An office named after a city ("X Customs said", "according to the X Municipal Bureau of Commerce") is the source
// of a lead's figures, not their owner: when the lead names a place of its own, the later figures stay that place's,
// even under a headline that names no place and a dateline of the office's city (issue 15, made-up places and figures).
const META = { title: "Trade news", published: "2031-10-20" };
const LEAD = "Ningxia's foreign trade reached 8.1 billion yuan in the first three quarters, up 12 percent, ";
const THEN = " Measured in dollars, the total came to 1.2 billion dollars. Exports grew 9.5 percent to 5.2 billion yuan.";
const SOURCES = ["Yinchuan Customs said on Thursday.", "according to Yinchuan Customs District.",
  "according to the Yinchuan Municipal Bureau of Commerce.", "the Yinchuan Statistics Bureau said."];

describe("a city named only as an office is not the text's place", () => {
  for (const source of SOURCES) {
    for (const dateline of ["", "YINCHUAN - "]) {
      it(`leaves the lead's place the owner after '${dateline}… ${source}'`, () => {
        const facts = factsOf(dateline + LEAD + source + THEN, META);
        for (const value of [8.1, 1.2, 9.5, 5.2]) expect(one(facts, value).entity).toBe("ningxia");
        expect(facts.some((f) => f.entity === "city:yinchuan")).toBe(false);
      });
    }
  }
  it("so when the office is named first ('According to X Customs, Y's trade …')", () => {
    const facts = factsOf("According to Yinchuan Customs, Ningxia's foreign trade reached 8.1 billion yuan in the first "
      + "three quarters." + THEN, META);
    for (const value of [8.1, 1.2, 9.5, 5.2]) expect(one(facts, value).entity).toBe("ningxia");
  });
  it("still gives the city its own figures in the same text", () => {
    const facts = factsOf(`YINCHUAN - ${LEAD}Yinchuan Customs said. Yinchuan's exports rose 5 percent.`, META);
    expect(one(facts, 8.1).entity).toBe("ningxia");
    expect(one(facts, 5)).toMatchObject({ entity: "city:yinchuan", metric: "exports" });
  });
  it("keeps the office's place as the owner when the lead names no other place", () => {
    const facts = factsOf("Yinchuan Customs said imports rose 9.5 percent to 5.2 billion yuan. Exports fell 3 percent.", META);
    for (const value of [9.5, 5.2, -3]) expect(one(facts, value).entity).toBe("city:yinchuan");
  });
  it("keeps the trade a customs office handled its own as before", () => {
    const facts = factsOf("Trade handled by Yinchuan Customs reached 8.1 billion yuan. Exports fell 3 percent.", META);
    expect(one(facts, 8.1).entity).toBe("city:yinchuan");
  });
  it("keeps the office's place as the owner when the lead names another place only beside its figures", () => {
    for (const lead of ["Yinchuan Customs said on Monday that the city's exports rose 8.2 percent in 2031, outpacing Ningxia.",
      "Yinchuan Customs said on Monday that exports rose 8.2 percent in 2031, faster than in Ningxia."]) {
      const facts = factsOf(`${lead} Imports grew 5.1 percent.`, META);
      for (const value of [8.2, 5.1]) expect(one(facts, value).entity).toBe("city:yinchuan");
    }
  });
});
