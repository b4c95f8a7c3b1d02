// A timeline of events: one mark per event at its date (or its document's date), a row per PLOVER type.
import { s, colourOf } from '../dom.js';

/** The first day a TIMEX value (2025-03-12, 2025-03, 2025, 2025-W11 is not read) or the publication date stands for. */
function dayOf(event) {
  for (const value of [event.date, event.published]) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value ?? '');
    if (m) return Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1);
  }
  return null;
}

export function eventTimeline(events, { width = 760 } = {}) {
  const dated = events.map(e => ({ e, t: dayOf(e) })).filter(d => d.t !== null);
  const types = [...new Set(dated.map(d => d.e.type))].sort();
  const row = 22, left = 110, right = 20, top = 10;
  const height = top + Math.max(1, types.length) * row + 30;
  const svg = s('svg', { class: 'timeline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'events timeline' });
  if (dated.length === 0) {
    svg.append(s('text', { x: 10, y: 20 }, 'No dated events.'));
    return svg;
  }
  const min = Math.min(...dated.map(d => d.t));
  const max = Math.max(...dated.map(d => d.t));
  const x = t => left + (max === min ? (width - left - right) / 2 : (t - min) / (max - min) * (width - left - right));
  types.forEach((type, i) => svg.append(s('text', { x: left - 8, y: top + i * row + 15, 'text-anchor': 'end', class: 'tick' }, type)));
  for (const { e, t } of dated)
    svg.append(s('circle', { class: 'event-mark', cx: x(t), cy: top + types.indexOf(e.type) * row + 11, r: 5, fill: colourOf(e.type) },
      s('title', {}, `${e.date ?? e.published} · ${e.type}: ${e.actor_name}${e.target_name ? ' → ' + e.target_name : ''}`)));
  const axis = top + types.length * row + 8;
  const iso = t => new Date(t).toISOString().slice(0, 10);
  svg.append(s('line', { class: 'axis', x1: left, y1: axis, x2: width - right, y2: axis }));
  svg.append(s('text', { x: left, y: axis + 16, class: 'tick' }, iso(min)));
  svg.append(s('text', { x: width - right, y: axis + 16, class: 'tick', 'text-anchor': 'end' }, iso(max)));
  return svg;
}
