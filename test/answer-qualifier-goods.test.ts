import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf } from "./helpers/facts.js";

// Goods a sentence names only before its flow ("the province's honey exports rising …"), read as the fact's qualifier
// alone with no subject, while another sentence names them as goods: the fact is of those goods when they are the one
// goods asked. Made-up text.
const STORY = `Hunan honey finds buyers abroad
2032-01-20

Honey made in Hunan is reaching more overseas consumers, with the province's honey exports rising 12.5 percent in 2031
to 2.25 billion yuan, according to Changsha Customs. Hunan's total exports grew 4.1 percent in 2031. Hunan's imports of
honey fell 3 percent in 2031 to 0.40 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "hunan-honey-2031.md": STORY });
}, 60_000);
afterAll(() => over.close());

describe("goods read as a fact's qualifier alone", () => {
  it("reads the sentence's goods as its qualifier, no subject (the shape this covers)", () => {
    const facts = factsOf("Honey made in Hunan is reaching more overseas consumers, with the province's honey exports rising "
      + "12.5 percent in 2031 to 2.25 billion yuan.", { published: "2032-01-20" });
    const growth = facts.find((f) => f.value === 12.5);
    expect([growth?.subject ?? undefined, growth?.qualifier]).toEqual([undefined, "honey"]);
  });
  it("answers the goods' earlier level worked back from their growth", async () => {
    const a = await over.ask("hunan honey exports 2030 implied from the 2031 growth?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => f.value)).toEqual([2]);
  });
  it("never takes the province's total growth for the goods'", async () => {
    const a = await over.ask("hunan honey exports growth in 2031?");
    expect(a.figures.map((f) => f.value)).not.toContain(4.1);
  });
});
