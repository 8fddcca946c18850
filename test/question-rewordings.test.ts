import { describe, expect, it } from "vitest";
import { askedCurrency, BOTH_FLOWS, countAsked, parseQuestion } from "../retrieval/figures/query.js";
import { explainKind } from "../retrieval/explain/asks.js";
import { plainWording } from "../text/wordings.js";
import { asksForItems } from "../retrieval/namedItems.js";
import { normaliseQuestion } from "../retrieval/question.js";
import { sameGoods } from "../text/subjects.js";

// The same question in the words other people type: each made-up question is read as the plain one it rewords.
// Made-up places and years, read without an index.

describe("a growth asked in everyday words", () => {
  it.each([
    "Zorland 2031 export value, y/y",
    "Zorland 2031 export value, Y / Y",
    "what was the value of Zorland's exports in 2031, and how much did they go up vs last year?",
    "how much did Zorland export in 2031 and how did that compare with the year before?",
    "did Zorland's exports go up in 2031?",
    "did Zorland's exports go down in 2031, compared with a year earlier?",
  ])("%s", (question) => {
    expect(parseQuestion(question).measures).toContain("growth");
  });

  it("an amount asked beside it stays asked", () => {
    expect(parseQuestion("what was the value of Zorland's exports in 2031, and how much did they go up vs last year?")
      .measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
});

describe("a flow asked in everyday words", () => {
  it.each([
    ["how much did Zorland ship abroad in 2031?", "exports"],
    ["In 2031, what were Zorland's shipments abroad worth?", "exports"],
    ["Zorland's overseas sales in 2031?", "exports"],
    ["In 2031, how much did Zorland buy from abroad?", "imports"],
    ["what was Zorland's tonnage of crude oil purchases from Atlantis in 2031?", "imports"],
  ])("%s → %s", (question, metric) => {
    expect(parseQuestion(question).metric).toBe(metric);
  });
});

describe("the top of a ranking in everyday words", () => {
  it.each([
    ["2031 - Zorland's leading 3 trading partners?", 3],
    ["Zorland's three leading export markets in 2031?", 3],
  ])("%s", (question, count) => {
    const frame = parseQuestion(question);
    expect(frame.intent).toBe("rank");
    expect(countAsked(frame.text)).toBe(count);
  });

  it("a leading role is no ranking", () => {
    expect(plainWording("which firms are leading the growth?")).toBe("which firms are leading the growth?");
  });
});

describe("an amount asked with a flow verb", () => {
  it.each([
    "could you tell me how much Zorland traded with Atlantis in 2031 and the year-on-year change, please?",
    "how much Zorland exported in 2031 and the yoy change?",
  ])("%s", (question) => {
    expect(parseQuestion(question).measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
});

describe("a ranking asked in so many words, of three sides or more", () => {
  it.each([
    "Zorland 2031: order the EU, Japan and the US by how much trade they did with the province",
    "Which was Zorland's biggest partner in 2031 among the US, the EU and Japan? rank them by trade value",
    "Zorland's trade in 2031 with asean, the eu, the us and japan: which was biggest? rank them",
  ])("%s", (question) => {
    expect(parseQuestion(question).intent).toBe("rank");
  });

  it("two sides set against each other stay a comparison", () => {
    expect(parseQuestion("which was bigger in 2031, Zorland's trade with the US or with the EU?").intent).toBe("comparison");
  });
});

describe("a cause asked in a word", () => {
  it.each([
    "Zorland trade 9M 2031 - reasons for the decline?",
    "Zorland 2031 import decline - reasons?",
    "Zorland's 2031 export fall: causes?",
    "the causes behind Zorland's 2031 export slump?",
  ])("%s", (question) => {
    expect(explainKind(question)).toBe("cause");
  });

  it("a count of reasons stays a figure's", () => {
    expect(explainKind("how many reasons did Zorland give for the decline?")).toBeUndefined();
  });
});

describe("a figure asked as 'the 2030 figure'", () => {
  it.each([
    "If Zorland's exports dropped 4.1% to 3.2 billion yuan in 2031, what was the 2030 figure?",
    "Zorland's exports rose 8% in 2031; what was the level the year before?",
  ])("%s", (question) => {
    expect(explainKind(question)).toBeUndefined();
  });
});

describe("both flows asked, the owner named again", () => {
  it("exports and its imports", () => {
    const frame = parseQuestion("In 2031, what were Zorland's exports and its imports, with the growth of each?");
    expect(BOTH_FLOWS.test(frame.text)).toBe(true);
  });
});

describe("a polite question asks what the plain one does", () => {
  it("its courtesy words are no terms to find", () => {
    const polite = parseQuestion("For 2031, could you tell me how much Zorland traded with Japan, please? thanks");
    const plain = parseQuestion("For 2031, how much Zorland traded with Japan?");
    expect(polite.terms).toEqual(plain.terms);
  });
});

describe("a balance asked as a subtraction", () => {
  it.each([
    ["Zorland 2031: exports minus imports?", "surplus"],
    ["Zorland 2031: imports minus exports?", "deficit"],
  ])("%s → %s", (question, metric) => {
    const frame = parseQuestion(question);
    expect(frame.metric).toBe(metric);
    expect(frame.intent).toBe("surplus");
  });
});

describe("'the same period of' a year is that year's same months", () => {
  it("takes the months of the other period named", () => {
    expect(parseQuestion("Zorland's trade was 5bn in the first three quarters of 2031, up 10% - what was it in the same period of 2030?")
      .periods).toEqual([{ y1: 2031, m1: 1, y2: 2031, m2: 9 }, { y1: 2030, m1: 1, y2: 2030, m2: 9 }]);
  });
  it("keeps a whole year where no months are named", () => {
    expect(parseQuestion("Zorland's trade in 2031 against the same period of 2030?").periods)
      .toEqual([{ y1: 2031, m1: 1, y2: 2031, m2: 12 }, { y1: 2030, m1: 1, y2: 2030, m2: 12 }]);
  });
});

describe("a figure asked in other words is no explanation", () => {
  it.each([
    "if Zorland's q1-3 2031 trade of 7bn was a 10% rise, what was the jan-sep 2030 figure?",
    "did Zorland's private firms or its SOEs trade more in 2031, and what was the difference?",
  ])("%s", (question) => {
    expect(explainKind(question)).toBeUndefined();
  });
});


describe("two flows listed with a comma are both asked", () => {
  it.each([
    "Zorland jan-jun 2031 exports, imports separately",
    "Zorland 2031: imports, exports?",
  ])("%s", (question) => {
    expect(BOTH_FLOWS.test(parseQuestion(question).text)).toBe(true);
  });

  it("a comma before 'and' lists no second pair", () => {
    expect(plainWording("Zorland's exports, imports and trade balance")).toBe("Zorland's exports and imports and trade balance");
    expect(plainWording("Zorland's exports, and imports")).toBe("Zorland's exports, and imports");
  });
});

describe("the growth asked 'too' beside a figure", () => {
  it.each([
    "H1 2031 Zorland imports, y/y too",
    "Zorland exports in 2031, growth as well?",
  ])("%s", (question) => {
    expect(parseQuestion(question).measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
});

describe("'balance of trade' is the trade balance", () => {
  it("asks the surplus or deficit", () => {
    expect(parseQuestion("2031 Zorland balance of trade?").intent).toBe("surplus");
  });
});

describe("a list asked after its period, however the period is written", () => {
  it.each([
    "in jan-may 2031, which Zorland partners saw double-digit trade growth?",
    "for q1-3 2031, which Zorland cities had falling exports?",
    "Zorland jan.-may 2031 - which partners saw double-digit trade growth?",
    "Zorland jan.-may 2031 - partners with double-digit trade growth?",
    "Zorland 2031: markets that saw falling exports?",
  ])("%s", (question) => {
    expect(parseQuestion(question).intent).toBe("list");
  });

  it("the items asked are read after the period put first", () => {
    expect(asksForItems("in jan-may 2031, which Zorland partners saw double-digit trade growth?")?.noun).toMatch(/partners/);
  });

  it("a figure asked after its period stays a figure", () => {
    expect(parseQuestion("in jan-may 2031, what was Zorland's trade with Atlantis?").intent).not.toBe("list");
  });
});

describe("the places goods came from, asked with the plain verb", () => {
  it("'which countries did it import … from'", () => {
    expect(asksForItems("which countries did Zorland import its nickel ore from in 2031?")?.direction).toBe("from");
  });

  it("the noun 'imports from' names a flow, no source asked", () => {
    expect(asksForItems("which goods were among Zorland's imports from Atlantis in 2031?")?.direction).toBeUndefined();
  });
});

describe("a count of parts asked last, after a lead that names their whole", () => {
  it("'X zone - what are its 3 areas'", () => {
    expect(asksForItems("Zorland pilot zone - what are its 3 areas")?.noun).toMatch(/areas/);
  });

  it("its reasons stay a cause question", () => {
    expect(asksForItems("Zorland exports fell in 2031 - what were the 2 reasons?")).toBeUndefined();
  });
});

describe("a chat opener before the question is no part of it", () => {
  it.each([
    ["hey bot, why did Zorland's exports fall in 2031?", "why did Zorland's exports fall in 2031?"],
    ["@tradewise how much did Zorland export in 2031?", "how much did Zorland export in 2031?"],
    ["quick q: Zorland 2031 exports?", "Zorland 2031 exports?"],
    ["hi tradewise - quick question: Zorland 2031 exports?", "Zorland 2031 exports?"],
    ["hey bot what were Zorland's exports in 2031?", "what were Zorland's exports in 2031?"],
  ])("%s", (question, plain) => {
    expect(normaliseQuestion(question)).toBe(plain);
  });

  it("a question that is only a greeting stays as typed", () => {
    expect(normaliseQuestion("hey bot")).toBe("hey bot");
    expect(normaliseQuestion("q1 2031 Zorland exports?")).toBe("q1 2031 Zorland exports?");
  });
});

describe("the year written before its span", () => {
  it.each([
    ["Zorland 2031 q1-q3 exports and how much did they go up?", { y1: 2031, m1: 1, y2: 2031, m2: 9 }],
    ["Zorland exports (2031 q1-q3)?", { y1: 2031, m1: 1, y2: 2031, m2: 9 }],
    ["Zorland 2031 Jan.–Sept. exports?", { y1: 2031, m1: 1, y2: 2031, m2: 9 }],
    ["Zorland 2031 jan-may trade?", { y1: 2031, m1: 1, y2: 2031, m2: 5 }],
  ])("%s", (question, period) => {
    expect(parseQuestion(question).periods).toEqual([period]);
  });

  it("two spans each after their year stay two", () => {
    expect(parseQuestion("Zorland exports 2030 q1-q3 vs 2031 q1-q3?").periods)
      .toEqual([{ y1: 2030, m1: 1, y2: 2030, m2: 9 }, { y1: 2031, m1: 1, y2: 2031, m2: 9 }]);
  });
});

describe("a partner joined to the place by a hyphen", () => {
  it.each([
    ["qinghai-taiwan trade in 2031?", "qinghai", "taiwan"],
    ["gansu-us trade 2031 in usd?", "gansu", "partner:us"],
    ["gansu-hong kong imports 2031?", "gansu", "hong-kong"],
  ])("%s", (question, owner, partner) => {
    const frame = parseQuestion(question);
    expect(frame.entities).toEqual([owner]);
    expect(frame.partners).toEqual([partner]);
  });

  it("a hyphened name before no flow is no partner", () => {
    expect(parseQuestion("guangdong-hong kong-macao greater bay area trade 2031?").partners).toEqual([]);
  });
});

describe("a share asked as a portion", () => {
  it.each([
    "what portion of Zorland's exports in 2031 were cars?",
    "Zorland 2031 - cars as a proportion of exports?",
  ])("%s", (question) => {
    expect(parseQuestion(question).measures).toContain("share");
  });
});

describe("'imports plus exports' is the sum, total trade", () => {
  it("reads as trade", () => {
    expect(parseQuestion("how much did Zorland trade (imports plus exports) in 2031?").metric).toBe("trade");
  });
});

describe("'how did X do' asks how it changed", () => {
  it.each([
    "Zorland 2031 foreign trade and how did it do?",
    "how did Zorland's car exports do in 2031? value and growth",
  ])("%s", (question) => {
    expect(parseQuestion(question).measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });

  it("'how did they do it' asks a way, no figure", () => {
    expect(plainWording("how did Zorland customs do it?")).toBe("how did Zorland customs do it?");
  });
});

describe("goods by their other everyday name", () => {
  it("shoes are footwear", () => {
    expect(sameGoods("shoes", "footwear")).toBe(true);
  });
});

describe("'how much did X's trade with Y go up' asks the growth only", () => {
  it("the partner between the flow and its verb of change, as in 'X's trade grew'", () => {
    expect(parseQuestion("how much did qinghai's trade with asean go up in 2031?").measures).not.toContain("amount");
  });

  it("'how much did X trade with Y' still asks the amount", () => {
    expect(parseQuestion("how much did qinghai trade with asean in 2031 and how much did it grow?").measures)
      .toEqual(expect.arrayContaining(["amount", "growth"]));
  });
});

describe("a list asked in chat words", () => {
  it.each([
    "zorland 2031: markets where exports went down?",
    "what did zorland mainly export in 2031?",
    "zorland 2031 - cities where trade rose?",
  ])("%s", (question) => {
    expect(parseQuestion(question).intent).toBe("list");
  });
});

describe("the currency asked with a scale word before it", () => {
  it.each([
    ["Zorland exports in bn usd, 2031?", "US dollars"],
    ["how much did Zorland export in 2031, in billions of usd?", "US dollars"],
    ["Zorland 2031 trade in bn rmb?", "yuan"],
  ])("%s", (question, currency) => {
    expect(askedCurrency(parseQuestion(question).text)).toBe(currency);
  });
});

describe("a change asked in short", () => {
  it("'% chg'", () => {
    expect(parseQuestion("Zorland 2031 trade % chg?").measures).toContain("growth");
  });
});

describe("'the same period' of a year typed without 'of'", () => {
  it("takes the months of the other period", () => {
    expect(parseQuestion("Zorland exports jan-sep 2031 vs same period 2030").periods)
      .toEqual([{ y1: 2031, m1: 1, y2: 2031, m2: 9 }, { y1: 2030, m1: 1, y2: 2030, m2: 9 }]);
  });
});

describe("'exports from' a place at home are its own", () => {
  it("the place is the owner, no partner", () => {
    const frame = parseQuestion("exports from Xining in 2031 - how much?");
    expect(frame.entities).toEqual(["city:xining"]);
    expect(frame.partners).toEqual([]);
  });

  it("a partner abroad after 'imports from' stays a partner", () => {
    expect(parseQuestion("qinghai imports from hong kong in 2031?").partners).toEqual(["hong-kong"]);
  });
});

describe("the places goods came from, asked last in two words", () => {
  it.each([
    "Zorland coal imports in 2031 - where from?",
    "Zorland's iron ore imports 2031: from where?",
  ])("%s", (question) => {
    expect(explainKind(question)).toBe("source");
    expect(asksForItems(question)?.direction).toBe("from");
  });

  it("where growth came from is no list of places", () => {
    expect(asksForItems("Zorland export growth in 2031 - where from?")).toBeUndefined();
  });
});

describe("the country asked as 'nationally'", () => {
  it("reads 'X nationally' as the country's figure, as 'nationwide' is", () => {
    expect(parseQuestion("cross-border e-commerce nationally in h1 2031?")).toMatchObject({ entities: ["china"], asksFigure: true });
  });
  it("leaves it a rank's scope after 'rank'", () => {
    expect(parseQuestion("where did zorland rank nationally in 2031?").entities).not.toContain("china");
  });
});
