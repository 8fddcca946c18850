import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A zone a table's "Zone" column names by one word, "| Lanqi | 25.3 |", is named for the text after the table too: "the
// Lanqi zone's trade", "trade in Lanqi" are the zone's figures, not the province's nor another place's (facts/extract.ts
// tableRowFacts, text/zones.ts zoneShortName and its head patterns). Made-up report and zones.
const TEXT = "Gansu's border cooperation zones handled trade of 40.2 billion yuan in the first three quarters of 2031.\n\n"
  + "| Zone | Trade (billion yuan) | Growth (%) |\n|---|---|---|\n| Lanqi | 25.3 | 14.2 |\n| Moxun | 14.9 | 8.1 |\n\n"
  + "In the third quarter alone, the Lanqi zone's trade was 9.1 billion yuan, up 11.0 percent.\n\n"
  + "Border residents' trade in Moxun reached 5.6 billion yuan in the first three quarters.";

describe("a zone a table row names by one word", () => {
  const facts = factsOf(TEXT, { published: "2031-10-25" });
  it("owns its row's figures", () => {
    expect(one(facts, 25.3).entity).toBe("zone:Lanqi");
  });
  it("owns a figure of 'the <name> zone's' after the table", () => {
    expect(one(facts, 9.1).entity).toBe("zone:Lanqi");
    expect(one(facts, 11).entity).toBe("zone:Lanqi");
  });
  it("owns a figure of trade 'in <name>'", () => {
    expect(one(facts, 5.6).entity).toBe("zone:Moxun");
  });
  it("leaves the province its own total", () => {
    expect(one(facts, 40.2).entity).toBe("gansu");
  });
});
