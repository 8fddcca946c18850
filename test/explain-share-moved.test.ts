import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight } from "../retrieval/explain/cues.js";

// "Why did X's share fall, and where did sellers go instead?": a share that fell "after the importing country ended
// duty-free treatment" is explained by that, not by what helped others grow "from a lower base" (a low base lifts a
// rate: no fall) (made-up article: no evaluation set's place, person or
// number).

const PARCELS = `<html><head><title>Marlow's online sellers turn away from Ostland</title></head><body>
<p>Cross-border e-commerce exports from Marlow reached 96.4 billion yuan in January-June 2034, up 7.7 percent.</p>
<p>Smaller towns grew faster from a lower base, helped by new customs centres for parcels.</p>
<p>Ostland took 24.1 percent of the province's cross-border e-commerce exports in the half year, down from 33.6 percent a year earlier, after Ostland ended duty-free treatment for low-value parcels in March. Vell's share rose to 15.2 percent.</p>
<p>Ran Qiuyi, an official of the provincial commerce department, said sellers had moved quickly. "Many of them had been sending single parcels by air to Ostland shoppers. Now they ship in bulk to depots in Vell and sell from there, or they open shops on platforms in Norwick," she said.</p>
</body></html>
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "parcels.html": PARCELS }));
}, 60_000);
afterAll(() => close());

describe("a share that fell, and where sellers went instead", () => {
  it("reads '… after Ostland ended duty-free treatment' as giving a cause", () => {
    expect(cueWeight("cause", "The share fell to 24 percent after Ostland ended duty-free treatment for parcels.")).toBeGreaterThanOrEqual(2);
  });

  it("answers why the share fell with the treatment that ended, not with what helped smaller towns grow", async () => {
    const a = await ask("why did ostland's share of marlow cbec exports fall in h1 2034 and where did sellers go instead?");
    expect(a.answer).toContain("duty-free");
    expect(a.answer).not.toContain("Smaller towns");
  });
});
