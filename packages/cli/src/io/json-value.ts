/** The JSON value of a feed's text, or the text itself when it is no JSON (`parseFeed` then says why). */
export function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
