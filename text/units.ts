/**
 * The words a question asks a counted unit by: "container throughput" is counted in TEUs, which a sentence need not
 * call throughput ("the port handled 5.2 million TEUs").
 */
// ("freight volume" of a port's "28.67 million tonnes")
// ("cargo throughput" of a port's "226.2 million tonnes of cargo": the cargo it handled)
// (and "cargo throughput" of its "foreign trade cargo accounted for 148.6 million tonnes": a part of that throughput)
// ("how many teu?" of "10,450 TEUs": the unit's singular, which the plural's stem is not)
// ("which terminal handled the most boxes": the containers counted in TEUs)
const ASKED_AS: Record<string, string[]> = { teu: ["teu", "container", "containers", "throughput", "box", "boxes"],
  // ("cargo and mail", as airports count what they handle: in tonnes)
  tonne: ["freight", "cargo", "throughput", "mail"], cargo: ["throughput", "freight"],
  // ("how much duty got waived", "how much tariff was exempted": the "tax exemptions" a text states; no "duty" nor
  // "tariff" alone, which "duty-free" and "zero-tariff" goods are asked by)
  exemption: ["exempted", "exempt", "waived", "waiver"],
  // ("customs clearance times?" of "import clearance time was cut to 32.5 hours")
  hour: ["time", "times"],
  // ("how much electricity did X sell" of "taking 1.62 billion kWh")
  kwh: ["electricity", "power"],
  // ("how many deals were signed" of "84 cooperation agreements", "120 contracts")
  agreement: ["deal", "deals", "contract", "contracts"], contract: ["deal", "deals", "agreement", "agreements"],
  // ("how many travellers crossed" of a port's "128,900 border crossings by travellers": people's crossings)
  crossing: ["traveller", "travellers", "traveler", "travelers", "passenger", "passengers", "people"] };

/** The words that ask for a figure in this unit, beyond the unit's own ("million TEUs" → container, throughput). */
/** A unit of money ("billion yuan", "million US dollars"), not of things counted. */
export const MONEY_UNIT = /\b(?:yuan|dollars?|euros?|yen)\b/i;

export function unitAskedAs(unit: string): string[] {
  return unit.toLowerCase().split(/[^a-z]+/).flatMap((w) => ASKED_AS[w.replace(/s$/, "")] ?? []);
}

// "coffee makers", "ice makers": goods whose name ends in "makers", never the firms that make a trade's goods
export const MAKERS_GOODS = String.raw`(?<!\b(?:coffee|ice|bread|pasta|yogh?urt|waffle|popcorn|soda|juice|noodle|tea)[\s-])makers`;

/** The head nouns of a count of a trade's firms, shops or people ("2,300 lamp enterprises"), never of its goods. */
export const TRADER_UNIT = new RegExp(String.raw`\b(?:enterprises?|firms?|compan(?:y|ies)|businesses|exporters|importers|`
  + String.raw`${MAKERS_GOODS}|manufacturers|producers|stores|shops|stalls|outlets|traders|merchants|sellers|buyers|workers|`
  + String.raw`people|exhibitors|booths)$`, "i");
