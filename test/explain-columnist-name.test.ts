import { describe, expect, it } from "vitest";
import { columnistOf } from "../retrieval/explain/columnist.js";
import type { CorpusDocument } from "../corpus/types.js";

// An opinion column's author is a name, capitalised: "a column by the city's customs office" in a news story names no
// author, whose words the story's would then all be. Made-up text.
const doc = (text: string): CorpusDocument => ({ id: "d", hash: "h", text, meta: { title: "Trade news", source: "d.md" } });

describe("an opinion column's author", () => {
  it("is no lowercase words after 'a column by'", () => {
    expect(columnistOf(doc("Exports fell 3 percent, according to a column by the local trade bureau published on Monday.")))
      .toBeUndefined();
  });
  it("is the capitalised name after 'opinion column by'", () => {
    expect(columnistOf(doc("Western Review, Opinion column by Lu Haoran\n\nThe province should build the rail link.")))
      .toBe("Lu Haoran");
  });
});
