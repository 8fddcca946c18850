import { describe, expect, it } from "vitest";
import { feedbackCases } from "../bot/state/exportFeedback.js";
import type { FeedbackRecord } from "../bot/state/types.js";
import type { Answer } from "../retrieval/types.js";

const record = (answer: Answer): FeedbackRecord => ({
  id: 1, answerId: "a1", createdAt: 0, guildId: "g", userHash: "u", rating: "down", comment: "half of it", ownAnswer: true,
  answer: { id: "a1", createdAt: 0, guildId: "g", channelId: "c", askerHash: "u", question: answer.question, effectiveQuestion: answer.question, answer },
});

describe("feedback exported as eval cases", () => {
  it("keeps whether the answer was partial, and which parts it could not find", () => {
    const partly: Answer = {
      question: "trade and its share?", abstained: true, partial: true, answer: "Trade was 5. The documents do not state its share.",
      figures: [], citations: [], missing: ["its share"],
    };
    const [c] = feedbackCases([record(partly)]) as Array<{ feedback: { answer: Record<string, unknown> } }>;
    expect(c!.feedback.answer).toMatchObject({ abstained: true, partial: true, missing: ["its share"] });
    const whole = feedbackCases([record({ ...partly, abstained: false, partial: undefined, missing: undefined })]) as typeof c[];
    expect(whole[0]!.feedback.answer).not.toHaveProperty("partial");
  });
});
