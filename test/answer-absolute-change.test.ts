import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "How much did its trade shrink in absolute terms?": the change in money, the year's level less the year before's
// (a revised earlier level, not the first reported one). Made-up city report.
const REPORT = `Changsha trade falls 6.0 percent as container volumes shrink

Changsha, 20 January 2041 -- Changsha's imports and exports fell 6.0 percent in 2040 to 188.0 billion yuan, the city's customs said today.

Exports slipped 1.1 percent to 90.2 billion yuan, while imports dropped 10.3 percent to 97.8 billion yuan. The 2039 total was revised down to 200.0 billion yuan from the 201.5 billion yuan first reported last January.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "report.txt": REPORT }));
}, 120_000);
afterAll(() => close());

describe("a fall in absolute terms", () => {
  it("is the level less the revised year-before level, answered with no rate asked missing", async () => {
    const a = await ask("how much did changsha's trade shrink in 2040 in absolute terms, bn yuan?");
    expect(a.answer).toMatch(/-?12(?:\.0)? billion yuan/);
    expect(a.answer).not.toMatch(/do not state/);
    expect(a.answer).not.toMatch(/13\.5/);
  });
});
