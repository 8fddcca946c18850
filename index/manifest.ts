import { z } from "zod";

/** Bump when anything persisted changes shape; older indexes are then refused with a re-index hint. */
export const FORMAT_VERSION = 1;

export const manifestSchema = z.object({
  formatVersion: z.number().int(),
  createdAt: z.string(),
  embedder: z.object({ id: z.string(), dims: z.number().int().positive() }),
  corpus: z.object({ fingerprint: z.string(), root: z.string().optional() }),
  hnsw: z.object({ M: z.number().int(), efConstruction: z.number().int(), ef: z.number().int() }),
  /** Version of the fact extractor facts.json came from; another version re-extracts facts on open. */
  extractor: z.string().optional(),
  /** After incremental updates: the next free vector label and how many removed labels still hold a slot. */
  vectors: z.object({ nextLabel: z.number().int(), removed: z.number().int() }).optional(),
  counts: z.object({ documents: z.number().int(), passages: z.number().int(), facts: z.number().int() }),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })).default([]),
});

export type Manifest = z.infer<typeof manifestSchema>;
