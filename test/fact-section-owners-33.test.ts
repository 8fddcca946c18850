import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A national report in numbered sections ("**3. The west**", "**5. New formats**"): a section on a province ends on
// it, and the next section's sentences, which name no place, are the country's again. Made-up text.
const REPORT = "China's customs published its half-year figures. Imports and exports in the first six months of 2031 came "
  + "to 31.79 trillion yuan, 2.9 percent more than a year earlier.\n\n**3. The west is catching up**\n\n"
  + "Sichuan recorded 609.8 billion yuan, up 4.1 percent. Further east, Hubei's 14.3 percent growth to 482.6 billion "
  + "yuan lifted it two places.\n\n**5. New formats keep growing**\n\n"
  + "Cross-border e-commerce imports and exports were 1.47 trillion yuan, up 6.6 percent. Market procurement trade rose "
  + "8.8 percent to 618.6 billion yuan.";

describe("a national report's numbered sections", () => {
  it("gives a section's placeless figures to the country, not to the province the section before ended on", () => {
    const facts = factsOf(REPORT, { title: "Five things to know about China's trade in the first half of 2031", published: "2031-07-16" });
    expect(one(facts, 1.47)).toMatchObject({ entity: "china", subject: "cross-border e-commerce" });
    expect(one(facts, 6.6).entity).toBe("china");
    expect(one(facts, 618.6).entity).toBe("china");
    expect(one(facts, 482.6).entity).toBe("hubei");
  });
});
