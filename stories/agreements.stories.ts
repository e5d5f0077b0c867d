import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Forum } from '@ogp-embed/sdk';
import '@ogp-embed/elements/agreements';
import { fromSample, illustrative } from './support/captions.js';
import { SAMPLE_SRC, sampleFeed, sampleForum, STORY_NOW } from './support/sample.js';
import { stateStories } from './support/states.js';

interface Args {
  forum: string;
  openOnly: boolean;
  meeting?: string;
}

const agreements = ({ forum, openOnly, meeting }: Args) => html`<ogp-agreements
  .feed=${sampleFeed}
  forum=${forum}
  ?open-only=${openOnly}
  meeting=${meeting ?? nothing}
  .now=${STORY_NOW}
></ogp-agreements>`;

/**
 * The Mesa with an invented second meeting whose agreements have every status: done, in
 * progress, overdue, cancelled, and one without a due date.
 */
function forumWithEveryStatus(): Forum {
  const real = sampleForum();
  const say = (es: string, en: string) => ({ es: `Ilustrativo: ${es}`, en: `Illustrative: ${en}` });
  return {
    ...real,
    meetings: [
      {
        id: 'illustrative-2022-06',
        date: '2022-06-15',
        agenda: [],
        agreements: [
          {
            id: 'ill-1',
            text: say('publicar el acta de la reunión anterior', 'publish the minutes of the previous meeting'),
            responsible: say('Secretaría Ejecutiva', 'Executive Secretariat'),
            due: '2022-06-30',
            status: 'done',
            doneOn: '2022-06-28',
          },
          {
            id: 'ill-2',
            text: say('convocar a la consulta pública del 6° plan', 'call the public consultation on the 6th plan'),
            responsible: say('Red de Sociedad Civil', 'Civil Society Network'),
            due: '2026-03',
            status: 'in-progress',
          },
          {
            id: 'ill-3',
            text: say('enviar comentarios al cronograma', 'send comments on the timeline'),
            responsible: say('Red Académica', 'Academic Network'),
            due: '2022-07-15',
            status: 'pending',
          },
          {
            id: 'ill-4',
            text: say('organizar un taller regional', 'organise a regional workshop'),
            responsible: say('PNUD', 'UNDP'),
            due: '2022-09',
            status: 'cancelled',
          },
          {
            id: 'ill-5',
            text: say('revisar la metodología de indicadores', 'review the indicators methodology'),
            responsible: say('CEPAL', 'ECLAC'),
            status: 'pending',
          },
        ],
      },
      ...real.meetings,
    ],
  } as Forum;
}

const meta = {
  title: 'Elements/Agreements',
  component: 'ogp-agreements',
  args: { forum: 'mesa-gobierno-abierto', openOnly: false },
  render: (args) =>
    html`${fromSample('acuerdos de la Mesa de Gobierno Abierto, 2022-03-28 / the Roundtable’s agreements')}${agreements(args)}`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Four agreements, each due "A la brevedad" (as soon as possible), all pending in the minutes. */
export const Roundtable: Story = { name: 'Mesa de Gobierno Abierto, 2022-03-28' };

export const OpenOnly: Story = { name: 'Only open agreements', args: { openOnly: true } };

export const EveryStatus: Story = {
  name: 'Every status, overdue and no due date (illustrative meeting)',
  render:
    () => html`${illustrative('una reunión inventada de 2022-06-15, más la real / an invented meeting, plus the real one')}
    <ogp-agreements .feed=${sampleFeed} .forum=${forumWithEveryStatus()} .now=${STORY_NOW}></ogp-agreements>`,
};

export const Empty: Story = {
  name: 'Empty: no meetings yet (illustrative)',
  render: () => html`${illustrative('un foro sin reuniones / a forum with no meetings')}
    <ogp-agreements .feed=${sampleFeed} .forum=${{ ...sampleForum(), meetings: [] }} .now=${STORY_NOW}></ogp-agreements>`,
};

export const LongTexts: Story = {
  name: 'Long texts, narrow (illustrative)',
  render: () => {
    const forum = forumWithEveryStatus();
    const first = forum.meetings[0]!.agreements[0]!;
    first.text = {
      es: 'Ilustrativo: preparar, con todas las instituciones de la Mesa y con la Red de Sociedad Civil, una propuesta de términos de referencia para la Hoja de Ruta que incluya plazos, responsables, indicadores verificables y mecanismos de rendición de cuentas.',
      en: 'Illustrative: prepare, with every institution of the Roundtable and the Civil Society Network, draft terms of reference for the Roadmap including deadlines, responsibilities, verifiable indicators and accountability mechanisms.',
    };
    return html`${illustrative('texto de acuerdo muy largo en 22rem / a very long agreement in 22rem')}
      <div style="max-width: 22rem"><ogp-agreements .feed=${sampleFeed} .forum=${forum} .now=${STORY_NOW}></ogp-agreements></div>`;
  },
};

export const NotInFeed: Story = { name: 'Error: not in the feed', args: { forum: 'mesa-inexistente' } };

export const FromSrc: Story = {
  name: 'Loaded by src (the sample feed)',
  render: () => html`${fromSample(`src="${SAMPLE_SRC}"`)}
    <ogp-agreements src=${SAMPLE_SRC} .now=${STORY_NOW}></ogp-agreements>`,
};

const states = stateStories(
  'agreements',
  (src, live) => html`<ogp-agreements
  src=${src}
  ?live=${live}
  refresh=${live ? 1 : nothing}
  .now=${STORY_NOW}
></ogp-agreements>`,
);

export const Loading: Story = states.loading;
export const HttpError: Story = { ...states.httpError, name: 'Error: HTTP 500' };
export const Stale: Story = { ...states.stale, name: 'Stale (refresh failed)' };
