// The one shape of a place in a text: character offsets into the document's text exactly as
// read, so every span can be sliced (`text.slice(start, end)`) and cited again.

/** Offsets of a stretch of text: from `start` up to, not including, `end`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A span with the words it covers: the slice itself, except for a token wink normalised (its
 * text is wink's; such a token's span is empty when its words could not be found).
 */
export interface TextSpan extends Span {
  text: string;
}
