/**
 * What a host's answer must carry for other sites to embed what it serves, read from the response
 * headers of `validate <URL>`, each problem with the fix (docs/publishing.md, "Hosting"):
 * - the feed (and its parts): `Access-Control-Allow-Origin` (else no other site can read it),
 *   a JSON content type, compression, and caching that lets readers see an update soon;
 * - the script (`ogp-embed.js`, `ogp-embed.iife.js`): `Access-Control-Allow-Origin` too, since
 *   it loads its other modules with `import()`, which browsers fetch with CORS; a JavaScript
 *   content type, which browsers demand of modules.
 */
import type { LanguageTexts } from '@ogp-embed/sdk';

export type HostKind = 'feed' | 'script';

export interface HostAdvice {
  severity: 'error' | 'warning';
  /** The header the advice is about. */
  header: string;
  text: LanguageTexts;
}

/** The origin `validate` sends, as a page on another site would. */
export const PROBE_ORIGIN = 'https://embedding-site.example';

const FIX = {
  en: 'see docs/publishing.md, "Hosting", for your server',
  es: 'vea docs/publishing.md, "Hosting", para su servidor',
  pt: 'veja docs/publishing.md, "Hosting", para o seu servidor',
  fr: 'voir docs/publishing.md, «\u00a0Hosting\u00a0», pour votre serveur',
};

/** Over an hour of caching: readers could see a corrected feed that much later. */
const LONG_CACHE_SECONDS = 3600;

export function hostAdvice(kind: HostKind, headers: Headers, bodyBytes: number): HostAdvice[] {
  const advice: HostAdvice[] = [];
  const origin = headers.get('access-control-allow-origin');
  if (origin !== '*' && origin !== PROBE_ORIGIN) {
    advice.push({
      severity: 'error',
      header: 'Access-Control-Allow-Origin',
      text:
        kind === 'feed'
          ? {
              en: `no "Access-Control-Allow-Origin: *": pages on other sites cannot read this feed; add the header to the feed's folder (${FIX.en})`,
              es: `falta "Access-Control-Allow-Origin: *": las páginas de otros sitios no pueden leer este feed; agregue el encabezado a la carpeta del feed (${FIX.es})`,
              pt: `falta "Access-Control-Allow-Origin: *": as páginas de outros sites não conseguem ler este feed; acrescente o cabeçalho à pasta do feed (${FIX.pt})`,
              fr: `pas de «\u00a0Access-Control-Allow-Origin: *\u00a0»\u00a0: les pages d’autres sites ne peuvent pas lire ce flux\u00a0; ajoutez l’en-tête au dossier du flux (${FIX.fr})`,
            }
          : {
              en: `no "Access-Control-Allow-Origin: *": the script loads its other modules with import(), which browsers refuse across sites without it; add the header to the script's folder (${FIX.en})`,
              es: `falta "Access-Control-Allow-Origin: *": el script carga sus otros módulos con import(), que los navegadores rechazan entre sitios sin él; agregue el encabezado a la carpeta del script (${FIX.es})`,
              pt: `falta "Access-Control-Allow-Origin: *": o script carrega os seus outros módulos com import(), que os navegadores recusam entre sites sem ele; acrescente o cabeçalho à pasta do script (${FIX.pt})`,
              fr: `pas de «\u00a0Access-Control-Allow-Origin: *\u00a0»\u00a0: le script charge ses autres modules avec import(), que les navigateurs refusent d’un site à l’autre sans lui\u00a0; ajoutez l’en-tête au dossier du script (${FIX.fr})`,
            },
    });
  }
  const type = (headers.get('content-type') ?? '').toLowerCase();
  const wanted =
    kind === 'feed' ? /^application\/([\w.+-]*\+)?json\b/ : /^(text|application)\/(javascript|ecmascript)\b/;
  if (!wanted.test(type)) {
    const expected = kind === 'feed' ? 'application/json' : 'text/javascript';
    advice.push({
      severity: kind === 'script' ? 'error' : 'warning',
      header: 'Content-Type',
      text: {
        en: `served as "${type || 'no type'}" instead of ${expected}${kind === 'script' ? ': browsers refuse to run a module served so' : ''}; map the extension to ${expected} (${FIX.en})`,
        es: `se sirve como "${type || 'sin tipo'}" en vez de ${expected}${kind === 'script' ? ': los navegadores no ejecutan un módulo servido así' : ''}; asocie la extensión a ${expected} (${FIX.es})`,
        pt: `é servido como "${type || 'sem tipo'}" em vez de ${expected}${kind === 'script' ? ': os navegadores não executam um módulo servido assim' : ''}; associe a extensão a ${expected} (${FIX.pt})`,
        fr: `servi en «\u00a0${type || 'sans type'}\u00a0» au lieu de ${expected}${kind === 'script' ? '\u00a0: les navigateurs refusent d’exécuter un module servi ainsi' : ''}\u00a0; associez l’extension à ${expected} (${FIX.fr})`,
      },
    });
  }
  const encoding = (headers.get('content-encoding') ?? '').toLowerCase();
  if (bodyBytes > 1024 && !/\b(gzip|br|zstd|deflate)\b/.test(encoding)) {
    const kb = Math.round(bodyBytes / 1000).toLocaleString('en');
    advice.push({
      severity: 'warning',
      header: 'Content-Encoding',
      text: {
        en: `not compressed (${kb} KB sent as is; JSON and JavaScript shrink to about a quarter with gzip or Brotli); turn compression on for .json and .js (${FIX.en})`,
        es: `sin comprimir (${kb} KB enviados tal cual; JSON y JavaScript bajan a cerca de un cuarto con gzip o Brotli); active la compresión para .json y .js (${FIX.es})`,
        pt: `sem compressão (${kb} KB enviados tal como estão; JSON e JavaScript descem para cerca de um quarto com gzip ou Brotli); ative a compressão para .json e .js (${FIX.pt})`,
        fr: `non compressé (${kb} Ko envoyés tels quels\u00a0; JSON et JavaScript descendent à environ un quart avec gzip ou Brotli)\u00a0; activez la compression pour .json et .js (${FIX.fr})`,
      },
    });
  }
  if (kind === 'feed') advice.push(...cachingAdvice(headers));
  const exposed = (headers.get('access-control-expose-headers') ?? '').toLowerCase();
  if (
    kind === 'feed' &&
    advice.every((a) => a.header !== 'Access-Control-Allow-Origin') &&
    (headers.has('etag') || headers.has('last-modified')) &&
    exposed !== '*' &&
    !/\b(etag|last-modified)\b/.test(exposed)
  ) {
    advice.push({
      severity: 'warning',
      header: 'Access-Control-Expose-Headers',
      text: {
        en: `no "Access-Control-Expose-Headers: ETag, Last-Modified": live elements on other sites cannot read the version and download the whole file at each check instead of a "304 Not Modified" (${FIX.en})`,
        es: `falta "Access-Control-Expose-Headers: ETag, Last-Modified": los elementos en vivo de otros sitios no pueden leer la versión y descargan el archivo completo en cada revisión en vez de un "304 Not Modified" (${FIX.es})`,
        pt: `falta "Access-Control-Expose-Headers: ETag, Last-Modified": os elementos ao vivo de outros sites não conseguem ler a versão e descarregam o ficheiro inteiro em cada verificação em vez de um "304 Not Modified" (${FIX.pt})`,
        fr: `pas de «\u00a0Access-Control-Expose-Headers: ETag, Last-Modified\u00a0»\u00a0: les éléments en direct d’autres sites ne peuvent pas lire la version et retéléchargent le fichier entier à chaque vérification au lieu d’un «\u00a0304 Not Modified\u00a0» (${FIX.fr})`,
      },
    });
  }
  return advice;
}

function cachingAdvice(headers: Headers): HostAdvice[] {
  const cache = (headers.get('cache-control') ?? '').toLowerCase();
  const validator = headers.has('etag') || headers.has('last-modified');
  const maxAge = /(?:^|[,\s])(?:s-)?max-age=(\d+)/.exec(cache);
  const advice: HostAdvice[] = [];
  if (/no-store/.test(cache)) {
    advice.push({
      severity: 'warning',
      header: 'Cache-Control',
      text: {
        en: `"Cache-Control: ${cache}" makes every reader download the whole file at every visit; send "Cache-Control: no-cache" with an ETag instead (${FIX.en})`,
        es: `"Cache-Control: ${cache}" hace que cada lector descargue el archivo completo en cada visita; envíe en su lugar "Cache-Control: no-cache" con un ETag (${FIX.es})`,
        pt: `"Cache-Control: ${cache}" faz cada leitor descarregar o ficheiro inteiro em cada visita; envie antes "Cache-Control: no-cache" com um ETag (${FIX.pt})`,
        fr: `«\u00a0Cache-Control: ${cache}\u00a0» fait télécharger le fichier entier à chaque lecteur à chaque visite\u00a0; envoyez plutôt «\u00a0Cache-Control: no-cache\u00a0» avec un ETag (${FIX.fr})`,
      },
    });
  } else if (maxAge && Number(maxAge[1]) > LONG_CACHE_SECONDS) {
    const hours = Math.round(Number(maxAge[1]) / 360) / 10;
    advice.push({
      severity: 'warning',
      header: 'Cache-Control',
      text: {
        en: `"Cache-Control: ${cache}": readers may see an update up to ${hours} h late; send "Cache-Control: no-cache" with an ETag (${FIX.en})`,
        es: `"Cache-Control: ${cache}": los lectores pueden ver una actualización hasta ${hours} h después; envíe "Cache-Control: no-cache" con un ETag (${FIX.es})`,
        pt: `"Cache-Control: ${cache}": os leitores podem ver uma atualização até ${hours} h depois; envie "Cache-Control: no-cache" com um ETag (${FIX.pt})`,
        fr: `«\u00a0Cache-Control: ${cache}\u00a0»\u00a0: les lecteurs peuvent voir une mise à jour jusqu’à ${hours}\u00a0h plus tard\u00a0; envoyez «\u00a0Cache-Control: no-cache\u00a0» avec un ETag (${FIX.fr})`,
      },
    });
  }
  if (!validator) {
    advice.push({
      severity: 'warning',
      header: 'ETag',
      text: {
        en: `neither an ETag nor a Last-Modified: a reader's browser cannot ask "has it changed?" and downloads the whole file again; most servers send an ETag for static files (${FIX.en})`,
        es: `no hay ETag ni Last-Modified: el navegador del lector no puede preguntar "¿cambió?" y descarga de nuevo el archivo completo; la mayoría de los servidores envían un ETag para archivos estáticos (${FIX.es})`,
        pt: `não há ETag nem Last-Modified: o navegador do leitor não pode perguntar "mudou?" e descarrega de novo o ficheiro inteiro; a maioria dos servidores envia um ETag para ficheiros estáticos (${FIX.pt})`,
        fr: `ni ETag ni Last-Modified\u00a0: le navigateur du lecteur ne peut pas demander «\u00a0a-t-il changé\u00a0?\u00a0» et retélécharge le fichier entier\u00a0; la plupart des serveurs envoient un ETag pour les fichiers statiques (${FIX.fr})`,
      },
    });
  }
  return advice;
}
