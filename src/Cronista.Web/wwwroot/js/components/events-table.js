// A table of coded events (document records' events or stored events: both shapes are read).
import { h, s, colourOf, route } from '../dom.js';

function participant(p) {
  if (!p) return '';
  if (typeof p === 'string') return p;
  return p.code ? `${p.name} (${p.code})` : p.name;
}

/** A dot in the type's colour (an SVG fill: the page allows no inline styles). */
export function typeDot(type) {
  return s('svg', { class: 'dot', width: 10, height: 10, viewBox: '0 0 10 10', 'aria-hidden': 'true' },
    s('circle', { cx: 5, cy: 5, r: 5, fill: colourOf(type) }));
}

export function eventsTable(events) {
  if (events.length === 0) return h('p', { class: 'muted' }, 'No events.');
  return h('table', { class: 'events-table' },
    h('thead', {}, h('tr', {}, ['Type', 'Mode', 'Actor', 'Target', 'Date', 'Where', 'Words'].map(t => h('th', {}, t)))),
    h('tbody', {}, events.map(e => h('tr', {},
      h('td', {}, h('span', { class: 'type-chip', 'data-type': e.type }, typeDot(e.type), e.type),
        e.cameo ? h('small', { class: 'muted' }, ` ${e.cameo}`) : null),
      h('td', {}, e.mode),
      h('td', {}, e.actor ? participant(e.actor) : participant(e.actor_code ? `${e.actor_name} (${e.actor_code})` : e.actor_name)),
      h('td', {}, e.target !== undefined ? participant(e.target) : participant(e.target_code ? `${e.target_name} (${e.target_code})` : e.target_name)),
      h('td', {}, e.date ?? ''),
      h('td', {}, typeof e.location === 'string' ? e.location : participant(e.location)),
      h('td', {}, e.triggers ? e.triggers.join(', ')
        : e.document_id ? route('/doc/' + encodeURIComponent(e.document_id), e.document_title || e.document_id) : '')))));
}
