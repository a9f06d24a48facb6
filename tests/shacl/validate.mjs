#!/usr/bin/env node
// Validates an RDF graph against SHACL shapes (ontology/shapes.ttl).
//
//   node validate.mjs SHAPES.ttl DATA
//
// DATA is Turtle (.ttl), N-Triples (.nt), N-Quads (.nq) or TriG (.trig), or
// "-" for TriG/Turtle/N-Triples on standard input. Named graphs are merged
// into one graph before validation. The shapes assume no RDFS inference.
//
// Prints a one-line summary on standard output, then one line per validation
// result, sorted. Exit status: 0 the data conforms, 1 it does not, 2 usage,
// read or parse error (with a one-line message on standard error).
//
// Install the dependencies once with `npm ci --prefix tests/shacl`.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import datasetFactory from '@rdfjs/dataset';
import { DataFactory, Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const EXIT_CONFORMS = 0;
const EXIT_VIOLATIONS = 1;
const EXIT_ERROR = 2;

const FORMATS = {
  '.ttl': 'text/turtle',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.trig': 'application/trig',
};

// Prefixes used to shorten IRIs in the report.
const PREFIXES = [
  ['dip:', 'https://w3id.org/diplograph/ontology#'],
  ['dipr:', 'https://w3id.org/diplograph/id/'],
  ['dipsh:', 'https://w3id.org/diplograph/shapes#'],
  ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['skos:', 'http://www.w3.org/2004/02/skos/core#'],
  ['prov:', 'http://www.w3.org/ns/prov#'],
  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
  ['owl:', 'http://www.w3.org/2002/07/owl#'],
  ['schema:', 'https://schema.org/'],
  ['sh:', 'http://www.w3.org/ns/shacl#'],
  ['wd:', 'http://www.wikidata.org/entity/'],
];

// An error that ends the program with EXIT_ERROR and a one-line message.
class UsageError extends Error {}

function shorten(iri) {
  for (const [prefix, ns] of PREFIXES) {
    if (iri.startsWith(ns) && /^[A-Za-z0-9_.\-\/]*$/.test(iri.slice(ns.length))) {
      return prefix + iri.slice(ns.length);
    }
  }
  return `<${iri}>`;
}

function formatTerm(term) {
  if (!term) return '-';
  switch (term.termType) {
    case 'NamedNode':
      return shorten(term.value);
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const lexical = JSON.stringify(term.value);
      if (term.language) return `${lexical}@${term.language}`;
      const datatype = term.datatype ? term.datatype.value : '';
      if (datatype === 'http://www.w3.org/2001/XMLSchema#string') return lexical;
      return `${lexical}^^${shorten(datatype)}`;
    }
    default:
      return term.value;
  }
}

async function readInput(file) {
  if (file === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read: ${error.code || error.message}`);
  }
}

// Parses `file` and returns its quads, all moved into the default graph.
async function loadQuads(file) {
  let format = 'application/trig';
  let baseIRI = 'urn:stdin:';
  if (file !== '-') {
    format = FORMATS[path.extname(file).toLowerCase()];
    if (!format) {
      throw new UsageError(`${file}: unknown extension (expected .ttl, .nt, .nq or .trig)`);
    }
    baseIRI = pathToFileURL(path.resolve(file)).href;
  }
  const text = await readInput(file);
  let quads;
  try {
    quads = new Parser({ format, baseIRI }).parse(text);
  } catch (error) {
    throw new UsageError(`${file}: parse error: ${error.message}`);
  }
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

function severityName(term) {
  const iri = term ? term.value : '';
  return iri.slice(iri.lastIndexOf('#') + 1).toLowerCase() || 'violation';
}

function formatResult(result) {
  const message = result.message.map((m) => m.value).join('; ') || 'constraint not satisfied';
  const component = result.sourceConstraintComponent
    ? shorten(result.sourceConstraintComponent.value)
    : '-';
  let line = `${severityName(result.severity)}: ${formatTerm(result.focusNode)}`;
  if (result.path) line += ` ${formatTerm(result.path)}`;
  line += `: ${message}`;
  if (result.value) line += ` [value ${formatTerm(result.value)}]`;
  return `${line} (${component})`;
}

async function main(argv) {
  if (argv.length !== 2) {
    throw new UsageError('usage: node validate.mjs SHAPES.ttl DATA.(ttl|nt|nq|trig|-)');
  }
  const [shapesFile, dataFile] = argv;
  const shapes = datasetFactory.dataset(await loadQuads(shapesFile));
  const data = datasetFactory.dataset(await loadQuads(dataFile));

  let report;
  try {
    const validator = new SHACLValidator(shapes);
    report = await validator.validate(data);
  } catch (error) {
    throw new UsageError(`${shapesFile}: cannot validate: ${error.message}`);
  }

  const lines = [...new Set(report.results.map(formatResult))].sort();
  if (report.conforms) {
    console.log(`${dataFile}: conforms to ${shapesFile} (${data.size} triples)`);
    return EXIT_CONFORMS;
  }
  const count = report.results.length;
  console.log(
    `${dataFile}: does not conform to ${shapesFile}: ` +
      `${count} result${count === 1 ? '' : 's'} (${data.size} triples)`,
  );
  for (const line of lines) console.log(`  ${line}`);
  return EXIT_VIOLATIONS;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof UsageError ? error.message : `internal error: ${error.stack}`;
    process.stderr.write(`validate.mjs: ${message}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
