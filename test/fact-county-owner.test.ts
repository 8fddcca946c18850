import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A county or prefecture the gazetteer does not know, named as what a sentence opens with ("In 2031 the ports of Dorvan
// county handled …", "Kelmor prefecture as a whole recorded …"), owns the figures: never the province the report is
// in. Made-up places and figures.
const TEXT = "Dorvan County Port Office, Hainan Province\n\nIn 2031 the ports of Dorvan county handled imports and exports "
  + "worth 23.4 billion yuan, up 5.1 percent. Kelmor prefecture as a whole recorded foreign trade of 31.2 billion yuan. "
  + "Hainan's foreign trade was 91.3 billion yuan in 2031.";

describe("a county or prefecture no gazetteer knows", () => {
  const facts = factsOf(TEXT, { title: "Dorvan County Port Office annual report 2031", published: "2032-02-10" });
  it("owns the figures of the sentence that opens with it, not the province", () => {
    expect(facts.find((f) => f.value === 23.4)?.entity).not.toBe("hainan");
    expect(facts.find((f) => f.value === 5.1)?.entity).not.toBe("hainan");
    expect(facts.find((f) => f.value === 31.2)?.entity).not.toBe("hainan");
  });
  it("leaves the province its own figure", () => {
    expect(facts.find((f) => f.value === 91.3)).toMatchObject({ entity: "hainan", metric: "trade" });
  });
});

describe("a sentence that opens with 'The' before a district", () => {
  it("names no county 'The'", () => {
    const facts = factsOf("Hainan's foreign trade was 91.3 billion yuan in 2031. The Eastern district handled 40.2 billion "
      + "yuan of it.", { title: "Hainan's trade in 2031", published: "2032-01-20" });
    expect(facts.some((f) => /the/i.test(f.entity.replace(/^zone:/, "")))).toBe(false);
  });
});
