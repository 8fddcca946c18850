import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Goods counted after a participle ("…, exporting 12.4 million tablet computers in 2031") are those goods, as after
// "exported" (stop 46). Made-up sentence.
describe("a count after 'exporting'", () => {
  it("is of the goods it names", () => {
    const facts = factsOf("Lanxi kept its place as a tablet maker last year, exporting 12.4 million tablet computers "
      + "in 2031, up 2.2 percent.", { published: "2032-01-20" });
    expect(one(facts, 12.4)).toMatchObject({ entity: "city:lanxi", metric: "exports", measure: "count",
      subject: "tablet computers" });
  });
});
