/**
 * The feed the spreadsheet template is filled with, so a publisher sees every sheet used once.
 * Real facts where they are known: Chile's 5th plan, commitment CL0069 as OGP's sheet and the
 * plan's text give it (milestones known to the month), and the agreements of the Open
 * Government Roundtable of 2022-03-28 from its minutes. What no public source gives (an
 * indicator, a measurement, a progress update) is marked "illustrative" where a reader sees it.
 */
import type { FeedInput } from '@ogp-embed/sdk';

const CONGRESS = 'congreso-nacional';
const COMMISSION = 'comision-integridad';
const CSO_NETWORK = 'red-sociedad-civil';

const milestone = (title: string, start: string, due: string) => ({ title, start, due });

export const EXAMPLE_FEED: FeedInput = {
  schemaVersion: '1.0',
  publisher: {
    name: {
      es: 'Ejemplo: Comisión de Integridad Pública y Transparencia',
      en: 'Example: Public Integrity and Transparency Commission',
    },
    url: 'https://www.gobiernoabierto.gob.cl/',
  },
  generatedAt: '2022-03-28T12:00:00-03:00',
  country: 'CHL',
  defaultLanguage: 'es',
  institutions: [
    { id: CONGRESS, name: 'Congreso Nacional de Chile', kind: 'legislature', url: 'https://www.congreso.cl/' },
    { id: COMMISSION, name: 'Comisión de Integridad Pública y Transparencia', kind: 'agency' },
    { id: CSO_NETWORK, name: 'Red de Organizaciones de la Sociedad Civil de Gobierno Abierto', kind: 'civil-society' },
  ],
  plans: [
    {
      id: 'AP_CHL05',
      number: 5,
      title: { es: '5° Plan de Acción de Gobierno Abierto 2020-2022', en: '5th Open Government Action Plan 2020-2022' },
      period: { start: '2020', end: '2022' },
      phase: 'closed',
      commitments: [
        {
          id: 'CL0069',
          number: '9',
          title: 'Diseño de plataforma integrada e interoperable de gestión e información legislativa',
          shortTitle: { en: 'Design integrated legislative information platform' },
          lead: CONGRESS,
          policyAreas: ['Open Parliaments', 'Open Data', 'Public Participation', 'Participation in Lawmaking'],
          start: '2021-03-01',
          end: '2022-06-30',
          milestones: [
            milestone('Informe de Diagnóstico de interoperabilidad', '2021-03', '2021-08'),
            milestone(
              'Diseño de la actualización de la plataforma e interoperabilidad, con talleres virtuales con sociedad civil',
              '2021-08',
              '2022-03',
            ),
            milestone('Diseño final de interoperabilidad', '2022-04', '2022-12'),
            milestone(
              'Análisis comparativo de metodologías para crear indicadores de la gestión legislativa',
              '2021-03',
              '2021-08',
            ),
            milestone(
              'Diseño de metodología y talleres con sociedad civil para definir la metodología',
              '2021-09',
              '2022-03',
            ),
            milestone(
              'Curso o video de uso de la plataforma y seguimiento de la ley del SIL actual',
              '2022-03',
              '2022-08',
            ),
            milestone('Manual de procesos internos y registro de información en el SIL', '2021-03', '2022-03'),
            milestone('Capacitaciones internas de registro de información en el SIL', '2022-03', '2022-06'),
          ],
          indicators: [
            {
              id: 'ejemplo-1',
              level: 'output',
              name: {
                es: 'Ejemplo ilustrativo: sitios del Congreso conectados al SIL',
                en: 'Illustrative example: Congress websites connected to the SIL',
              },
              unit: { es: 'sitios', en: 'websites' },
              direction: 'increase',
              baseline: { value: 0, date: '2021-03' },
              target: { value: 7, date: '2022-12' },
              measurements: [
                { date: '2022-06', value: 3, note: { es: 'Cifra ilustrativa', en: 'Illustrative figure' } },
              ],
              verification: { es: 'Ejemplo: informe de la unidad de informática', en: 'Example: IT unit report' },
            },
          ],
          updates: [
            {
              date: '2022-03',
              text: {
                es: 'Ejemplo ilustrativo de un reporte de avance: diagnóstico terminado y talleres en curso.',
                en: 'Illustrative example of a progress update: assessment finished, workshops under way.',
              },
            },
          ],
          irm: {
            verifiable: true,
            relevant: true,
            potentialForResults: 'substantial',
            completionEndOfTerm: 'limited',
            earlyResults: 'no-early-results',
          },
          url: 'https://opengovpartnership.org/members/chile/commitments/cl0069',
        },
      ],
    },
  ],
  forums: [
    {
      id: 'mesa-gobierno-abierto',
      name: { es: 'Mesa de Gobierno Abierto', en: 'Open Government Roundtable' },
      meetings: [
        {
          id: '2022-03-28',
          date: '2022-03-28',
          place: 'Edificio Bicentenario, Teatinos 92, Santiago',
          agenda: [
            'Presentación oficial de los integrantes de la Mesa de Gobierno Abierto y la Secretaria Ejecutiva',
            'Revisión de los avances y próximos desafíos en el contexto de gobierno abierto',
            'Implementación de la Hoja de Ruta y seguimiento del 5° Plan de Acción de Gobierno Abierto',
          ],
          agreements: [
            {
              text: 'Enviar por correo electrónico insumos para la Hoja de Ruta',
              responsible: 'Comisión de Integridad Pública y Transparencia',
              responsibleInstitution: COMMISSION,
              due: 'asap',
              status: 'pending',
            },
            {
              text: 'Enviar por correo electrónico cronograma del 6° Plan de Acción para comentarios',
              responsible: 'Comisión de Integridad Pública y Transparencia',
              responsibleInstitution: COMMISSION,
              due: 'asap',
              status: 'pending',
            },
            {
              text: 'Preparar propuesta de términos de referencia para Hoja de Ruta',
              responsible: 'Comisión de Integridad Pública y Transparencia',
              responsibleInstitution: COMMISSION,
              due: 'asap',
              status: 'pending',
            },
            {
              text: 'Propuesta de presupuesto para la cocreación del 6° Plan de Acción',
              responsible: 'Representante de la Red de Sociedad Civil',
              responsibleInstitution: CSO_NETWORK,
              due: 'asap',
              status: 'pending',
            },
          ],
        },
      ],
    },
  ],
};
