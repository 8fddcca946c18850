// "where did X's goods go?" asks where those goods went, which a sentence about them says: the partners of the place's
// whole trade (a table, a list) are no answer. Made-up article (no evaluation set's place, person or number).
import { describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
const V = `<html><head><title>Dunmore exports surge on scooters, imports dip</title><meta name="date" content="2032-01-18"></head><body>
<p>Dunmore's foreign trade reached 4.21 billion dollars in 2031, up 9.4 percent, the municipal commerce commission said.</p>
<p>Li Tao, director of the commission, said scooters were once again the main engine of export growth. Scooter exports reached 680 million dollars, up 25.6 percent, with most going to Peru, Kenya, Ghana and other developing markets.</p>
<p>The European Union was Dunmore's largest trading partner, followed by the United States and Japan.</p>
<table><tr><th>Partner</th><th>Trade (million dollars)</th><th>Change (%)</th></tr>
<tr><td>European Union</td><td>790</td><td>+8.4</td></tr><tr><td>United States</td><td>610</td><td>+12.1</td></tr>
<tr><td>Japan</td><td>520</td><td>-5.2</td></tr><tr><td>ASEAN</td><td>470</td><td>+31.2</td></tr></table>
</body></html>`;
describe("where named goods went", () => {
  it("is never answered with the partners of the place's whole trade", async () => {
    const { ask, close } = await answersOver({ "dunmore.html": V });
    const a = await ask("where did dunmore's scooters mostly go (2031)?");
    await close();
    expect(a.answer).not.toMatch(/European Union, United States/);
    expect(a.answer).toMatch(/Peru, Kenya, Ghana/);
  });
});
