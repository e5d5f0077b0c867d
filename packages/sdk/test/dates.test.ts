import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  earliestDay,
  formatDateTime,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatRelativeTime,
  latestDay,
} from '@ogp-embed/sdk';
import { dateTimeFormat, INTL_CACHE_LIMIT, numberFormat, relativeTimeFormat } from '../src/dates/intl-cache.js';

/** Intl separates with no-break spaces (U+00A0, U+202F); compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('partial dates as ranges of days', () => {
  test('a month ends on its own last day, leap years included', () => {
    assert.equal(latestDay('2024-02'), '2024-02-29');
    assert.equal(latestDay('2023-02'), '2023-02-28');
    assert.equal(latestDay('2021-04'), '2021-04-30');
    assert.equal(latestDay('2021'), '2021-12-31');
    // Gregorian leap years for every year, as the parser's day check counts them (Date.UTC would
    // read year 0 as 1900, which is not one).
    assert.equal(latestDay('0000-02'), '0000-02-29');
    assert.equal(latestDay('1900-02'), '1900-02-28');
    assert.equal(earliestDay('0099'), '0099-01-01');
    assert.equal(earliestDay('2021'), '2021-01-01');
    assert.equal(earliestDay('2021-03-15'), '2021-03-15');
  });
});

describe('formatPartialDate', () => {
  test('at the precision the date has, in Spanish', () => {
    assert.equal(formatPartialDate('2021', 'es'), '2021');
    assert.equal(formatPartialDate('2021-03', 'es'), 'marzo de 2021');
    assert.equal(formatPartialDate('2021-03-01', 'es'), '1 de marzo de 2021');
  });
  test('at the precision the date has, in English', () => {
    assert.equal(formatPartialDate('2021', 'en'), '2021');
    assert.equal(formatPartialDate('2021-03', 'en'), 'March 2021');
    assert.equal(formatPartialDate('2021-03-01', 'en'), 'March 1, 2021');
  });
  test('the regional variant the reader asked for (es-CL, en-GB)', () => {
    assert.equal(formatPartialDate('2021-03-01', 'es-CL'), '1 de marzo de 2021');
    assert.equal(formatPartialDate('2021-03-01', 'en-GB'), '1 March 2021');
  });
  test('short style abbreviates the month but invents no day', () => {
    assert.equal(plain(formatPartialDate('2021-03', 'en', 'short')), 'Mar 2021');
    assert.equal(plain(formatPartialDate('2021-03-01', 'en', 'short')), 'Mar 1, 2021');
    assert.match(formatPartialDate('2021-09', 'es', 'short'), /^sept?\.? (de )?2021$/);
    assert.equal(formatPartialDate('2021', 'es', 'short'), '2021');
  });
  test('"asap" reads "A la brevedad" / "As soon as possible" / "O mais breve possível" / "Dès que possible"', () => {
    assert.equal(formatPartialDate('asap', 'es'), 'A la brevedad');
    assert.equal(formatPartialDate('asap', 'es-CL'), 'A la brevedad');
    assert.equal(formatPartialDate('asap', 'en'), 'As soon as possible');
    assert.equal(formatPartialDate('asap', 'pt-BR'), 'O mais breve possível');
    assert.equal(formatPartialDate('asap', 'fr-CA'), 'Dès que possible');
    assert.equal(formatPartialDate('asap', 'it'), 'As soon as possible');
  });
  test('nothing reads as nothing; text that is not a date shows as it is', () => {
    assert.equal(formatPartialDate(undefined, 'es'), '');
    assert.equal(formatPartialDate('3/1/2021', 'es'), '3/1/2021');
  });
  test('a page lang Intl rejects does not throw', () => {
    assert.equal(formatPartialDate('2021-03', 'es_CL'), 'marzo de 2021');
    assert.equal(formatPartialDate('2021-03', ''), 'March 2021');
  });

  describe('in any time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });
    for (const zone of ['America/Santiago', 'Pacific/Pago_Pago', 'Pacific/Kiritimati']) {
      test(`the first of the month stays the first in ${zone}`, () => {
        process.env.TZ = zone;
        assert.equal(formatPartialDate('2021-03-01', 'es'), '1 de marzo de 2021');
        assert.equal(formatPartialDate('2021-01', 'en'), 'January 2021');
        assert.equal(formatPartialDate('2021', 'en'), '2021');
        assert.equal(formatPartialDate('2021-12-31', 'en'), 'December 31, 2021');
      });
    }
  });
});

describe('formatPercent', () => {
  test('takes the feed’s 0–100 scale and writes it the reader’s way', () => {
    assert.equal(plain(formatPercent(42.5, 'es')), '43 %');
    assert.equal(formatPercent(42.4, 'en'), '42%');
    assert.equal(formatPercent(0, 'en'), '0%');
    assert.equal(formatPercent(100, 'en'), '100%');
  });
  test('nothing short of done reads 100 %, nothing started reads 0 %', () => {
    assert.equal(formatPercent(99.6, 'en'), '99%');
    assert.equal(formatPercent(0.2, 'en'), '1%');
  });
  test('not a number gives no text', () => {
    assert.equal(formatPercent(Number.NaN, 'es'), '');
    assert.equal(formatPercent(Number.POSITIVE_INFINITY, 'es'), '');
  });
});

describe('formatNumber', () => {
  test('the reader’s separators', () => {
    assert.equal(formatNumber(12345.5, 'es'), '12.345,5');
    assert.equal(formatNumber(12345.5, 'en'), '12,345.5');
  });
  test('an Intl unit is spelled out in the reader’s language', () => {
    assert.equal(formatNumber(5, 'es', 'day'), '5 días');
    assert.equal(formatNumber(1, 'en', 'day'), '1 day');
    assert.equal(plain(formatNumber(45, 'es', 'percent')), '45 %');
  });
  test('an indicator’s own unit follows the number, on the same line', () => {
    assert.equal(formatNumber(12000, 'es-CL', 'personas'), '12.000\u00a0personas');
    assert.equal(plain(formatNumber(3, 'en', ' workshops ')), '3 workshops');
    assert.equal(formatNumber(3, 'en', ''), '3');
  });
  test('not a number gives no text', () => {
    assert.equal(formatNumber(Number.NaN, 'es', 'day'), '');
  });
});

describe('formatDateTime', () => {
  const instant = '2026-11-24T15:30:00Z';
  test('date and time in the given time zone', () => {
    assert.equal(plain(formatDateTime(instant, 'es', 'UTC')), '24 de noviembre de 2026 a las 15:30');
    assert.equal(plain(formatDateTime(new Date(instant), 'en', 'America/Santiago')), 'November 24, 2026 at 12:30 PM');
  });
  test('a value that is not a time gives no text', () => {
    assert.equal(formatDateTime('yesterday', 'es'), '');
    assert.equal(formatDateTime(new Date(Number.NaN), 'es'), '');
  });
});

describe('formatRelativeTime', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const MINUTE = 60_000;
  const DAY = 24 * 60 * MINUTE;

  test('"hace 5 minutos"', () => {
    assert.equal(formatRelativeTime(ago(5 * MINUTE), now, 'es'), 'hace 5 minutos');
    assert.equal(formatRelativeTime(ago(5 * MINUTE), now, 'en'), '5 minutes ago');
  });
  test('the unit grows with the distance', () => {
    assert.equal(formatRelativeTime(ago(30_000), now, 'en'), '30 seconds ago');
    assert.equal(formatRelativeTime(ago(3 * 60 * MINUTE), now, 'en'), '3 hours ago');
    assert.equal(formatRelativeTime(ago(DAY), now, 'es'), 'ayer');
    assert.equal(formatRelativeTime(ago(3 * DAY), now, 'es'), 'hace 3 días');
    assert.equal(formatRelativeTime(ago(14 * DAY), now, 'en'), '2 weeks ago');
    assert.equal(formatRelativeTime(ago(90 * DAY), now, 'en'), '3 months ago');
    assert.equal(formatRelativeTime(ago(800 * DAY), now, 'es'), 'hace 2 años');
  });
  test('never "60 minutes": a rounded count moves to the next unit', () => {
    assert.equal(formatRelativeTime(ago(59.7 * MINUTE), now, 'en'), '1 hour ago');
  });
  test('now and the future', () => {
    assert.equal(formatRelativeTime(now, now, 'es'), 'ahora');
    assert.equal(formatRelativeTime(ago(-400), now, 'en'), 'now');
    assert.equal(formatRelativeTime(ago(-3 * DAY), now, 'es'), 'dentro de 3 días');
  });
  test('takes a timestamp string, such as a feed’s generatedAt', () => {
    assert.equal(formatRelativeTime('2026-11-24T11:00:00Z', now, 'en'), '1 hour ago');
    assert.equal(formatRelativeTime('not a time', now, 'en'), '');
  });
});

describe('Intl formatters are built once and reused', () => {
  test('the same kind, locale and options give the same formatter, even from a new options object', () => {
    assert.equal(numberFormat('es', { style: 'percent' }), numberFormat('es', { style: 'percent' }));
    assert.equal(
      dateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' }),
      dateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' }),
    );
    assert.equal(relativeTimeFormat('es', { numeric: 'auto' }), relativeTimeFormat('es', { numeric: 'auto' }));
  });
  test('another locale, other options or another kind is another formatter', () => {
    const es = numberFormat('es', { style: 'percent' });
    const en = numberFormat('en', { style: 'percent' });
    const plainEs = numberFormat('es');
    assert.notEqual(es, en);
    assert.notEqual(es, plainEs);
    assert.equal(en.resolvedOptions().locale, 'en');
    assert.equal(plainEs.resolvedOptions().style, 'decimal');
    assert.ok(dateTimeFormat('es') instanceof Intl.DateTimeFormat);
    assert.ok(relativeTimeFormat('es') instanceof Intl.RelativeTimeFormat);
    assert.ok(numberFormat('es') instanceof Intl.NumberFormat);
  });
  test('formatters asked for in turn keep their own answers', () => {
    for (let round = 0; round < 2; round++) {
      assert.equal(formatPartialDate('2021-03-01', 'es', 'short'), '1 mar 2021');
      assert.equal(formatPartialDate('2021-03-01', 'es', 'long'), '1 de marzo de 2021');
      assert.equal(formatPartialDate('2021-03', 'es', 'long'), 'marzo de 2021');
      assert.equal(formatPartialDate('2021-03-01', 'en', 'long'), 'March 1, 2021');
      assert.equal(plain(formatDateTime('2026-11-24T15:30:00Z', 'en', 'UTC')), 'November 24, 2026 at 3:30 PM');
      assert.equal(plain(formatDateTime('2026-11-24T15:30:00Z', 'en', 'Asia/Tokyo')), 'November 25, 2026 at 12:30 AM');
      assert.equal(plain(formatPercent(42.5, 'es')), '43 %');
      assert.equal(formatPercent(42.5, 'en'), '43%');
      assert.equal(formatNumber(12345.5, 'es'), '12.345,5');
      assert.equal(formatNumber(12345.5, 'en'), '12,345.5');
      assert.equal(formatNumber(5, 'es', 'day'), '5 días');
      assert.equal(plain(formatNumber(5, 'es', 'percent')), '5 %');
      assert.equal(formatNumber(5, 'es', 'personas'), '5\u00a0personas');
    }
  });
  test('bounded: past the limit the oldest are built again, and still right', () => {
    const utc = dateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric' });
    const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC');
    assert.ok(zones.length >= INTL_CACHE_LIMIT);
    for (const timeZone of zones.slice(0, INTL_CACHE_LIMIT)) dateTimeFormat('en', { timeZone, hour: 'numeric' });
    const again = dateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric' });
    assert.notEqual(again, utc);
    assert.equal(plain(again.format(new Date('2026-11-24T15:30:00Z'))), '3 PM');
  });
});
