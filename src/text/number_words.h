// English number words for small counts ("twelve", "forty"), so that a text
// writing "Twelve people" and one writing "12 people" can be compared.
#pragma once

#include <array>
#include <string_view>

namespace chorus::text {

struct NumberWord {
  std::string_view word;  // lower case
  int value;
};

// "zero" to "nineteen", then the tens to "ninety".
inline constexpr std::array<NumberWord, 28> kNumberWords{{
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},    {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},    {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fifty", 50},   {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90},
}};

// The value of a lower-case number word, or -1.
constexpr int number_word_value(std::string_view lower) {
  for (const NumberWord& n : kNumberWords)
    if (n.word == lower) return n.value;
  return -1;
}

}  // namespace chorus::text
