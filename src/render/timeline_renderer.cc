// The timeline in each format, and `chorus timeline`'s own output: the
// documents' dates and the timeline, without the summary.
#include <algorithm>
#include <sstream>

#include "render/claims_sections.h"
#include "render/render.h"
#include "render/timeline_format.h"

namespace chorus::render {
namespace {

using Json = nlohmann::ordered_json;

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out;
}

std::string when(const TimelineEntry& e) { return e.until.empty() ? e.date : e.date + " to " + e.until; }

// "scheduled, happened 2020-11-25", "context", "conflict"
std::string tags(const TimelineEntry& e) {
  std::string out = e.status;
  if (!e.actual.empty()) out += ", actually " + e.actual;
  if (e.context) out += ", context";
  if (!e.conflict.empty()) out += ", dates differ";
  return out;
}

std::string conflict_line(const Digest& digest, const TimelineEntry& e) {
  std::string out;
  for (size_t i = 0; i < e.conflict.size(); ++i)
    out += (i ? "; " : "") + outlet_of(digest, e.conflict[i].doc) + " " + e.conflict[i].date;
  return out;
}

// The outlets of an entry's documents, each once.
std::string outlets(const Digest& digest, const TimelineEntry& e) {
  std::vector<std::string> names;
  for (const std::string& doc : e.docs) {
    std::string name = outlet_of(digest, doc);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  }
  return join(names);
}

}  // namespace

Json timeline_entry_json(const TimelineEntry& e) {
  Json entry{{"date", e.date}};
  if (!e.until.empty()) entry["until"] = e.until;
  entry["text"] = e.text;
  entry["doc"] = e.doc;
  entry["start"] = e.start;
  entry["end"] = e.end;
  entry["docs"] = e.docs;
  entry["status"] = e.status;
  entry["context"] = e.context;
  if (!e.actual.empty()) entry["actual"] = e.actual;
  if (!e.conflict.empty()) {
    Json conflict = Json::array();
    for (const TimelineDate& d : e.conflict) conflict.push_back({{"doc", d.doc}, {"date", d.date}});
    entry["conflict"] = conflict;
  }
  return entry;
}

Json timeline_json(const Digest& digest) {
  Json out = Json::array();
  for (const TimelineEntry& e : digest.timeline) out.push_back(timeline_entry_json(e));
  return out;
}

std::string timeline_text(const Digest& digest) {
  std::ostringstream out;
  if (digest.timeline.empty()) out << "  (no dated events)\n";
  for (const TimelineEntry& e : digest.timeline) {
    out << "  " << when(e) << "  [" << tags(e) << "] " << e.text << "\n";
    out << "     [" << outlets(digest, e) << "]\n";
    if (!e.conflict.empty()) out << "     dates given: " << conflict_line(digest, e) << "\n";
  }
  return out.str();
}

std::string timeline_markdown(const Digest& digest) {
  std::ostringstream out;
  if (digest.timeline.empty()) out << "_no dated events_\n";
  for (const TimelineEntry& e : digest.timeline) {
    out << "- **" << when(e) << "** _(" << tags(e) << ")_ " << e.text << " <sub>(" << outlets(digest, e)
        << ")</sub>\n";
    if (!e.conflict.empty()) out << "  - dates given: " << conflict_line(digest, e) << "\n";
  }
  return out.str();
}

std::string render_timeline(const Digest& digest, std::string_view format, const RenderOptions& options) {
  if (format == "json") {
    Json documents = Json::array();
    for (const DigestDocument& doc : digest.documents) {
      documents.push_back({{"id", doc.id}, {"source", doc.source}, {"title", doc.title},
                           {"published", doc.published}, {"published_from", doc.published_from},
                           {"published_confidence", doc.published_confidence}});
    }
    const Json out{{"version", digest.version}, {"documents", documents},
                   {"timeline", timeline_json(digest)}, {"warnings", digest.warnings}};
    return out.dump(options.json_indent, ' ', false, Json::error_handler_t::replace) + "\n";
  }
  std::ostringstream out;
  const bool md = format == "md" || format == "markdown";
  if (md) {
    out << "# Timeline\n\n## Documents\n\n| id | published |\n| --- | --- |\n";
    for (const DigestDocument& doc : digest.documents)
      out << "| " << doc.id << " | " << (doc.published.empty() ? "unknown" : doc.published) << " ("
          << doc.published_from << ") |\n";
    out << "\n## Events\n\n" << timeline_markdown(digest);
  } else if (format == "text") {
    out << "DOCUMENTS\n";
    for (const DigestDocument& doc : digest.documents)
      out << "  " << doc.id << "  published " << (doc.published.empty() ? "unknown" : doc.published)
          << " (" << doc.published_from << ")\n";
    out << "\nTIMELINE\n" << timeline_text(digest);
  } else {
    return render(digest, format, options);  // reports the unknown format
  }
  return out.str();
}

}  // namespace chorus::render
