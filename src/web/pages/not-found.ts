import { html } from '../html.js';
import type { Page, WebRequest } from '../page.js';

export function notFoundPage({ t }: Pick<WebRequest, 't'>): Page {
  return {
    status: 404,
    title: t.notFoundTitle,
    body: html`<h1>${t.notFoundTitle}</h1><p>${t.notFoundText}</p><p><a href="/">${t.home}</a></p>`,
  };
}
