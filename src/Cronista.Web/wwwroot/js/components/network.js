// The actor network: actors as nodes on a circle, events as edges coloured by PLOVER type.
import { s, colourOf } from '../dom.js';

const actorKey = (name, code) => code || name;

export function actorNetwork(events, { size = 520 } = {}) {
  const nodes = new Map();
  const touch = (name, code) => {
    const key = actorKey(name, code);
    const node = nodes.get(key) ?? { key, label: code ? `${name} (${code})` : name, events: 0 };
    node.events++;
    nodes.set(key, node);
    return node;
  };
  const edges = [];
  for (const e of events) {
    const from = touch(e.actor_name, e.actor_code);
    if (e.target_name) edges.push({ from, to: touch(e.target_name, e.target_code), event: e });
  }
  const list = [...nodes.values()].sort((a, b) => b.events - a.events || a.key.localeCompare(b.key));
  const centre = size / 2;
  const radius = size / 2 - 90;
  list.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, list.length) - Math.PI / 2;
    node.x = centre + radius * Math.cos(angle);
    node.y = centre + radius * Math.sin(angle);
  });
  const svg = s('svg', { class: 'network', viewBox: `0 0 ${size} ${size}`, width: size, height: size, role: 'img', 'aria-label': 'actor network' });
  for (const { from, to, event } of edges)
    svg.append(s('line', { class: 'edge', x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: colourOf(event.type), 'data-type': event.type },
      s('title', {}, `${event.type}: ${event.actor_name} → ${event.target_name}${event.date ? ' · ' + event.date : ''}`)));
  for (const node of list)
    svg.append(s('g', { class: 'node', 'data-actor': node.key },
      s('circle', { cx: node.x, cy: node.y, r: 4 + Math.min(10, node.events * 1.5) }, s('title', {}, `${node.label}: ${node.events} events`)),
      s('text', { x: node.x, y: node.y - 12 - Math.min(10, node.events * 1.5), 'text-anchor': 'middle' }, node.label)));
  return svg;
}
