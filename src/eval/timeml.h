// TimeML (.tml) documents, as TempEval-3 ships them: the raw text of <TEXT>
// with every tag stripped, its TIMEX3 annotations as byte spans into that
// text, and the document creation time from <DCT>.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace chorus::eval {

struct GoldTimex {
  Span span;           // into TimemlDocument::text
  std::string type;    // DATE, TIME, DURATION, SET
  std::string value;
};

struct TimemlDocument {
  std::string name;           // file name
  std::string text;           // <TEXT> content, tags stripped, entities decoded
  std::string creation_time;  // value of the CREATION_TIME TIMEX3 ("1998-01-08"), or empty
  std::vector<GoldTimex> timexes;
};

// Parses one document; `name` is used in error messages. Throws chorus::Error
// ("NAME: byte N: ...") when the XML is malformed or <TEXT> is missing.
TimemlDocument parse_timeml(std::string_view xml, const std::string& name);

// Every .tml file under `dir` (recursively), sorted by path. Throws
// chorus::Error when the directory is missing or holds no .tml file.
std::vector<TimemlDocument> read_timeml_dir(const std::filesystem::path& dir);

}  // namespace chorus::eval
