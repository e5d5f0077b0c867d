/** The loader asks for the words of the language the element will speak: the same rule as the SDK's. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickLanguage } from '@ogp-embed/sdk';
import { wordsLanguage } from '../../packages/elements/src/loader/loader.js';

test('the loader picks the language chunk an element will load, for every kind of tag', () => {
  const tags = [
    'es',
    'es-CL',
    'ES-cl',
    'es_CL',
    'pt',
    'pt-BR',
    'pt-PT',
    'fr',
    'fr-CA',
    'FR',
    'en',
    'en-GB',
    'de',
    'x',
    '',
    'esp',
    'fr-',
    'pt-br-x-y',
  ];
  for (const tag of tags) assert.equal(wordsLanguage(tag), pickLanguage(tag), tag);
});
