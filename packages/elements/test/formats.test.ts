import { expect } from '@open-wc/testing';
import { formatPercent } from '@ogp-embed/sdk';
import { formatShare } from '../src/shared/formats.js';

describe('remembered formatting', () => {
  it('formatShare says exactly what the SDK\'s formatPercent says, for every value it may remember together', () => {
    const values = [-5, -0.4, -0, 0, 0.2, 0.5, 0.51, 1, 1.5, 42.5, 49.999, 98.5, 99.4, 99.5, 99.6, 99.99, 100, 100.4, 100.6, 150, NaN, Infinity];
    for (let i = 0; i <= 1000; i++) values.push(i / 10, Math.random() * 100);
    for (const locale of ['es', 'en', 'es-CL', 'de']) {
      // Twice: the second answer comes from the memory, after neighbours have filled it.
      for (const round of [1, 2]) {
        for (const n of values) expect(formatShare(n, locale), `${n} in ${locale}, round ${round}`).to.equal(formatPercent(n, locale));
      }
    }
  });
});
