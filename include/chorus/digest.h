// Digest: the result of chorus, one plain value. The renderers serialize it;
// its JSON form (docs/JSON.md) is the public contract.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace chorus {

inline constexpr const char* kDigestFormatVersion = "1";

struct RemovedLine {
  std::string text;    // the removed line as it stands in the cleaned text
  std::string reason;  // headline, dateline, navigation, promotion, read-more, ...
  uint32_t start = 0;  // byte offsets into the document's cleaned text
  uint32_t end = 0;
};

struct DigestDateline {
  std::string text;    // "BAKU, December 1. /TASS/."
  std::string place;   // "BAKU"
  std::string date;    // "December 1" as written
  std::string agency;  // "TASS"
  uint32_t start = 0;
  uint32_t end = 0;
};

struct DigestDocument {
  std::string id;
  std::string path;
  std::string source;          // the outlet
  std::string source_from;     // metadata, copyright, dateline, unknown
  std::string url;
  std::string title;
  std::string published;       // ISO 8601 or empty
  std::string published_from;  // metadata, dateline, timestamp, inferred, unknown
  double published_confidence = 0;  // 0..1, two decimals; 0 when unknown
  std::string kind;            // article, gallery, error, consent, login, link-list, empty
  std::string author;          // web pages: from metadata or the byline; else empty
  std::string modified;        // web pages: ISO 8601 or empty
  std::string language;        // web pages: "en"; else empty
  std::string canonical_url;   // web pages; else empty
  uint32_t words = 0;          // word tokens in the body
  uint32_t sentences = 0;      // sentences in the body
  uint32_t paragraphs = 0;     // paragraphs in the body
  std::vector<DigestDateline> datelines;
  std::vector<RemovedLine> removed;
  std::string text;            // the cleaned text all offsets point into
};

struct Support {
  std::string doc;         // id of a supporting document
  uint32_t start = 0;      // the supporting sentence in that document
  uint32_t end = 0;
  double similarity = 0;   // see docs/JSON.md for the measure
};

struct SummarySentence {
  std::string text;
  std::string doc;                 // id of the document it was taken from
  uint32_t start = 0;              // byte offsets into that document's text
  uint32_t end = 0;
  uint32_t words = 0;              // its length as counted for the word budget
  std::vector<std::string> support;   // ids of documents saying the same, incl. `doc`
  std::vector<Support> evidence;      // the matching sentence in each of them
  std::vector<uint32_t> claims;       // indexes into Digest::claims of the claims it states
};

// A sentence that states a claim.
struct ClaimSentence {
  std::string doc;
  uint32_t start = 0;  // byte offsets into that document's text
  uint32_t end = 0;
  std::string text;
};

// What one side of a disagreement says.
struct ClaimSide {
  std::string doc;
  uint32_t start = 0;  // the figure or date as written, or the whole sentence (polarity)
  uint32_t end = 0;
  std::string text;
  std::string value;   // "12", "1800-2000", "2031-11-19", "negative" / "positive"
};

// Where two outlets of one claim disagree.
struct ClaimDifference {
  std::string kind;  // figure, date, polarity
  ClaimSide a, b;
};

// One fact as the outlets state it (see docs/JSON.md, "claims").
struct Claim {
  std::string status;                   // corroborated, single, contested
  std::vector<std::string> outlets;     // names of the outlets that state it, in document order
  std::vector<ClaimSentence> sentences; // by document, then text order
  std::vector<ClaimDifference> differences;  // contested: what differs
};

// One document's date for an event the outlets date differently.
struct TimelineDate {
  std::string doc;
  std::string date;
};

// One dated event of the cluster (see docs/JSON.md, "timeline").
struct TimelineEntry {
  std::string date;        // TIMEX3 value: "2020-12-01", "2020-11" or "1994"
  std::string until;       // end of a range ("1992-1994"), else empty
  std::string text;        // the clause or sentence that reports it
  std::string doc;         // the document `text` is taken from
  uint32_t start = 0;      // byte offsets of `text` in that document's text
  uint32_t end = 0;
  std::vector<std::string> docs;  // every document that reports it
  std::string status;      // happened, scheduled
  bool context = false;    // background: long before the cluster's own days
  std::string actual;      // scheduled: the date it happened, when a document says
  std::vector<TimelineDate> conflict;  // each document's date, when they differ
};

// Where one document names an entity.
struct EntityMentionRef {
  std::string doc;       // id of the document
  uint32_t start = 0;    // byte offsets of `text` in that document's text
  uint32_t end = 0;
  std::string text;      // the name as written, titles left out ("Ostvik" of "Gov. Ostvik")
};

// One entity and all its names across the documents (see docs/JSON.md, "entities").
struct Entity {
  std::string name;                  // the most frequent full form
  std::string type;                  // person, organization, place, other
  std::string role;                  // a title or role the documents give ("Governor"); "" when none
  std::vector<std::string> aliases;  // the other names it goes by, most frequent first
  uint32_t documents = 0;            // how many documents name it
  std::vector<EntityMentionRef> mentions;  // in document order, then text order
};

// One document's statement of a figure ("nearly 3,000 observers").
struct FigureValue {
  std::string text;          // the figure as written, with what it counts when that follows it
  std::string doc;           // id of the document
  uint32_t start = 0;        // byte offsets of `text` in that document's text
  uint32_t end = 0;
  double value = 0;          // in `unit` ("1.5 million" is 1500000; a range's midpoint)
  double low = 0;            // the interval the wording allows ("nearly 2,000": 1800-2000)
  double high = 0;           // +infinity when open ("more than 1,900"); JSON null
  bool approximate = false;  // an approximator, a range, a vague or a round figure
  std::string approximation; // exact, about, nearly, at-most, at-least, range, vague
};

// The figures of several documents that measure the same thing.
struct FigureGroup {
  std::string about;    // what is counted or measured ("observers", "people dead")
  std::string unit;     // canonical unit ("km", "percent", "dollar"); "" for counts
  std::string verdict;  // agree, approximate, conflict, single
  std::vector<FigureValue> values;
};

struct SourceSpan {
  std::string text;
  uint32_t start = 0;
  uint32_t end = 0;
};

struct DistinctiveTerm {
  std::string term;  // the document's most frequent surface form of the stem (or stem pair)
  double z = 0;      // weighted log-odds z-score against the rest of the cluster
};

// What one document says that the others do not, and the words it favours.
struct SourceProfile {
  std::string doc;
  std::vector<SourceSpan> unique;                   // sentences no other document supports
  std::vector<DistinctiveTerm> distinctive_terms;   // highest z first
};

struct Digest {
  std::string version = kDigestFormatVersion;
  std::string title;
  std::string method;       // summarizer used
  uint32_t word_budget = 0;
  std::vector<DigestDocument> documents;
  std::vector<SummarySentence> summary;
  std::vector<TimelineEntry> timeline;  // sorted by date
  std::vector<Entity> entities;         // most documents first, then most mentions
  std::vector<FigureGroup> figures;     // groups over several documents first
  std::vector<SourceProfile> sources;   // one per document, in input order
  std::vector<Claim> claims;            // more outlets first, then by first sentence
  std::vector<std::string> warnings;  // problems met on the way (bad bytes, skipped inputs)
};

}  // namespace chorus
