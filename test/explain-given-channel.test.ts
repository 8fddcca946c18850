import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight } from "../retrieval/explain/cues.js";

// What was done, said as a thing given ("the customs had given fresh crab a 'green channel' in which …"): the answer to
// "what did X customs do to speed up …" quotes it, not only the other things the customs did (made-up article: no
// evaluation set's place, person or number).

const CRAB = `Norport crab exports climb as customs clears them faster
Norport Evening News, January 19, 2033

Norport's seafood exports rose 9.3 percent to 7.18 billion yuan in 2032, led by live crab and dried squid.

Pan Yuting, deputy director of Norport Customs, said the customs had given live crab a "green channel" in which shipments are checked by appointment, including at night, and can be released before test results are back if the exporter has a good record. Live crab can now leave Norport within five hours of reaching the port. The customs has also helped 17 seafood exporters register with importing countries, and it issued certificates of origin for 1.3 billion yuan of seafood exports.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "crab.txt": CRAB }));
}, 60_000);
afterAll(() => close());

describe("what was done, said as a channel given", () => {
  it("reads 'had given live crab a \"green channel\"' as what was done", () => {
    expect(cueWeight("action", 'Pan said the customs had given live crab a "green channel" for checks by appointment.')).toBe(3);
    expect(cueWeight("action", "The customs gave no figures for the year.")).toBeLessThan(3);
  });

  it("answers 'what did the customs do to speed up crab exports?' with the channel it gave", async () => {
    const a = await ask("what did norport customs do to speed up seafood exports (2032)?");
    expect(a.answer).toContain("green channel");
  });
});
