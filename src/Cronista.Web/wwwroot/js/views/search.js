// #/ : search with facets (language, publisher, date range, entity) and the hits.
import { h, replace, route } from '../dom.js';
import { api } from '../api.js';

const LANGUAGES = ['', 'en', 'it', 'de', 'fr'];

/** The snippet with the store's [marked] words as <mark> elements, built from text nodes. */
function snippet(text) {
  const p = h('p', { class: 'snippet' });
  const parts = String(text ?? '').split(/(\[[^\]]*\])/);
  for (const part of parts)
    p.append(part.startsWith('[') && part.endsWith(']') ? h('mark', {}, part.slice(1, -1)) : document.createTextNode(part));
  return p;
}

function field(label, input) {
  return h('label', {}, h('span', {}, label), input);
}

export async function searchView(view, params) {
  const value = name => params.get(name) ?? '';
  const q = h('input', { type: 'search', name: 'q', value: value('q'), placeholder: 'words (FTS5 syntax)', 'aria-label': 'search words' });
  const lang = h('select', { name: 'lang' }, LANGUAGES.map(l => h('option', { value: l, selected: l === value('lang') ? '' : null }, l || 'any language')));
  const publisher = h('input', { name: 'publisher', value: value('publisher'), placeholder: 'publisher' });
  const from = h('input', { type: 'date', name: 'from', value: value('from') });
  const to = h('input', { type: 'date', name: 'to', value: value('to') });
  const entity = h('input', { name: 'entity', value: value('entity'), placeholder: 'entity (name or kb id)', list: 'entity-names' });
  const names = h('datalist', { id: 'entity-names' });
  const form = h('form', { class: 'search', role: 'search' },
    q, field('Language', lang), field('Publisher', publisher), field('From', from), field('To', to), field('Entity', entity), names,
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const input of [q, lang, publisher, from, to, entity]) if (input.value) next.set(input.name, input.value);
    location.hash = '#/?' + next.toString();
  });
  const results = h('section', { class: 'results' }, h('p', { class: 'loading' }, 'Searching…'));
  replace(view, h('h2', {}, 'Search'), form, results);

  api.entities({ limit: 100 }).then(list => names.append(...list.map(e => h('option', { value: e.id }, `${e.canonical} (${e.documents})`))))
    .catch(() => { /* the facet still takes free text */ });

  const [hits, profile] = await Promise.all([
    api.search({ q: value('q'), lang: value('lang'), publisher: value('publisher'), from: value('from'), to: value('to'), limit: 100 }),
    value('entity') ? api.entity(value('entity')).catch(() => ({ documents: [] })) : null,
  ]);
  const allowed = profile ? new Set(profile.documents.map(d => d.document_id)) : null;
  const shown = allowed ? hits.filter(hit => allowed.has(hit.id)) : hits;
  replace(results,
    h('p', { class: 'muted count' }, `${shown.length} document${shown.length === 1 ? '' : 's'}`),
    h('ol', { class: 'hits' }, shown.map(hit => h('li', { class: 'hit' },
      route('/doc/' + encodeURIComponent(hit.id), hit.title || hit.id),
      h('span', { class: 'muted' }, ' ' + [hit.publisher, hit.published].filter(Boolean).join(' · ')),
      snippet(hit.snippet)))));
}
