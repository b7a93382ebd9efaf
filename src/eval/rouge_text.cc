#include "eval/rouge_text.h"

#include "eval/word_exceptions.h"
#include "text/porter_stemmer.h"

namespace chorus::eval {
namespace {

// Perl's \s on byte strings.
bool is_perl_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Perl's split(/\s+/, $line): a leading empty field when the line starts with
// white space, trailing empty fields dropped. ROUGE counts words this way, on
// the raw line, before punctuation is removed.
std::vector<std::string_view> perl_split_words(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t end = start;
    while (end < line.size() && !is_perl_space(line[end])) ++end;
    fields.push_back(line.substr(start, end - start));
    if (end == line.size()) break;
    while (end < line.size() && is_perl_space(line[end])) ++end;
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
      for (char& c : line) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      lines.push_back(std::move(line));
    }
    start = end + 1;
  }
  return lines;
}

std::string rouge_joined_text(const std::vector<std::string>& lines, int word_limit, int byte_limit) {
  std::string text;
  if (word_limit > 0) {
    std::size_t used = 0;
    const auto limit = static_cast<std::size_t>(word_limit);
    for (const std::string& line : lines) {
      const auto words = perl_split_words(line);
      if (used + words.size() < limit) {
        if (used != 0) text += ' ';
        text += line;
        used += words.size();
      } else {
        if (used > 0) text += ' ';
        text += join_words(words, limit - used);
        break;
      }
    }
  } else if (byte_limit > 0) {
    // Only line content counts towards the limit, not the joining spaces.
    std::size_t used = 0;
    const auto limit = static_cast<std::size_t>(byte_limit);
    for (const std::string& line : lines) {
      if (used + line.size() < limit) {
        if (used != 0) text += ' ';
        text += line;
        used += line.size();
      } else {
        if (used > 0) text += ' ';
        text += line.substr(0, limit - used);
        break;
      }
    }
  } else {
    for (const std::string& line : lines) {
      if (!text.empty()) text += ' ';
      text += line;
    }
  }
  return text;
}

std::vector<std::string> rouge_lcs_units(const std::vector<std::string>& lines, int word_limit, int byte_limit) {
  std::vector<std::string> units;
  if (word_limit > 0) {
    std::size_t used = 0;
    const auto limit = static_cast<std::size_t>(word_limit);
    for (const std::string& line : lines) {
      const auto words = perl_split_words(line);
      if (used + words.size() < limit) {
        units.push_back(line);
        used += words.size();
      } else {
        units.push_back(join_words(words, limit - used));
        break;
      }
    }
  } else if (byte_limit > 0) {
    // ROUGE never adds the lines it keeps to its byte count here: each line
    // is measured on its own (see the header).
    const auto limit = static_cast<std::size_t>(byte_limit);
    for (const std::string& line : lines) {
      if (line.size() < limit) {
        units.push_back(line);
      } else {
        units.push_back(line.substr(0, limit));
        break;
      }
    }
  } else {
    units = lines;
  }
  return units;
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
