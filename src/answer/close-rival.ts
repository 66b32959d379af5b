// Two passages scored nearly the same that give different answers: the scorer cannot tell which
// one the question means, and citing either would look checked when it is a coin toss. The
// margin that counts as "nearly" is fitted with the threshold (bench/choice-fit.ts).

/** A short answer as compared with another: its words, lowercased, without punctuation. */
export function answerKey(span: string | null): string | null {
  if (!span) return null;
  const key = span
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key || null;
}

/**
 * Two answers that name the same thing: the same words, or one inside the other at word
 * boundaries ("Hill" and "Ann Hill"). A passage without a short answer answers with its sentence,
 * which only a copy of it (the same story twice) gives too.
 */
export function sameAnswer(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/**
 * Another passage that would answer too (scored at the threshold or above, and admitted by
 * `admits`), within `margin` of the chosen one's score, with another answer. Scores are tested
 * first: a passage's short answer and requirements may be read only when first asked for.
 */
export function closeRival<T extends { score: number }>(
  scored: readonly T[],
  chosen: T,
  decision: { threshold: number; margin: number },
  answerOf: (passage: T) => string | null,
  admits: (passage: T) => boolean = () => true,
): T | undefined {
  return scored.find(
    (r) =>
      r !== chosen &&
      r.score >= decision.threshold &&
      chosen.score - r.score < decision.margin &&
      admits(r) &&
      !sameAnswer(answerOf(chosen), answerOf(r)),
  );
}
