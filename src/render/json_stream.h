// JsonStream: writes JSON to a stream piece by piece, exactly as nlohmann's
// dump() of the whole tree would (same indent, same separators), so a large
// digest never has its whole tree, nor its whole text, in memory at once.
// Values are nlohmann trees; arrays and objects may be written member by
// member and element by element, to any depth.
#pragma once

#include <algorithm>
#include <iterator>
#include <ostream>
#include <string>
#include <nlohmann/json.hpp>

namespace chorus::render {

class JsonStream {
 public:
  using Json = nlohmann::ordered_json;

  // indent < 0: compact; otherwise that many spaces a level (as dump(indent)).
  JsonStream(std::ostream& out, int indent) : out_(out), indent_(indent) {}

  // A whole value, `depth` levels deep.
  void value(const Json& v, int depth) {
    // Invalid UTF-8 cannot reach here (decoding replaced it), but never throw on output.
    const std::string text = v.dump(indent_, ' ', false, Json::error_handler_t::replace);
    if (indent_ <= 0 || depth == 0) {
      out_ << text;
      return;
    }
    // JSON text has no raw newline but between its lines: each line after the first gets the margin.
    const std::string deeper = margin(depth);
    size_t line = 0;
    for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', line)) {
      out_.write(text.data() + line, static_cast<std::streamsize>(nl + 1 - line)) << deeper;
      line = nl + 1;
    }
    out_.write(text.data() + line, static_cast<std::streamsize>(text.size() - line));
  }

  // An array `depth` levels deep: `element(item, depth + 1)` writes each item.
  template <typename Range, typename WriteElement>
  void array(const Range& items, WriteElement&& element, int depth) {
    if (std::empty(items)) {
      out_ << "[]";
      return;
    }
    out_ << '[';
    bool first = true;
    for (const auto& item : items) {
      if (!first) out_ << ',';
      first = false;
      newline(depth + 1);
      element(item, depth + 1);
    }
    newline(depth);
    out_ << ']';
  }

  // An object `depth` levels deep: `members(key)` calls key("name") before
  // writing each member's value (at depth + 1) itself.
  template <typename WriteMembers>
  void object(WriteMembers&& members, int depth) {
    bool first = true;
    const auto key = [&](const char* name) {
      out_ << (first ? "{" : ",");
      first = false;
      newline(depth + 1);
      out_ << Json(name).dump() << (indent_ >= 0 ? ": " : ":");
    };
    members(key);
    if (first) {
      out_ << "{}";
      return;
    }
    newline(depth);
    out_ << '}';
  }

 private:
  std::string margin(int depth) const { return std::string(static_cast<size_t>(std::max(indent_, 0) * depth), ' '); }
  void newline(int depth) {
    if (indent_ >= 0) out_ << '\n' << margin(depth);
  }

  std::ostream& out_;
  int indent_;
};

}  // namespace chorus::render
