// The timeline section: the cluster's dated events on a time axis (inline
// SVG, a picture for the eye) and as a list (the text, for everyone): each
// event's date, what happened, who reports it; scheduled dates and dates the
// outlets disagree on are marked in both.
#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

#include "render/html_escape.h"
#include "render/html_report.h"

namespace chorus::render {
namespace {

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

struct Timex {
  int year = 0, month = 0, day = 0;  // month, day 0 when not given
  std::string clock;                 // "04:40" when given
};

std::optional<Timex> parse_timex(std::string_view value) {
  const auto digits = [&](size_t at, size_t length) {
    if (value.size() < at + length) return -1;
    int number = 0;
    for (size_t i = at; i < at + length; ++i) {
      if (value[i] < '0' || value[i] > '9') return -1;
      number = number * 10 + (value[i] - '0');
    }
    return number;
  };
  Timex t;
  t.year = digits(0, 4);
  if (t.year < 0) return std::nullopt;
  if (value.size() >= 7 && value[4] == '-') t.month = std::max(0, digits(5, 2));
  if (t.month > 12) return std::nullopt;
  if (t.month && value.size() >= 10 && value[7] == '-') t.day = std::max(0, digits(8, 2));
  if (t.day > 31) return std::nullopt;
  if (t.day && value.size() >= 16 && value[10] == 'T' && digits(11, 2) >= 0 && digits(14, 2) >= 0) {
    t.clock = std::string(value.substr(11, 5));
  }
  return t;
}

// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm),
// for placing dates on the axis.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::optional<double> axis_position(std::string_view value) {
  const auto t = parse_timex(value);
  if (!t) return std::nullopt;
  double days = static_cast<double>(days_from_civil(t->year, t->month ? t->month : 1, t->day ? t->day : 1));
  if (!t->clock.empty()) days += (std::stoi(t->clock.substr(0, 2)) * 60 + std::stoi(t->clock.substr(3, 2))) / 1440.0;
  return days;
}

std::string doc_names(const ReportContext& context, const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    const long doc = context.doc_index(ids[i]);
    if (i) out += ", ";
    if (doc < 0) {
      out += escape_html(ids[i]);
    } else {
      out += "<a href=\"#" + ReportContext::panel_id(static_cast<size_t>(doc)) + "\">" +
             escape_html(context.names[static_cast<size_t>(doc)]) + "</a>";
    }
  }
  return out;
}

std::string entry_class(const TimelineEntry& entry) {
  std::string out = "tl-entry";
  if (entry.status == "scheduled") out += " scheduled";
  if (!entry.conflict.empty()) out += " conflict";
  return out;
}

std::string entry_html(const ReportContext& context, const TimelineEntry& entry, size_t index) {
  std::string out = "<li id=\"timeline-" + std::to_string(index + 1) + "\" class=\"" + entry_class(entry) + "\">";
  out += "<time datetime=\"" + escape_html(entry.date) + "\">" + escape_html(timex_text(entry.date));
  if (!entry.until.empty()) out += " \u2013 " + escape_html(timex_text(entry.until));
  out += "</time>";
  if (entry.status == "scheduled") out += " <span class=\"flag scheduled\">scheduled</span>";
  if (!entry.conflict.empty()) out += " <span class=\"flag conflict\">dates differ</span>";
  out += "<p class=\"tl-text\">" + escape_html(entry.text) + "</p><p class=\"meta\">Reported by " +
         doc_names(context, entry.docs);
  if (!entry.actual.empty()) out += " \u00b7 happened on " + escape_html(timex_text(entry.actual));
  if (const CitedSpan* span = context.span(entry.doc, context.timeline_span[index])) {
    out += " \u00b7 <a href=\"#" + span->anchor + "\">read it in context</a>";
  }
  out += "</p>";
  if (!entry.conflict.empty()) {
    out += "<ul class=\"tl-conflict\">";
    for (const TimelineDate& date : entry.conflict) {
      out += "<li>" + doc_names(context, {date.doc}) + ": " + escape_html(timex_text(date.date)) + "</li>";
    }
    out += "</ul>";
  }
  return out + "</li>\n";
}

// The axis: one marker per event of the cluster's own days, stacked where
// they fall close together; each links to its entry in the list.
std::string axis_svg(const Digest& digest) {
  std::vector<std::pair<double, size_t>> points;
  for (size_t i = 0; i < digest.timeline.size(); ++i) {
    if (digest.timeline[i].context) continue;
    if (const auto x = axis_position(digest.timeline[i].date)) points.emplace_back(*x, i);
  }
  if (points.empty()) return {};
  std::stable_sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const double low = points.front().first, high = points.back().first;
  constexpr double kLeft = 40, kRight = 960, kLane = 16;
  const auto x_of = [&](double days) { return high > low ? kLeft + (days - low) / (high - low) * (kRight - kLeft) : 500.0; };
  // Lanes: a marker goes up one lane while it would overlap the last one there.
  std::vector<double> lane_end;
  std::vector<size_t> lanes;
  for (const auto& [days, index] : points) {
    const double x = x_of(days);
    size_t lane = 0;
    while (lane < lane_end.size() && x - lane_end[lane] < 14) ++lane;
    if (lane == lane_end.size()) lane_end.push_back(x);
    lane_end[lane] = x;
    lanes.push_back(lane);
  }
  const double axis_y = 20 + kLane * static_cast<double>(lane_end.size());
  char number[64];
  const auto fmt = [&](double v) {
    std::snprintf(number, sizeof number, "%.1f", v);
    return std::string(number);
  };
  std::string out = "<svg class=\"axis\" viewBox=\"0 0 1000 " + fmt(axis_y + 34) +
                    "\" role=\"img\" aria-label=\"The events on a time axis from " +
                    escape_html(timex_text(digest.timeline[points.front().second].date)) + " to " +
                    escape_html(timex_text(digest.timeline[points.back().second].date)) + "; the list below has them all\">\n";
  out += "<line x1=\"" + fmt(kLeft) + "\" x2=\"" + fmt(kRight) + "\" y1=\"" + fmt(axis_y) + "\" y2=\"" + fmt(axis_y) +
         "\" class=\"axis-line\"/>\n";
  // Labels: every distinct day when there are few, else the two ends.
  std::vector<std::pair<double, std::string>> labels;
  for (const auto& [days, index] : points) {
    const std::string label = timex_text(digest.timeline[index].date.substr(0, 10));
    if (labels.empty() || labels.back().second != label) labels.emplace_back(days, label);
  }
  if (labels.size() > 5) labels = {labels.front(), labels.back()};
  for (size_t i = 0; i < labels.size(); ++i) {
    const char* anchor = labels.size() == 1 ? "middle" : i == 0 ? "start" : i + 1 == labels.size() ? "end" : "middle";
    out += "<text x=\"" + fmt(x_of(labels[i].first)) + "\" y=\"" + fmt(axis_y + 22) + "\" text-anchor=\"" + anchor +
           "\">" + escape_html(labels[i].second) + "</text>\n";
  }
  for (size_t p = 0; p < points.size(); ++p) {
    const TimelineEntry& entry = digest.timeline[points[p].second];
    const double x = x_of(points[p].first);
    const double y = axis_y - 10 - kLane * static_cast<double>(lanes[p]);
    out += "<a href=\"#timeline-" + std::to_string(points[p].second + 1) + "\"><circle cx=\"" + fmt(x) + "\" cy=\"" +
           fmt(y) + "\" r=\"6\" class=\"" + entry_class(entry) + "\"><title>" +
           escape_html(timex_text(entry.date) + ": " + entry.text) + "</title></circle></a>\n";
  }
  return out + "</svg>\n";
}

}  // namespace

std::string timex_text(std::string_view value) {
  const auto t = parse_timex(value);
  if (!t) return std::string(value);
  const std::string year = std::to_string(t->year);
  if (!t->month) return year;
  const std::string month = kMonths[static_cast<size_t>(t->month - 1)];
  if (!t->day) return month + " " + year;
  return std::to_string(t->day) + " " + month + " " + year + (t->clock.empty() ? "" : ", " + t->clock);
}

Section timeline_section(const ReportContext& context) {
  Section section{"timeline", "Timeline", {}};
  const Digest& digest = context.digest;
  if (digest.timeline.empty()) return section;
  std::string& out = section.html;
  out = "<section id=\"timeline\" class=\"panel\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Timeline</h2>\n";
  out += "<figure class=\"axis-figure\">" + axis_svg(digest) +
         "<figcaption class=\"legend\"><span class=\"key happened\"></span> happened "
         "<span class=\"key scheduled\"></span> scheduled <span class=\"key conflict\"></span> outlets give "
         "different dates</figcaption></figure>\n";
  std::string events, background;
  for (size_t i = 0; i < digest.timeline.size(); ++i) {
    (digest.timeline[i].context ? background : events) += entry_html(context, digest.timeline[i], i);
  }
  if (!events.empty()) out += "<ol class=\"timeline\">\n" + events + "</ol>\n";
  if (!background.empty()) {
    out += "<details class=\"background\"><summary>Background: earlier history the reports recall</summary>\n"
           "<ol class=\"timeline\">\n" + background + "</ol>\n</details>\n";
  }
  out += "</section>\n";
  return section;
}

}  // namespace chorus::render
