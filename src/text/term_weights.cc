#include "text/term_weights.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <istream>
#include <map>
#include <ostream>
#include <unordered_map>
#include <unordered_set>

#include "chorus/error.h"
#include "core/table_text.h"
#include "text/case_fold.h"
#include "text/porter_stemmer.h"
#include "text/tokenizer.h"

namespace chorus::text {
namespace {

template <typename Number>
bool parse_number(std::string_view text, Number& out) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

TermWeights TermWeights::parse(std::string_view table, std::string_view origin) {
  if (table.size() > UINT32_MAX) table_error(origin, 0, "larger than 4 GB");
  uint64_t documents = 0;
  auto entries = std::make_shared<std::vector<Entry>>();
  std::string_view last;
  size_t lines = 0;
  for_each_line(table, [&](std::string_view line, size_t number) {
    lines = number;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) table_error(origin, number, "expected two tab-separated fields");
    const std::string_view key = line.substr(0, tab), value = line.substr(tab + 1);
    if (number == 1) {
      if (key != "documents" || !parse_number(value, documents) || documents == 0)
        table_error(origin, number, "expected \"documents<TAB>N\" with N > 0");
      return;
    }
    uint32_t count = 0;
    if (key.empty() || !parse_number(value, count)) table_error(origin, number, "expected \"stem<TAB>count\"");
    if (!entries->empty() && last >= key) table_error(origin, number, "stems must be unique and sorted");
    last = key;
    entries->push_back(Entry{static_cast<uint32_t>(key.data() - table.data()), static_cast<uint32_t>(key.size()), count});
  });
  if (documents == 0) table_error(origin, lines, "empty table");
  TermWeights weights(table, documents, *entries);
  weights.owned_ = std::move(entries);
  return weights;
}

double TermWeights::idf(std::string_view stem) const {
  const auto it = std::lower_bound(entries_.begin(), entries_.end(), stem,
                                   [&](const Entry& entry, std::string_view k) { return key(entry) < k; });
  const uint32_t count = it != entries_.end() && key(*it) == stem ? it->count : 0;
  return std::log((documents_ + 1.0) / (count + 1.0));
}

double TermWeights::max_idf() const { return std::log(documents_ + 1.0); }

uint64_t build_term_weights(std::istream& corpus, std::ostream& table, uint32_t min_documents) {
  std::unordered_map<std::string, uint32_t> counts;
  std::unordered_map<std::string, std::string> stem_of;  // folded word -> stem
  std::unordered_set<std::string_view> seen;
  std::vector<RawToken> tokens;
  std::string line, folded;
  uint64_t documents = 0;
  while (std::getline(corpus, line)) {
    tokens.clear();
    tokenize(line, Span{0, static_cast<uint32_t>(line.size())}, tokens);
    if (tokens.empty()) continue;
    ++documents;
    seen.clear();
    for (const RawToken& token : tokens) {
      if (token.kind == TokenKind::kNumber) continue;
      folded.clear();
      fold_case(token.span.of(line), folded);
      auto it = stem_of.find(folded);
      if (it == stem_of.end()) it = stem_of.emplace(folded, rouge_porter_stem(folded)).first;
      if (seen.insert(it->second).second) ++counts[it->second];
    }
  }
  std::map<std::string_view, uint32_t> sorted;
  for (const auto& [stem, count] : counts)
    if (count >= min_documents) sorted.emplace(stem, count);
  table << "documents\t" << documents << '\n';
  for (const auto& [stem, count] : sorted) table << stem << '\t' << count << '\n';
  return documents;
}

}  // namespace chorus::text
