// Readers: turn command-line inputs into Articles.
#pragma once

#include <array>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/article.h"
#include "core/diagnostics.h"
#include "ingest/url_fetch.h"

namespace chorus::ingest {

struct ReadOptions {
  // Largest input file accepted, in bytes, whatever its format (a JSONL or
  // .json batch too), checked before reading. Larger files are rejected with
  // an error naming the file and the limit.
  uint64_t max_bytes = 10u * 1024u * 1024u;
  // How http:// and https:// inputs are fetched (its max_bytes is replaced
  // by the one above).
  FetchOptions fetch;
};

// Reads every input in `paths`, in order:
//  - an http:// or https:// URL: the page, fetched (url_fetch.h); id from
//    its address ("example.com-news-story");
//  - a directory: its regular `.txt`, `.md`, `.html` and `.htm` files (not
//    recursive), sorted by name; an empty directory (no such file) is an error;
//  - a `.jsonl` file: one article per line, an object with string fields
//    `id` and `text` (or `html`, a web page) and optional `source`, `url`,
//    `title`, `published` (ISO 8601); blank lines are skipped; other fields
//    are ignored;
//  - a `.json` file: an array of such objects, or an object whose `articles`
//    is that array (the service's request body);
//  - `-`: standard input, read whole, as one article (id "stdin");
//  - any other regular file: one article, id = file name without extension;
//    HTML when named .html, .htm or .xhtml or when it starts like a page
//    ("<!DOCTYPE html", "<html").
// Each bad input (a URL that cannot be fetched, missing path, not a regular file, unreadable, empty, too
// large, a JSONL line or .json element the reader cannot use: malformed
// JSON, invalid UTF-8, a number out of range, a key given twice, a wrong
// type; a duplicate id) adds one warning "<path>[:line or :[index]]:
// <problem>" and is skipped. Throws chorus::Error when nothing valid
// remains: with the single problem's message when there was one input
// problem, otherwise a summary.
std::vector<Article> read_articles(const std::vector<std::string>& paths,
                                   const ReadOptions& options, Diagnostics& diagnostics,
                                   std::istream& standard_input);

// The string fields of an article given as a JSON object (a JSONL line, a
// service request), and where each goes in an Article.
struct ArticleField {
  const char* name;
  std::string Article::*member;
  bool required;
};
inline constexpr std::array<ArticleField, 6> kArticleFields = {{
    {"id", &Article::id, true},
    {"text", &Article::raw, true},
    {"source", &Article::source, false},
    {"url", &Article::url, false},
    {"title", &Article::title, false},
    {"published", &Article::published, false},
}};

// True for the `published` values articles may carry: YYYY-MM-DD with a real
// month and day, optionally followed by "T" and a time starting hh:mm.
bool is_iso_date(std::string_view text);

// True when `bytes` start (after a byte order mark and white space) like a
// web page: "<!doctype html", "<html", or "<?xml" followed by an <html.
bool looks_like_html(std::string_view bytes);

// An article id made of a URL: host and path, every run of other characters
// than letters and digits as one '-', at most 100 bytes.
std::string id_from_url(std::string_view url);

}  // namespace chorus::ingest
