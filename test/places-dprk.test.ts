import { describe, expect, it } from "vitest";
import { findEntities } from "../text/entities.js";

// The DPRK's full name ends in "Republic of Korea", the South's name: it is read as the North. Made-up sentences.
describe("the Democratic People's Republic of Korea", () => {
  it("is North Korea, by its full name and its initials", () => {
    const ids = (t: string) => findEntities(t).map((e) => e.id);
    expect(ids("Trade between Hebi and the Democratic People's Republic of Korea rose 8 percent"))
      .toEqual(["city:hebi", "partner:kp"]);
    expect(ids("Hebi's exports to the DPRK fell")).toEqual(["city:hebi", "partner:kp"]);
  });
  it("leaves the Republic of Korea the South", () => {
    expect(findEntities("Hebi's trade with the Republic of Korea").map((e) => e.id)).toContain("partner:south-korea");
  });
});
