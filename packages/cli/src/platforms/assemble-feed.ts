/**
 * One platform's plan into a whole feed: the head (publisher, country, language) from the
 * command line, else from what the file shows (the site its records link to), and the plan's
 * period from the file's dates. What the file cannot give and nobody gave is said, once.
 */
import { SCHEMA_VERSION } from '@ogp-embed/sdk';
import type { Entity, ImportedPlan } from './imported-plan.js';
import { feedId, IssueLog } from './imported-plan.js';

export interface FeedFacts {
  publisher?: string;
  country?: string;
  language?: string;
  plan?: string;
  title?: string;
  now: Date;
}

export function assembleFeed(
  imported: ImportedPlan,
  facts: FeedFacts,
  file: string,
  baseName: string,
): { value: Entity; log: IssueLog } {
  const log = new IssueLog(file);
  const site = imported.site;
  const publisherName = facts.publisher ?? (site ? new URL(site).host : baseName);
  if (!facts.publisher) {
    log.add('warning', undefined, undefined, {
      en: `no --publisher given: the feed's publisher is "${publisherName}"`,
      es: `no se indicó --publisher: el publicador del feed es "${publisherName}"`,
      pt: `não foi indicado --publisher: o publicador do feed é "${publisherName}"`,
      fr: `--publisher non indiqué : l’éditeur du flux est « ${publisherName} »`,
    });
  }
  const country = facts.country ?? publisherName;
  if (!facts.country) {
    log.add('warning', undefined, undefined, {
      en: `no --country given: the feed's place is "${country}"`,
      es: `no se indicó --country: el lugar del feed es "${country}"`,
      pt: `não foi indicado --country: o lugar do feed é "${country}"`,
      fr: `--country non indiqué : le lieu du flux est « ${country} »`,
    });
  }
  const years = imported.days.map((d) => d.slice(0, 4)).sort();
  const thisYear = String(facts.now.getUTCFullYear());
  if (years.length === 0) {
    log.add('warning', undefined, undefined, {
      en: `no dates in the file: the plan's period is this year, ${thisYear}`,
      es: `el archivo no tiene fechas: el período del plan es este año, ${thisYear}`,
      pt: `o ficheiro não tem datas: o período do plano é este ano, ${thisYear}`,
      fr: `le fichier n’a pas de dates : la période du plan est cette année, ${thisYear}`,
    });
  }
  const defaultLanguage = facts.language ?? imported.languages[0] ?? 'es';
  const plan: Entity = {
    id: facts.plan ?? imported.planId ?? feedId(`${imported.platform}-${baseName}`) ?? imported.platform,
    number: 1,
    title: facts.title ?? baseName,
    period: { start: years[0] ?? thisYear, end: years.at(-1) ?? thisYear },
    phase: 'implementation',
    commitments: imported.commitments,
  };
  const value: Entity = {
    schemaVersion: SCHEMA_VERSION,
    publisher: { name: publisherName, ...(site ? { url: `${site}/` } : {}) },
    generatedAt: facts.now.toISOString(),
    country,
    defaultLanguage,
    institutions: [],
    plans: [plan],
    forums: [],
  };
  return { value, log };
}
