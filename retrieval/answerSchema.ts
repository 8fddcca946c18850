import { z } from "zod";

/** The `--json` contract other tools and the evaluation depend on (extra fields allowed). */
export const figureSchema = z.object({
  label: z.string().min(1),
  value: z.number().finite(),
  unit: z.string(),
  computed: z.boolean(),
  formula: z.string().optional(),
  citations: z.array(z.number().int().positive()),
}).loose();

export const citationSchema = z.object({
  n: z.number().int().positive(),
  docId: z.string().min(1),
  source: z.string().min(1),
  title: z.string(),
  published: z.string().optional(),
  passageId: z.string().min(1),
  page: z.number().int().positive().optional(),
  snippet: z.string(),
}).loose();

export const answerSchema = z.object({
  question: z.string(),
  abstained: z.boolean(),
  answer: z.string(),
  figures: z.array(figureSchema),
  citations: z.array(citationSchema),
  missing: z.array(z.string()).optional(),
  partial: z.boolean().optional(),
  followUp: z.object({ question: z.string(), carried: z.array(z.object({ kind: z.string(), text: z.string() })) }).optional(),
}).loose();

export type AnswerJson = z.infer<typeof answerSchema>;
