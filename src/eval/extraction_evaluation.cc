#include "eval/extraction_evaluation.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "chorus/error.h"
#include "core/document.h"
#include "digest/pipeline.h"
#include "ingest/furniture.h"

namespace chorus::eval {
namespace {

using nlohmann::json;

constexpr std::size_t kLargestPage = 64u * 1024u * 1024u;

bool word_character(UChar32 c) {
  if (c == '_') return true;
  const int8_t type = u_charType(c);
  return (type >= U_UPPERCASE_LETTER && type <= U_OTHER_LETTER) ||
         (type >= U_DECIMAL_DIGIT_NUMBER && type <= U_OTHER_NUMBER);
}

// The hashes of the \w+ tokens of `text`.
std::vector<uint64_t> token_hashes(std::string_view text) {
  std::vector<uint64_t> tokens;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0, start = -1;
  while (i < length) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    const bool word = c >= 0 && word_character(c);
    if (word && start < 0) start = at;
    if (!word && start >= 0) {
      tokens.push_back(std::hash<std::string_view>{}(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(at - start))));
      start = -1;
    }
  }
  if (start >= 0) tokens.push_back(std::hash<std::string_view>{}(text.substr(static_cast<std::size_t>(start))));
  return tokens;
}

std::unordered_map<uint64_t, int> shingles(std::string_view text, std::size_t n) {
  const std::vector<uint64_t> tokens = token_hashes(text);
  std::unordered_map<uint64_t, int> counts;
  if (tokens.empty()) return counts;
  const std::size_t count = tokens.size() >= n ? tokens.size() - n + 1 : 1;
  for (std::size_t i = 0; i < count; ++i) {
    uint64_t h = 1469598103934665603ull;
    for (std::size_t k = i; k < std::min(i + n, tokens.size()); ++k) h = (h ^ tokens[k]) * 1099511628211ull;
    ++counts[h];
  }
  return counts;
}

// ASCII letters and digits, lower-cased: compares text whose other
// characters were damaged ("Kosovo?s" against "Kosovo’s").
std::string letters_and_digits(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string read_page_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot open");
  std::string bytes;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > kLargestPage) throw Error(path.string() + ": page is over 64 MB");
  }
  return bytes;
}

// Furniture removal on the page's visible text, one block a line, against
// the gold body's lines.
// `page_text` is a page Document's text: its blocks, separated by blank lines.
void score_furniture(std::string_view page_text, const ExtractionPage& gold, PageResult& result) {
  Document doc;
  doc.id = gold.id;
  std::vector<Span> lines;
  for (std::size_t at = 0; at < page_text.size();) {
    const std::size_t end = std::min(page_text.find("\n\n", at), page_text.size());
    std::string_view block = page_text.substr(at, end - at);
    at = end + 2;
    while (!block.empty() && block.front() == '\n') block.remove_prefix(1);
    if (block.empty()) continue;
    if (!doc.text.empty()) doc.text += '\n';
    const auto begin = static_cast<uint32_t>(doc.text.size());
    doc.text += block;
    lines.push_back({begin, static_cast<uint32_t>(doc.text.size())});
  }
  std::vector<Document> docs;
  docs.push_back(std::move(doc));
  ingest::remove_furniture(docs, {});
  const Document& done = docs.front();

  std::string gold_all;
  std::unordered_set<std::string> gold_lines;
  std::istringstream in(gold.body);
  for (std::string line; std::getline(in, line);) {
    std::string key = letters_and_digits(line);
    gold_all += key;
    gold_all += '|';
    gold_lines.insert(std::move(key));
  }
  std::size_t r = 0;
  for (const Span& line : lines) {
    const std::string key = letters_and_digits(line.of(done.text));
    if (key.empty()) continue;
    const bool body = key.size() >= 15 ? gold_all.find(key) != std::string::npos : gold_lines.count(key) > 0;
    while (r < done.removed.size() && done.removed[r].span.end <= line.begin) ++r;
    const bool removed = r < done.removed.size() && done.removed[r].span.begin < line.end;
    if (!body) ++result.furniture_lines;
    if (removed) ++(body ? result.removed_body : result.removed_furniture);
  }
}

double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

}  // namespace

ShingleMatch match_shingles(std::string_view gold, std::string_view predicted, std::size_t n) {
  const auto truth = shingles(gold, n);
  const auto guess = shingles(predicted, n);
  ShingleMatch m;
  for (const auto& [key, count] : truth) {
    const auto other = guess.find(key);
    const int g = other == guess.end() ? 0 : other->second;
    m.tp += std::min(count, g);
    m.fn += std::max(0, count - g);
  }
  for (const auto& [key, count] : guess) {
    const auto other = truth.find(key);
    const int t = other == truth.end() ? 0 : other->second;
    m.fp += std::max(0, count - t);
  }
  const double sum = m.tp + m.fp + m.fn;
  if (sum > 0) {
    m.tp /= sum;
    m.fp /= sum;
    m.fn /= sum;
  }
  return m;
}

ShingleScore average_shingle_scores(const std::vector<ShingleMatch>& pages) {
  double precision = 0, recall = 0;
  std::size_t with_predicted = 0, with_gold = 0;
  for (const ShingleMatch& m : pages) {
    const bool nothing = m.fp == 0 && m.fn == 0;
    if (m.tp + m.fp > 0) {
      precision += nothing ? 1.0 : m.tp / (m.tp + m.fp);
      ++with_predicted;
    }
    if (m.tp + m.fn > 0) {
      recall += nothing ? 1.0 : m.tp / (m.tp + m.fn);
      ++with_gold;
    }
  }
  ShingleScore score;
  score.precision = ratio(precision, static_cast<double>(with_predicted));
  score.recall = ratio(recall, static_cast<double>(with_gold));
  score.f1 = ratio(2 * score.precision * score.recall, score.precision + score.recall);
  return score;
}

std::vector<ExtractionPage> read_extraction_dataset(const std::filesystem::path& folder) {
  const std::filesystem::path index = folder / "gold.jsonl";
  std::ifstream in(index);
  if (!in) throw Error(index.string() + ": cannot open (a dataset folder holds gold.jsonl)");
  std::vector<ExtractionPage> pages;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = index.string() + ":" + std::to_string(number);
    const json value = json::parse(line, nullptr, false);
    if (value.is_discarded() || !value.is_object()) throw Error(where + ": not a JSON object");
    auto text = [&value](const char* key) {
      const auto it = value.find(key);
      return it != value.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    ExtractionPage page;
    page.id = text("id");
    page.html = text("html");
    page.body = text("fulltext");
    if (page.body.empty()) page.body = text("text");
    if (page.body.empty()) page.body = text("articleBody");
    page.headline = text("headline");
    page.url = text("url");
    page.published = text("published");
    if (page.id.empty() || page.html.empty()) throw Error(where + ": needs string fields `id` and `html`");
    page.html = folder / page.html;
    pages.push_back(std::move(page));
  }
  if (pages.empty()) throw Error(index.string() + ": no pages");
  return pages;
}

ExtractionReport evaluate_extraction(const std::vector<ExtractionPage>& pages) {
  ExtractionReport report;
  std::vector<ShingleMatch> matches;
  std::size_t titled = 0, titles_right = 0, dates_right = 0;
  std::size_t furniture = 0, removed_furniture = 0, removed_body = 0;
  for (const ExtractionPage& gold : pages) {
    PageResult result;
    result.id = gold.id;
    std::string predicted;
    try {
      const std::string bytes = read_page_file(gold.html);
      report.bytes += bytes.size();
      // As `chorus extract` reads a page: its main text, then the furniture
      // inside it, page by page.
      Article article;
      article.id = gold.id;
      article.path = gold.html.string();
      article.url = gold.url;
      article.format = ArticleFormat::kHtml;
      article.raw = bytes;
      const auto start = std::chrono::steady_clock::now();
      Diagnostics diagnostics;
      const std::vector<Document> docs = digest::read_documents({article}, Options{}, diagnostics);
      if (docs.front().kind != DocumentKind::kArticle) ++report.not_articles;
      predicted = body_text(docs.front());
      report.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const Document& doc = docs.front();
      if (!gold.headline.empty()) {
        ++titled;
        result.title_right = letters_and_digits(doc.title) == letters_and_digits(gold.headline);
        titles_right += result.title_right;
      }
      if (!gold.published.empty()) {
        result.date_given = true;
        result.date_right = doc.published.substr(0, 10) == gold.published.substr(0, 10);
        dates_right += result.date_right;
        ++report.dated_pages;
      }
      score_furniture(doc.text, gold, result);
    } catch (const Error&) {
      ++report.failures;
    }
    result.match = match_shingles(gold.body, predicted);
    matches.push_back(result.match);
    furniture += result.furniture_lines;
    removed_furniture += result.removed_furniture;
    removed_body += result.removed_body;
    report.pages.push_back(std::move(result));
  }
  report.score = average_shingle_scores(matches);
  report.title_accuracy = ratio(static_cast<double>(titles_right), static_cast<double>(titled));
  report.date_accuracy = ratio(static_cast<double>(dates_right), static_cast<double>(report.dated_pages));
  report.furniture_precision = ratio(static_cast<double>(removed_furniture), static_cast<double>(removed_furniture + removed_body));
  report.furniture_recall = ratio(static_cast<double>(removed_furniture), static_cast<double>(furniture));
  return report;
}

std::string extraction_report_text(const ExtractionReport& report) {
  char out[1024];
  std::snprintf(out, sizeof out,
                "pages %zu (unreadable %zu, judged not an article %zu)\n"
                "main text (4-gram shingles): precision %.4f recall %.4f F1 %.4f\n"
                "title right: %.4f\n"
                "publication date right: %.4f of %zu pages that give one\n"
                "furniture removal on page text (lines): precision %.4f recall %.4f\n"
                "extraction: %.3f s for %.1f MB, %.0f pages/s\n",
                report.pages.size(), report.failures, report.not_articles, report.score.precision, report.score.recall, report.score.f1,
                report.title_accuracy, report.date_accuracy, report.dated_pages, report.furniture_precision,
                report.furniture_recall, report.seconds, static_cast<double>(report.bytes) / 1e6,
                ratio(static_cast<double>(report.pages.size()), report.seconds));
  return out;
}

std::string extraction_report_json(const ExtractionReport& report) {
  json out = {
      {"pages", report.pages.size()},
      {"unreadable", report.failures},
      {"not_articles", report.not_articles},
      {"main_text", {{"precision", report.score.precision}, {"recall", report.score.recall}, {"f1", report.score.f1}}},
      {"title_accuracy", report.title_accuracy},
      {"dated_pages", report.dated_pages},
      {"date_accuracy", report.date_accuracy},
      {"furniture_lines", {{"precision", report.furniture_precision}, {"recall", report.furniture_recall}}},
      {"seconds", report.seconds},
      {"bytes", report.bytes},
  };
  return out.dump(2) + "\n";
}

std::string extraction_pages_text(const ExtractionReport& report) {
  std::string out;
  char line[512];
  for (const PageResult& page : report.pages) {
    const ShingleMatch& m = page.match;
    std::snprintf(line, sizeof line, "%s\tP %.3f\tR %.3f\ttitle %s\n", page.id.c_str(),
                  m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0.0, m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0.0,
                  page.title_right ? "ok" : "wrong");
    out += line;
  }
  return out;
}

}  // namespace chorus::eval
