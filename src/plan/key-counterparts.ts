// Keys that stand for one another across document types: what a clerk used to one form writes in another ("summary"
// in a Công văn, whose trích yếu is "subject"; "body" in a Quyết định, made of "articles"; "to" in a Giấy mời, whose
// invited are "guests"). Such a key next to its missing counterpart is one mistake, told once.

const counterparts: Record<string, readonly string[]> = {
  summary: ['subject'],
  subject: ['summary'],
  body: ['articles'],
  articles: ['body'],
  to: ['guests'],
  guests: ['to'],
};

/** The missing key the written one stands for, if any. */
export function counterpartKey(written: string, missing: readonly string[]): string | undefined {
  // Own keys only: "__proto__" or "constructor" written in a plan are keys, not the table's prototype.
  return Object.hasOwn(counterparts, written) ? counterparts[written]!.find((key) => missing.includes(key)) : undefined;
}
