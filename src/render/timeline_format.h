// The timeline section, shared by the digest renderers and `chorus timeline`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "chorus/digest.h"

namespace chorus::render {

// One object per entry: date, [until], text, doc, start, end, docs, status,
// context, [actual], [conflict: [{doc, date}]] (docs/JSON.md).
nlohmann::ordered_json timeline_json(const Digest& digest);
// One entry of that array.
nlohmann::ordered_json timeline_entry_json(const TimelineEntry& entry);
// Lines for a terminal, each entry indented by two spaces.
std::string timeline_text(const Digest& digest);
// A Markdown list.
std::string timeline_markdown(const Digest& digest);

}  // namespace chorus::render
