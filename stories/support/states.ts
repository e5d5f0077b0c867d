/**
 * The states every data element has, as stories: loading, failing (HTTP 500, offline, not a
 * feed) and stale, each against a simulated server (simulated-feed.ts). `element(src, live)`
 * renders the element under test for a feed address.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { simulated } from './captions.js';
import { simulatedFeed, type SimulatedServer } from './simulated-feed.js';

type Render = (src: string, live: boolean) => TemplateResult;

function story(kind: SimulatedServer, caption: string, element: Render, key: string, live = false): StoryObj {
  return { render: () => html`${simulated(caption)}${element(simulatedFeed(kind, key), live)}` };
}

/** `key` keeps each element's simulated servers apart (one shared client per address). */
export function stateStories(key: string, element: Render) {
  return {
    loading: story('loading', 'un servidor que no responde / a server that never answers', element, key),
    httpError: story('http-500', 'un servidor que responde 500 / a server answering 500', element, key),
    offline: story('offline', 'sin conexión / no connection', element, key),
    notAFeed: story('not-a-feed', 'un JSON que no es un feed / JSON that is not a feed', element, key),
    stale: story(
      'outage-after-first-load',
      'la muestra real, luego 503 en cada actualización / the real sample, then 503 on every refresh',
      element,
      key,
      true,
    ),
  };
}
