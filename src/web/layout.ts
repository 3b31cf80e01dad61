import { html, type SafeHtml } from './html.js';
import type { Lang, Messages } from './i18n.js';
import { styles } from './style.js';

export interface PageShell {
  lang: Lang;
  t: Messages;
  title: string;
  /** Path and query of this page, for the language switch. */
  here: URL;
  body: SafeHtml;
}

/** Same page in the other language: keeps the current filters, swaps `lang`. */
function switchHref(here: URL, to: string): string {
  const params = new URLSearchParams(here.search);
  params.set('lang', to);
  return `${here.pathname}?${params.toString()}`;
}

export function layout({ lang, t, title, here, body }: PageShell): SafeHtml {
  return html`<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t.siteName}</title>
<style>${styles}</style>
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="site">
<a class="brand" href="/">${t.siteName}</a><span>${t.siteTagline}</span>
<a class="lang" href="${switchHref(here, t.switchLangCode)}" hreflang="${t.switchLangCode}" lang="${t.switchLangCode === 'zh' ? 'zh-CN' : 'en'}">${t.switchLang}</a>
</header>
<main id="main">
${body}
</main>
</body>
</html>`;
}
