// The HTML report: one self-contained page (style, script inline; nothing
// fetched), built section by section from the Digest. Same Digest, same bytes.
#include <algorithm>
#include <array>
#include <optional>

#include "render/html_escape.h"
#include "render/html_report.h"
#include "render/render.h"

namespace chorus::render {
namespace {

struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
};

// The date part of an ISO 8601 value ("2031-03-05", "2031-03-05T07:12").
std::optional<Date> parse_date(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  const auto number = [&](size_t at, size_t length) {
    int value = 0;
    for (size_t i = at; i < at + length; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      value = value * 10 + (iso[i] - '0');
    }
    return value;
  };
  const Date date{number(0, 4), number(5, 2), number(8, 2)};
  if (date.year < 0 || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return std::nullopt;
  return date;
}

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

std::string day_month(const Date& d) { return std::to_string(d.day) + " " + kMonths[static_cast<size_t>(d.month - 1)]; }

std::string iso(const Date& d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
  return text;
}

// The earliest and latest publication dates, and how many documents have one.
struct Dates {
  std::optional<Date> first, last;
  size_t count = 0;
};

Dates publication_dates(const std::vector<DigestDocument>& documents) {
  Dates dates;
  for (const DigestDocument& doc : documents) {
    const std::optional<Date> date = parse_date(doc.published);
    if (!date) continue;
    ++dates.count;
    if (!dates.first || *date < *dates.first) dates.first = date;
    if (!dates.last || *dates.last < *date) dates.last = date;
  }
  return dates;
}

std::string page_title(const Digest& digest) { return digest.title.empty() ? "Digest" : digest.title; }

}  // namespace

ReportContext::ReportContext(const Digest& d) : digest(d) {
  for (size_t i = 0; i < d.documents.size(); ++i) {
    const DigestDocument& doc = d.documents[i];
    names.push_back(doc.source.empty() ? doc.id : doc.source);
    by_id.emplace(doc.id, i);  // first wins; ids are unique in a batch anyway
  }
  cited.resize(d.documents.size());
  for (const SummarySentence& sentence : d.summary) {
    origin_span.push_back(cite(sentence.doc, sentence.start, sentence.end));
    std::vector<long>& spans = evidence_span.emplace_back();
    for (const Support& support : sentence.evidence) spans.push_back(cite(support.doc, support.start, support.end));
  }
  for (const TimelineEntry& entry : d.timeline) timeline_span.push_back(cite(entry.doc, entry.start, entry.end));
}

const CitedSpan* ReportContext::span(const std::string& id, long index) const {
  const long doc = doc_index(id);
  if (doc < 0 || index < 0) return nullptr;
  return &cited[static_cast<size_t>(doc)][static_cast<size_t>(index)];
}

long ReportContext::cite(const std::string& id, uint32_t start, uint32_t end) {
  const long doc = doc_index(id);
  if (doc < 0) return -1;
  std::vector<CitedSpan>& list = cited[static_cast<size_t>(doc)];
  const auto found =
      std::find_if(list.begin(), list.end(), [&](const CitedSpan& s) { return s.start == start && s.end == end; });
  if (found != list.end()) return found - list.begin();
  const std::string suffix = std::to_string(doc + 1) + "-" + std::to_string(list.size());
  list.push_back({start, end, "e" + suffix, "ev-" + suffix});
  return static_cast<long>(list.size()) - 1;
}

long ReportContext::doc_index(const std::string& id) const {
  const auto found = by_id.find(id);
  return found == by_id.end() ? -1 : static_cast<long>(found->second);
}

std::string ReportContext::panel_id(size_t i) { return "doc-" + std::to_string(i + 1); }

std::string date_range_text(const std::vector<DigestDocument>& documents) {
  const auto [first, last, count] = publication_dates(documents);
  if (!first) return {};
  const std::string year = std::to_string(last->year);
  if (*first == *last) return day_month(*first) + " " + year;
  if (first->year == last->year && first->month == last->month) {
    return std::to_string(first->day) + "\u2013" + day_month(*last) + " " + year;
  }
  if (first->year == last->year) return day_month(*first) + " \u2013 " + day_month(*last) + " " + year;
  return day_month(*first) + " " + std::to_string(first->year) + " \u2013 " + day_month(*last) + " " + year;
}

std::string masthead_html(const ReportContext& context) {
  const Digest& digest = context.digest;
  std::string out = "<header class=\"masthead\">\n<p class=\"kicker\">chorus digest \u00b7 ";
  out += std::to_string(digest.documents.size()) + (digest.documents.size() == 1 ? " source" : " sources");
  out += "</p>\n<h1>" + escape_html(page_title(digest)) + "</h1>\n<dl class=\"facts\">\n";

  const Dates dates = publication_dates(digest.documents);
  out += "<div><dt>Published</dt><dd>";
  if (dates.first) {
    out += "<time datetime=\"" + iso(*dates.first) + "\">" + escape_html(date_range_text(digest.documents)) + "</time>";
    if (dates.count < digest.documents.size()) {
      out += " <span class=\"muted\">(" + std::to_string(dates.count) + " of " +
             std::to_string(digest.documents.size()) + " sources dated)</span>";
    }
  } else {
    out += "<span class=\"muted\">no source gives a date</span>";
  }
  out += "</dd></div>\n";

  size_t words = 0;
  for (const SummarySentence& sentence : digest.summary) words += sentence.words;
  out += "<div><dt>Summary</dt><dd>" + std::to_string(digest.summary.size()) + " sentences, " +
         std::to_string(words) + " words <span class=\"muted\">(budget " + std::to_string(digest.word_budget) +
         ", method " + escape_html(digest.method) + ")</span></dd></div>\n";
  out += "<div><dt>Sources</dt><dd><ul class=\"outlets\">";
  for (size_t i = 0; i < digest.documents.size(); ++i) {
    out += "<li><a href=\"#" + ReportContext::panel_id(i) + "\">" + escape_html(context.names[i]) + "</a></li>";
  }
  out += "</ul></dd></div>\n</dl>\n</header>\n";
  return out;
}

Section warnings_section(const ReportContext& context) {
  Section section{"warnings", "Warnings", {}};
  if (context.digest.warnings.empty()) return section;
  section.html = "<section id=\"warnings\" class=\"panel\" aria-labelledby=\"warnings-h\">\n"
                 "<h2 id=\"warnings-h\">Warnings</h2>\n<ul class=\"warnings\">\n";
  for (const std::string& warning : context.digest.warnings) section.html += "<li>" + escape_html(warning) + "</li>\n";
  section.html += "</ul>\n</section>\n";
  return section;
}

std::string render_html(const Digest& digest, const RenderOptions& /*options*/) {
  const ReportContext context(digest);
  // The summary stays beside the rest on a wide screen; the other sections
  // follow in reading order. A new section is one more line here.
  const Section summary = summary_section(context);
  const std::vector<Section> sections = {
      disagreements_section(context),
      timeline_section(context),
      entities_section(context),
      figures_section(context),
      sources_section(context),
      warnings_section(context),
  };

  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"chorus\">\n<title>";
  out += escape_html(page_title(digest)) + " \u2014 chorus digest</title>\n<style>\n";
  out += kReportCss;
  out += "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#summary\">Skip to the summary</a>\n";
  out += masthead_html(context);
  out += "<nav class=\"toc\" aria-label=\"Sections\"><ul><li><a href=\"#summary\">Summary</a></li>";
  for (const Section& section : sections) {
    if (!section.html.empty()) out += "<li><a href=\"#" + section.id + "\">" + escape_html(section.label) + "</a></li>";
  }
  out += "</ul></nav>\n<main class=\"layout\">\n<div class=\"side\">\n" + summary.html + "</div>\n<div class=\"flow\">\n";
  for (const Section& section : sections) out += section.html;
  out += "</div>\n";
  out += "</main>\n<footer class=\"colophon\"><p>Made by chorus from " + std::to_string(digest.documents.size()) +
         " reports \u00b7 digest format " + escape_html(digest.version) +
         " \u00b7 every summary sentence links to the sentences that support it.</p></footer>\n<script>\n";
  out += kReportScript;
  out += "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace chorus::render
