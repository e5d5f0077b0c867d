/**
 * The preview page: the whole feed as readers will see it. A picker lists every plan (each plan
 * also has its own address, `#AP_CHL05`), `<ogp-plan>` shows the chosen one, and one
 * `<ogp-agreements>` per forum lists its agreements; all poll every two seconds (`live
 * refresh="2"`), in the feed's language. A small status script in the publisher's language (the
 * CLI's) says when the feed last changed, with the time written by Intl in that language, and
 * keeps the picker and the forums in step with the feed; it works even before the elements are
 * built. No data from the feed is put in the HTML (the script sets text and attributes only);
 * the plan id and language (attributes) are escaped.
 */
import type { CliLanguage } from '../i18n/locale.js';

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const TEXT = {
  en: {
    title: 'ogp-embed preview',
    noBundle: 'The elements bundle is not built yet: run "npm run build". Meanwhile, the feed\'s status:',
  },
  es: {
    title: 'Vista previa de ogp-embed',
    noBundle: 'Aún no se construye el paquete de los elementos: ejecute "npm run build". Mientras, el estado del feed:',
  },
  pt: {
    title: 'Pré-visualização do ogp-embed',
    noBundle:
      'O pacote dos elementos ainda não foi construído: execute "npm run build". Entretanto, a situação do feed:',
  },
  fr: {
    title: 'Aperçu ogp-embed',
    noBundle:
      'Le paquet des éléments n’est pas encore construit\u00a0: exécutez «\u00a0npm run build\u00a0». En attendant, l’état du flux\u00a0:',
  },
} as const;

const WORDS = {
  en: {
    ok: 'Feed read',
    plans: 'plans',
    commitments: 'commitments',
    forums: 'forums',
    error: 'Could not read the feed',
    plan: 'Plan',
    nav: 'Plans in the feed',
  },
  es: {
    ok: 'Feed leído',
    plans: 'planes',
    commitments: 'compromisos',
    forums: 'instancias',
    error: 'No se pudo leer el feed',
    plan: 'Plan',
    nav: 'Planes del feed',
  },
  pt: {
    ok: 'Feed lido',
    plans: 'planos',
    commitments: 'compromissos',
    forums: 'fóruns',
    error: 'Não foi possível ler o feed',
    plan: 'Plano',
    nav: 'Planos do feed',
  },
  fr: {
    ok: 'Flux lu',
    plans: 'plans',
    commitments: 'engagements',
    forums: 'forums',
    error: 'Le flux n’a pas pu être lu',
    plan: 'Plan',
    nav: 'Plans du flux',
  },
} as const;

export function previewPage(options: {
  plan?: string;
  bundle: boolean;
  lang: CliLanguage;
  feedLanguage?: string;
}): string {
  const text = TEXT[options.lang];
  const words = WORDS[options.lang];
  const plan = options.plan ? ` plan="${attribute(options.plan)}"` : '';
  const feedLang = attribute(options.feedLanguage ?? options.lang);
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title}</title>
${options.bundle ? '<script type="module" src="/ogp-embed.js"></script>\n' : ''}<script type="module" src="/preview.js"></script>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}#status{color:#555}nav{margin-block:1rem}</style>
</head>
<body>
<main>
${options.bundle ? '' : `<p>${text.noBundle}</p>\n`}<p id="status" role="status"></p>
<nav aria-label="${attribute(words.nav)}"><label>${attribute(words.plan)} <select id="plan-picker"></select></label></nav>
<ogp-plan src="/feed.json"${plan} lang="${feedLang}" live refresh="2" id="plan"></ogp-plan>
<div id="forums"></div>
</main>
</body>
</html>
`;
}

/**
 * Polls the feed with its ETag; writes what it finds as text (never HTML), in the CLI's language
 * with the time formatted by Intl in it; keeps the plan picker, the elements' language and one
 * `<ogp-agreements>` per forum in step with the feed.
 */
export function previewScript(lang: CliLanguage): string {
  const words = WORDS[lang];
  return `const words = ${JSON.stringify(words)};
const lang = ${JSON.stringify(lang)};
const status = document.getElementById('status');
const picker = document.getElementById('plan-picker');
const planElement = document.getElementById('plan');
const forums = document.getElementById('forums');
const count = new Intl.NumberFormat(lang);
const time = new Intl.DateTimeFormat(lang, { timeStyle: 'medium' });
let etag;
const chosen = () => decodeURIComponent(location.hash.slice(1)) || planElement.getAttribute('plan') || '';
function textOf(value, feedLang) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return value[feedLang] ?? value[lang] ?? Object.values(value)[0] ?? '';
  return '';
}
function show(feed) {
  const feedLang = typeof feed.defaultLanguage === 'string' ? feed.defaultLanguage : lang;
  const plans = (Array.isArray(feed.plans) ? feed.plans : []).filter((p) => p && typeof p.id === 'string');
  const list = (Array.isArray(feed.forums) ? feed.forums : []).filter((f) => f && typeof f.id === 'string');
  const wanted = plans.some((p) => p.id === chosen()) ? chosen() : (plans[0]?.id ?? '');
  picker.replaceChildren(...plans.map((p) => {
    const option = document.createElement('option');
    option.value = p.id;
    option.textContent = p.id + ' · ' + textOf(p.title, feedLang);
    option.lang = feedLang;
    return option;
  }));
  picker.value = wanted;
  if (wanted && planElement.getAttribute('plan') !== wanted) planElement.setAttribute('plan', wanted);
  planElement.setAttribute('lang', feedLang);
  const ids = list.map((f) => f.id);
  for (const element of [...forums.children]) if (!ids.includes(element.getAttribute('forum'))) element.remove();
  for (const id of ids) {
    let element = [...forums.children].find((e) => e.getAttribute('forum') === id);
    if (!element) {
      element = document.createElement('ogp-agreements');
      element.setAttribute('src', '/feed.json');
      element.setAttribute('forum', id);
      element.setAttribute('live', '');
      element.setAttribute('refresh', '2');
      forums.append(element);
    }
    element.setAttribute('lang', feedLang);
  }
  const commitments = plans.reduce((n, p) => n + (Array.isArray(p.commitments) ? p.commitments.length : 0), 0);
  status.textContent = words.ok + ' ' + time.format(new Date()) + ': ' + count.format(plans.length) + ' ' + words.plans + ', ' + count.format(commitments) + ' ' + words.commitments + ', ' + count.format(list.length) + ' ' + words.forums + '.';
}
picker.addEventListener('change', () => {
  location.hash = encodeURIComponent(picker.value);
});
window.addEventListener('hashchange', () => {
  if (chosen()) planElement.setAttribute('plan', chosen());
  picker.value = chosen();
});
async function poll() {
  try {
    const response = await fetch('/feed.json', { headers: etag ? { 'if-none-match': etag } : {} });
    if (response.status === 200) {
      etag = response.headers.get('etag') ?? undefined;
      show(await response.json());
    } else if (response.status !== 304) {
      status.textContent = words.error + ' (HTTP ' + response.status + ').';
    }
  } catch (error) {
    status.textContent = words.error + '.';
  }
  setTimeout(poll, 2000);
}
poll();
`;
}
