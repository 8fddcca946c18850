import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A sentence with no figure that tells where and when something happened, inside a report on a longer period: the
// place and the month it names are not what the next figures are of. Made-up sentences.
const H1 = { published: "2022-07-20" };

describe("a sentence with no figure", () => {
  const facts = factsOf("In the first half of 2022, Hubei's imports and exports were 300.2 billion yuan, up 12.1 percent. "
    + "Trade was disrupted in May by floods along the Yangtze, which held up port logistics in Shanghai. "
    + "Private enterprises traded 180.4 billion yuan, up 20.2 percent, accounting for 60.1 percent of the province's total.", H1);
  it("leaves the topic and \"the province\" where they were when it names a place only as where something happened", () => {
    expect(one(facts, 180.4).entity).toBe("hubei");
    expect(one(facts, 60.1)).toMatchObject({ entity: "hubei", measure: "share" });
  });
  it("leaves the text's period when it names a month within it", () => {
    expect(periodLabel(one(facts, 180.4).period!)).toBe(periodLabel(one(facts, 300.2).period!));
  });
});
