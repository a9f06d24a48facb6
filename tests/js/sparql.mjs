// Loads a diplograph graph into Oxigraph and runs SPARQL queries on it, so
// tests can check what an analyst's queries answer and that the answers do
// not depend on the format the graph was read from.
//
//   node sparql.mjs FORMAT FILE QUERY.rq...
//
// FORMAT is turtle (parsed by Oxigraph) or jsonld (expanded by jsonld.js,
// toRDF in safe mode with no remote contexts, then loaded as N-Quads: the
// path a JSON-LD consumer takes). Prints one JSON object:
//   {"triples": N, "queries": [{"query": "01-meetings.rq",
//                               "vars": ["partyA", ...],
//                               "rows": [{"partyA": "Lee Do-hoon", ...}, ...]}]}
// Each binding is written as its lexical value (IRIs and literals alike);
// unbound variables are left out of the row. Rows keep the query's order.
// Exit status 1 with a message on standard error when the file does not
// load or a query fails.
import {readFile} from 'node:fs/promises';
import {basename} from 'node:path';
import jsonld from 'jsonld';
import oxigraph from 'oxigraph';

async function load(format, text) {
  const store = new oxigraph.Store();
  if (format === 'turtle') {
    store.load(text, {format: 'text/turtle'});
  } else if (format === 'jsonld') {
    const nquads = await jsonld.toRDF(JSON.parse(text), {
      format: 'application/n-quads',
      safe: true,  // fail instead of silently dropping what cannot be expanded
      documentLoader: async (url) => {
        throw new Error(`remote context not allowed: ${url}`);
      },
    });
    store.load(nquads, {format: 'application/n-quads'});
  } else {
    throw new Error(`unknown format '${format}' (turtle or jsonld)`);
  }
  return store;
}

function run(store, name, query) {
  let results;
  try {
    results = store.query(query, {results_format: 'application/sparql-results+json'});
  } catch (error) {
    throw new Error(`${name}: ${error.message ?? error}`);
  }
  const parsed = JSON.parse(results);
  if (!parsed.results) throw new Error(`${name}: not a SELECT query`);
  const rows = parsed.results.bindings.map((binding) => {
    const row = {};
    for (const [variable, term] of Object.entries(binding)) row[variable] = term.value;
    return row;
  });
  return {query: name, vars: parsed.head.vars, rows};
}

async function main() {
  const [format, file, ...queries] = process.argv.slice(2);
  if (!file || queries.length === 0) throw new Error('usage: node sparql.mjs turtle|jsonld FILE QUERY.rq...');
  const store = await load(format, await readFile(file, 'utf8'));
  const results = [];
  for (const path of queries) results.push(run(store, basename(path), await readFile(path, 'utf8')));
  process.stdout.write(JSON.stringify({triples: store.size, queries: results}, null, 1) + '\n');
}

main().catch((error) => {
  process.stderr.write(`sparql: ${error.message ?? error}\n`);
  process.exit(1);
});
