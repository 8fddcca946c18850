import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { latestYearOf } from "../retrieval/figures/latestYear.js";

// A figure read with no period of its own ("for the year") answers no question about a period after every year its
// article names: a communique on 2030 never gives 2034's total. Made-up, undated article.

const COMMUNIQUE = `Statistical Communique of Qinghai Province on the 2030 Economic Development

Qinghai Provincial Bureau of Statistics, March 1, 2031

The total value of imports and exports for the year was 64.2 billion yuan.
`;

describe("a figure with no period of its own", () => {
  it("is of no year after the latest its article names", () => {
    expect(latestYearOf({ text: COMMUNIQUE, meta: { title: "Communique", source: "c.txt" } })).toBe(2031);
  });

  let ask: (q: string) => Promise<import("../retrieval/types.js").Answer>;
  let close: () => Promise<void>;
  beforeAll(async () => { ({ ask, close } = await answersOver({ "communique.txt": COMMUNIQUE })); });
  afterAll(async () => close());

  it("answers no question about a later year", async () => {
    const a = await ask("qinghai total foreign trade for full year 2034?");
    expect(a.abstained).toBe(true);
    expect(a.figures.map((f) => f.value)).not.toContain(64.2);
  });
  it("still answers a question of a year its article names", async () => {
    const a = await ask("qinghai total foreign trade in 2030?");
    expect(a.answer).toContain("64.2");
  });
});
