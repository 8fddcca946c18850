import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksForItems } from "../retrieval/namedItems.js";

// "list X's main foreign trade targets for 2032" of a work report that gives them one to a line under a heading of
// their own ("II. Main targets for 2032"): the points under that heading, with their figures, never one figure of
// them alone nor the points of another year's heading. Made-up report (no evaluation set's place, person or number).

const REPORT = `Lishui government work report 2032 (extract)

I. Review of 2031

Lishui's imports and exports reached 41.7 billion yuan in 2031, up 3.9 percent.

II. Main targets for 2032 (extract)

- Imports and exports to grow by about 4 percent;
- Trade with ASEAN to exceed 12 billion yuan;
- Container throughput at the river port to reach 0.3 million TEU;
- Cross-border e-commerce turnover to grow by more than 15 percent.

III. Work for 2032 (extract)

We will build two new bonded warehouses and help 40 firms register brands abroad.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "report.txt": REPORT })); });
afterAll(() => close());

describe("the points of a plan under a heading of their own", () => {
  it("reads 'list X's main … targets for YEAR' as the points asked", () => {
    expect(asksForItems("list lishui's main foreign trade targets for 2032")).toMatchObject({ noun: "foreign trade targets" });
    // (other kinds so asked may want figures: never read as a plan's points)
    expect(asksForItems("list the coastal cities whose exports rose more than 9% in 2031")).toBeUndefined();
  });
  it("answers with every point under the heading, their figures quoted", async () => {
    const a = await ask("list lishui's main foreign trade targets for 2032");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/ASEAN to exceed 12 billion yuan/);
    expect(a.answer).toMatch(/0\.3 million TEU/);
    expect(a.answer).toMatch(/more than 15 percent/);
    expect(a.answer).not.toMatch(/bonded warehouses/);
  });
  it("never answers with the points of another year's heading", async () => {
    const a = await ask("list lishui's main foreign trade targets for 2035");
    expect(a.answer).not.toMatch(/ASEAN to exceed/);
  });
});
