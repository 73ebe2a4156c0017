// An embed: just the chart, map or table of a ready-made question (/embed/{slug}) or of a link's
// fragment (/embed#v1=...), with its source line, for an <iframe> in an article.
import { renderView } from './views/render.js';
import { decodeState, playgroundLink } from './share.js';

const main = document.getElementById('embed');
const slug = (window.location.pathname.match(/^\/embed\/([a-z0-9-]+)$/) || [])[1];

async function load() {
  const examples = await (await fetch('/playground/examples.json')).json();
  const question = slug ? examples.find((e) => e.slug === slug) : null;
  const linked = decodeState(window.location.hash);
  if (!question && !linked) {
    main.innerHTML = '<p class="view-message">This embed names no question: use /embed/{slug} or a link from the playground.</p>';
    return;
  }
  const state = question ? { query: question.query, variables: '', view: question.view || 'table' } : linked;
  const known = question ?? examples.find((e) => e.query === state.query) ?? {};
  // A ready-made question is read from its cacheable address; a link's question as a GET of /graphql.
  const params = new URLSearchParams({ query: state.query });
  if (state.variables && state.variables.trim()) { params.set('variables', state.variables); }
  const url = question ? `/q/${question.slug}.json` : `/graphql?${params}`;
  const answer = await (await fetch(url, { headers: { Accept: 'application/json' } })).json();
  if (!answer.data) {
    main.innerHTML = '';
    main.append(Object.assign(document.createElement('p'), { className: 'view-message', textContent: (answer.errors || []).map((e) => e.message).join(' ') }));
    return;
  }
  await renderView(main, state.view, answer.data, known);
  const open = document.getElementById('open');
  open.href = question ? `/q/${question.slug}` : playgroundLink(state);
}

load().catch((error) => { main.textContent = `The embed could not be drawn: ${error.message}`; });
