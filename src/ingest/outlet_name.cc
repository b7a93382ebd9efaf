#include "ingest/outlet_name.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace chorus::ingest {
namespace {

bool starts_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
  return text.size() == word.size() || !std::isalnum(static_cast<unsigned char>(text[word.size()]));
}

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == ',' || c == '-' || c == ':' || c == '.'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && (space(text.back()) || text.back() == '.')) text.remove_suffix(1);
  return text;
}

size_t find_ignoring_case(std::string_view text, std::string_view lower) {
  for (size_t i = 0; i + lower.size() <= text.size(); ++i)
    if (starts_with_word(text.substr(i), lower) && (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1]))))
      return i;
  return std::string_view::npos;
}

constexpr std::string_view kCopyrightSign = "\xC2\xA9";  // ©

// Leading marks and years: "Copyright", "©", "(c)", "2031".
std::string_view skip_marks(std::string_view text) {
  while (true) {
    text = trim(text);
    if (text.starts_with(kCopyrightSign)) {
      text.remove_prefix(kCopyrightSign.size());
    } else if (starts_with_word(text, "copyright")) {
      text.remove_prefix(9);
    } else if (starts_with_word(text, "(c)")) {
      text.remove_prefix(3);
    } else if (text.size() >= 4 && std::all_of(text.begin(), text.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
               (text.size() == 4 || !std::isalnum(static_cast<unsigned char>(text[4])))) {
      text.remove_prefix(4);
    } else {
      return text;
    }
  }
}

// The name up to the first sentence end or separator.
std::string_view first_name(std::string_view text) {
  size_t end = text.size();
  for (std::string_view stop : {". ", " | ", " \xC2\xB7 ", " - ", " / ", ";", ", "}) end = std::min(end, text.find(stop));
  if (const size_t sign = text.find(kCopyrightSign); sign != std::string_view::npos) end = std::min(end, sign);
  return trim(text.substr(0, end));
}

std::string_view drop_suffixes(std::string_view name) {
  static constexpr std::array<std::string_view, 10> kSuffixes = {" Ltd", " AS", " S.A", " SA", " d.o.o",
                                                                  " Inc", " LLC", " plc", " GmbH", " AG"};
  bool changed = true;
  while (changed) {
    changed = false;
    name = trim(name);
    for (std::string_view suffix : kSuffixes) {
      if (name.size() > suffix.size() && name.ends_with(suffix)) {
        name.remove_suffix(suffix.size());
        changed = true;
      }
    }
    // "National Radio Agency (NRA)": the name without its acronym.
    if (name.ends_with(")") && name.find(" (") != std::string_view::npos) {
      name = name.substr(0, name.rfind(" ("));
      changed = true;
    }
  }
  return name;
}

bool plausible(std::string_view name) {
  if (name.size() < 2 || name.size() > 60) return false;
  if (!std::isupper(static_cast<unsigned char>(name.front())) && !std::isdigit(static_cast<unsigned char>(name.front())))
    return false;
  return std::count(name.begin(), name.end(), ' ') <= 6;
}

}  // namespace

std::string copyright_holder(std::string_view line) {
  line = trim(line);
  const size_t reserved = find_ignoring_case(line, "all rights reserved");
  const bool marked = line.find(kCopyrightSign) != std::string_view::npos || starts_with_word(line, "copyright") ||
                      starts_with_word(line, "(c)");
  if (!marked && reserved == std::string_view::npos) return "";
  std::string_view name;
  if (marked) {
    // "Kessler Markets Review © All rights reserved": the name before the sign.
    const size_t sign = line.find(kCopyrightSign);
    const std::string_view before = sign == std::string_view::npos ? std::string_view() : trim(line.substr(0, sign));
    name = first_name(skip_marks(line.substr(sign == std::string_view::npos ? 0 : sign)));
    if (starts_with_word(name, "all") && !before.empty()) name = before;
  } else if (reserved == 0) {
    name = first_name(trim(line.substr(19)));  // "All rights reserved. Vellmar Deportes S.A."
  } else {
    name = first_name(trim(line.substr(0, reserved)));  // "KNA - All rights reserved."
  }
  name = drop_suffixes(name);
  if (starts_with_word(name, "all") || !plausible(name)) return "";
  return std::string(name);
}

void name_outlet(Document& doc) {
  if (!doc.source.empty()) return;
  const uint32_t body_end = doc.paragraphs.empty() ? 0 : doc.paragraphs.back().end;
  std::string inside;
  for (const Removed& removed : doc.removed) {
    const std::string name = copyright_holder(doc.at(removed.span));
    if (name.empty()) continue;
    if (removed.span.begin >= body_end) {
      doc.source = name;  // the last one after the body wins
    } else if (inside.empty()) {
      inside = name;
    }
  }
  if (doc.source.empty()) doc.source = inside;
  if (!doc.source.empty()) {
    doc.source_from = SourceOrigin::kCopyright;
    return;
  }
  for (const Dateline& dateline : doc.datelines) {
    if (dateline.agency.empty()) continue;
    doc.source = std::string(doc.at(dateline.agency));
    doc.source_from = SourceOrigin::kDateline;
    return;
  }
}

}  // namespace chorus::ingest
