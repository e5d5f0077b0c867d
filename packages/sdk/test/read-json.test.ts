/**
 * The two ways a feed's text reaches the SDK, bytes from a server (`decodeBody`, the client) and
 * text given to `parseFeed` (a program, the CLI), judge it the same: the same texts are JSON, and
 * the same texts are empty, a web page, or something else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFeedFormatError, issueMessage, parseFeed, type FeedFormatReason } from '@ogp-embed/sdk';
import { decodeBody } from '../src/client/decode-body.js';
import { buildFeed } from './helpers/feed-builders.js';

const FEED = JSON.stringify(buildFeed());

/** A text, and what both readers must make of it: a feed, or the reason it is not JSON. */
const CASES: Array<[string, string, 'feed' | FeedFormatReason]> = [
  ['a feed', FEED, 'feed'],
  ['a feed after a UTF-8 byte order mark (Excel, Notepad)', `\uFEFF${FEED}`, 'feed'],
  ['a feed among blank lines', `\n\n${FEED}\n`, 'feed'],
  ['nothing', '', 'empty'],
  ['only blanks', ' \n\t ', 'empty'],
  ['only a byte order mark', '\uFEFF', 'empty'],
  ['a web page', '<!doctype html><title>Not found</title>', 'html'],
  ['a web page after blanks', '\n  <html lang="en"></html>', 'html'],
  ['a CSV file', 'Commitment,Title\nCL0069,Plataforma', 'not-json'],
  ['JSON cut short', FEED.slice(0, -10), 'not-json'],
];

/** What `decodeBody` makes of the text's UTF-8 bytes. */
function byClient(text: string): 'feed' | FeedFormatReason {
  try {
    return parseFeed(decodeBody(new TextEncoder().encode(text), 'https://example.org/feed.json').value).ok
      ? 'feed'
      : 'not-json';
  } catch (error) {
    assert.ok(isFeedFormatError(error), String(error));
    return error.reason;
  }
}

/** What `parseFeed` makes of the text itself. */
function byParser(text: string): 'feed' | FeedFormatReason {
  const result = parseFeed(text);
  if (result.ok) return 'feed';
  const [issue] = result.issues;
  assert.equal(result.issues.length, 1);
  if (issue!.code === 'empty') return 'empty';
  assert.equal(issue!.code, 'invalid-json');
  return issue!.found[0] === 'html-page' ? 'html' : 'not-json';
}

for (const [name, text, expected] of CASES) {
  test(`${name}: the client and parseFeed both say ${expected}`, () => {
    assert.equal(byClient(text), expected);
    assert.equal(byParser(text), expected);
  });
}

test("parseFeed's issue for a web page says so in both languages", () => {
  const [issue] = parseFeed('<html></html>').issues;
  assert.equal(issue!.message, 'feed: expected a JSON document, found a web page (HTML)');
  assert.equal(issueMessage(issue!, 'es'), 'feed: se esperaba un documento JSON, se encontró una página web (HTML)');
});
