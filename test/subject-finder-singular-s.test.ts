import { describe, expect, it } from "vitest";
import { subjectFinder } from "../text/subjects.js";

// Goods whose singular itself ends in s ("bus", "compass") are stored by their plural ("buses", "compasses"): the
// singular typed in a question keys apart from the plural, and still names the stored goods.
describe("a goods word asked in a singular that ends in s", () => {
  const find = subjectFinder(["buses", "compasses", "saddles"]);
  it("finds the plural stored goods", () => {
    expect(find("bus exports in 2031?")).toEqual(["buses"]);
    expect(find("compass exports were how many times saddle exports?")).toEqual(["compasses", "saddles"]);
  });
  it("still finds the plural asked as stored", () => {
    expect(find("buses and compasses in 2031")).toEqual(["buses", "compasses"]);
  });
});
