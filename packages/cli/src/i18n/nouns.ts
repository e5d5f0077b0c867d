/**
 * The things a spreadsheet's rows are, counted in messages ("and with it 8 milestones, 1
 * indicator"), in every language the CLI speaks; singular or plural by Intl's plural rules.
 */
import type { CliLanguage } from './locale.js';

export type ChildSheet =
  | 'cocreation'
  | 'commitments'
  | 'milestones'
  | 'indicators'
  | 'measurements'
  | 'updates'
  | 'members'
  | 'meetings'
  | 'agreements';

const NOUNS: Record<CliLanguage, Record<ChildSheet, readonly [one: string, other: string]>> = {
  en: {
    cocreation: ['co-creation phase', 'co-creation phases'],
    commitments: ['commitment', 'commitments'],
    milestones: ['milestone', 'milestones'],
    indicators: ['indicator', 'indicators'],
    measurements: ['measurement', 'measurements'],
    updates: ['update', 'updates'],
    members: ['member', 'members'],
    meetings: ['meeting', 'meetings'],
    agreements: ['agreement', 'agreements'],
  },
  es: {
    cocreation: ['etapa de co-creación', 'etapas de co-creación'],
    commitments: ['compromiso', 'compromisos'],
    milestones: ['hito', 'hitos'],
    indicators: ['indicador', 'indicadores'],
    measurements: ['medición', 'mediciones'],
    updates: ['avance', 'avances'],
    members: ['integrante', 'integrantes'],
    meetings: ['reunión', 'reuniones'],
    agreements: ['acuerdo', 'acuerdos'],
  },
  pt: {
    cocreation: ['etapa de cocriação', 'etapas de cocriação'],
    commitments: ['compromisso', 'compromissos'],
    milestones: ['marco', 'marcos'],
    indicators: ['indicador', 'indicadores'],
    measurements: ['medição', 'medições'],
    updates: ['atualização', 'atualizações'],
    members: ['membro', 'membros'],
    meetings: ['reunião', 'reuniões'],
    agreements: ['acordo', 'acordos'],
  },
  fr: {
    cocreation: ['étape de co-création', 'étapes de co-création'],
    commitments: ['engagement', 'engagements'],
    milestones: ['jalon', 'jalons'],
    indicators: ['indicateur', 'indicateurs'],
    measurements: ['mesure', 'mesures'],
    updates: ['point d’avancement', 'points d’avancement'],
    members: ['membre', 'membres'],
    meetings: ['réunion', 'réunions'],
    agreements: ['accord', 'accords'],
  },
};

const LOCALE: Record<CliLanguage, string> = { en: 'en-US', es: 'es-CL', pt: 'pt-BR', fr: 'fr-FR' };

/** "8 milestones", "1 indicator": the count with its noun in `lang`. */
export function noun(lang: CliLanguage, kind: ChildSheet, count: number): string {
  const [one, other] = NOUNS[lang][kind];
  return `${count.toLocaleString(LOCALE[lang])} ${new Intl.PluralRules(LOCALE[lang]).select(count) === 'one' ? one : other}`;
}
