/**
 * The words a question asks a counted unit by: "container throughput" is counted in TEUs, which a sentence need not
 * call throughput ("the port handled 5.2 million TEUs").
 */
// ("freight volume" of a port's "28.67 million tonnes")
const ASKED_AS: Record<string, string[]> = { teu: ["container", "containers", "throughput"], tonne: ["freight", "cargo"] };

/** The words that ask for a figure in this unit, beyond the unit's own ("million TEUs" → container, throughput). */
export function unitAskedAs(unit: string): string[] {
  return unit.toLowerCase().split(/[^a-z]+/).flatMap((w) => ASKED_AS[w.replace(/s$/, "")] ?? []);
}
