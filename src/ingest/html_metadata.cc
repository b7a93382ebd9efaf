#include "ingest/html_metadata.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "ingest/reader.h"
#include "text/ascii.h"

namespace chorus::ingest {
namespace {

using nlohmann::json;

constexpr std::size_t kLongestSiteName = 80;

bool digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && text::is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && text::is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

int number(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

// "YYYY-MM-DD" for a real day of 1900-2100 (a page's date, not a typo's), else "".
std::string iso_day(int year, int month, int day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return {};
  char out[48];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return is_iso_date(out) ? std::string(out) : std::string();
}

bool digits_at(std::string_view s, std::size_t at, std::size_t count) {
  if (at + count > s.size()) return false;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!digit(s[i])) return false;
  }
  return true;
}

// "T10:30", " 10:30:00.123Z", "T10:30:00+02:00" after a numeric date.
std::string time_part(std::string_view rest) {
  if (rest.size() < 6 || (rest[0] != 'T' && rest[0] != ' ') || !digits_at(rest, 1, 2) || rest[3] != ':' ||
      !digits_at(rest, 4, 2)) {
    return {};
  }
  if (number(rest.substr(1, 2)) > 23 || number(rest.substr(4, 2)) > 59) return {};
  std::string out = "T" + std::string(rest.substr(1, 5));
  std::size_t i = 6;
  if (i + 2 < rest.size() + 0 && rest[i] == ':' && digits_at(rest, i + 1, 2)) {
    out += rest.substr(i, 3);
    i += 3;
  } else {
    out += ":00";
  }
  if (i < rest.size() && rest[i] == '.') {
    ++i;
    while (i < rest.size() && digit(rest[i])) ++i;
  }
  if (i < rest.size() && rest[i] == 'Z') {
    out += 'Z';
  } else if (i < rest.size() && (rest[i] == '+' || rest[i] == '-') && digits_at(rest, i + 1, 2)) {
    out += rest.substr(i, 3);
    std::size_t m = i + 3;
    if (m < rest.size() && rest[m] == ':') ++m;
    out += ':';
    out += digits_at(rest, m, 2) ? std::string(rest.substr(m, 2)) : std::string("00");
  }
  return out;
}

int month_of(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  const std::string w = text::ascii_lowered(word);
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (w.compare(0, 3, kMonths[m]) == 0) {
      static constexpr std::array<std::string_view, 12> kFull = {
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"};
      // "Mar." and "March" count, "market" does not.
      if (w.size() == 3 || std::string_view(kFull[m]).starts_with(w) || (m == 8 && w == "sept")) {
        return static_cast<int>(m + 1);
      }
    }
  }
  return 0;
}

// "May 12, 2008", "12 May 2008", "Monday, May 12th 2008 10:30 AM".
std::string textual_date(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size() && words.size() < 24) {
    while (i < s.size() && !text::is_ascii_alpha(s[i]) && !digit(s[i])) ++i;
    const std::size_t start = i;
    if (i < s.size() && digit(s[i])) {
      while (i < s.size() && digit(s[i])) ++i;
      // "12th", "1st"
      const std::size_t end = i;
      while (i < s.size() && text::is_ascii_alpha(s[i])) ++i;
      words.push_back(s.substr(start, end - start));
    } else {
      while (i < s.size() && text::is_ascii_alpha(s[i])) ++i;
      if (i > start) words.push_back(s.substr(start, i - start));
    }
  }
  for (std::size_t w = 0; w < words.size(); ++w) {
    const int month = month_of(words[w]);
    if (month == 0 || !text::is_ascii_alpha(words[w][0])) continue;
    auto is_day = [](std::string_view x) { return !x.empty() && digit(x[0]) && x.size() <= 2; };
    auto is_year = [](std::string_view x) { return x.size() == 4 && digit(x[0]); };
    if (w + 2 < words.size() && is_day(words[w + 1]) && is_year(words[w + 2])) {
      return iso_day(number(words[w + 2]), month, number(words[w + 1]));
    }
    if (w >= 1 && w + 1 < words.size() && is_day(words[w - 1]) && is_year(words[w + 1])) {
      return iso_day(number(words[w + 1]), month, number(words[w - 1]));
    }
  }
  return {};
}

// "07.03.2031" (day first, as wherever dots are used), "3/14/2031" and
// "14/3/2031" when one of the two numbers cannot be a month; a date like
// "3/4/2031" in `order`, or left alone when it is unknown.
std::string numeric_date(std::string_view s, DayOrder order) {
  for (std::size_t i = 0; i + 8 <= s.size(); ++i) {
    if (!digit(s[i]) || (i > 0 && digit(s[i - 1]))) continue;
    std::size_t j = i;
    while (j < s.size() && digit(s[j]) && j - i < 3) ++j;
    if (j - i > 2 || j >= s.size() || (s[j] != '.' && s[j] != '/')) continue;
    const char sep = s[j];
    const std::size_t k0 = j + 1;
    std::size_t k = k0;
    while (k < s.size() && digit(s[k]) && k - k0 < 3) ++k;
    if (k - k0 == 0 || k - k0 > 2 || k >= s.size() || s[k] != sep || !digits_at(s, k + 1, 4)) continue;
    if (k + 5 < s.size() && digit(s[k + 5])) continue;
    const int a = number(s.substr(i, j - i)), b = number(s.substr(k0, k - k0)), year = number(s.substr(k + 1, 4));
    if (sep == '.') return iso_day(year, b, a);
    if (a > 12) return iso_day(year, b, a);
    if (b > 12) return iso_day(year, a, b);
    if (order == DayOrder::kDayFirst) return iso_day(year, b, a);
    if (order == DayOrder::kMonthFirst) return iso_day(year, a, b);
    return {};
  }
  return {};
}

std::string first_of(const HtmlLayout& layout, std::initializer_list<std::string_view> keys) {
  for (const std::string_view key : keys) {
    for (const HtmlMeta& m : layout.meta) {
      if (m.key == key && !trim(m.value).empty()) return std::string(trim(m.value));
    }
  }
  return {};
}

std::string first_date(const HtmlLayout& layout, std::initializer_list<std::string_view> keys) {
  const DayOrder order = day_order_of(layout.lang);
  for (const std::string_view key : keys) {
    for (const HtmlMeta& m : layout.meta) {
      if (m.key != key) continue;
      std::string date = normalize_page_date(m.value, order);
      if (!date.empty()) return date;
    }
  }
  return {};
}

// The name in a JSON-LD author or publisher value: a string, an object with
// `name`, or an array of either.
std::string name_in(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object()) {
    const auto name = value.find("name");
    return name != value.end() && name->is_string() ? name->get<std::string>() : std::string();
  }
  if (value.is_array()) {
    std::string names;
    for (const json& item : value) {
      const std::string name = name_in(item);
      if (name.empty()) continue;
      if (!names.empty()) names += ", ";
      names += name;
    }
    return names;
  }
  return {};
}

struct JsonLdArticle {
  std::string headline, published, modified, author, publisher;
  std::string any_published, any_modified;  // from a node of another type
  bool article = false;     // a node of an article type
  bool collection = false;  // a CollectionPage, SearchResultsPage or ProfilePage
};

// Whether a JSON-LD @type (a string or an array of them) names a type `is`.
template <typename Is>
bool has_type(const json& type, Is is) {
  const auto one = [&is](const json& t) { return t.is_string() && is(t.get<std::string>()); };
  return type.is_array() ? std::any_of(type.begin(), type.end(), one) : one(type);
}

bool is_article_type(const json& type) {
  return has_type(type, [](const std::string& name) {
    return name.ends_with("Article") || name == "BlogPosting" || name == "Report" || name == "LiveBlogPosting";
  });
}

bool is_collection_type(const json& type) {
  return has_type(type, [](const std::string& name) {
    return name == "CollectionPage" || name == "SearchResultsPage" || name == "ProfilePage";
  });
}

void read_json_ld_node(const json& node, JsonLdArticle& out, int depth) {
  if (depth > 8) return;
  if (node.is_array()) {
    for (const json& item : node) read_json_ld_node(item, out, depth + 1);
    return;
  }
  if (!node.is_object()) return;
  if (const auto graph = node.find("@graph"); graph != node.end()) read_json_ld_node(*graph, out, depth + 1);
  // Any node's dates (a WebPage's) count when no article gives one.
  for (const auto& [key, target] : {std::pair{"datePublished", &out.any_published},
                                    std::pair{"dateModified", &out.any_modified}}) {
    const auto v = node.find(key);
    if (target->empty() && v != node.end() && v->is_string()) *target = v->get<std::string>();
  }
  const auto type = node.find("@type");
  if (type != node.end() && is_collection_type(*type)) out.collection = true;
  if (type == node.end() || !is_article_type(*type)) return;
  out.article = true;
  auto take = [&node](const char* key, std::string& target) {
    const auto v = node.find(key);
    if (target.empty() && v != node.end() && v->is_string()) target = v->get<std::string>();
  };
  take("headline", out.headline);
  take("datePublished", out.published);
  take("dateModified", out.modified);
  if (const auto a = node.find("author"); a != node.end() && out.author.empty()) out.author = name_in(*a);
  if (const auto p = node.find("publisher"); p != node.end() && out.publisher.empty()) out.publisher = name_in(*p);
}

JsonLdArticle read_json_ld(const HtmlLayout& layout) {
  JsonLdArticle article;
  for (const std::string& body : layout.json_ld) {
    const json value = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (!value.is_discarded()) read_json_ld_node(value, article, 0);
  }
  return article;
}

std::string host_of(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const auto at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host = text::ascii_lowered(rest);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

// "Headline - Site", "Headline | Site", "Site: Headline": the part that is
// not the headline, when the headline is known from elsewhere, else the
// shorter side of the last separator.
void split_title(std::string_view title, std::string_view headline, std::string& head, std::string& site) {
  // The headline known: the site is what is left of the title around it
  // ("Valley Courier: Flood defences finished early").
  if (!headline.empty()) {
    const std::string lower_title = text::ascii_lowered(title);
    const auto at = lower_title.find(text::ascii_lowered(headline));
    if (at != std::string::npos) {
      std::string rest = std::string(title.substr(0, at)) + std::string(title.substr(at + headline.size()));
      const auto separator = [](char c) { return c == ' ' || c == '|' || c == '-' || c == ':' || c == ',' || c == '/'; };
      while (!rest.empty() && separator(rest.front())) rest.erase(0, 1);
      while (!rest.empty() && separator(rest.back())) rest.pop_back();
      // Typographic separators (dashes, guillemets) are multi-byte.
      for (const std::string_view mark : {"\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xBB", "\xC2\xB7"}) {
        if (std::string_view(rest).starts_with(mark)) rest.erase(0, mark.size());
        if (std::string_view(rest).ends_with(mark)) rest.resize(rest.size() - mark.size());
      }
      head = std::string(headline);
      site = std::string(trim(rest));
      if (site.size() > kLongestSiteName) site.clear();
      return;
    }
  }
  static constexpr std::array<std::string_view, 6> kSeparators = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                                  " :: ", " \xC2\xBB "};
  for (const std::string_view sep : kSeparators) {
    const auto at = title.rfind(sep);
    if (at == std::string_view::npos) continue;
    const std::string_view left = trim(title.substr(0, at));
    const std::string_view right = trim(title.substr(at + sep.size()));
    if (!headline.empty() && text::ascii_lowered(left) == text::ascii_lowered(headline)) {
      head = left;
      site = right;
      return;
    }
    if (right.size() < left.size()) {
      head = left;
      site = right;
    } else {
      head = right;
      site = left;
    }
    return;
  }
  head = title;
}

std::string language_of(std::string_view tag) {
  tag = trim(tag);
  std::string out;
  for (const char c : tag) {
    if (c == '-' || c == '_' || c == ',' || c == ';') break;
    if (!text::is_ascii_alpha(c)) return {};
    out += text::ascii_lower(c);
  }
  return out.size() >= 2 && out.size() <= 3 ? out : std::string();
}

// A "By Jane Doe" author meta value that is a URL (article:author often is)
// names no one.
std::string clean_author(std::string author) {
  if (author.find("://") != std::string::npos) return {};
  std::string_view a = trim(author);
  if (a.size() > 3 && text::ascii_lowered(a.substr(0, 3)) == "by ") a.remove_prefix(3);
  return std::string(trim(a));
}

bool capitalized(std::string_view word) {
  if (word.empty()) return false;
  const auto first = static_cast<unsigned char>(word[0]);
  return (first >= 'A' && first <= 'Z') || first >= 0xC3;  // Latin capitals past ASCII start at U+00C0
}

}  // namespace

std::string author_from_byline(std::string_view line) {
  if (line.size() > 200) return {};
  const std::string folded = text::ascii_lowered(line);
  std::size_t at = std::string::npos;
  for (std::size_t i = 0; i + 3 <= folded.size(); ++i) {
    if (folded.compare(i, 2, "by") == 0 && (i == 0 || !text::is_ascii_alpha(folded[i - 1])) &&
        (i + 2 == folded.size() || folded[i + 2] == ' ' || folded[i + 2] == ':')) {
      at = i + 2;
      break;
    }
  }
  // "By ...", "Story by ...", "Piše / By: ...": at most two words before it.
  if (at == std::string::npos || std::count(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(at - 2), ' ') > 2) {
    return {};
  }
  if (std::count(line.begin(), line.end(), ' ') >= kBylineSpaces) return {};
  std::string_view rest = line.substr(at);
  while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
  std::string name;
  int words = 0;
  while (!rest.empty() && words < 5) {
    std::size_t end = 0;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != ',' && rest[end] != '|' && rest[end] != ';') ++end;
    const std::string_view word = rest.substr(0, end);
    // "Tin Marović Objavljeno / Published: ...": a word before a '/' or
    // ':' is the next label, not the name.
    const std::string_view after = rest.substr(std::min(end + 1, rest.size()));
    if (words >= 2 && (after.starts_with("/") || word.ends_with(':'))) break;
    static constexpr std::array<std::string_view, 7> kParticles = {"van", "de", "der", "von", "al", "bin", "da"};
    const bool particle = std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
    if (!capitalized(word) && !(particle && words > 0)) break;
    if (!name.empty()) name += ' ';
    name += word;
    ++words;
    if (end < rest.size() && rest[end] != ' ') break;  // "Jane Doe, Staff Writer"
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  return words >= 2 ? name : std::string();
}

DayOrder day_order_of(std::string_view tag) {
  const std::string lower_tag = text::ascii_lowered(trim(tag));
  if (lower_tag.size() < 2) return DayOrder::kUnknown;
  const std::string_view language = std::string_view(lower_tag).substr(0, lower_tag.find_first_of("-_"));
  const auto dash = lower_tag.find_first_of("-_");
  const std::string_view region = dash == std::string::npos ? std::string_view() : std::string_view(lower_tag).substr(dash + 1, 2);
  if (region == "us") return DayOrder::kMonthFirst;
  if (!region.empty() || language != "en") return DayOrder::kDayFirst;
  return DayOrder::kUnknown;
}

std::string normalize_page_date(std::string_view text, DayOrder order) {
  const std::string_view s = trim(text);
  if (s.size() >= 10 && digits_at(s, 0, 4) && (s[4] == '-' || s[4] == '/' || s[4] == '.') && digits_at(s, 5, 2) &&
      s[7] == s[4] && digits_at(s, 8, 2)) {
    std::string day = iso_day(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2)));
    if (day.empty()) return day;
    return day + (s[4] == '-' ? time_part(s.substr(10)) : std::string());
  }
  if (s.size() >= 8 && digits_at(s, 0, 8) && (s.size() == 8 || !digit(s[8]))) {
    return iso_day(number(s.substr(0, 4)), number(s.substr(4, 2)), number(s.substr(6, 2)));
  }
  if (s.size() > 200) return {};
  if (std::string day = numeric_date(s, order); !day.empty()) return day;
  return textual_date(s);
}

std::string date_in_url(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    const auto path = url.find('/', scheme + 3);
    url = path == std::string_view::npos ? std::string_view() : url.substr(path);
  }
  for (std::size_t i = 0; i + 8 <= url.size(); ++i) {
    if (url[i] != '/' && url[i] != '-' && url[i] != '_') continue;
    const std::size_t y = i + 1;
    if (!digits_at(url, y, 4)) continue;
    const int year = number(url.substr(y, 4));
    if (year < 1990 || year > 2100) continue;
    // /2008/05/12/ or /2008-05-12
    if (y + 10 <= url.size() && (url[y + 4] == '/' || url[y + 4] == '-') && digits_at(url, y + 5, 2) &&
        url[y + 7] == url[y + 4] && digits_at(url, y + 8, 2) && (y + 10 == url.size() || !digit(url[y + 10]))) {
      std::string day = iso_day(year, number(url.substr(y + 5, 2)), number(url.substr(y + 8, 2)));
      if (!day.empty()) return day;
    }
    // /20080512/
    if (digits_at(url, y, 8) && (y + 8 == url.size() || !digit(url[y + 8]))) {
      std::string day = iso_day(year, number(url.substr(y + 4, 2)), number(url.substr(y + 6, 2)));
      if (!day.empty()) return day;
    }
  }
  return {};
}

PageMetadata read_page_metadata(const HtmlLayout& layout, std::string_view url, std::string_view headline) {
  PageMetadata meta;
  const JsonLdArticle ld = read_json_ld(layout);

  std::string title_head, title_site;
  split_title(layout.title, headline, title_head, title_site);
  // The visible headline first: declared titles carry the site's name.
  meta.title = std::string(headline);
  if (meta.title.empty()) meta.title = std::string(trim(ld.headline));
  if (meta.title.empty()) {
    std::string site_too;
    split_title(first_of(layout, {"og:title", "twitter:title", "itemprop:headline"}), "", meta.title, site_too);
  }
  if (meta.title.empty()) meta.title = title_head;

  meta.site = first_of(layout, {"og:site_name", "application-name", "twitter:site"});
  if (meta.site.empty()) meta.site = ld.publisher;
  if (meta.site.starts_with('@')) meta.site.erase(0, 1);
  if (meta.site.empty()) meta.site = title_site;

  meta.author = clean_author(ld.author);
  if (meta.author.empty()) {
    meta.author = clean_author(first_of(layout, {"author", "article:author", "itemprop:author", "dc.creator", "byl",
                                                 "sailthru.author", "parsely-author", "rel:author"}));
  }
  // A link in a byline names the author when it reads as a name.
  for (const HtmlMeta& m : layout.meta) {
    if (!meta.author.empty()) break;
    if (m.key == "byline:link") meta.author = author_from_byline("by " + m.value);
  }

  if (std::string d = normalize_page_date(ld.published.empty() ? ld.any_published : ld.published); !d.empty()) {
    meta.published = d;
    meta.published_from = "json-ld";
  }
  if (meta.published.empty()) {
    meta.published = first_date(layout, {"article:published_time", "og:published_time", "itemprop:datepublished",
                                         "datepublished", "pubdate", "publishdate", "publish-date", "date",
                                         "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
                                         "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
                                         "publish_date", "publication_date", "date_published", "og:article:published_time",
                                         "dc.date.created", "dcterms.issued", "citation_publication_date",
                                         "itemprop:datecreated", "itemprop:uploaddate", "created"});
    if (!meta.published.empty()) meta.published_from = "meta";
  }
  if (meta.published.empty()) {
    meta.published = first_date(layout, {"time:datetime"});
    if (!meta.published.empty()) meta.published_from = "time";
  }
  meta.modified = normalize_page_date(ld.modified.empty() ? ld.any_modified : ld.modified);
  if (meta.modified.empty()) {
    meta.modified = first_date(layout, {"article:modified_time", "og:updated_time", "itemprop:datemodified",
                                        "datemodified", "last-modified", "dcterms.modified", "time:modified"});
  }

  meta.language = language_of(layout.lang);
  if (meta.language.empty()) meta.language = language_of(first_of(layout, {"content-language", "og:locale", "language", "dc.language"}));

  for (const HtmlMeta& link : layout.links) {
    if (link.key == "canonical") {
      meta.canonical_url = link.value;
      break;
    }
  }
  if (meta.canonical_url.empty()) meta.canonical_url = first_of(layout, {"og:url"});
  const std::string_view address = !meta.canonical_url.empty() && meta.canonical_url.find("://") != std::string::npos
                                       ? std::string_view(meta.canonical_url) : url;
  if (meta.published.empty()) {
    meta.published = date_in_url(address);
    if (meta.published.empty() && address != url) meta.published = date_in_url(url);
    if (!meta.published.empty()) meta.published_from = "url";
  }
  if (meta.site.empty()) meta.site = host_of(address);

  const std::string og_type = text::ascii_lowered(first_of(layout, {"og:type"}));
  if (ld.article || og_type == "article") {
    meta.declared_type = "article";
  } else if (ld.collection || og_type == "profile") {
    meta.declared_type = "collection";
  } else if (og_type.starts_with("video")) {
    meta.declared_type = "video";
  }
  return meta;
}

}  // namespace chorus::ingest
