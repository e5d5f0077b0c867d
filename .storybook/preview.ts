// Every story is rendered inside a "page" that has a language and a colour scheme, chosen from
// the toolbar: the elements take `lang` from their nearest ancestor and colours from the page,
// exactly as they would on a ministry's site.
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/elements/custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark';

/** Every language the elements speak, with regional tags where Intl writes dates or numbers differently. */
const LANGUAGES = ['es', 'en', 'pt-BR', 'pt-PT', 'fr', 'fr-CA'];

const page: Decorator = (story, { globals }) => {
  const theme: Theme = globals.theme === 'dark' ? 'dark' : 'light';
  const lang = LANGUAGES.includes(globals.lang) ? (globals.lang as string) : 'es';
  return html`<div class="story-page" data-theme=${theme} lang=${lang}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [page],
  globalTypes: {
    lang: {
      description: 'The page language (sets `lang` on an ancestor of the element)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'es', right: 'es', title: 'Español' },
          { value: 'en', right: 'en', title: 'English' },
          { value: 'pt-BR', right: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'pt-PT', right: 'pt-PT', title: 'Português (Portugal)' },
          { value: 'fr', right: 'fr', title: 'Français' },
          { value: 'fr-CA', right: 'fr-CA', title: 'Français (Canada)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The page colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'es', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // The a11y panel runs axe on every story; a violation is shown as an error in the panel.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
