import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A level worked back from a change the text states of the goods' volume, not of their value: the quantity is worked
// back (tonnes over one plus the volume's change), never the value by a change that is not its own. Made-up articles
// and figures.
const ORE = `---
title: "Ningxia's nickel ore imports in the first nine months"
published: "2031-10-20"
---
YINCHUAN -- Ningxia imported 2.64 million tonnes of nickel ores and concentrates in the first nine months of
this year, up 20.0 percent year on year, the provincial customs said. The value of the imports rose a slower 4.5
percent to 31.35 billion yuan because prices were lower.
`;

const TIMBER = `---
title: "Baotou timber exports in 2032"
published: "2033-01-25"
---
On the export side, Baotou shipped 4.5 million cubic metres of timber in 2032, up 25.0 percent, worth 9.6 billion
yuan, the forestry bureau said.
`;

describe("an earlier level worked back from a volume's change", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "ore.md": ORE, "timber.md": TIMBER });
  });
  afterAll(() => ask.close());

  it("works back the tonnes when the change the question gives is the one stated beside them", async () => {
    const a = await ask.ask("ningxia nickel ore imports were up 20% in jan-sep 2031. what does that imply for jan-sep 2030?");
    expect(a.abstained).toBe(false);
    // 2.64 ÷ 1.2 = 2.2 million tonnes; 31.35 ÷ 1.2 = 26.13 billion yuan mixes the volume's change with the value
    expect(a.figures.map((f) => f.value)).toContain(2.2);
    expect(a.figures.map((f) => f.value)).not.toContain(26.13);
  });

  it("still works back the value by its own change when the question gives that one", async () => {
    const a = await ask.ask("ningxia nickel ore imports rose 4.5% in jan-sep 2031 - what were they in jan-sep 2030?");
    expect(a.abstained).toBe(false);
    // 31.35 ÷ 1.045 = 30
    expect(a.figures.map((f) => f.value)).toContain(30);
  });

  it("works back the quantity when the only change stated is the volume's", async () => {
    const a = await ask.ask("baotou timber exports in 2031 implied by the 2032 growth?");
    expect(a.abstained).toBe(false);
    // 4.5 ÷ 1.25 = 3.6 million cubic metres; the value's change is not stated
    expect(a.figures.map((f) => f.value)).toContain(3.6);
  });

  it("does not work back the value by the volume's change when money is asked", async () => {
    const a = await ask.ask("implied 2031 value of baotou timber exports from the 2032 growth rate?");
    // 9.6 ÷ 1.25 = 7.68 would take the volume's change for the value's
    expect(a.figures.map((f) => f.value)).not.toContain(7.68);
  });
});
