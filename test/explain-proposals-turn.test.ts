import { describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "what did she propose?" asked of an interview whose reporter asked "What are your proposals?": the speaker's
// enumerated answer is the answer, not the lead's "has brought three proposals" (stop 35). Made-up article.
const INTERVIEW = `---
title: "Deputy brings three trade proposals to the two sessions"
published: 2031-03-06
---
BEIJING -- Zhou Lanying, a deputy to the National People's Congress from Hainan Province and head of a coconut products maker in Haikou, has brought three proposals on foreign trade to this year's sessions.

"Hainan's exports grew last year, but small firms still find it hard to sell abroad," Zhou said in an interview. Her company exported 92 million yuan of coconut milk last year.

Q: What are your proposals?

Zhou: First, a single inspection for tropical fruit shipped to Southeast Asia. Second, more direct container routes from Yangpu to Singapore. Third, cheaper export credit insurance for small firms.

Q: What holds small firms back?

Zhou: Shipping costs and slow inspection.
`;

describe("a question of what someone proposed, asked of an interview", () => {
  it("quotes the answer to the reporter's 'What are your proposals?'", async () => {
    const { ask, close } = await answersOver({ "interview.md": INTERVIEW });
    try {
      const a = await ask("zhou lanying npc 2031 - what did she propose?");
      expect(a.answer).toContain("single inspection");
      expect(a.answer).toContain("container routes");
      expect(a.answer).toContain("export credit insurance");
    } finally {
      await close();
    }
  });
});
