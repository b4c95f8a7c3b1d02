// The article view: the text with its entities, dates, amounts and quotes marked, the claims with their source
// chains beside it, and the events below. The text is cut into text nodes at the records' offsets; never parsed.
import { h, route } from '../dom.js';
import { sourceChain } from './chain.js';
import { eventsTable } from './events-table.js';

/** Marks that do not overlap, longer first where two compete, in text order. */
function disjoint(marks) {
  const chosen = [];
  const ordered = [...marks].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  for (const mark of ordered)
    if (mark.end > mark.start && !chosen.some(c => mark.start < c.end && c.start < mark.end)) chosen.push(mark);
  return chosen.sort((a, b) => a.start - b.start);
}

function entityKey(entity) {
  return entity.kb_id || entity.canonical;
}

function inlineMarks(record) {
  const marks = [];
  for (const entity of record.entities ?? [])
    for (const m of entity.mentions ?? [])
      marks.push({
        start: m.start, end: m.end, kind: 'entity', type: entity.type,
        title: `${entity.canonical} · ${entity.type}${entity.kb_id ? ' · ' + entity.kb_id : ''}${entity.country ? ' · ' + entity.country : ''}`,
        href: '/entity/' + encodeURIComponent(entityKey(entity)),
      });
  for (const t of record.times ?? [])
    marks.push({ start: t.start, end: t.end, kind: 'time', title: `${t.type}: ${t.value ?? '?'}${t.mod ? ' (' + t.mod + ')' : ''}` });
  for (const a of record.amounts ?? [])
    marks.push({ start: a.start, end: a.end, kind: 'amount', title: `${a.value}${a.unit ? ' ' + a.unit : ''}${a.counted ? ' · ' + a.counted : ''}` });
  return disjoint(marks);
}

function markElement(mark, text) {
  const attrs = { class: `mark ${mark.kind}${mark.type ? ' ' + mark.type.toLowerCase() : ''}`, title: mark.title };
  return mark.href ? h('a', { ...attrs, href: '#' + mark.href }, text) : h('span', attrs, text);
}

/** The nodes for text[start, end), with the inline marks that lie wholly inside it. */
function run(text, start, end, marks) {
  const nodes = [];
  let at = start;
  for (const mark of marks) {
    if (mark.start < at || mark.end > end) continue;
    if (mark.start > at) nodes.push(document.createTextNode(text.slice(at, mark.start)));
    nodes.push(markElement(mark, text.slice(mark.start, mark.end)));
    at = mark.end;
  }
  if (at < end) nodes.push(document.createTextNode(text.slice(at, end)));
  return nodes;
}

/** The quote's speaker by name: its speaker field is an entity id of the record. */
function speakerName(record, q) {
  const entity = (record.entities ?? []).find(e => e.id === q.speaker);
  return entity?.canonical || q.speaker_text || q.speaker || null;
}

function quoteTitle(q, speaker) {
  return [speaker ? `speaker: ${speaker}` : 'speaker unknown', q.cue ? `cue: ${q.cue}` : null,
    q.source_chain?.length ? `chain: ${q.source_chain.join(' → ')}` : null].filter(Boolean).join(' · ');
}

/** The article's text as nodes: quotes around, inline marks within. */
export function markedText(record) {
  const text = record.text ?? '';
  const marks = inlineMarks(record);
  const quotes = disjoint(record.quotes ?? []);
  const body = h('div', { class: 'article-text' });
  let at = 0;
  for (const q of quotes) {
    body.append(...run(text, at, q.start, marks));
    const speaker = speakerName(record, q);
    body.append(h('span', { class: 'mark quote', title: quoteTitle(q, speaker) },
      h('span', { class: 'speaker' }, speaker || 'unknown speaker'),
      ...run(text, q.start, q.end, marks)));
    at = q.end;
  }
  body.append(...run(text, at, text.length, marks));
  return body;
}

function claimsPanel(record) {
  const claims = record.claims ?? [];
  return h('aside', { class: 'claims' },
    h('h3', {}, `Claims (${claims.length})`),
    claims.length === 0 ? h('p', { class: 'muted' }, 'No claims.') : null,
    claims.map(c => h('div', { class: 'claim' },
      h('blockquote', { title: `${c.by} · ${Math.round(c.confidence * 100)}%` }, c.text),
      sourceChain(c))));
}

/** The first words of an untitled text, as its heading. */
function headlineOf(text) {
  const line = String(text ?? '').trim().split('\n')[0];
  return line.length > 90 ? line.slice(0, line.lastIndexOf(' ', 90)) + ' …' : line || '(untitled)';
}

function header(record) {
  const facts = [record.publisher, record.agency && `via ${record.agency}`, record.published, record.language].filter(Boolean);
  return h('header', { class: 'doc-head' },
    h('h2', {}, record.title || headlineOf(record.text)),
    h('p', { class: 'muted' }, facts.join(' · ')),
    record.url ? h('p', {}, h('a', { href: record.url, rel: 'noopener noreferrer', target: '_blank' }, record.url)) : null,
    h('p', { class: 'legend' },
      h('span', { class: 'mark entity per' }, 'person'), ' ', h('span', { class: 'mark entity org' }, 'organisation'), ' ',
      h('span', { class: 'mark entity loc' }, 'place'), ' ', h('span', { class: 'mark time' }, 'date'), ' ',
      h('span', { class: 'mark amount' }, 'amount'), ' ', h('span', { class: 'mark quote' }, 'quote')));
}

/** The whole article view for a document record. */
export function articleView(record) {
  return h('article', { class: 'doc', 'data-id': record.id },
    header(record),
    h('div', { class: 'doc-body' }, markedText(record), claimsPanel(record)),
    h('section', { class: 'events' }, h('h3', {}, `Events (${(record.events ?? []).length})`), eventsTable(record.events ?? [])),
    h('section', { class: 'entities' }, h('h3', {}, 'Entities'),
      h('ul', { class: 'entity-list' }, (record.entities ?? []).map(e =>
        h('li', {}, route('/entity/' + encodeURIComponent(entityKey(e)), e.canonical), ` ${e.type} · ${e.mentions.length}`)))));
}
