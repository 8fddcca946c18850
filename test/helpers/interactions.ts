// Talking to the bot through the Discord stand-in as a test does: send an interaction, read its reply,
// with the question and the small upload the state and shard suites share.
import { isProgressEdit, type FakeDiscord, type RecordedRequest } from "../discord/fakeDiscord.js";

/** Slash-command option types, and the Manage Server permission bit. */
export const STRING = 3, ATTACHMENT = 11;
export const MANAGER = "32";

export const SURPLUS = "What was Guangdong's trade surplus in January 2019?";
/** A document none of the bundled corpus overlaps, added with /add, and the question only it answers (7.77). */
export const NINGXIA = "---\ntitle: Ningxia's trade with Oman doubles\npublished: 2026-11-20\n---\n"
  + "Ningxia's trade with Oman reached 7.77 billion yuan in the first ten months of 2026.";
export const NINGXIA_QUESTION = "How much did Ningxia trade with Oman in the first ten months of 2026?";

export const body = (r: RecordedRequest) => r.body as {
  type?: number; content?: string; data?: { content?: string; flags?: number }; embeds?: unknown[];
  components?: Array<{ components: Array<{ custom_id: string }> }>;
};
export const embedText = (r: RecordedRequest) => JSON.stringify(body(r).embeds ?? []);
/** The id of the kept answer behind a reply's feedback buttons. */
export const answerIdOf = (r: RecordedRequest) =>
  (body(r).components ?? []).flatMap((row) => row.components.map((c) => c.custom_id))
    .find((id) => id.startsWith("fb:up:"))!.slice("fb:up:".length);

/**
 * Sends an interaction; returns how many gateway connections took it (its shard's), its callback and,
 * when one is expected, the edit of its reply.
 */
export async function interact(fake: FakeDiscord, payload: { id: string; token: string }, expectEdit = true) {
  const delivered = fake.dispatch("INTERACTION_CREATE", payload);
  const callback = await fake.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
  const edit = expectEdit
    ? await fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${payload.token}/messages/@original`)
      && !isProgressEdit(r), 30_000)
    : undefined;
  return { delivered, callback, edit };
}
