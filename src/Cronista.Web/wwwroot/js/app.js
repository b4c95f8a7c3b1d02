// The page's router: #/ search, #/doc/ID, #/entity/ID, #/events, #/paste.
import { h, replace } from './dom.js';
import { searchView } from './views/search.js';
import { documentView } from './views/document.js';
import { entityView } from './views/entity.js';
import { eventsView } from './views/events.js';
import { pasteView } from './views/paste.js';

const routes = [
  [/^\/doc\/(.+)$/, (view, m) => documentView(view, decodeURIComponent(m[1]))],
  [/^\/entity\/(.+)$/, (view, m) => entityView(view, decodeURIComponent(m[1]))],
  [/^\/events$/, (view, _m, params) => eventsView(view, params)],
  [/^\/paste$/, view => pasteView(view)],
  [/^\/?$/, (view, _m, params) => searchView(view, params)],
];

async function show() {
  const view = document.getElementById('view');
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = hash.split('?');
  const params = new URLSearchParams(search);
  const match = routes.map(([pattern, render]) => [pattern.exec(path), render]).find(([m]) => m);
  replace(view, h('p', { class: 'loading' }, 'Loading…'));
  try {
    if (!match) throw new Error(`There is no page '${path}'.`);
    await match[1](view, match[0], params);
  } catch (e) {
    replace(view, h('p', { class: 'error', role: 'alert' }, e.message));
  }
  document.body.dataset.ready = path;
}

window.addEventListener('hashchange', show);
show();
