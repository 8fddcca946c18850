import { extractDocumentFacts } from "./retrieval/figures/extract.js";
import { loadCorpus } from "./corpus/load.js";
import { chunkDocument } from "./corpus/chunk.js";
import { factLabel, valueText } from "./retrieval/figures/describe.js";
const [dir, name, grep] = process.argv.slice(2);
const c = await loadCorpus(dir!);
for (const d of c.documents.filter((d) => d.meta.source.includes(name!))) {
  for (const f of extractDocumentFacts(d, chunkDocument(d))) {
    const line = `${factLabel(f)}: ${valueText(f)}${f.subject ? ` {${f.subject}}` : ""} | ${d.text.slice(f.start, f.end).slice(0, 140)}`;
    if (!grep || line.includes(grep)) console.log(line);
  }
}
