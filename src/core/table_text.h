// Reading the small text tables chorus ships (word tables, model weights):
// line by line, with errors that name the table and the line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "chorus/error.h"

namespace chorus {

// Calls fn(line, number) for each line of `text`, without its '\n'; lines
// are numbered from 1.
template <typename Fn>
void for_each_line(std::string_view text, Fn&& fn) {
  size_t number = 0;
  while (!text.empty()) {
    const size_t newline = text.find('\n');
    fn(text.substr(0, newline), ++number);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
  }
}

[[noreturn]] inline void table_error(std::string_view origin, size_t line, std::string_view what) {
  throw Error(std::string(origin) + ":" + std::to_string(line) + ": " + std::string(what));
}

}  // namespace chorus
