import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";

// A table row that is a part of the row above ("of which: furniture and parts"), goods named with their parts asked
// by the goods' own name, and a table's share column in rows of goods. Made-up tables and figures.
const TABLE = "Zhuhai's exports reached 81.20 billion yuan in the first four months of 2031.\n\n"
  + "| Export product | Value (billion yuan) | Year-on-year (%) | Share of exports (%) |\n|---|---|---|---|\n"
  + "| Labour-intensive products | 20.40 | 11.2 | 25.1 |\n"
  + "| of which: furniture and parts | 6.07 | 18.4 | 7.5 |\n"
  + "| - toys | 3.33 | 9.9 | 4.1 |\n";

describe("a row named as a part of the row above", () => {
  it("names its goods after 'of which:'", () => {
    const facts = factsOf(TABLE, { published: "2031-05-20" });
    expect(one(facts, 6.07)).toMatchObject({ entity: "city:zhuhai", metric: "exports", subject: "furniture and parts" });
    expect(one(facts, 3.33)).toMatchObject({ subject: "toys" });
  });
  it("gives a share of the place's own exports, not of the nation's", () => {
    const facts = factsOf(TABLE, { published: "2031-05-20" });
    expect(one(facts, 7.5)).toMatchObject({ measure: "share", shareOf: "own" });
  });
});

describe("goods named with their parts", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({
      "zhuhai.md": `---\ntitle: "Zhuhai's exports in January-April"\npublished: "2031-05-20"\n---\n${TABLE}`,
      "jiangmen.md": "---\ntitle: \"Jiangmen's furniture exports\"\npublished: \"2031-05-21\"\n---\nJiangmen's furniture exports "
        + "rose 4.4 percent to 2.71 billion yuan in the first four months of 2031.\n",
    });
  });
  afterAll(() => ask.close());
  it("are asked by the goods' name", async () => {
    const a = await ask.ask("zhuhai furniture exports jan-apr 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(6.07);
  });
  it("do not answer for another place's goods alone", async () => {
    const a = await ask.ask("jiangmen furniture exports jan-apr 2031?");
    expect(a.figures.map((f) => f.value)).toContain(2.71);
    expect(a.figures.map((f) => f.value)).not.toContain(6.07);
  });
});
