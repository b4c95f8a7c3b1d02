// #/paste : analyse a pasted text with POST /api/analyze (nothing stored) and show it in the article view.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { articleView } from '../components/article.js';

export function pasteView(view) {
  const text = h('textarea', { name: 'text', rows: 12, placeholder: 'Paste an article here', 'aria-label': 'article text' });
  const language = h('select', { name: 'language' }, ['', 'en', 'it', 'de', 'fr'].map(l => h('option', { value: l }, l || 'detect language')));
  const published = h('input', { type: 'date', name: 'published', 'aria-label': 'published' });
  const out = h('section', { class: 'paste-result' });
  const button = h('button', { type: 'submit' }, 'Analyse');
  const form = h('form', { class: 'paste' }, text, h('div', { class: 'row' }, language, published, button));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    button.disabled = true;
    replace(out, h('p', { class: 'loading' }, 'Analysing…'));
    try {
      // Without a chosen language or date the text goes as an article file, so its own 'date' line anchors its dates.
      const record = language.value || published.value
        ? await api.analyze({ text: text.value, language: language.value || null, published: published.value || null })
        : await api.analyzeArticle(text.value);
      replace(out, articleView(record));
    } catch (err) {
      replace(out, h('p', { class: 'error', role: 'alert' }, err.message));
    } finally {
      button.disabled = false;
    }
  });
  replace(view, h('h2', {}, 'Analyse a text'), h('p', { class: 'muted' }, 'The text is analysed and shown, not stored.'), form, out);
}
