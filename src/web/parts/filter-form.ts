import type { DatasetDefinition, FieldDefinition } from '../../../schema/core/dataset.js';
import type { FilterChoices } from '../facets.js';
import { type RecordFilters, STATUS_FILTERS } from '../filters.js';
import { formatValue } from '../format.js';
import { html } from '../html.js';
import type { WebRequest } from '../page.js';
import { statusLabel } from '../status.js';

function option(value: string, label: string, selected: boolean) {
  return html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
}

function fieldSelect(field: FieldDefinition, values: string[], current: string | undefined, req: WebRequest) {
  const id = `f-${field.key}`;
  return html`<label for="${id}">${field.label[req.lang]}
<select id="${id}" name="${field.key}">${option('', req.t.any, !current)}${values.map((v) =>
    option(v, formatValue(field, v, req.lang, req.t), v === current),
  )}</select></label>`;
}

/** A plain GET form: works without JavaScript, and its URL is shareable and bookmarkable. */
export function filterForm(
  def: DatasetDefinition,
  f: RecordFilters,
  choices: FilterChoices,
  req: WebRequest,
) {
  const { t } = req;
  const facetFields = def.fields.filter((field) => choices.fields.has(field.key));
  return html`<form class="filters" method="get" action="/datasets/${def.key}" role="search">
<label for="q">${t.search}
<input type="search" id="q" name="q" value="${f.q}" placeholder="${t.searchPlaceholder}" maxlength="100"></label>
<label for="enterprise">${t.enterprise}
<select id="enterprise" name="enterprise">${option('', t.allEnterprises, !f.enterprise)}${choices.enterprises.map(
    (e) => option(e, e, e === f.enterprise),
  )}</select></label>
<label for="status">${t.status}
<select id="status" name="status">${STATUS_FILTERS.map((s) => option(s, statusLabel(s, t), s === f.status))}</select></label>
${facetFields.map((field) => fieldSelect(field, choices.fields.get(field.key) ?? [], f.fields[field.key], req))}
<button type="submit">${t.apply}</button>
<a href="/datasets/${def.key}">${t.reset}</a>
</form>`;
}
