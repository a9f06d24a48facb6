// Reads an RDF file with an independent parser and prints its statements as
// sorted, de-duplicated N-Quads lines (plain N-Triples lines for the default
// graph), so tests can compare what different tools make of our output.
//
//   node to_nquads.mjs FORMAT FILE
//
// FORMAT is jsonld (parsed by jsonld.js, toRDF in safe mode, no remote
// contexts) or turtle | trig | ntriples | nquads (parsed strictly by
// Oxigraph). Exit status 1 with a message on standard error when the file
// does not parse.
import {readFile} from 'node:fs/promises';
import jsonld from 'jsonld';
import oxigraph from 'oxigraph';

const OXIGRAPH_FORMATS = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
};

async function jsonLdToNQuads(text) {
  const doc = JSON.parse(text);
  return jsonld.toRDF(doc, {
    format: 'application/n-quads',
    safe: true,  // fail instead of silently dropping what cannot be expanded
    documentLoader: async (url) => {
      throw new Error(`remote context not allowed: ${url}`);
    },
  });
}

function oxigraphToNQuads(text, format) {
  const store = new oxigraph.Store();
  store.load(text, {format});
  return store.dump({format: 'application/n-quads'});
}

async function main() {
  const [format, file] = process.argv.slice(2);
  if (!file || !(format === 'jsonld' || format in OXIGRAPH_FORMATS)) {
    throw new Error(`usage: node to_nquads.mjs jsonld|${Object.keys(OXIGRAPH_FORMATS).join('|')} FILE`);
  }
  const text = await readFile(file, 'utf8');
  const nquads = format === 'jsonld' ? await jsonLdToNQuads(text)
                                     : oxigraphToNQuads(text, OXIGRAPH_FORMATS[format]);
  const lines = [...new Set(nquads.split('\n').filter((line) => line.trim() !== ''))];
  // Code-unit order is deterministic, which is all the tests need.
  lines.sort();
  process.stdout.write(lines.map((line) => line + '\n').join(''));
}

main().catch((error) => {
  process.stderr.write(`to_nquads: ${error.message ?? error}\n`);
  process.exit(1);
});
