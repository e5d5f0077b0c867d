// Opens on the catalogue's name, not Storybook's.
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({ theme: create({ base: 'light', brandTitle: 'ogp-embed' }) });
