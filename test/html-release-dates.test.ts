import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHtml } from "../corpus/formats/html.js";
import { answersOver } from "./helpers/answerOver.js";

// A monthly release whose page gives its date only in a Dublin Core tag written in capitals ("DC.date"), and whose
// table names its months without a year (a made-up release): the months are of the release's year, and rank by it.

const RELEASE = `<html><head><title>Jinzhou Customs: foreign trade release, January-March</title>
<meta name="DC.date" content="2019-04-18"></head><body>
<h1>Foreign trade of Jinzhou, January-March</h1>
<p>In the first three months of this year, Jinzhou's imports and exports reached 41.7 billion yuan, up 2.2 percent.</p>
<table>
<thead><tr><th>Month</th><th>Imports and exports (billion yuan)</th><th>Exports (billion yuan)</th><th>Imports (billion yuan)</th></tr></thead>
<tbody>
<tr><td>January</td><td>14.1</td><td>6.2</td><td>7.9</td></tr>
<tr><td>February</td><td>11.3</td><td>5.0</td><td>6.3</td></tr>
<tr><td>March</td><td>16.3</td><td>7.4</td><td>8.9</td></tr>
<tr><td>January-March</td><td>41.7</td><td>18.6</td><td>23.1</td></tr>
</tbody>
</table>
</body></html>`;

describe("a release dated by a 'DC.date' tag", () => {
  it("reads the date whatever the tag's case", () => {
    expect(parseHtml(RELEASE).meta.published).toBe("2019-04-18");
  });

  let over: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { over = await answersOver({ "release.html": RELEASE }); });
  afterAll(async () => over.close());

  it("ranks the months of the release's table by their total, not its whole period's", async () => {
    const a = await over.ask("jinzhou jan-mar 2019 - rank the months by total trade");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. March 2019 16\.3 billion yuan; 2\. January 2019 14\.1 billion yuan; 3\. February 2019 11\.3/);
  });
});

describe("a release with no date at all", () => {
  let over: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { over = await answersOver({ "release.html": RELEASE.replace(/<meta name="DC.date"[^>]*>/, "") }); });
  afterAll(async () => over.close());

  it("never answers a ranking of months with the whole period's figure", async () => {
    const a = await over.ask("jinzhou jan-mar 2019 - rank the months by total trade");
    expect(a.abstained, a.answer).toBe(true);
    expect(a.answer).toMatch(/^The documents do not give the figures month by month for the period asked/);
  });
});
