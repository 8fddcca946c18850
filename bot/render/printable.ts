/**
 * Characters that must never reach a reader from a document: C0 and C1 controls (ESC sequences can
 * clear or retitle a terminal, BEL rings it), zero-width characters and direction overrides (which
 * reorder what is shown). Line breaks and tabs are kept.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Document or user text with its control, zero-width and direction-override characters removed. */
export const stripControls = (text: string): string => text.replace(UNPRINTABLE, "");
