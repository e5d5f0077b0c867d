import { expect } from '@open-wc/testing';
import { formatDateTime, formatPartialDate } from '@ogp-embed/sdk';
import { formatDate, formatWhen } from '../src/shared/formats.js';

describe('remembered formatting', () => {
  it('formatDate says exactly what the SDK says, for every date, style and locale it remembers together', () => {
    const values = ['2021', '2021-03', '2021-03-01', '0099-12', 'asap', 'not a date', ''];
    for (let month = 1; month <= 12; month++) values.push(`2024-${String(month).padStart(2, '0')}`, `2024-${String(month).padStart(2, '0')}-28`);
    for (const locale of ['es', 'en', 'es-CL', 'en-GB', 'de']) {
      // Twice: the second answer comes from the memory, after neighbours have filled it.
      for (const round of [1, 2]) {
        for (const style of ['long', 'short'] as const) {
          for (const value of values) {
            expect(formatDate(value, locale, style), `${value} ${style} in ${locale}, round ${round}`).to.equal(formatPartialDate(value, locale, style));
          }
        }
      }
    }
    expect(formatDate(undefined, 'es')).to.equal('');
  });

  it('formatWhen says exactly what the SDK says, per instant and locale', () => {
    const instants = [new Date('2026-11-24T15:30:00Z'), new Date('2026-11-24T15:31:00Z'), new Date('2001-01-01T00:00:00Z')];
    for (const round of [1, 2]) {
      for (const locale of ['es', 'en', 'de']) {
        for (const instant of instants) expect(formatWhen(instant, locale), `${instant.toISOString()} in ${locale}, round ${round}`).to.equal(formatDateTime(instant, locale));
      }
    }
  });
});
