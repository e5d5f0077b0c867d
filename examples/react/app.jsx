/**
 * The elements in a React 19 app. React 19 sets a custom element's properties (objects
 * included) when the element has them, and `on<event-name>` listens to its events, so no
 * wrapper is needed. The list of commitments comes from the SDK's shared client for the same
 * address the elements use: the page downloads the feed once.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { findCommitment, getSharedClient, resolveText } from '@ogp-embed/sdk';
import '@ogp-embed/elements/define-all';

const FEED = new URL('/feeds/chile.json', location.href).href;

function useFeed(src) {
  const [state, setState] = useState({ feed: undefined, error: undefined });
  useEffect(() => {
    const controller = new AbortController();
    getSharedClient(src)
      .getFeed({ signal: controller.signal })
      .then(({ feed }) => setState({ feed }))
      .catch((error) => controller.signal.aborted || setState({ error }));
    return () => controller.abort();
  }, [src]);
  return state;
}

function App() {
  const [lang, setLang] = useState('es');
  const [selected, setSelected] = useState('CL0069');
  const [events, setEvents] = useState([]);
  const { feed, error } = useFeed(FEED);
  const log = (event) =>
    setEvents((list) => [`${event.type}: ${event.detail.data?.id ?? event.detail.message}`, ...list].slice(0, 5));
  const found = feed && findCommitment(feed, selected);
  const t =
    lang === 'es'
      ? {
          title: 'Panel de seguimiento',
          pick: 'Compromiso',
          language: 'Read in English',
          events: 'Eventos recibidos por React',
          milestones: 'Hitos (propiedad .commitment)',
        }
      : {
          title: 'Monitoring dashboard',
          pick: 'Commitment',
          language: 'Leer en español',
          events: 'Events React received',
          milestones: 'Milestones (.commitment property)',
        };

  return (
    <main lang={lang}>
      <h1>{t.title}</h1>
      {error && <p role="alert">{error.messages?.[lang] ?? String(error)}</p>}
      <p>
        <label>
          {t.pick}{' '}
          <select value={selected} onChange={(e) => setSelected(e.target.value)} disabled={!feed}>
            {feed?.plans.flatMap((plan) =>
              plan.commitments.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id} · {resolveText(c.title, lang, feed.defaultLanguage)}
                </option>
              )),
            )}
          </select>
        </label>{' '}
        <button type="button" onClick={() => setLang(lang === 'es' ? 'en' : 'es')}>
          {t.language}
        </button>
      </p>

      {/* Attributes as a webmaster would write them; React listens to the element's own events. */}
      <ogp-commitment
        src={FEED}
        commitment={selected}
        heading-level="2"
        onogp-load={log}
        onogp-change={log}
        onogp-error={log}
      ></ogp-commitment>

      <h2>{t.milestones}</h2>
      {/* Objects React already holds go in as properties: no second lookup, no second request. */}
      {found && <ogp-timeline commitment={found.commitment} feed={feed}></ogp-timeline>}

      <h2>{t.events}</h2>
      <ol aria-live="polite" id="events">
        {events.map((line, i) => (
          <li key={events.length - i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
