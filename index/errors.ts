/** Stable codes for problems a user can fix; everything else is a system error. */
export type UserErrorCode =
  | "INDEX_MISSING"
  | "INDEX_FORMAT"
  | "INDEX_EMBEDDER"
  | "INDEX_CORRUPT"
  | "CORPUS_EMPTY"
  | "CONFIG_INVALID"
  | "QUESTION_EMPTY"
  | "QUESTION_TOO_LONG"
  | "CITATION_UNKNOWN"
  | "BAD_INPUT"
  | "INDEX_BUILD_FAILED";

/** An expected problem with a message meant for the user (sapphire's UserError). */
export class UserError extends Error {
  constructor(readonly code: UserErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "UserError";
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;
