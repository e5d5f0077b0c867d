/**
 * The template comes filled with a worked example (`example-feed.ts`). Sheets that still carry
 * the example's publisher are the template, not a publisher's data: importing them would
 * publish Chile's 2022 example under the publisher's address. Said at the cell to change.
 */
import type { LanguageTexts } from '@ogp-embed/sdk';
import type { Origin, SheetIssue } from './build-feed.js';
import { EXAMPLE_FEED } from './example-feed.js';
import { FEED_FILE } from './spec.js';

const namesOf = (name: unknown): string[] =>
  typeof name === 'string'
    ? [name]
    : name && typeof name === 'object'
      ? Object.values(name as Record<string, string>)
      : [];

const EXAMPLE_NAMES = new Set(namesOf(EXAMPLE_FEED.publisher.name).map((name) => name.trim()));

/** An error at the publisher's cell when it is still the example's; none otherwise. `feed` is the feed as built. */
export function exampleIssues(feed: Record<string, unknown>, origins: WeakMap<object, Origin>): SheetIssue[] {
  const publisher = feed.publisher as { name?: unknown } | undefined;
  const name = namesOf(publisher?.name).find((value) => EXAMPLE_NAMES.has(value.trim()));
  if (name === undefined) return [];
  const origin = origins.get(feed);
  const row = origin?.fieldRows?.get('publisher.name');
  const text: LanguageTexts = {
    en: `"${name}" is the template's example: write your institution's name here, and replace the example's rows (plan AP_CHL05, commitment CL0069 and what hangs from them) with yours`,
    es: `"${name}" es el ejemplo de la plantilla: escriba aquí el nombre de su institución y reemplace las filas del ejemplo (plan AP_CHL05, compromiso CL0069 y lo que depende de ellos) por las suyas`,
    pt: `"${name}" é o exemplo do modelo: escreva aqui o nome da sua instituição e substitua as linhas do exemplo (plano AP_CHL05, compromisso CL0069 e o que deles depende) pelas suas`,
    fr: `«\u00a0${name}\u00a0» est l’exemple du modèle\u00a0: écrivez ici le nom de votre institution et remplacez les lignes de l’exemple (plan AP_CHL05, engagement CL0069 et ce qui en dépend) par les vôtres`,
  };
  return [
    {
      severity: 'error',
      file: origin?.file ?? FEED_FILE,
      ...(row ? { row } : {}),
      column: 'Publicado por / Publisher',
      text,
    },
  ];
}
