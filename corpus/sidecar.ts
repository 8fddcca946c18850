import { z } from "zod";
import { normaliseDate } from "./dates.js";
import type { DocumentMeta } from "./types.js";

/** Name of the optional per-folder metadata file (same shape as the seed corpus metadata). */
export const SIDECAR_NAME = "metadata.json";

const entry = z.object({
  title: z.string().nullish(),
  publisher: z.string().nullish(),
  published: z.union([z.string(), z.number()]).nullish(),
  url: z.string().nullish(),
}).loose();

export const sidecarSchema = z.object({ documents: z.record(z.string(), entry) }).loose();

export type SidecarMeta = Partial<Omit<DocumentMeta, "source">>;

/** Parses a sidecar file's JSON into metadata per file name; throws a readable error when malformed. */
export function parseSidecar(json: string): Map<string, SidecarMeta> {
  const parsed = sidecarSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`expected {"documents": {"<file name>": {title, publisher, published, url}}}: ${z.prettifyError(parsed.error)}`);
  const out = new Map<string, SidecarMeta>();
  for (const [name, e] of Object.entries(parsed.data.documents)) {
    const meta: SidecarMeta = {};
    if (e.title) meta.title = e.title;
    if (e.publisher) meta.publisher = e.publisher;
    const published = normaliseDate(e.published ?? undefined);
    if (published) meta.published = published;
    if (e.url) meta.url = e.url;
    out.set(name, meta);
  }
  return out;
}
