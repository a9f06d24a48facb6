#!/usr/bin/env node
// Regenerates ontology/lexicon/territories.ttl: the territories of
// world-countries that are not UN members (Greenland, New Caledonia, Puerto
// Rico, the Cook Islands ...), as dip:Place. Not run by the build; the output
// is committed. Same packages as generate_countries.mjs:
//
//   LEXICON_PACKAGES_DIR=/tmp/diplograph-lexicon node generate_territories.mjs ../territories.ttl
//
// Territories another lexicon file already names (places.ttl's disputed
// areas, countries.ttl's cities and its non-member states) are left out, so
// that no name has two entities. No owl:sameAs: the QID evidence file holds
// sovereign states only, and a link without independent evidence is worse
// than none.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PKG_DIR = path.resolve(process.env.LEXICON_PACKAGES_DIR || HERE);
const require = createRequire(path.join(PKG_DIR, "package.json"));
const wc = require("world-countries");
const countriesData = wc.default || wc;
const version = JSON.parse(fs.readFileSync(path.join(PKG_DIR, "node_modules", "world-countries", "package.json"), "utf8")).version;
const OUT = process.argv[2] || path.join(HERE, "..", "territories.ttl");

const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'");
const slug = (s) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
const lit = (s) => '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
const uniq = (xs) => [...new Set(xs)];

// Non-members generate_countries.mjs writes as states.
const STATES = new Set(["VAT", "PSE", "TWN", "UNK"]);
// Names that would fire on other things, each with its reason.
const DROP = {
  JEY: "the island's name is the end of \"New Jersey\"",
  UMI: "a statistical grouping, not a place news names",
  BES: "its demonym and names are the Netherlands'",
  ATF: "its names are France's (\"French Southern Territories\")",
  IOT: "its demonym is \"Indian\"",
};
const DROP_ALT = {
  REU: ["Reunion"],                 // a common noun at a sentence's start
  IMN: ["Mann", "Mannin", "Ellan Vannin"],
  SHN: ["St. Helena, Ascension and Tristan da Cunha"],
  VGB: ["Virgin Islands"],          // the US territory is called so as well
  MAF: ["Saint Martin (French part)"],
  SXM: ["Sint Maarten (Dutch part)"],
  FLK: ["Falkland Islands (Malvinas)"],
};
const EXTRA_ALT = {
  SGS: ["South Georgia and the South Sandwich Islands"],
  REU: ["Reunion Island"],
  SJM: ["Svalbard"],
  VIR: ["U.S. Virgin Islands", "US Virgin Islands"],
};

// Labels other lexicon files already hold.
const taken = new Set();
for (const file of ["places.ttl", "countries.ttl"]) {
  const text = fs.readFileSync(path.join(HERE, "..", file), "utf8");
  for (const m of text.matchAll(/(?:rdfs:label|skos:altLabel)\s+((?:"[^"]*"\s*,?\s*)+)/g)) {
    for (const l of m[1].matchAll(/"([^"]*)"/g)) taken.add(fold(l[1]).toLowerCase());
  }
}

// An alternative is kept when it is written in English: ASCII as the package
// gives it, and a form of the label or a name with an English word in it
// ("Territory of Christmas Island"), never a native form ("Guåhån", "Kòrsou").
const EN_WORD = /\b(Island|Islands|Isles|Territory|Commonwealth|Department|Collectivity|Bailiwick|Country|Group|Saint|St\.)\b/;
const english = (s, label) => /^[A-Za-z .,'()\-]+$/.test(s) && !/^[A-Z]{2,3}$/.test(s) &&
  (EN_WORD.test(s) || s === fold(label));
// Labels as English news writes them, where name.common differs.
const LABEL = { SHN: "Saint Helena" };
const rows = [];
const skipped = [];
for (const c of countriesData) {
  if (c.unMember || STATES.has(c.cca3)) continue;
  if (DROP[c.cca3]) { skipped.push(`${c.cca3} ${c.name.common}: ${DROP[c.cca3]}`); continue; }
  const label = LABEL[c.cca3] || c.name.common;
  if (taken.has(fold(label).toLowerCase())) { skipped.push(`${c.cca3} ${label}: named in another lexicon file`); continue; }
  const drop = new Set(DROP_ALT[c.cca3] || []);
  let alts = [c.name.common, c.name.official, ...(c.altSpellings || [])]
    .filter((s) => s && english(s, label) && !drop.has(s));
  alts.push(...(EXTRA_ALT[c.cca3] || []));
  if (fold(label) !== label && !drop.has(fold(label))) alts.push(fold(label));
  // Index forms ("Virgin Islands, U.S.") are no names running text uses.
  alts = alts.filter((s) => !s.includes(", "));
  alts = uniq(alts).filter((s) => s !== label && !taken.has(fold(s).toLowerCase()));
  rows.push({ a3: c.cca3, label, alts });
}
rows.sort((a, b) => a.a3.localeCompare(b.a3));

const out = [];
out.push("# Territories that are not UN member states: dip:Place (generated, do not edit).");
out.push(`# Source: npm world-countries ${version} (ODbL-1.0): entries with unMember false,`);
out.push("# name.common as label, English official names and altSpellings as altLabels.");
out.push("# Generator: tools/generate_territories.mjs. Left out:");
for (const s of skipped) out.push(`#   ${s}`);
out.push("@prefix dip:  <https://w3id.org/diplograph/ontology#> .");
out.push("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .");
out.push("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .");
out.push("@prefix place: <https://w3id.org/diplograph/id/place/> .");
out.push("");
for (const r of rows) {
  const alt = r.alts.length ? ` ;\n    skos:altLabel ${r.alts.map(lit).join(", ")}` : "";
  out.push(`# ISO 3166-1 ${r.a3}`);
  out.push(`place:${slug(r.label)} a dip:Place ;\n    rdfs:label ${lit(r.label)}${alt} .`);
}
fs.writeFileSync(OUT, out.join("\n") + "\n");
console.error(`${rows.length} territories written, ${skipped.length} left out`);
