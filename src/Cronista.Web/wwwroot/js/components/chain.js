// A claim's source chain drawn as boxes joined by arrows: who said it, and whom they had it from.
import { h } from '../dom.js';

/** The chain of a claim (its sources with roles, or the bare names when roles are missing). */
export function sourceChain(claim) {
  const links = claim.sources?.length
    ? claim.sources.map(s => ({ name: s.name, role: s.role, entity: s.entity }))
    : (claim.source_chain ?? []).map(name => ({ name, role: '' }));
  if (links.length === 0) return h('p', { class: 'chain muted' }, 'No source given.');
  const chain = h('div', { class: 'chain', role: 'list', 'aria-label': 'source chain' });
  links.forEach((link, i) => {
    if (i > 0) chain.append(h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'));
    chain.append(h('div', { class: 'link', role: 'listitem', title: link.entity ? `entity ${link.entity}` : '' },
      h('span', { class: 'name' }, link.name), link.role ? h('span', { class: 'role' }, link.role) : null));
  });
  return chain;
}
