// A small SVG bar chart of counts per day.
import { s } from '../dom.js';

export function barChart(days, { width = 560, height = 140, value = d => d.mentions, label = d => d.day } = {}) {
  const max = Math.max(1, ...days.map(value));
  const pad = 20;
  const step = days.length ? (width - 2 * pad) / days.length : 0;
  const svg = s('svg', { class: 'bars', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'mentions over time' });
  svg.append(s('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: 'axis' }));
  days.forEach((d, i) => {
    const barHeight = (height - 2 * pad) * value(d) / max;
    svg.append(s('rect', { class: 'bar', x: pad + i * step + 1, y: height - pad - barHeight, width: Math.max(1, step - 2), height: barHeight },
      s('title', {}, `${label(d)}: ${value(d)}`)));
  });
  if (days.length) {
    svg.append(s('text', { x: pad, y: height - 4, class: 'tick' }, label(days[0])));
    svg.append(s('text', { x: width - pad, y: height - 4, class: 'tick', 'text-anchor': 'end' }, label(days[days.length - 1])));
  }
  svg.append(s('text', { x: pad, y: 12, class: 'tick' }, `max ${max}`));
  return svg;
}
