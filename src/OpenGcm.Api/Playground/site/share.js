// Links that last: the query, variables and view, compressed (lz-string) in the URL fragment, which
// never reaches the server and so never meets its query-length limits. And the embed code.

const PREFIX = 'v1=';

export function encodeState(state) {
  return PREFIX + window.LZString.compressToEncodedURIComponent(JSON.stringify({ q: state.query, v: state.variables || '', view: state.view }));
}

/** The state in a fragment (`#v1=...`), or null when there is none or it cannot be read. */
export function decodeState(hash) {
  const text = (hash || '').replace(/^#/, '');
  if (!text.startsWith(PREFIX)) { return null; }
  try {
    const state = JSON.parse(window.LZString.decompressFromEncodedURIComponent(text.slice(PREFIX.length)) || 'null');
    return state && typeof state.q === 'string' ? { query: state.q, variables: state.v || '', view: state.view || 'table' } : null;
  } catch {
    return null;
  }
}

export function playgroundLink(state) {
  return `${window.location.origin}/#${encodeState(state)}`;
}

/** The embed address: the ready-made question's short one when nothing was changed, else a fragment. */
export function embedLink(state, question) {
  if (question && question.query === state.query && !state.variables && (question.view || 'table') === state.view) {
    return `${window.location.origin}/embed/${question.slug}`;
  }
  return `${window.location.origin}/embed#${encodeState(state)}`;
}

export function embedCode(src, title, view) {
  const height = view === 'map' ? 700 : 560;
  const escaped = String(title).replace(/"/g, '&quot;');
  return `<iframe src="${src}" title="${escaped}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
