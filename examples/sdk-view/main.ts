/**
 * A page's own view of a feed, built with the SDK alone: the client fetches, validates and keeps
 * the feed current; derived figures (next milestone, its state, plan summary) come from the SDK;
 * the page only draws. Every text from the feed goes in with `textContent`, never as HTML.
 *
 * `?now=2025-07-01` shows the data as of another day; `?feed=<url>` reads another feed.
 */
import {
  createClient,
  formatPartialDate,
  institutionName,
  label,
  milestoneState,
  nextMilestone,
  planSummary,
  resolveText,
  textLanguage,
} from '@ogp-embed/sdk';
import type { ActionPlan, Feed, LocalizedText } from '@ogp-embed/sdk';

const params = new URLSearchParams(location.search);
const now = params.has('now') ? new Date(`${params.get('now')}T12:00:00Z`) : new Date();
const lang = document.documentElement.lang || 'en';

function cell(row: HTMLTableRowElement, text: string, attributes: Record<string, string> = {}): HTMLTableCellElement {
  const td = row.insertCell();
  td.textContent = text;
  for (const [name, value] of Object.entries(attributes)) td.setAttribute(name, value);
  return td;
}

/** Text from the feed, marked with its language when it is not the page's (WCAG 3.1.2). */
function feedCell(row: HTMLTableRowElement, feed: Feed, text: LocalizedText, prefix = ''): void {
  const td = cell(row, prefix + resolveText(text, lang, feed.defaultLanguage));
  const textLang = textLanguage(text, lang, feed.defaultLanguage);
  if (textLang && textLang.split('-')[0] !== lang.split('-')[0]) td.lang = textLang;
}

/**
 * A plan's heading, then its table in a box of its own that scrolls sideways on a narrow screen
 * (reachable by keyboard); the heading, outside the box, names both and wraps on a phone.
 */
function planTable(feed: Feed, plan: ActionPlan): HTMLElement {
  const table = document.createElement('table');
  table.dataset.plan = plan.id;
  const summary = planSummary(plan, now);
  // "0 past their end date" would be false of a plan that ended: overdue counts only commitments
  // reported unfinished past their end, so say that, and say when a closed plan ended.
  const heading = document.createElement('h2');
  heading.id = `plan-${plan.id}`;
  heading.textContent = `${resolveText(plan.title, lang, feed.defaultLanguage)}: ${summary.total} commitments${
    plan.phase === 'closed' ? `; the plan ended in ${formatPartialDate(plan.period.end, lang)}` : ''
  }; ${summary.overdue} reported unfinished past their end date`;
  const head = table.createTHead().insertRow();
  for (const title of ['Commitment', 'Lead institution', 'Next milestone', 'Due', 'State']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  }
  const body = table.createTBody();
  for (const commitment of plan.commitments) {
    const next = nextMilestone(commitment, now);
    if (!next) continue;
    const state = milestoneState(next, now);
    const row = body.insertRow();
    row.dataset.commitment = commitment.id;
    feedCell(row, feed, commitment.title, `${commitment.id} · `);
    cell(row, commitment.lead ? institutionName(feed, commitment.lead, lang) : '—');
    feedCell(row, feed, next.title);
    cell(row, formatPartialDate(next.due, lang) || '—');
    cell(row, label('milestoneState', state, lang), { 'data-state': state });
  }
  if (body.rows.length === 0) {
    cell(body.insertRow(), 'No open milestone is published for this plan.', { colspan: '5', class: 'muted' });
  }
  table.setAttribute('aria-labelledby', heading.id);
  const box = document.createElement('div');
  box.className = 'scroll';
  box.tabIndex = 0;
  box.setAttribute('role', 'region');
  box.setAttribute('aria-labelledby', heading.id);
  box.append(table);
  const section = document.createElement('section');
  section.append(heading, box);
  return section;
}

const client = createClient({ feedUrl: params.get('feed') ?? '/feeds/chile.json' });
const plans = document.getElementById('plans')!;
const status = document.getElementById('status')!;
document.getElementById('as-of')!.textContent = now.toLocaleDateString(lang, { dateStyle: 'long' });

// `watch` calls back now, on every change of the feed, and on failures (keeping the last good feed).
client.watch(
  ({ data, error, stale }) => {
    if (data) plans.replaceChildren(...data.plans.map((plan) => planTable(data, plan)));
    status.textContent = error
      ? `${error.message}${stale && data ? ' Showing the last data received.' : ''}`
      : data
        ? `Feed of ${resolveText(data.publisher.name, lang, data.defaultLanguage)}, generated ${new Date(data.generatedAt).toLocaleString(lang)}.`
        : 'Loading the feed…';
  },
  { interval: 60_000 },
);
