import { formatTimestamp } from '../format.js';
import { html } from '../html.js';
import type { Messages } from '../i18n.js';
import type { PublicRecord } from '../queries.js';

/**
 * Corrections never silently overwrite (seed 004: 废止、失效 marked prominently): a withdrawn or
 * corrected record says so above everything else, with the reason or the link to its replacement.
 */
export function correctionNotice(row: PublicRecord, t: Messages) {
  if (row.withdrawnAt) {
    return html`<div class="notice withdrawn" role="note" data-mark="withdrawn">
<strong>${t.statusWithdrawn}</strong>${t.withdrawnNotice}
<dl class="meta"><dt>${t.withdrawnAt}</dt><dd>${formatTimestamp(row.withdrawnAt)}</dd>
<dt>${t.withdrawalReason}</dt><dd data-field="withdrawal-reason">${row.withdrawalReason ?? t.empty}</dd></dl>
</div>`;
  }
  if (row.supersededAt) {
    const replacement = row.supersededById
      ? html`<a href="/records/${row.supersededById}" rel="successor-version">${t.correctedLink}</a>`
      : t.correctedNoReplacement;
    return html`<div class="notice corrected" role="note" data-mark="corrected">
<strong>${t.statusCorrected}</strong>${t.correctedNotice} ${replacement}
<dl class="meta"><dt>${t.correctedAt}</dt><dd>${formatTimestamp(row.supersededAt)}</dd></dl>
</div>`;
  }
  return html``;
}

/** On a correction: links back to the records it replaced, so the history can be followed both ways. */
export function correctsNotice(replacedIds: string[], t: Messages) {
  if (replacedIds.length === 0) return html``;
  return html`<p class="muted" data-mark="corrects">${t.correctsNotice} ${replacedIds.map(
    (id) => html`<a href="/records/${id}" rel="predecessor-version">${id.slice(0, 8)}</a> `,
  )}</p>`;
}
