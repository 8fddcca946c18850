import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "How does X help Y?" asks how it works: a sentence that only says X helped ("…, helped by the X it has piloted")
// restates the question; the answer is the sentence that says what X lets Y do (made-up article: no evaluation set's
// place, person or number).

const FAIR = `---
title: "Tarnby's exports surge as the bazaar export mode takes hold"
date: 2031-02-02
---
TARNBY -- Tarnby, the city known for its great bazaar of buttons and ribbons, saw its foreign trade grow rapidly in 2030, helped by the bazaar export mode it has piloted since 2029.

Exports under the bazaar export mode came to 41.6 billion yuan, or 71.2 percent of the city's exports.

Qin Haolan, director of the Tarnby Bazaar Committee, said the mode was designed for the way the bazaar works: a buyer may pick goods from dozens of stalls and fill one container with them. "Under the bazaar export mode, goods can be declared by broad group instead of one by one, and they are free of sales tax without a refund, so small stallholders who cannot issue tax invoices can still sell abroad legally," he said.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "fair.md": FAIR }));
}, 60_000);
afterAll(() => close());

describe("how a thing helps", () => {
  it("answers 'how does the bazaar export mode help small stallholders?' with what it lets them do", async () => {
    const a = await ask("how does the bazaar export mode help tarnby's small stallholders?");
    expect(a.answer).toContain("broad group");
    expect(a.answer).not.toContain("grow rapidly");
  });
});
