import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "Why did X fall, and where did sellers go instead?" over an article that says why but not where: the part not found
// is named as missing and the answer is partial (an abstention), as figure answers that find one part of two are
// (made-up article: no evaluation set's place, person or number).

const PARCELS = `<html><head><title>Marlow's online sellers turn away from Ostland</title></head><body>
<p>Cross-border e-commerce exports from Marlow reached 96.4 billion yuan in January-June 2034, up 7.7 percent.</p>
<p>Ostland took 24.1 percent of the province's cross-border e-commerce exports in the half year, down from 33.6 percent a year earlier, after Ostland ended duty-free treatment for low-value parcels in March.</p>
<p>The province plans to open two more customs centres for parcels next year.</p>
</body></html>
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "parcels.html": PARCELS }));
}, 60_000);
afterAll(() => close());

describe("an explanation with one part unanswered", () => {
  it("quotes the cause, and names the part it found no passage for", async () => {
    const a = await ask("why did ostland's share of marlow cbec exports fall in h1 2034 and where did sellers go instead?");
    expect(a.answer).toContain("duty-free");
    expect(a.answer).toContain("I found no passage");
    expect(a.abstained).toBe(true);
    expect(a.partial).toBe(true);
    expect(a.missing?.length).toBe(1);
  });
});
