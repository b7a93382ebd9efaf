#include "entities/ner_corpus.h"

#include <fstream>
#include <sstream>

#include "chorus/error.h"
#include "text/ascii.h"

namespace chorus::entities {
namespace {

// Splits a line into whitespace-separated fields (views into the line).
void split_fields(std::string_view line, std::vector<std::string_view>& fields) {
  fields.clear();
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && text::is_ascii_space(line[i])) ++i;
    const size_t start = i;
    while (i < line.size() && !text::is_ascii_space(line[i])) ++i;
    if (i > start) fields.push_back(line.substr(start, i - start));
  }
}

[[noreturn]] void fail(std::string_view name, size_t line, const std::string& what) {
  throw Error(std::string(name) + ":" + std::to_string(line) + ": " + what);
}

ConllTag parse_tag(std::string_view tag, std::string_view name, size_t line) {
  if (tag == "O") return {};
  if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
    if (const auto type = entity_type_from_name(tag.substr(2))) return {tag[0], *type};
  }
  fail(name, line,
       "bad entity tag '" + std::string(tag) + "' (expected O, B-T or I-T with T one of PER, ORG, LOC, MISC)");
}

}  // namespace

ConllCorpus parse_conll(std::string_view text, std::string_view name) {
  ConllCorpus corpus;
  ConllDocument document;
  ConllSentence sentence;
  std::vector<std::string_view> fields;
  auto end_sentence = [&] {
    if (!sentence.words.empty()) document.sentences.push_back(std::move(sentence));
    sentence = {};
  };
  auto end_document = [&] {
    end_sentence();
    if (!document.sentences.empty()) corpus.documents.push_back(std::move(document));
    document = {};
  };
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    split_fields(line, fields);
    if (fields.empty()) {
      end_sentence();
      continue;
    }
    if (fields[0] == "-DOCSTART-") {
      end_document();
      continue;
    }
    if (fields.size() < 2)
      fail(name, line_number, "expected 'WORD ... TAG' (at least two columns), got '" + std::string(line) + "'");
    if (sentence.words.empty()) sentence.line = static_cast<uint32_t>(line_number);
    sentence.words.emplace_back(fields.front());
    sentence.tags.push_back(parse_tag(fields.back(), name, line_number));
    ++corpus.token_count;
    corpus.byte_count += fields.front().size() + 1;
  }
  end_document();
  return corpus;
}

ConllCorpus read_conll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path))
    throw Error(path.string() + ": cannot open the CoNLL file (does it exist and is it a readable file?)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(path.string() + ": read error");
  ConllCorpus corpus = parse_conll(buffer.str(), path.string());
  if (corpus.token_count == 0)
    throw Error(path.string() + ": no tokens (expected CoNLL-2003 lines 'WORD POS CHUNK NE')");
  return corpus;
}

std::vector<TokenChunk> conll_chunks(std::span<const ConllTag> tags) {
  std::vector<TokenChunk> chunks;
  ConllTag previous;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const ConllTag tag = tags[i];
    if (tag.prefix != 'O') {
      const bool continues = tag.prefix == 'I' && previous.prefix != 'O' && previous.type == tag.type;
      if (continues)
        chunks.back().end = i + 1;
      else
        chunks.push_back({i, i + 1, tag.type});
    }
    previous = tag;
  }
  return chunks;
}

}  // namespace chorus::entities
