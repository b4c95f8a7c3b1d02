// #/doc/ID : one stored document in the article view.
import { replace } from '../dom.js';
import { api } from '../api.js';
import { articleView } from '../components/article.js';

export async function documentView(view, id) {
  const record = await api.document(id);
  replace(view, articleView(record));
}
