import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A speaker introduced as explaining the asked change ("Explaining the rise, X said: …") gives its causes, whatever
// words they use, and his quotation is quoted to its end, across sentences, however long its first one. A made-up article (no evaluation set's
// place, person or number).

const ARTICLE = `---
title: "Weifang vegetable exports climb in first quarter"
published: "2031-04-18"
---
WEIFANG, April 18, 2031 -- Weifang exported 410,000 tonnes of vegetables in the first quarter of 2031, up 17.3 percent, the city's customs office said.

Exports of garlic alone rose 12.4 percent to 96,000 tonnes.

Explaining the rise, Qiao Minghui, deputy head of the customs office, said: "We opened a cold-chain inspection hall at the port in January, so trucks of vegetables from the farms of the surrounding counties no longer wait overnight for their papers, and since February the exporters have been able to file their declarations online before the trucks leave the packing houses. Buyers in Southeast Asia also restocked early this year after a poor harvest there."

Imports of soybeans fell 6.1 percent.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "weifang.md": ARTICLE }));
});
afterAll(() => close());

describe("a speaker explaining the asked change", () => {
  it("gives the cause, with the rest of his quotation", async () => {
    const a = await ask("what pushed up weifang's vegetable exports in q1 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("cold-chain inspection hall");
    expect(a.answer).toContain("restocked early");
  });

  it("names him as who said it", async () => {
    const a = await ask("what lifted weifang's vegetable exports in q1 2031? who said so");
    expect(a.answer).toContain("Qiao Minghui");
    expect(a.answer).toContain("cold-chain inspection hall");
  });
});
