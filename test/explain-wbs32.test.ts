import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Explanations a speaker gives in words the cues must read: "he put the jump down mainly to …". Made-up articles (no
// evaluation set's place, person or number).

const PORT = `Karsdale border port trade passes 3 billion dollars
March 2, 2031
By staff writer

KARSDALE, March 2 -- Imports and exports through Karsdale reached 3.18 billion dollars in 2030, up 22.4 percent, the city's port affairs office said on Monday.

Exports jumped 41.2 percent to 1.27 billion dollars. "Buyers across the border want toys, bicycles and canned fish, and we can deliver within a day," said Ren Qiao, deputy director of the Karsdale port affairs office. He put the jump in exports down mainly to household goods sold to the coastal provinces across the border, and to the new bonded warehouse opened in June, which cut clearance from three days to five hours.

Some 38 sawmills now operate in the Karsdale Border Zone, turning imported logs into flooring that is shipped on to Singapore.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "karsdale.txt": PORT }); });
afterAll(async () => over.close());

describe("a reason put down mainly to", () => {
  it("quotes the sentence that puts the jump 'down mainly to' its causes", async () => {
    const a = await over.ask("what was behind karsdale's export jump in 2030 according to the port office?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/bonded warehouse/);
  });
});
