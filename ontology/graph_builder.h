// Turns an extracted Document into RDF: the document node, every entity it
// mentions (one rdfs:label, skos:altLabel for the other surface forms), a
// direct triple per relation, and for every event relation an event node
// with agent, target, date, place, the evidence sentence and its byte
// offsets, confidence, the rule that fired and prov:wasDerivedFrom the
// document. All statements go into the document's named graph.
//
// IRIs are minted from content, never from counters or addresses, so the
// same input gives the same graph in every run and thread.
#pragma once

#include <functional>
#include <string>

#include "extractor/document.h"
#include "ontology/document_graph.h"
#include "ontology/rdf.h"

namespace diplograph {

// dipr:doc/<slug of id>-<hash of text>: stable, and distinct for two
// documents that share a file name.
std::string DocumentIri(const Document& doc);

// The statements of one document, in its named graph (not normalized).
DocumentGraph BuildGraph(const Document& doc);
// The same as quads.
rdf::Dataset BuildDocumentGraph(const Document& doc);

// Across documents an entity keeps exactly one rdfs:label: where documents
// labelled it differently, the smallest label (by bytes) stays and the others
// become skos:altLabel. Call on the merged dataset before export.
void MergeLabels(rdf::Dataset& dataset);

// The label MergeLabels keeps for a subject (nullptr: it has none), chosen
// over a whole graph by the caller.
using LabelChoice = std::function<const std::string*(const rdf::Term& subject)>;

// MergeLabels for a slice of a larger graph, where a subject's labels may
// lie in other slices too (a slice of (graph, subject) runs): each subject
// keeps `chosen(subject)` instead of the smallest label the slice holds.
void MergeLabels(rdf::Dataset& dataset, const LabelChoice& chosen);

}  // namespace diplograph
