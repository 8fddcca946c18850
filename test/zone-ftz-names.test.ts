import { describe, expect, it } from "vitest";
import { sameFtz } from "../text/zones.js";

// A pilot free trade zone is named short in a table ("Zorland FTZ") and in full in a sentence ("China (Zorland) Pilot
// Free Trade Zone", read as "Zorland Pilot Free Trade Zone"): one zone. Made-up names.
describe("one pilot free trade zone by two names", () => {
  it.each([
    ["zone:Zorland FTZ", "zone:Zorland Pilot Free Trade Zone"],
    ["zone:Zorland Pilot Free Trade Zone", "zone:Zorland FTZ"],
    ["zone:Zorland Free Trade Zone", "zone:Zorland pilot free trade zone"],
  ])("%s is %s", (a, b) => {
    expect(sameFtz(a, b)).toBe(true);
  });
  it.each([
    ["zone:Zorland FTZ", "zone:Quxian Pilot Free Trade Zone"],
    ["zone:Zorland Port FTZ", "zone:Zorland Pilot Free Trade Zone"],
    ["zone:Zorland FTZ", "zone:Zorland Comprehensive Bonded Zone"],
    ["zone:Zorland Free Trade Port", "zone:Zorland FTZ"],
  ])("%s is not %s", (a, b) => {
    expect(sameFtz(a, b)).toBe(false);
  });
});
