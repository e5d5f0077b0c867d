/**
 * The shape of one language's words for every element: what `es.ts`, `en.ts`, `pt.ts` and
 * `fr.ts` each hold. Types only: the words themselves are loaded by language (see load.ts), so a
 * page downloads only the languages its elements speak. docs/adding-a-language.md says how to add one.
 *
 * Conventions, checked by test/node/i18n-tables.test.ts against English:
 * - a function's parameters are the same as English's (same count);
 * - a count is a `Plural` (CLDR categories chosen by `Intl.PluralRules`, never `n === 1`),
 *   each form holding `{count}`;
 * - plain text only: never HTML.
 */
import type { IrmAssessment, Labels, UiLanguage } from '@ogp-embed/sdk';

/** The languages the elements speak: the SDK's. */
export type Lang = UiLanguage;

/** A sentence for each CLDR plural category the language uses; `other` is required. `{count}` is the number. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type PlanSort = 'number' | 'title' | 'progress' | 'status' | 'due';

/** Some of a table's strings, in its shape: what a region says differently (see `Strings.regions`). */
export type RegionalStrings = {
  [K in Exclude<keyof Strings, 'lang' | 'labels' | 'regions' | 'forLocale'>]?: Partial<Strings[K]>;
};

/** The words of every element, and the SDK's labels, in one language. */
export interface Strings {
  /** The language these are, as a BCP 47 tag. */
  lang: Lang;
  labels: Labels;
  /**
   * Where a region says things otherwise, by region subtag (`PT`: Portugal's Portuguese): only
   * the strings that differ. The base set is written for the region most readers live in.
   */
  regions?: Readonly<Record<string, RegionalStrings>>;
  /** The table in the region of a locale (set by `withRegions`, regions.ts). */
  forLocale?: (locale: string) => Strings;
  shared: {
    loading: string;
    updated: (when: string) => string;
    stale: (when: string) => string;
    /**
     * What a reader is told when the data cannot be shown, whatever the cause: plain words. The
     * cause (an `OgpError`'s code, fields and English message) goes to the console and `ogp-error`.
     */
    unavailable: string;
    /** Between a label and its value where markup sits on either side (French puts a no-break space first). */
    colon: string;
    /** The data shown may be old (compact layouts). */
    outdated: string;
    /** Words more than one element uses. */
    status: string;
    lead: string;
    progress: string;
  };
  progressBar: {
    label: string;
    /** Shown in place of a number when progress is not known. */
    unknown: string;
    unknownText: string;
    milestones: (done: number, total: number) => string;
  };
  agreements: {
    agreements: string;
    meeting: (date: string) => string;
    agreement: string;
    responsible: string;
    due: string;
    open: Plural;
    overdue: Plural;
    openOnly: string;
    none: string;
    noneOpen: string;
    minutes: string;
    noDue: string;
  };
  commitment: {
    commitment: (number: string) => string;
    supporting: string;
    period: string;
    values: string;
    next: string;
    due: (date: string) => string;
    /** Once it has ended: the term for when, and its value (the date and the final state's words). */
    ended: string;
    endedWith: (date: string, state: string) => string;
    asOf: string;
    show: string;
    hide: string;
    description: string;
    problem: string;
    objective: string;
    timeline: string;
    indicators: string;
    irm: string;
    carriesForward: string;
    noMilestones: string;
    yes: string;
    no: string;
    /** The name of each IRM rating shown. */
    irmFields: Record<Exclude<keyof IrmAssessment, 'reportUrl'>, string>;
    irmReport: string;
  };
  indicator: {
    baseline: string;
    target: string;
    latest: string;
    direction: string;
    toTarget: string;
    date: string;
    value: string;
    measurements: string;
    noMeasurements: string;
    verification: string;
    assumptions: string;
    chart: (name: string) => string;
  };
  plan: {
    commitments: Plural;
    overdue: Plural;
    average: string;
    knownFor: (n: number, total: number) => string;
    byStatus: string;
    /** How many commitments' verdict comes from each source. */
    sources: Record<'government' | 'irm' | 'unknown', Plural>;
    /** How many have an IRM verdict that contradicts the government's report. */
    disagreements: Plural;
    phase: string;
    filters: string;
    search: string;
    value: string;
    theme: string;
    sort: string;
    any: string;
    sorts: Record<PlanSort, string>;
    showing: (from: number, to: number, total: number) => string;
    noMatch: string;
    clear: string;
    empty: string;
    previous: string;
    next: string;
    page: (n: number, total: number) => string;
    pages: string;
    /** A plan read by its digest whose whole list (needed for a search, a filter or another page) failed to load. */
    listUnavailable: string;
  };
  timeline: {
    label: string;
    today: (date: string) => string;
    start: string;
    end: string;
    update: string;
    due: (date: string) => string;
    done: (date: string) => string;
    by: (author: string) => string;
    empty: string;
  };
}
