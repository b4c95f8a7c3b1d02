// #/entity/ID : an entity's mentions over time, the entities it appears with, and its quotes.
import { h, replace, route } from '../dom.js';
import { api } from '../api.js';
import { barChart } from '../components/bars.js';

export async function entityView(view, id) {
  const profile = await api.entity(id);
  const e = profile.entity;
  replace(view,
    h('h2', {}, e.canonical),
    h('p', { class: 'muted' }, [e.type, e.kb_id, `${e.documents} documents`, `${e.mentions} mentions`].filter(Boolean).join(' · ')),
    h('section', {}, h('h3', {}, 'Mentions over time'), barChart(profile.timeline)),
    h('div', { class: 'columns' },
      h('section', {}, h('h3', {}, 'Appears with'),
        h('ul', { class: 'co-occurring' }, profile.co_occurring.map(c =>
          h('li', {}, route('/entity/' + encodeURIComponent(c.id), c.canonical), ` ${c.type} · ${c.documents}`)))),
      h('section', {}, h('h3', {}, 'Documents'),
        h('ul', {}, profile.documents.map(d =>
          h('li', {}, route('/doc/' + encodeURIComponent(d.document_id), d.title || d.document_id),
            ` ${[d.publisher, d.published].filter(Boolean).join(' · ')} · ${d.mentions.length}×`))))),
    h('section', {}, h('h3', {}, `Quotes (${profile.quotes.length})`),
      h('ul', { class: 'quotes' }, profile.quotes.map(q =>
        h('li', {}, h('blockquote', {}, q.quote.text),
          route('/doc/' + encodeURIComponent(q.document_id), q.title || q.document_id), q.published ? ` · ${q.published}` : '')))));
}
