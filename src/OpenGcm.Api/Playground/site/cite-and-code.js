// "Cite" and "Copy as code" for the playground, on their own: they read the query from GraphiQL's editor (or the
// copy GraphiQL keeps in localStorage) and never touch playground.js. OpenGcmCode.snippet is pure, for the tests.
(function () {
  'use strict';

  const sq = (text) => `'${text.replace(/'/g, `'\\''`)}'`;

  function snippet(language, url, query, variables) {
    const body = JSON.stringify(variables ? { query, variables } : { query });
    switch (language) {
      case 'curl':
        return `curl -s ${sq(url)} -H 'Content-Type: application/json' -d ${sq(body)}`;
      case 'python':
        return [
          'import json',
          'import requests',
          '',
          `payload = json.loads(${JSON.stringify(body)})`,
          `answer = requests.post(${JSON.stringify(url)}, json=payload, timeout=30).json()`,
          'print(json.dumps(answer["data"], indent=2))',
        ].join('\n');
      case 'r':
        return [
          'library(httr)',
          'library(jsonlite)',
          '',
          `payload <- ${JSON.stringify(body)}`,
          `response <- POST(${JSON.stringify(url)}, body = payload, content_type_json())`,
          'answer <- fromJSON(content(response, as = "text", encoding = "UTF-8"))',
          'str(answer$data)',
        ].join('\n');
      default:
        return [
          `const response = await fetch(${JSON.stringify(url)}, {`,
          "  method: 'POST',",
          "  headers: { 'Content-Type': 'application/json' },",
          `  body: JSON.stringify(${body}),`,
          '});',
          'const { data, errors } = await response.json();',
          'console.log(JSON.stringify(errors ?? data, null, 2));',
        ].join('\n');
    }
  }

  const api = { snippet };
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    globalThis.OpenGcmCode = api;
    return;
  }
  window.OpenGcmCode = api;

  function currentQuery() {
    const editor = document.querySelector('.graphiql-query-editor .CodeMirror');
    return editor?.CodeMirror?.getValue() ?? localStorage.getItem('graphiql:query') ?? '';
  }

  function currentVariables() {
    try {
      const text = localStorage.getItem('graphiql:variables');
      return text && text.trim() ? JSON.parse(text) : undefined;
    } catch {
      return undefined;
    }
  }

  function show(title, choices, render) {
    const dialog = document.createElement('dialog');
    dialog.className = 'opengcm-dialog';
    dialog.style.cssText = 'max-width:min(56rem,92vw);width:100%;padding:1rem;border-radius:8px';
    const select = document.createElement('select');
    choices.forEach(([value, label]) => select.add(new Option(label, value)));
    const output = document.createElement('textarea');
    output.readOnly = true;
    output.rows = 14;
    output.style.cssText = 'width:100%;font-family:monospace;font-size:12px;margin:.5rem 0';
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = 'Copy';
    copy.onclick = () => navigator.clipboard?.writeText(output.value).then(() => { copy.textContent = 'Copied'; }, () => output.select());
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.onclick = () => dialog.close();
    const heading = document.createElement('h2');
    heading.textContent = title;
    heading.style.fontSize = '1rem';
    const update = async () => { copy.textContent = 'Copy'; output.value = await render(select.value); };
    select.onchange = update;
    dialog.append(heading, select, output, copy, document.createTextNode(' '), close);
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
    return update();
  }

  async function citation(style) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: `{ dataset { citation(style: ${style}) } }` }),
    });
    const answer = await response.json();
    return answer.data?.dataset?.citation ?? JSON.stringify(answer.errors);
  }

  function addButtons() {
    const bar = document.createElement('p');
    bar.id = 'opengcm-cite-and-code';
    const cite = document.createElement('button');
    cite.type = 'button';
    cite.id = 'cite';
    cite.textContent = 'Cite';
    cite.title = 'How to cite the data this server serves (text, BibTeX, CSL-JSON)';
    cite.onclick = () => show('Cite OpenGcm', [['TEXT', 'Text'], ['BIBTEX', 'BibTeX'], ['CSL_JSON', 'CSL-JSON']], citation);
    const code = document.createElement('button');
    code.type = 'button';
    code.id = 'copy-as-code';
    code.textContent = 'Copy as code';
    code.title = 'The current query as curl, Python, R or JavaScript';
    const url = new URL('/graphql', window.location.href).href;
    code.onclick = () => show('The current query as code', [['curl', 'curl'], ['python', 'Python (requests)'], ['r', 'R (httr)'], ['javascript', 'JavaScript (fetch)']],
      (language) => snippet(language, url, currentQuery(), currentVariables()));
    bar.append(cite, document.createTextNode(' '), code);
    const csv = document.getElementById('csv');
    (csv?.closest('p')?.parentElement ?? document.body).insertBefore(bar, csv?.closest('p')?.nextSibling ?? null);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', addButtons);
  } else {
    addButtons();
  }
})();
