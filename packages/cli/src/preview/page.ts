/**
 * The preview page: the elements bundle, one `<ogp-plan>` on the served feed, polling every two
 * seconds (`live refresh="2"`), and a small status script that says when the feed last changed,
 * which works even before the elements are built. No data from the feed is put in the HTML;
 * the plan id (an attribute) is escaped.
 */
import type { CliLanguage } from '../i18n/locale.js';

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const TEXT = {
  en: { title: 'ogp-embed preview', noBundle: 'The elements bundle is not built yet: run "npm run build". Meanwhile, the feed\'s status:' },
  es: { title: 'Vista previa de ogp-embed', noBundle: 'Aún no se construye el paquete de los elementos: ejecute "npm run build". Mientras, el estado del feed:' },
  pt: { title: 'Pré-visualização do ogp-embed', noBundle: 'O pacote dos elementos ainda não foi construído: execute "npm run build". Entretanto, a situação do feed:' },
  fr: { title: 'Aperçu ogp-embed', noBundle: 'Le paquet des éléments n’est pas encore construit\u00a0: exécutez «\u00a0npm run build\u00a0». En attendant, l’état du flux\u00a0:' },
} as const;

const WORDS = {
  en: { ok: 'Feed read', plans: 'plans', commitments: 'commitments', error: 'Could not read the feed' },
  es: { ok: 'Feed leído', plans: 'planes', commitments: 'compromisos', error: 'No se pudo leer el feed' },
  pt: { ok: 'Feed lido', plans: 'planos', commitments: 'compromissos', error: 'Não foi possível ler o feed' },
  fr: { ok: 'Flux lu', plans: 'plans', commitments: 'engagements', error: 'Le flux n’a pas pu être lu' },
} as const;

export function previewPage(options: { plan?: string; bundle: boolean; lang: CliLanguage }): string {
  const text = TEXT[options.lang];
  const plan = options.plan ? ` plan="${attribute(options.plan)}"` : '';
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title}</title>
${options.bundle ? '<script type="module" src="/ogp-embed.js"></script>\n' : ''}<script type="module" src="/preview.js"></script>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}#status{color:#555}</style>
</head>
<body>
<main>
${options.bundle ? '' : `<p>${text.noBundle}</p>\n`}<p id="status" role="status" lang="${options.lang}"></p>
<ogp-plan src="/feed.json"${plan} lang="${options.lang}" live refresh="2"></ogp-plan>
</main>
</body>
</html>
`;
}

/** Polls the feed with its ETag and writes what it finds as text (never HTML). */
export function previewScript(lang: CliLanguage): string {
  const words = WORDS[lang];
  return `const words = ${JSON.stringify(words)};
const status = document.getElementById('status');
let etag;
async function poll() {
  try {
    const response = await fetch('/feed.json', { headers: etag ? { 'if-none-match': etag } : {} });
    if (response.status === 200) {
      etag = response.headers.get('etag') ?? undefined;
      const feed = await response.json();
      const plans = Array.isArray(feed.plans) ? feed.plans : [];
      const commitments = plans.reduce((n, p) => n + (Array.isArray(p.commitments) ? p.commitments.length : 0), 0);
      status.textContent = words.ok + ' ' + new Date().toLocaleTimeString() + ': ' + plans.length + ' ' + words.plans + ', ' + commitments + ' ' + words.commitments + '.';
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
