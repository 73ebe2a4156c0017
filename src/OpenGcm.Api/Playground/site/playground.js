// The OpenGcm playground: GraphiQL with the point-and-click Explorer (all served by this server),
// ready-made questions, and the answer as a table, chart or map that a link or an embed reproduces.
import { VIEWS, renderView } from './views/render.js';
import { downloadPng, downloadSvg } from './views/svg.js';
import { decodeState, embedCode, embedLink, encodeState, playgroundLink } from './share.js';

const examples = await (await fetch('/playground/examples.json')).json();
const graphQLFetcher = GraphiQL.createFetcher({ url: '/graphql' });
const explorer = GraphiQLPluginExplorer.explorerPlugin({ showAttribution: false });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
const $ = (id) => document.getElementById(id);

// A link's fragment wins; then /q/{slug}; then the first question.
const slug = (window.location.pathname.match(/^\/q\/([a-z0-9-]+)$/) || [])[1];
const linked = decodeState(window.location.hash);
const opened = examples.find((e) => e.slug === slug) ?? examples[0];
const state = linked ?? { query: opened.query, variables: '', view: opened.view || 'table' };
let answer = null;
let figure = null;
let runs = 0;

const question = () => examples.find((e) => e.query === state.query) ?? {};

/** GraphiQL's answers also feed the views (not the schema's introspection); they may come as a stream. */
async function fetcher(params, options) {
  const run = params.operationName === 'IntrospectionQuery' ? 0 : ++runs;
  const result = await graphQLFetcher(params, options);
  if (!run || !result || typeof result !== 'object') { return result; }
  if (!(Symbol.asyncIterator in result)) { show(result, run); return result; }
  return (async function* relay() {
    for await (const part of result) {
      show(part, run);
      yield part;
    }
  }());
}

function renderEditor() {
  root.render(React.createElement(GraphiQL, {
    fetcher,
    query: state.query,
    variables: state.variables,
    plugins: [explorer],
    visiblePlugin: explorer,
    defaultEditorToolsVisibility: Boolean(state.variables),
    isHeadersEditorEnabled: false,
    shouldPersistHeaders: false,
    onEditQuery: (query) => { state.query = query; remember(); },
    onEditVariables: (variables) => { state.variables = variables; remember(); },
  }));
}

/** Runs the current question for the views only (at load and on picking a question). */
async function runForViews() {
  const run = ++runs;
  let variables;
  try { variables = state.variables.trim() ? JSON.parse(state.variables) : undefined; } catch { variables = undefined; }
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: state.query, variables }),
  });
  show(await response.json(), run);
}

async function show(result, run) {
  if (run !== runs) { return; }
  answer = result;
  await drawView();
}

async function drawView() {
  const panel = $('view-panel');
  figure = null;
  if (!answer) { return; }
  if (!answer.data) {
    const message = (answer.errors || []).map((e) => e.message).join(' ') || 'No answer.';
    panel.replaceChildren(Object.assign(document.createElement('p'), { className: 'view-message', textContent: message }));
  } else {
    figure = await renderView(panel, state.view, answer.data, question());
  }
  $('svg').disabled = $('png').disabled = !figure;
}

/** Scrolls to the answer (the screen below the editor). */
function reveal() { $('answer').scrollIntoView({ block: 'start' }); }

// The Explorer focuses an argument's input when a new question loads, which scrolls back up to
// the editor: just after a question was picked, the answer stays in view.
let revealUntil = 0;
$('graphiql').addEventListener('focusin', () => { if (Date.now() < revealUntil) { setTimeout(reveal, 0); } });
['pointerdown', 'keydown'].forEach((type) => $('graphiql').addEventListener(type, () => { revealUntil = 0; }, true));

function setView(view, focus = false) {
  state.view = VIEWS.includes(view) ? view : 'table';
  document.querySelectorAll('[role=tab]').forEach((tab) => {
    const selected = tab.dataset.view === state.view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focus) { tab.focus(); }
  });
  $('view-panel').setAttribute('aria-labelledby', `tab-${state.view}`);
  remember();
  drawView();
}

let rememberTimer = 0;
/** Keeps the fragment and the share box in step with the editor and the view. */
function remember() {
  clearTimeout(rememberTimer);
  rememberTimer = setTimeout(() => {
    window.history.replaceState(null, '', `${window.location.pathname}#${encodeState(state)}`);
    $('share-url').value = playgroundLink(state);
    $('embed-code').value = embedCode(embedLink(state, question()), question().title || 'OpenGcm', state.view);
  }, 250);
}

examples.forEach((example) => {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = example.title;
  button.addEventListener('click', () => {
    document.querySelectorAll('#example-list li').forEach((li) => li.classList.remove('active'));
    item.classList.add('active');
    state.query = example.query;
    state.variables = '';
    answer = null;
    $('view-panel').replaceChildren(Object.assign(document.createElement('p'), { className: 'view-message', textContent: 'Asking…' }));
    renderEditor();
    setView(example.view || 'table');
    revealUntil = Date.now() + 1500;
    reveal();
    runForViews().then(reveal);
  });
  item.append(button);
  if (example === opened && !linked) { item.classList.add('active'); }
  $('example-list').append(item);
});

document.querySelectorAll('[role=tab]').forEach((tab, index, tabs) => {
  tab.addEventListener('click', () => { setView(tab.dataset.view); reveal(); });
  tab.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step) { setView(tabs[(index + step + tabs.length) % tabs.length].dataset.view, true); event.preventDefault(); }
  });
});

$('copy-link').addEventListener('click', async () => {
  const link = playgroundLink(state);
  $('share-url').value = link;
  $('embed-code').value = embedCode(embedLink(state, question()), question().title || 'OpenGcm', state.view);
  $('share').open = true;
  try {
    await navigator.clipboard.writeText(link);
    $('status').textContent = 'Link copied.';
  } catch {
    $('share-url').select();
    $('status').textContent = 'Copy the selected link (Ctrl+C).';
  }
});

$('csv').addEventListener('click', () => {
  const params = new URLSearchParams({ format: 'csv', query: state.query });
  if (state.variables.trim()) { params.set('variables', state.variables); }
  window.location.href = '/graphql?' + params.toString();
});
$('to-editor').addEventListener('click', () => $('graphiql').scrollIntoView({ block: 'start' }));
$('svg').addEventListener('click', () => figure && downloadSvg(figure, question().title));
$('png').addEventListener('click', () => figure && downloadPng(figure, question().title));

if (!window.localStorage.getItem('opengcm.hints.seen')) { $('hints').hidden = false; }
$('hints-close').addEventListener('click', () => { $('hints').hidden = true; window.localStorage.setItem('opengcm.hints.seen', '1'); });

renderEditor();
setView(state.view);
runForViews();
