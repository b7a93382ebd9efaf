#include "eval/rouge_text.h"

#include "eval/word_exceptions.h"
#include "text/ascii.h"
#include "text/porter_stemmer.h"

namespace chorus::eval {
namespace {

// Perl's \s on byte strings is ASCII white space.
using text::is_ascii_space;

// Perl's split(/\s+/, $line): a leading empty field when the line starts with
// white space, trailing empty fields dropped. ROUGE counts words this way, on
// the raw line, before punctuation is removed.
std::vector<std::string_view> perl_split_words(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t end = start;
    while (end < line.size() && !is_ascii_space(line[end])) ++end;
    fields.push_back(line.substr(start, end - start));
    if (end == line.size()) break;
    while (end < line.size() && is_ascii_space(line[end])) ++end;
    start = end;
  }
  while (!fields.empty() && fields.back().empty()) fields.pop_back();
  return fields;
}

std::string join_words(const std::vector<std::string_view>& words, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count && i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

std::vector<std::string> rouge_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {
      std::string line(text.substr(start, end - start));
      for (char& c : line) c = text::ascii_lower(c);
      lines.push_back(std::move(line));
    }
    start = end + 1;
  }
  return lines;
}

namespace {

// The lines that survive ROUGE's truncation, the last one cut. Words (-l) are
// counted over the kept lines. Bytes (-b) count line content only, not the
// joining spaces; with `cumulative_bytes` false each line is measured on its
// own, as ROUGE does for the ROUGE-L units (see the header).
std::vector<std::string> truncated_lines(const std::vector<std::string>& lines, int word_limit,
                                         int byte_limit, bool cumulative_bytes) {
  if (word_limit <= 0 && byte_limit <= 0) return lines;
  std::vector<std::string> kept;
  std::size_t used = 0;
  for (const std::string& line : lines) {
    if (word_limit > 0) {
      const auto limit = static_cast<std::size_t>(word_limit);
      const auto words = perl_split_words(line);
      if (used + words.size() >= limit) {
        kept.push_back(join_words(words, limit - used));
        break;
      }
      used += words.size();
    } else {
      const auto limit = static_cast<std::size_t>(byte_limit);
      if (used + line.size() >= limit) {
        kept.push_back(line.substr(0, limit - used));
        break;
      }
      if (cumulative_bytes) used += line.size();
    }
    kept.push_back(line);
  }
  return kept;
}

}  // namespace

std::string rouge_joined_text(const std::vector<std::string>& lines, int word_limit, int byte_limit) {
  std::string text;
  for (const std::string& line : truncated_lines(lines, word_limit, byte_limit, true)) {
    if (!text.empty()) text += ' ';  // only token boundaries matter to what is counted
    text += line;
  }
  return text;
}

std::vector<std::string> rouge_lcs_units(const std::vector<std::string>& lines, int word_limit, int byte_limit) {
  return truncated_lines(lines, word_limit, byte_limit, false);
}

std::string rouge_term(std::string_view token, bool stem) {
  if (!stem || token.size() <= 3) return std::string(token);
  if (const auto base = wordnet_base_form(token)) return std::string(*base);
  return text::rouge_porter_stem(token);
}

RougeVocabulary::RougeVocabulary(const RougeOptions& options) : stem_(options.stem) {
  if (options.remove_stopwords) stopwords_.insert(options.stopwords.begin(), options.stopwords.end());
}

std::uint32_t RougeVocabulary::term_id(const std::string& term) {
  const auto [it, inserted] = terms_.try_emplace(term, static_cast<std::uint32_t>(terms_.size()));
  return it->second;
}

std::uint32_t RougeVocabulary::id(std::string_view token) {
  std::string key(token);
  if (const auto it = token_ids_.find(key); it != token_ids_.end()) return it->second;
  // ROUGE tests the stop list with the token as written, before stemming.
  const std::uint32_t id = stopwords_.contains(key) ? kRemoved : term_id(rouge_term(token, stem_));
  token_ids_.emplace(std::move(key), id);
  return id;
}

void RougeVocabulary::append_ids(std::string_view text, std::vector<std::uint32_t>& ids) {
  for_each_rouge_token(text, [&](std::string_view token) {
    const std::uint32_t term = id(token);
    if (term != kRemoved) ids.push_back(term);
  });
}

}  // namespace chorus::eval
