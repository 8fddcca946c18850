// Follow-up questions in a conversation, one sentence shape per test: what is carried over and what is not.
import { describe, expect, it } from "vitest";
import { continueQuestion, describeCarried, slotsOf } from "../retrieval/followup.js";

const SURPLUS = "What was Guangdong's trade surplus in January 2019?";
const XINJIANG = "How fast did Xinjiang's trade with ASEAN grow in 2025?";
const kinds = (carried: Array<{ kind: string }>) => carried.map((c) => c.kind).sort();

describe("slots of a question", () => {
  it("tells the asked place from the partner, and a subject from the flow word inside it", () => {
    const slots = slotsOf("how much did Guangdong's processing trade with ASEAN grow in 2024");
    expect(slots.map((s) => [s.kind, s.text])).toEqual([
      ["measure", "how much"], ["place", "Guangdong"], ["subject", "processing trade"], ["partner", "ASEAN"], ["measure", "grow"], ["period", "2024"],
    ]);
  });
});

describe("a fragment replaces the matching part of the previous question", () => {
  it("'and exports?' changes the flow and keeps place and period", () => {
    const f = continueQuestion(SURPLUS, "and exports?");
    expect(f.question).toBe("What was Guangdong's exports in January 2019?");
    expect(kinds(f.carried)).toEqual(["period", "place"]);
  });

  it("'what about Hubei?' changes the place, keeping its possessive", () => {
    expect(continueQuestion(SURPLUS, "what about Hubei?").question).toBe("What was Hubei's trade surplus in January 2019?");
  });

  it("'in 2019?' changes the period", () => {
    expect(continueQuestion(SURPLUS, "in 2019?").question).toBe("What was Guangdong's trade surplus in 2019?");
  });

  it("a period without a year takes the previous question's year", () => {
    expect(continueQuestion(SURPLUS, "what about the first half?").question).toBe("What was Guangdong's trade surplus in the first half of 2019?");
  });

  it("'and the year before?' moves the previous period back a year", () => {
    expect(continueQuestion(SURPLUS, "and the year before?").question).toBe("What was Guangdong's trade surplus in January 2018?");
  });

  it("a partner replaces the partner, or is added with 'with'", () => {
    expect(continueQuestion(XINJIANG, "what about kazakhstan?").question).toBe("How fast did Xinjiang's trade with kazakhstan grow in 2025?");
    expect(continueQuestion(SURPLUS, "and with ASEAN?").question).toBe("What was Guangdong's trade surplus in January 2019 with ASEAN?");
  });

  it("a new measure makes a plain question from the merged parts", () => {
    expect(continueQuestion(SURPLUS, "and its growth?").question).toBe("How much did Guangdong's trade surplus grow in January 2019?");
  });

  it("a region filter replaces the previous one, or goes before the places it filters", () => {
    const inland = "which inland provinces grew fastest in 2025";
    expect(continueQuestion(inland, "and coastal?").question).toBe("which coastal provinces grew fastest in 2025");
    expect(continueQuestion("which provinces grew fastest in 2025", "what about inland ones?").question).toBe(inland);
    // a name with a region word in it is a place, not a filter
    expect(continueQuestion(XINJIANG, "and Central Asia?").question).toBe("How fast did Xinjiang's trade with Central Asia grow in 2025?");
  });

  it("a bare name of three words or fewer is a fragment too", () => {
    expect(continueQuestion(XINJIANG, "Yunnan?").question).toBe("How fast did Yunnan's trade with ASEAN grow in 2025?");
  });
});

describe("a full question takes only the place and period it leaves out", () => {
  it("'its' becomes the previous place; the period is carried into a figure question", () => {
    const f = continueQuestion(SURPLUS, "How much did its exports grow?");
    expect(f.question).toBe("How much did Guangdong's exports grow in January 2019?");
    expect(kinds(f.carried)).toEqual(["period", "place"]);
  });

  it("a question that names its own place keeps it and takes the period", () => {
    const f = continueQuestion(SURPLUS, "how much did Jiangsu export?");
    expect(f.question).toBe("how much did Jiangsu export in January 2019?");
    expect(kinds(f.carried)).toEqual(["period"]);
  });

  it("a question about many provinces does not take the previous place", () => {
    const f = continueQuestion(SURPLUS, "which provinces grew fastest?");
    expect(kinds(f.carried)).toEqual(["period"]);
    expect(f.question).not.toMatch(/Guangdong/);
  });

  it("a question that names place and period stands alone", () => {
    const q = "What was Shanxi's foreign trade in the first half of 2021?";
    expect(continueQuestion(SURPLUS, q)).toEqual({ question: q, carried: [] });
  });

  it("a question about no figure takes the place but not the period", () => {
    expect(continueQuestion(SURPLUS, "why?")).toEqual({ question: "why in Guangdong?", carried: [{ kind: "place", text: "Guangdong" }] });
  });

  it("the first question of a conversation is left as asked", () => {
    expect(continueQuestion(undefined, "and exports?")).toEqual({ question: "and exports?", carried: [] });
  });
});

describe("a flow replaced in the form the question used it", () => {
  it("keeps a verb a verb", () => {
    expect(continueQuestion("how much did hubei export in the first half of 2024?", "how about imports then?").question)
      .toBe("how much did hubei import in the first half of 2024?");
    expect(continueQuestion("which city exported the most in 2023?", "and imports?").question).toBe("which city imported the most in 2023?");
  });
});

describe("one place after a question about many", () => {
  const RANKING = "which inland provinces grew fastest in 2025?";
  it("asks the ranking's measure and period of that place", () => {
    const f = continueQuestion(RANKING, "what about guangdong?");
    expect(f.question).toBe("How much did Guangdong's foreign trade grow in 2025?");
    expect(kinds(f.carried)).toEqual(["period"]);
    // the next fragment continues from the question as read
    expect(continueQuestion(f.question, "and exports?").question).toBe("How much did Guangdong's exports grow in 2025?");
  });
  it("asks the value when the ranking was by value, naming the flow as a noun", () => {
    expect(continueQuestion("which provinces traded the most in h1 2024?", "and hubei?").question)
      .toBe("What was the value of Hubei's foreign trade in the first half of 2024?");
    expect(continueQuestion("which cities exported the most in 2023?", "what about suzhou?").question)
      .toBe("What was the value of Suzhou's exports in 2023?");
    // a surplus is a trade surplus, whichever question it comes from
    expect(continueQuestion("How fast did Hubei's trade surplus grow in 2025?", "and the value?").question)
      .toBe("What was the value of Hubei's trade surplus in 2025?");
  });
});

describe("every reading is a sentence a person would write", () => {
  // each follow-up shape supported, after the kinds of question it may follow
  const previous = [SURPLUS, XINJIANG, "which inland provinces grew fastest in 2025?", "how much did hubei export in the first half of 2024?"];
  const fragments = ["and exports?", "what about Hubei?", "in 2019?", "what about the first half?", "and the year before?",
    "and its growth?", "how about imports then?", "and with the EU?", "and coastal?", "and private enterprises?"];
  it.each(previous)("after “%s”", (before) => {
    for (const fragment of fragments) {
      const { question } = continueQuestion(before, fragment);
      const why = `${before} + ${fragment} → ${question}`;
      expect(question, why).toMatch(/^[A-Za-z].*\?$/);
      // no clause tacked on after a place or a flow: "… in guangdong of exports?", "… in 2025 in guangdong?"
      expect(question, why).not.toMatch(/\b(?:in|of|with|by) [\w' ]+ (?:in|of) (?:exports|imports|trade)\?$/i);
      expect(question, why).not.toMatch(/\bprovinces\b.*\bin [A-Z]?[a-z]+\?$/);
      expect(question.match(/\bin\b/g)?.length ?? 0, why).toBeLessThanOrEqual(2);
      // a flow keeps the form the sentence needs: "did Hubei import", not "did Hubei imports"
      expect(question, why).not.toMatch(/\bdid [A-Za-z]+ (?:exports|imports)\b/i);
    }
  });
});

describe("a fragment after a question about many places", () => {
  it("asks the ranking's measure and period of the one place named", () => {
    const byGrowth = continueQuestion("which inland provinces grew fastest in 2025?", "what about Hubei?");
    expect(byGrowth.question).toBe("How much did Hubei's foreign trade grow in 2025?");
    // the filter was about the many provinces, not about Hubei
    expect(byGrowth.carried).toEqual([{ kind: "period", text: "2025" }]);
    expect(continueQuestion("which provinces exported the most in 2025?", "what about Hubei?").question)
      .toBe("What was the value of Hubei's exports in 2025?");
  });
  it("puts a flow or a subject after the places it is about", () => {
    expect(continueQuestion("which provinces grew fastest in 2025", "and surplus?").question).toBe("which provinces' trade surplus grew fastest in 2025");
    expect(continueQuestion("which provinces grew fastest in 2025", "and general trade?").question)
      .toBe("which provinces' general trade grew fastest in 2025");
  });
});

describe("a fragment that changes what is measured", () => {
  it("composes a value question with the partner and a period written out", () => {
    const f = continueQuestion("How fast did Xinjiang's trade with ASEAN grow in the first half of 2025?", "and the value?");
    expect(f.question).toBe("What was the value of Xinjiang's foreign trade with ASEAN in the first half of 2025?");
    expect(describeCarried(f.carried)).toBe("Xinjiang (place), trade (flow), ASEAN (partner), the first half of 2025 (period)");
  });
  it("names the subject after the place", () => {
    expect(continueQuestion("What was Guangdong's exports in the first half of 2024?", "and private enterprises, how much?").question)
      .toBe("What was the value of Guangdong's private enterprises exports in the first half of 2024?");
  });
});

describe("a fragment that adds or swaps one part", () => {
  it("adds a subject with 'by', and swaps surplus for deficit", () => {
    expect(continueQuestion(SURPLUS, "and by private enterprises?").question)
      .toBe("What was Guangdong's trade surplus in January 2019 by private enterprises?");
    expect(continueQuestion("What was Guangdong's trade surplus in 2019?", "and deficit?").question)
      .toBe("What was Guangdong's trade deficit in 2019?");
  });
  it("keeps the verb 'trade' a verb and a noun a noun", () => {
    expect(continueQuestion("how much did hubei export in 2024?", "and trade?").question).toBe("how much did hubei trade in 2024?");
    expect(continueQuestion("how much did hubei's exports rise in 2024?", "and imports?").question).toBe("how much did hubei's imports rise in 2024?");
  });
  it("keeps the article of a half-year period it replaces, and completes one without a year", () => {
    const h1 = "What was Guangdong's trade in the first half of 2024?";
    expect(continueQuestion(h1, "and first half of 2023?").question).toBe("What was Guangdong's trade in the first half of 2023?");
    expect(continueQuestion(h1, "and the second half?").question).toBe("What was Guangdong's trade in the second half of 2024?");
  });
});

describe("a full question that points back", () => {
  it("reads 'the province' and 'there' as the previous place", () => {
    expect(continueQuestion(SURPLUS, "how much did the province export?").question).toBe("how much did Guangdong export in January 2019?");
    expect(continueQuestion(SURPLUS, "how fast did trade grow there?").question).toBe("how fast did trade grow in Guangdong in January 2019?");
  });
  it("carries two places together, and the period into 'their' and 'then'", () => {
    const two = "was hunan's trade bigger than hubei's in 2020?";
    expect(continueQuestion(two, "why?").question).toBe("why in hunan and hubei?");
    expect(continueQuestion(two, "how did their exports do?").question).toBe("how did their exports do in hunan and hubei in 2020?");
    expect(continueQuestion(SURPLUS, "what did Guangdong do then?")).toEqual({
      question: "what did Guangdong do then in January 2019?", carried: [{ kind: "period", text: "January 2019" }],
    });
  });
  it("takes a long question opened like a fragment for a full one", () => {
    expect(continueQuestion("What was Guangdong's trade in 2024?", "and what did the governor of the province say about it?").question)
      .toBe("and what did the governor of Guangdong say about it in 2024?");
  });
});

describe("more fragment shapes", () => {
  it.each(["and the previous year?", "what about the prior year?", "and a year earlier?", "and a year before?", "and last year?"])(
    "'%s' moves the previous period back a year", (fragment) => {
      expect(continueQuestion(SURPLUS, fragment).question).toBe("What was Guangdong's trade surplus in January 2018?");
    });
  it("puts a flow in the tense and form the previous question used", () => {
    expect(continueQuestion("which city imported the most in 2023?", "and exports?").question).toBe("which city exported the most in 2023?");
    expect(continueQuestion("which city exported the most in 2023?", "and trade?").question).toBe("which city traded the most in 2023?");
    expect(continueQuestion("how much did hubei import in 2024?", "and exports?").question).toBe("how much did hubei export in 2024?");
  });
  it("adds a place, a period or a flow the previous question lacked, each with its preposition", () => {
    expect(continueQuestion("What was the trade surplus in 2019?", "and Hubei?").question).toBe("What was the trade surplus in 2019 in Hubei?");
    expect(continueQuestion("What was Guangdong's trade surplus?", "and in 2019?").question).toBe("What was Guangdong's trade surplus in 2019?");
    expect(continueQuestion("What was Guangdong's figure in 2019?", "and exports?").question).toBe("What was Guangdong's figure in 2019 of exports?");
  });
  it("reads 'which province' as a question about many and 'increased' as a ranking by growth", () => {
    expect(continueQuestion("which province's trade increased most in 2025?", "what about Hubei?").question)
      .toBe("How much did Hubei's foreign trade grow in 2025?");
  });
});
