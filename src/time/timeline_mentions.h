// The dated statements of one document, as the timeline groups them: each
// date with the clause that reports it, whether it is a plan or deadline, and
// the words around it (content stems and name prefixes) for matching.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/cluster.h"
#include "core/span.h"
#include "time/calendar.h"
#include "time/timex.h"

namespace chorus::time {

// One dated statement as the timeline shows it.
struct TimelineMention {
  uint32_t doc = 0;       // index into Cluster::documents
  Span text;              // the clause or sentence that reports it
  Span timex;             // the date expression inside it
  std::string value;      // its resolved TIMEX3 value (day, month or year)
};

// The first four bytes of a capitalized word's transliteration key
// ("Aghdam" and "Agdam" alike), packed first byte highest so that stems
// order as their strings do; kNoName for none. Four bytes where a string
// took 32: a long document keeps a statement per date, each with its names.
using NameStem = uint32_t;
inline constexpr NameStem kNoName = 0;

struct DatedStatement {
  TimelineMention mention;
  std::string until;                // end of a range
  bool scheduled = false;
  bool state = false;               // tells a state on that day ("remained missing"), not an event
  bool named = true;                // names its date (not "this year", "last month")
  std::vector<uint32_t> stems;      // content stems of the clause, sorted, unique
  std::vector<uint32_t> near;       // those within ten words of the date
  std::vector<NameStem> names;      // of its capitalized words, sorted, unique
  std::vector<NameStem> near_names; // those within ten words of the date, sorted
  NameStem opener = kNoName;        // the same of the sentence's first word, when capitalized
  bool opener_near = false;
};

// The statements of the body of `doc` whose date is a day, a month or a
// year, from `timexes`: the document's text tagged against `reference`
// (its own day, else the cluster's); appended to `out`. Only the first
// `limit` dates of the document are read.
void dated_statements(const Cluster& cluster, uint32_t doc_index, std::span<const Timex> timexes,
                      std::optional<CivilDate> reference, std::vector<DatedStatement>& out,
                      size_t limit = SIZE_MAX);

}  // namespace chorus::time
