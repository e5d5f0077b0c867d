/**
 * Building blocks shared by every entity of the feed: localised text, partial dates,
 * safe links and identifiers. Each `error` is a key of `EXPECTATIONS` (parse/expectations.ts),
 * so a parse issue can say in words what the field expects.
 */
import { isRealCalendarDay } from '../dates/partial-date.js';
import { AS_SOON_AS_POSSIBLE } from './constants.js';
import { z } from './zod.js';

/** A BCP 47 language tag as publishers write them: `es`, `en`, `es-CL`. */
export const LanguageTag = z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: 'language-tag' }));

/**
 * Human text: either one plain string (in the feed's default language), or a map of
 * language tags to strings. `resolveText()` picks the reader's language.
 */
export const LocalizedText = z.union([z.string(), z.record(LanguageTag, z.string())], {
  error: 'text',
});

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date known to the year (`2021`), the month (`2021-03`) or the day (`2021-03-01`).
 * OGP's own data is often known only to the month; the precision is kept, never invented.
 */
export const PartialDate = z.string().check(
  // `abort`: a date not written as one is one issue; the day check never sees it.
  z.regex(PARTIAL_DATE, { error: 'date', abort: true }),
  z.refine(isRealCalendarDay, { error: 'real-day' }),
);

/** A due date: a partial date, or `"asap"` for "as soon as possible". */
export const DueDate = z.union([PartialDate, z.literal(AS_SOON_AS_POSSIBLE)], { error: 'due-date' });

/** A full timestamp with its offset, as `new Date().toISOString()` writes it. */
export const Timestamp = z.iso.datetime({ offset: true, error: 'timestamp' });

/** A link a reader may follow: only http(s). `javascript:` and `data:` never pass. */
export const WebUrl = z.url({ protocol: /^https?$/, error: 'web-url' });

/** A contact: a web address, a `mailto:` link or a bare e-mail address. */
export const Contact = z.union([WebUrl, z.url({ protocol: /^mailto$/ }), z.email()], { error: 'contact' });

/** An identifier as publishers and OGP write them: `CL0069`, `AP_CHL05`, `segpres`. */
export const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, { error: 'id' }));

/** A percentage, 0 to 100. */
export const Percent = z.number().check(z.minimum(0), z.maximum(100));

/** A document, page or dataset that proves what is claimed (a means of verification). */
export const EvidenceLink = z.looseObject({
  title: z.optional(LocalizedText),
  url: WebUrl,
});

export type LocalizedText = z.infer<typeof LocalizedText>;
export type PartialDate = z.infer<typeof PartialDate>;
export type DueDate = z.infer<typeof DueDate>;
export type EvidenceLink = z.infer<typeof EvidenceLink>;
