// #/events : the stored events, filtered by actor, type and date, as a timeline, an actor network and a table.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { eventTimeline } from '../components/timeline.js';
import { actorNetwork } from '../components/network.js';
import { eventsTable, typeDot } from '../components/events-table.js';

export async function eventsView(view, params) {
  const value = name => params.get(name) ?? '';
  const inputs = [
    h('input', { name: 'actor', value: value('actor'), placeholder: 'actor (name or code)' }),
    h('input', { name: 'type', value: value('type'), placeholder: 'type (PLOVER or CAMEO prefix)' }),
    h('input', { type: 'date', name: 'from', value: value('from'), 'aria-label': 'from' }),
    h('input', { type: 'date', name: 'to', value: value('to'), 'aria-label': 'to' }),
  ];
  const form = h('form', { class: 'filters' }, inputs, h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const input of inputs) if (input.value) next.set(input.name, input.value);
    location.hash = '#/events?' + next.toString();
  });
  replace(view, h('h2', {}, 'Events'), form, h('p', { class: 'loading' }, 'Loading events…'));
  const events = await api.events({ actor: value('actor'), type: value('type'), from: value('from'), to: value('to') });
  const types = [...new Set(events.map(e => e.type))].sort();
  replace(view,
    h('h2', {}, 'Events'), form,
    h('p', { class: 'muted count' }, `${events.length} event${events.length === 1 ? '' : 's'}`),
    h('p', { class: 'legend' }, types.map(t => h('span', { class: 'type-chip' }, typeDot(t), t, ' '))),
    h('section', {}, h('h3', {}, 'Timeline'), eventTimeline(events)),
    h('section', {}, h('h3', {}, 'Actor network'), actorNetwork(events)),
    h('section', {}, h('h3', {}, 'All events'), eventsTable(events)));
}
