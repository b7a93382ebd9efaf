#include "eval/timeml.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "chorus/error.h"

namespace chorus::eval {
namespace {

[[noreturn]] void fail(const std::string& name, size_t at, const std::string& what) {
  throw Error(name + ": byte " + std::to_string(at) + ": " + what + " (not well-formed TimeML)");
}

// The value of attribute `key` in a tag's text ("TIMEX3 tid=\"t1\" type=\"DATE\"").
std::string attribute(std::string_view tag, std::string_view key) {
  size_t at = 0;
  while ((at = tag.find(key, at)) != std::string_view::npos) {
    const bool starts = at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n');
    size_t j = at + key.size();
    while (j < tag.size() && tag[j] == ' ') ++j;
    if (starts && j < tag.size() && tag[j] == '=') {
      ++j;
      while (j < tag.size() && tag[j] == ' ') ++j;
      if (j < tag.size() && (tag[j] == '"' || tag[j] == '\'')) {
        const size_t close = tag.find(tag[j], j + 1);
        if (close != std::string_view::npos) return std::string(tag.substr(j + 1, close - j - 1));
      }
    }
    at += key.size();
  }
  return {};
}

std::string_view tag_name(std::string_view tag) {
  size_t end = 0;
  while (end < tag.size() && tag[end] != ' ' && tag[end] != '\t' && tag[end] != '\n' && tag[end] != '/')
    ++end;
  return tag.substr(0, end);
}

// Appends the character an entity stands for; returns its length in `xml`.
size_t decode_entity(std::string_view xml, size_t at, std::string& out) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (const auto& [entity, c] : kEntities) {
    if (xml.substr(at, entity.size()) == entity) {
      out += c;
      return entity.size();
    }
  }
  out += '&';
  return 1;
}

}  // namespace

TimemlDocument parse_timeml(std::string_view xml, const std::string& name) {
  TimemlDocument doc;
  doc.name = name;
  // Creation time: the CREATION_TIME TIMEX3, normally inside <DCT>.
  for (size_t at = xml.find("<TIMEX3"); at != std::string_view::npos; at = xml.find("<TIMEX3", at + 1)) {
    const size_t close = xml.find('>', at);
    if (close == std::string_view::npos) fail(name, at, "unclosed <TIMEX3");
    const std::string_view tag = xml.substr(at + 1, close - at - 1);
    if (attribute(tag, "functionInDocument") == "CREATION_TIME") {
      doc.creation_time = attribute(tag, "value");
      break;
    }
  }
  const size_t open = xml.find("<TEXT>");
  if (open == std::string_view::npos) fail(name, 0, "no <TEXT> element");
  const size_t body_end = xml.find("</TEXT>", open);
  if (body_end == std::string_view::npos) fail(name, open, "<TEXT> is never closed");
  struct Open { size_t text_at; std::string type, value; };
  std::vector<std::string> stack;
  std::optional<Open> timex;
  for (size_t i = open + 6; i < body_end;) {
    const char c = xml[i];
    if (c == '&') {
      i += decode_entity(xml, i, doc.text);
      continue;
    }
    if (c != '<') {
      doc.text += c;
      ++i;
      continue;
    }
    const size_t close = xml.find('>', i);
    if (close == std::string_view::npos || close > body_end) fail(name, i, "unclosed tag");
    std::string_view tag = xml.substr(i + 1, close - i - 1);
    const size_t tag_at = i;
    i = close + 1;
    if (tag.empty()) fail(name, tag_at, "empty tag");
    if (tag.front() == '!' || tag.front() == '?') continue;  // comment or declaration
    if (tag.front() == '/') {
      const std::string_view closing = tag_name(tag.substr(1));
      if (stack.empty() || stack.back() != closing)
        fail(name, tag_at, "</" + std::string(closing) + "> does not close the open element");
      stack.pop_back();
      if (closing == "TIMEX3" && timex) {
        doc.timexes.push_back(GoldTimex{Span{static_cast<uint32_t>(timex->text_at),
                                             static_cast<uint32_t>(doc.text.size())},
                                        timex->type, timex->value});
        timex.reset();
      }
      continue;
    }
    const bool self_closing = tag.back() == '/';
    const std::string_view element = tag_name(tag);
    if (element == "TIMEX3" && !self_closing) {
      if (timex) fail(name, tag_at, "nested <TIMEX3>");
      timex = Open{doc.text.size(), attribute(tag, "type"), attribute(tag, "value")};
    }
    if (!self_closing) stack.emplace_back(element);
  }
  if (!stack.empty()) fail(name, body_end, "<" + stack.back() + "> is never closed");
  return doc;
}

std::vector<TimemlDocument> read_timeml_dir(const std::filesystem::path& dir) {
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error))
    throw Error(dir.string() + ": no such directory (pass the folder holding the .tml files)");
  std::vector<std::filesystem::path> files;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file() && it->path().extension() == ".tml") files.push_back(it->path());
  }
  if (files.empty()) throw Error(dir.string() + ": no .tml file found");
  std::sort(files.begin(), files.end());
  std::vector<TimemlDocument> out;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path.string() + ": cannot be read");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out.push_back(parse_timeml(buffer.str(), path.string()));
  }
  return out;
}

}  // namespace chorus::eval
