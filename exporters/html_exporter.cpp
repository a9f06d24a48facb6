#include "exporters/html_exporter.h"

#include <string>
#include <string_view>
#include <vector>

#include "diplograph_embedded_views.h"
#include "exporters/graph_view.h"
#include "exporters/json_writer.h"

namespace diplograph {

namespace {

void WriteField(CompactJsonWriter& writer, std::string_view key, std::string_view value) {
  WriteJsonKey(writer, key);
  WriteJsonString(writer, value);
}

void WriteStrings(CompactJsonWriter& writer, std::string_view key, const std::vector<std::string>& values) {
  WriteJsonKey(writer, key);
  writer.StartArray();
  for (const std::string& value : values) WriteJsonString(writer, value);
  writer.EndArray();
}

// The data island: nodes, edges and events with indices into nodes, plus
// the palette, so the page's script needs no knowledge of the ontology.
std::string DataIsland(const GraphView& view) {
  std::string json;
  JsonStringStream stream(&json);
  CompactJsonWriter writer(stream);
  writer.StartObject();
  WriteJsonKey(writer, "classes");
  writer.StartArray();
  for (std::string_view type : KnownClasses()) {
    writer.StartObject();
    WriteField(writer, "name", type);
    WriteField(writer, "colour", ClassColour(type));
    writer.EndObject();
  }
  writer.EndArray();
  WriteJsonKey(writer, "nodes");
  writer.StartArray();
  for (const GraphView::Node& node : view.nodes) {
    writer.StartObject();
    WriteField(writer, "id", node.iri);
    WriteField(writer, "label", node.label);
    WriteField(writer, "type", node.type);
    WriteField(writer, "colour", ClassColour(node.type));
    if (!node.same_as.empty()) WriteField(writer, "sameAs", node.same_as);
    writer.EndObject();
  }
  writer.EndArray();
  WriteJsonKey(writer, "edges");
  writer.StartArray();
  for (const GraphView::Edge& edge : view.edges) {
    writer.StartObject();
    WriteJsonKey(writer, "from");
    writer.Uint64(edge.from);
    WriteJsonKey(writer, "to");
    writer.Uint64(edge.to);
    WriteField(writer, "predicate", edge.predicate);
    WriteField(writer, "colour", PredicateColour(edge.predicate));
    WriteJsonKey(writer, "role");
    writer.Bool(edge.role);
    WriteStrings(writer, "dates", edge.dates);
    WriteStrings(writer, "evidence", edge.evidence);
    writer.EndObject();
  }
  writer.EndArray();
  WriteJsonKey(writer, "events");
  writer.StartArray();
  for (const GraphView::Event& event : view.events) {
    writer.StartObject();
    WriteField(writer, "id", event.iri);
    WriteField(writer, "type", event.type);
    WriteField(writer, "predicate", event.predicate);
    WriteField(writer, "colour", PredicateColour(event.predicate));
    WriteJsonKey(writer, "agent");
    writer.Uint64(event.agent);
    WriteJsonKey(writer, "target");
    writer.Uint64(event.target);
    WriteField(writer, "date", event.date);
    WriteField(writer, "evidence", event.evidence);
    WriteField(writer, "confidence", event.confidence);
    WriteField(writer, "source", event.source);
    WriteField(writer, "sourceName", event.source_name);
    WriteField(writer, "published", event.published);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return EscapeJsonForScript(json);
}

constexpr std::string_view kHead =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    // Self-contained by policy, not only by intent: nothing may be fetched.
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
    "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
    "<title>diplograph</title>\n"
    "<style>\n";

constexpr std::string_view kBody =
    "</style>\n"
    "</head>\n"
    "<body>\n"
    "<header>\n"
    "<h1>diplograph</h1>\n"
    "<p id=\"summary\">The knowledge graph of the diplomatic relations the articles report.</p>\n"
    "<ul id=\"legend\"></ul>\n"
    "</header>\n"
    "<main>\n"
    "<section>\n"
    "<h2>Actors and relations</h2>\n"
    "<p class=\"hint\">Hover an edge for its evidence, a node for its class and Wikidata link.</p>\n"
    "<svg id=\"graph\" role=\"img\" aria-label=\"graph of actors and relations\"></svg>\n"
    "</section>\n"
    "<section>\n"
    "<h2>Timeline of dated events</h2>\n"
    "<p class=\"hint\">One column per date; hover an event for its sentence.</p>\n"
    "<svg id=\"timeline\" role=\"img\" aria-label=\"timeline of dated events\"></svg>\n"
    "<table id=\"events\"><thead><tr><th>date</th><th>event</th><th>who</th><th>to whom</th>"
    "<th>evidence</th></tr></thead><tbody></tbody></table>\n"
    "</section>\n"
    "</main>\n"
    "<noscript><p>This page draws the graph with JavaScript; the data is in the element "
    "diplograph-data.</p></noscript>\n"
    "<script type=\"application/json\" id=\"diplograph-data\">";

}  // namespace

std::string EscapeJsonForScript(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<') {
      out += "\\u003c";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

Status HtmlExporter::Write(const rdf::Dataset& dataset, std::string* out) const {
  Result<GraphView> built = BuildGraphView(dataset);
  if (!built.ok()) return built.status();
  // RapidJSON measures strings in 32 bits.
  for (const GraphView::Node& node : built->nodes) {
    if (TooLongForJson(node.label)) return Status::InvalidArgument("a label is too long for HTML output");
  }
  for (const GraphView::Event& event : built->events) {
    if (TooLongForJson(event.evidence)) return Status::InvalidArgument("a sentence is too long for HTML output");
  }
  std::string page(kHead);
  page += embedded_views::view_style();
  page += kBody;
  page += DataIsland(built.value());
  page += "</script>\n<script>\n";
  page += embedded_views::view_script();
  page += "</script>\n</body>\n</html>\n";
  out->append(page);
  return Status::Ok();
}

}  // namespace diplograph
