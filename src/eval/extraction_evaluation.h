// Main-text extraction scored as the Zyte (ScrapingHub) article extraction
// benchmark scores it, and furniture removal scored line by line.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace chorus::eval {

// Shingle matches of one page: tokens are runs of letters, digits and '_'
// (Python's \w), shingles are 4 tokens in a row (one shingle of all tokens
// when there are fewer), counted as multisets; the three counts are divided
// by their sum so that every page weighs the same.
struct ShingleMatch {
  double tp = 0, fp = 0, fn = 0;
};
ShingleMatch match_shingles(std::string_view gold, std::string_view predicted, std::size_t n = 4);

// Precision averaged over pages with something predicted or expected
// (tp + fp > 0), recall over pages with tp + fn > 0, F1 of the two averages.
struct ShingleScore {
  double precision = 0, recall = 0, f1 = 0;
};
ShingleScore average_shingle_scores(const std::vector<ShingleMatch>& pages);

// One page of a dataset: gold.jsonl in a folder, a line an object with `id`,
// `html` (the page's path, relative to the folder), the gold body as
// `fulltext`, `text` or `articleBody` (blocks a line), and optional
// `headline`, `url`, `published`.
struct ExtractionPage {
  std::string id;
  std::filesystem::path html;
  std::string body;
  std::string headline;
  std::string url;
  std::string published;
};
std::vector<ExtractionPage> read_extraction_dataset(const std::filesystem::path& folder);

struct PageResult {
  std::string id;
  ShingleMatch match;
  bool title_right = false;
  bool date_given = false;   // the gold has a publication date
  bool date_right = false;
  // Furniture removal on the page's text (every visible block a line, the
  // scraped-text path): lines removed that are furniture / are body.
  std::size_t furniture_lines = 0, removed_furniture = 0, removed_body = 0;
};

struct ExtractionReport {
  std::vector<PageResult> pages;
  ShingleScore score;
  double title_accuracy = 0;     // headline equal after normalizing, over pages with one
  std::size_t dated_pages = 0;
  double date_accuracy = 0;
  double furniture_precision = 0, furniture_recall = 0;
  std::size_t failures = 0;      // pages that could not be read (counted as empty)
  std::size_t not_articles = 0;  // pages judged a gallery, an error page... (their text is empty)
  double seconds = 0;            // extraction time alone: reading the page into a Document, furniture
  std::size_t bytes = 0;
};

ExtractionReport evaluate_extraction(const std::vector<ExtractionPage>& pages);

std::string extraction_report_text(const ExtractionReport& report);
std::string extraction_report_json(const ExtractionReport& report);
// One line a page: id, precision, recall, and the title check.
std::string extraction_pages_text(const ExtractionReport& report);

}  // namespace chorus::eval
