// Accent folding: "Hervé" and "Herve" compare equal once folded.

/**
 * The text without combining marks. NFKD (the default) also folds compatibility forms
 * (ligatures, full-width letters) into plain letters, which suits names typed by users; NFD
 * keeps them, which the spelling corrector uses so a ligature still counts as a different word.
 */
export function foldAccents(text: string, form: 'NFKD' | 'NFD' = 'NFKD'): string {
  return text.normalize(form).replace(/\p{M}/gu, '');
}
