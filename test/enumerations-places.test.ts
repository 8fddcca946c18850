import { describe, expect, it } from "vitest";
import { findEnumerations } from "../text/enumerations.js";

// Lists of places a sentence names without figures: a long proper name among one-word names ("including A, Port B
// Bay City, C and D"), places after "in" ("piloted in A, B's C district and D"), two names after a plural and "at"
// ("new markets at A and B"). Made-up sentences.
const names = (text: string) => findEnumerations(text).map((e) => e.items.map((i) => i.name));

describe("lists of places", () => {
  it("keep the first item when a later one is a long proper name", () => {
    expect(names("Routes rose to 40, of which 12 serve ports including Lumbar, Port Kelso Bay City, Doria and Vesk."))
      .toContainEqual(["Lumbar", "Port Kelso Bay City", "Doria", "Vesk"]);
  });
  it("start after 'in' before a name, not at a speaker's label", () => {
    expect(names("Li Ming: The scheme is now tested in Anji, Huzhou's Wuxing district and Jiaxing's Nanhu district."))
      .toContainEqual(["Anji", "Huzhou's Wuxing district", "Jiaxing's Nanhu district"]);
  });
  it("read two names after a plural and 'at' as a list, and no more words than the names", () => {
    expect(names("New border markets at Lanlu and Qiaotou drew more traders.")).toContainEqual(["Lanlu", "Qiaotou"]);
    expect(names("Trade grew and factories in Hubei and Hunan hired more.")).toContainEqual(["Hubei", "Hunan"]);
  });
});
