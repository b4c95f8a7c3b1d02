// The HTTP API of `cronista serve` (README "HTTP API"); errors are ProblemDetails, turned into Error messages.

async function read(response) {
  if (response.ok) return response.json();
  let detail = `${response.status} ${response.statusText}`;
  try {
    const problem = await response.json();
    detail = problem.detail || problem.title || detail;
  } catch { /* not JSON: keep the status line */ }
  throw new Error(detail);
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const text = q.toString();
  return text ? '?' + text : '';
}

export const api = {
  search: params => fetch('/api/search' + query(params)).then(read),
  document: id => fetch('/api/documents/' + encodeURIComponent(id)).then(read),
  entities: params => fetch('/api/entities' + query(params)).then(read),
  entity: id => fetch('/api/entities/' + encodeURIComponent(id)).then(read),
  events: params => fetch('/api/events' + query(params)).then(read),
  analyze: body => fetch('/api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).then(read),
  // A pasted article file as it stands: the server reads its 'date' and 'url' lines and headline like 'cronista analyze'.
  analyzeArticle: text => fetch('/api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: text,
  }).then(read),
};
