/**
 * A line above each story saying where its data comes from, so nobody takes an invented figure
 * for a government's report: real data names its source, invented data says "Illustrative"
 * (in both languages, whatever the toolbar's language).
 */
import { html } from 'lit';

/** Data from the real Chile sample feed. */
export function fromSample(what: string) {
  return html`<p class="story-source" data-source="sample">Muestra real de Chile / Real Chile sample: ${what}</p>`;
}

/** Data invented for the story. */
export function illustrative(what: string) {
  return html`<p class="story-source" data-source="illustrative">Ilustrativo / Illustrative: ${what}</p>`;
}

/** A server's behaviour played by the story (see simulated-feed.ts). */
export function simulated(what: string) {
  return html`<p class="story-source" data-source="simulated">Simulado / Simulated: ${what}</p>`;
}
