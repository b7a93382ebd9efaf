// JSON written by users (JSONL lines, .json files, service requests), parsed
// so that no value can escape as an internal error: syntax errors, invalid
// UTF-8 and numbers out of range become one short message, and keys given
// twice in an object (which nlohmann::json would silently resolve to the
// last) are reported by where they are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace chorus::ingest {

// A key given twice in one object: the object's place ("" for the top
// level, "articles[2]", "[0]") and the key.
struct RepeatedKey {
  std::string in;
  std::string key;
};

struct JsonInput {
  nlohmann::json value;  // null when `error` is set
  // "" when the text parsed; else what is wrong, without nlohmann's internal
  // prefix or its "last read" quote (raw bytes, maybe not UTF-8), e.g.
  // "line 1, column 7: syntax error while parsing value - invalid literal" or
  // "number overflow parsing '1e999'".
  std::string error;
  std::vector<RepeatedKey> repeated_keys;  // in the order they occur
};

JsonInput parse_json_input(std::string_view text);

// "`text` is given twice", "`id` is given twice in articles[2]" (a long key
// is cut, on a character boundary).
std::string describe(const RepeatedKey& repeated);

}  // namespace chorus::ingest
