// The OpenGcm playground: GraphiQL (served by this server) with ready-made questions and CSV download.
(async function () {
  const examples = await (await fetch('/playground/examples.json')).json();
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  const state = { query: examples[0].query, variables: '' };

  function render() {
    root.render(React.createElement(GraphiQL, {
      fetcher,
      query: state.query,
      defaultEditorToolsVisibility: false,
      isHeadersEditorEnabled: false,
      shouldPersistHeaders: false,
      onEditQuery: (query) => { state.query = query; },
      onEditVariables: (variables) => { state.variables = variables; },
    }));
  }

  const list = document.getElementById('example-list');
  examples.forEach((example, index) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = example.title;
    button.addEventListener('click', () => {
      document.querySelectorAll('#example-list li').forEach((li) => li.classList.remove('active'));
      item.classList.add('active');
      state.query = example.query;
      render();
    });
    item.appendChild(button);
    if (index === 0) { item.classList.add('active'); }
    list.appendChild(item);
  });

  document.getElementById('csv').addEventListener('click', () => {
    const params = new URLSearchParams({ format: 'csv', query: state.query });
    if (state.variables.trim()) { params.set('variables', state.variables); }
    window.location.href = '/graphql?' + params.toString();
  });

  render();
})();
