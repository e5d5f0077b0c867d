import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FeedFormatError,
  FeedHttpError,
  FeedNetworkError,
  FeedTimeoutError,
  FeedUrlError,
  FeedValidationError,
  NotFoundError,
  OgpError,
  isAbortError,
  isFeedFormatError,
  isFeedHttpError,
  isFeedNetworkError,
  isFeedTimeoutError,
  isFeedUrlError,
  isFeedValidationError,
  isNotFoundError,
  isOgpError,
  errorMessage,
  parseFeed,
} from '@ogp-embed/sdk';

const URL = 'https://example.gob.cl/feed.json';

describe('error classes', () => {
  test('every error is an OgpError with a stable name, a code, an English message and words in every language', () => {
    const cause = new Error('underneath');
    const errors: Array<[OgpError, string, string]> = [
      [new FeedHttpError(500, URL, { cause }), 'FeedHttpError', 'feed-http'],
      [new FeedTimeoutError(URL, 15_000, { cause }), 'FeedTimeoutError', 'feed-timeout'],
      [new FeedNetworkError(URL, { cause }), 'FeedNetworkError', 'feed-network'],
      [new FeedFormatError('not-json', URL, { cause }), 'FeedFormatError', 'feed-format'],
      [new FeedValidationError(parseFeed('{}').issues, { cause }), 'FeedValidationError', 'feed-validation'],
      [new FeedUrlError('javascript:alert(1)', { cause }), 'FeedUrlError', 'feed-url'],
      [new NotFoundError('commitment', 'CL9999', { cause }), 'NotFoundError', 'not-found'],
    ];
    for (const [error, name, code] of errors) {
      assert.ok(error instanceof Error && error instanceof OgpError, name);
      assert.equal(error.name, name);
      assert.equal(error.code, code);
      assert.equal(error.message, errorMessage(error, 'en'), `${name}: message is the English one`);
      assert.equal(error.cause, cause, `${name} keeps its cause`);
      for (const lang of ['es-CL', 'pt-BR', 'fr-CA']) {
        const said = errorMessage(error, lang);
        assert.ok(said.length > 0 && said !== error.message, `${name}: has words in ${lang}`);
      }
    }
  });

  test('FeedHttpError names the status in both languages', () => {
    const error = new FeedHttpError(500, URL);
    assert.equal(error.status, 500);
    assert.equal(error.message, 'The feed could not be loaded: HTTP 500');
    assert.equal(errorMessage(error, 'es'), 'No se pudo cargar el feed: HTTP 500');
    assert.equal(error.url, URL);
  });

  test("FeedTimeoutError says the limit in seconds, with each language's decimal mark", () => {
    assert.equal(new FeedTimeoutError(URL, 15_000).message, 'The feed did not answer within 15 seconds');
    assert.equal(new FeedTimeoutError(URL, 1_000).message, 'The feed did not answer within 1 second');
    assert.equal(new FeedTimeoutError(URL, 2_500).message, 'The feed did not answer within 2.5 seconds');
    assert.equal(errorMessage(new FeedTimeoutError(URL, 2_500), 'es'), 'El feed no respondió en 2,5 segundos');
  });

  test('FeedNetworkError mentions CORS, since browsers report both the same way', () => {
    const error = new FeedNetworkError(URL);
    assert.match(error.message, /could not be reached.*CORS/);
    assert.match(errorMessage(error, 'es'), /No se pudo acceder al feed.*CORS/);
  });

  test('FeedFormatError has a message per reason', () => {
    const reasons = ['empty', 'not-utf8', 'not-json', 'html'] as const;
    const messages = new Set(reasons.map((reason) => new FeedFormatError(reason, URL).message));
    assert.equal(messages.size, reasons.length);
    assert.match(errorMessage(new FeedFormatError('html', URL), 'es'), /página web en lugar de JSON/);
  });

  test("FeedValidationError names the first problem's path and counts the rest", () => {
    const result = parseFeed({ schemaVersion: '1.0', country: '', defaultLanguage: 'es', generatedAt: 'yesterday' });
    assert.equal(result.ok, false);
    const error = new FeedValidationError(result.issues);
    assert.equal(error.issues, result.issues);
    const first = result.issues[0]!;
    assert.ok(first.path, 'the first issue has a path');
    assert.ok(error.message.startsWith(`The feed was rejected: ${first.path}:`), error.message);
    assert.ok(errorMessage(error, 'es').startsWith(`El feed fue rechazado: ${first.path}:`), errorMessage(error, 'es'));
    const more = result.issues.length - 1;
    assert.ok(more >= 2);
    assert.match(error.message, new RegExp(`\\(and ${more} more problems\\)$`));
    assert.match(errorMessage(error, 'es'), new RegExp(`\\(y ${more} problemas más\\)$`));
  });

  test('NotFoundError says which kind of thing is missing', () => {
    const commitment = new NotFoundError('commitment', 'CL9999');
    assert.equal(commitment.message, 'Commitment CL9999 is not in this feed');
    assert.equal(errorMessage(commitment, 'es'), 'El compromiso CL9999 no está en este feed');
    assert.equal(commitment.kind, 'commitment');
    assert.equal(commitment.id, 'CL9999');
    assert.equal(
      errorMessage(new NotFoundError('plan', 'AP_CHL09'), 'es'),
      'El plan de acción AP_CHL09 no está en este feed',
    );
    assert.equal(new NotFoundError('forum', 'mesa').message, 'Forum mesa is not in this feed');
    assert.equal(errorMessage(new NotFoundError('institution', 'x'), 'es'), 'La institución x no está en este feed');
  });
});

describe('type guards', () => {
  const samples = {
    http: new FeedHttpError(404, URL),
    timeout: new FeedTimeoutError(URL, 100),
    network: new FeedNetworkError(URL),
    format: new FeedFormatError('empty', URL),
    validation: new FeedValidationError([]),
    url: new FeedUrlError('ftp://x'),
    notFound: new NotFoundError('plan', 'AP_X'),
  };
  const guards = {
    http: isFeedHttpError,
    timeout: isFeedTimeoutError,
    network: isFeedNetworkError,
    format: isFeedFormatError,
    validation: isFeedValidationError,
    url: isFeedUrlError,
    notFound: isNotFoundError,
  };

  test('each guard accepts its own class and no other', () => {
    for (const [guardKey, guard] of Object.entries(guards)) {
      for (const [sampleKey, sample] of Object.entries(samples)) {
        assert.equal(guard(sample), guardKey === sampleKey, `${guardKey} on ${sampleKey}`);
      }
    }
    for (const sample of Object.values(samples)) assert.ok(isOgpError(sample));
  });

  test('guards recognise an error from another copy of the SDK, where instanceof fails', () => {
    // What a second bundle's class produces: same name and shape, different prototype chain.
    class ForeignHttpError extends Error {
      override name = 'FeedHttpError';
      code = 'feed-http';
      messages = { en: 'The feed could not be loaded: HTTP 503', es: 'No se pudo cargar el feed: HTTP 503' };
      status = 503;
    }
    const foreign = new ForeignHttpError('x');
    assert.ok(!(foreign instanceof FeedHttpError));
    assert.ok(isFeedHttpError(foreign));
    assert.ok(isOgpError(foreign));
    assert.ok(!isFeedTimeoutError(foreign));
  });

  test("guards reject look-alikes: the DOM's own NotFoundError and AbortError, plain errors, non-errors", () => {
    const domNotFound = new DOMException('gone', 'NotFoundError');
    assert.equal(isNotFoundError(domNotFound), false);
    assert.equal(isOgpError(domNotFound), false);
    assert.equal(isOgpError(new DOMException('stop', 'AbortError')), false);
    assert.equal(isOgpError(new Error('plain')), false);
    for (const value of [null, undefined, 'FeedHttpError', 42, { name: 'FeedHttpError' }]) {
      assert.equal(isOgpError(value), false, String(value));
      assert.equal(isFeedHttpError(value), false, String(value));
    }
  });

  test('isAbortError tells an abort from a failure', () => {
    const controller = new AbortController();
    controller.abort();
    assert.ok(isAbortError(controller.signal.reason));
    assert.equal(isAbortError(new FeedNetworkError(URL)), false);
    assert.equal(isAbortError(undefined), false);
  });
});
