// The child process that reads one upload (bot/collections/prepare.ts starts it): parse, clean,
// split and extract facts away from the bot's event loop, under the memory and time limits its parent
// watches. Answers with one message and exits.
import { chunkDocument } from "../../corpus/chunk.js";
import { loadCorpus } from "../../corpus/load.js";
import { extractDocumentFacts } from "../../facts/extract.js";
import type { PrepareRequest, PrepareResult } from "./prepare.js";

function reply(result: PrepareResult): void {
  process.send!(result, () => process.exit(0));
}

// a reader whose parent is gone has no one to answer: it stops instead of running on
process.once("disconnect", () => process.exit(0));
process.once("message", (req: PrepareRequest) => {
  void (async () => {
    try {
      // each page of a PDF read is told to the parent as it goes (progress for a long file)
      const onPdfPage = (done: number, total: number) => process.send!({ progress: { done, total } });
      const { documents, skipped } = await loadCorpus(req.dir, { ...req.load, onPdfPage });
      const read = documents[0];
      if (!read) return reply({ skip: skipped[0]?.reason ?? "no text in it" });
      // the document as it will sit in the server's folder: its id and source are the folder's, not the probe's,
      // and a document fetched by link cites that link
      const meta = { ...read.meta, source: req.source, ...(req.url && { url: req.url }) };
      const doc = { ...read, id: req.id, meta };
      reply({ doc, facts: extractDocumentFacts(doc, chunkDocument(doc)) });
    } catch (err) {
      reply({ skip: `could not be read: ${(err as Error).message}` });
    }
  })();
});
