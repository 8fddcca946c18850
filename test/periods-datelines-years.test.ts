import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanText } from "../corpus/clean.js";
import { answersOver } from "./helpers/answerOver.js";

// A page whose year only its dateline gives: the lead's "Place, Province, Month D, YYYY --", a day-first date, a
// paper in brackets after the date, a date after the word for it ("…, published March 3, 2017") or after dashes, a
// posting stamp "YYYY-MM-DD hh:mm Source: …". Each dates the document, so "from January to September" has a year.
describe("a dateline the document's date is read from (corpus/clean.ts)", () => {
  it("reads a lead that opens on a place, its province and the day, and keeps the lead", () => {
    const raw = "Fruit exports climb\n\nLinshui, Jade Prefecture, October 24, 2017 -- Trucks queue at the port.";
    expect(cleanText(raw)).toEqual({ text: raw, dateline: "2017-10-24" });
  });
  it("reads a day-first lead and one with the agency in brackets", () => {
    expect(cleanText("Trade falls\n\nNorthport, 19 January 2018 -- Northport's trade fell.").dateline).toBe("2018-01-19");
    expect(cleanText("Trade rises\n\nEASTBAY, Coastal, Oct. 23, 2016 (Wire) -- Trade rose.").dateline).toBe("2016-10-23");
  });
  it("reads a place-and-day line with its paper in brackets", () => {
    expect(cleanText("Trade rises\nHILLTOWN, Upland, January 28, 2019 (Upland Net)\n\nTrade rose.").dateline)
      .toBe("2019-01-28");
  });
  it("reads a date after the word for it, after dashes, and a 'Published …' line ending on a full stop", () => {
    expect(cleanText("Talk\nRiver Daily English edition, published March 3, 2017\n\nx").dateline).toBe("2017-03-03");
    expect(cleanText("Talk\nEconomy Weekly, issue dated March 10, 2016\n\nx").dateline).toBe("2016-03-10");
    expect(cleanText("Talk\n\nLakeside, Coastal -- February 8, 2015\n\nx").dateline).toBe("2015-02-08");
    expect(cleanText("THE YEAR IN NUMBERS\nCompiled by the bureau.\nPublished 10 February 2014.\n\nx").dateline)
      .toBe("2014-02-10");
  });
  it("reads a posting stamp and drops the line", () => {
    expect(cleanText("Trade edges up\n\n2017-06-21 09:12 Source: Lake Daily Author: Wang Li\n\nTrade rose."))
      .toEqual({ text: "Trade edges up\n\nTrade rose.", dateline: "2017-06-21" });
  });
  it("reads a byline whose day comes first and that ends on the address it was copied from, and drops it", () => {
    const raw = "Port trade up in H1\nWire, 2 August 2016, 16:47 | via en.example.cn (http://en.example.cn/n3/2016/0802/c9.html)"
      + "\n\nPORTCITY, Aug. 2 (Wire) -- Trade rose.";
    expect(cleanText(raw)).toEqual({ text: "Port trade up in H1\n\nPORTCITY, Aug. 2 (Wire) -- Trade rose.", dateline: "2016-08-02" });
  });
  it("reads no date a sentence of the article names", () => {
    expect(cleanText("Trade rose\n\nExports rose 5 percent, the bureau said on March 3, 2017 -- a record.").dateline)
      .toBeUndefined();
  });
});

// A lead's dateline places "from January to September" in its year: the figure answers that year's question and
// no other year's.
const DATED = `Fruit exports climb at the border

Linshui, Jade Prefecture, October 24, 2017 -- Fruit trucks queue at the Linshui port.

From January to September, Linshui port exported 520,000 tonnes of fruit, worth 2.15 billion yuan.
`;

describe("a figure whose year only the dateline gives", () => {
  let dated: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { dated = await answersOver({ "linshui-fruit.txt": DATED }); }, 60_000);
  afterAll(async () => { await dated.close(); });

  it("answers the year its dateline gives, and no other", async () => {
    const a = await dated.ask("linshui port fruit exports jan-sep 2017 in tonnes");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(520000);
    expect((await dated.ask("linshui port fruit exports jan-sep 2018 in tonnes")).abstained).toBe(true);
  });
});
