#include "digest/pipeline.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "chorus/error.h"
#include "compare/timeline.h"
#include "digest/annotations.h"
#include "digest/claims.h"
#include "digest/comparison.h"
#include "digest/entities.h"
#include "ingest/document_builder.h"
#include "ingest/cue_phrases.h"
#include "ingest/document_kind.h"
#include "ingest/line_features.h"
#include "ingest/furniture.h"
#include "ingest/outlet_name.h"
#include "summarize/method.h"
#include "summarize/summarizer.h"
#include "text/annotator.h"
#include "text/case_fold.h"
#include "text/porter_stemmer.h"
#include "text/stopwords.h"
#include "text/tokenizer.h"
#include "time/publication_date.h"
#include "time/timex.h"

namespace chorus::digest {
namespace {

DigestDocument describe_document(const Document& doc) {
  DigestDocument out;
  out.id = doc.id;
  out.path = doc.path;
  out.source = doc.source;
  out.source_from = std::string(source_origin_name(doc.source_from));
  out.url = doc.url;
  out.title = doc.title;
  out.published = doc.published;
  out.published_from = std::string(date_source_name(doc.published_from));
  out.published_confidence = std::round(doc.published_confidence * 100.0) / 100.0;
  out.kind = std::string(document_kind_name(doc.kind));
  out.author = doc.author;
  out.modified = doc.modified;
  out.language = doc.language;
  out.canonical_url = doc.canonical_url;
  out.words = static_cast<uint32_t>(doc.tokens.size());
  out.sentences = static_cast<uint32_t>(doc.sentences.size());
  out.paragraphs = static_cast<uint32_t>(doc.paragraphs.size());
  for (const Dateline& dateline : doc.datelines) {
    out.datelines.push_back(DigestDateline{std::string(doc.at(dateline.span)),
                                           std::string(doc.at(dateline.place)),
                                           std::string(doc.at(dateline.date)),
                                           std::string(doc.at(dateline.agency)),
                                           dateline.span.begin, dateline.span.end});
  }
  for (const Removed& removed : doc.removed) {
    out.removed.push_back(RemovedLine{std::string(doc.at(removed.span)),
                                      std::string(removal_reason_name(removed.reason)),
                                      removed.span.begin, removed.span.end});
  }
  return out;  // its text moves in when the analysis is done
}

// Title checks: content words a headline needs, and the share of the
// documents' bodies that must use them on average.
constexpr int kMinTitleWords = 2;
constexpr double kMinTitleSupport = 0.4;

// Page interface wording: a headline with it is a button or a notice.
bool is_interface_text(std::string_view title) {
  const std::vector<ingest::CueMatch> cues = ingest::find_cues(ingest::fold_for_cues(title));
  return std::any_of(cues.begin(), cues.end(), [](const ingest::CueMatch& cue) {
    return cue.kind == ingest::CueKind::kInterface || (cue.at_start && cue.then_break);
  });
}

void throw_if_stopped(const std::stop_token& stop) {
  if (stop.stop_requested()) throw Cancelled();
}

// The digest's title: the headline whose content words the cluster's
// documents share most, i.e. the mean over its content words of the share of
// documents whose body uses the word's stem; ties go to the earlier
// document. An outlet's framing ("warnings ignored") scores low, the words
// every report uses score high. A headline is only taken when the bodies
// support it (kMinTitleSupport) and it is no interface text ("Please enable
// JavaScript to watch this video", "Page 1 of 1"): else the lead sentence of
// the most central article (the one whose words the others share most).
std::string choose_title(const Cluster& cluster) {
  const std::size_t n = cluster.documents.size();
  // Each document's distinct content stems, and in how many bodies each is.
  std::vector<std::unordered_set<uint32_t>> body_stems(n);
  std::unordered_map<uint32_t, uint32_t> documents_with_stem;
  for (std::size_t d = 0; d < n; ++d) {
    for (const Token& token : cluster.documents[d].tokens) {
      if (!token.stop && token.kind == TokenKind::kWord && body_stems[d].insert(token.stem).second) {
        ++documents_with_stem[token.stem];
      }
    }
  }
  auto share = [&](uint32_t stem) {
    const auto it = documents_with_stem.find(stem);
    return it == documents_with_stem.end() ? 0.0 : static_cast<double>(it->second) / static_cast<double>(n);
  };
  int best = -1;
  double best_score = -1;
  std::vector<text::RawToken> tokens;
  for (std::size_t d = 0; d < n; ++d) {
    const Document& doc = cluster.documents[d];
    if (doc.title.empty() || doc.kind != DocumentKind::kArticle || is_interface_text(doc.title)) continue;
    tokens.clear();
    text::tokenize(doc.title, Span{0, static_cast<uint32_t>(doc.title.size())}, tokens);
    int words = 0;
    double sum = 0;
    for (const text::RawToken& token : tokens) {
      const std::string folded = text::fold_case(token.span.of(doc.title));
      if (text::is_stopword(folded)) continue;
      ++words;
      if (const auto stem = cluster.lexicon.find(text::rouge_porter_stem(folded))) sum += share(*stem);
    }
    const double score = words >= kMinTitleWords ? sum / words : 0;
    if (score >= kMinTitleSupport && score > best_score) {
      best = static_cast<int>(d);
      best_score = score;
    }
  }
  if (best >= 0) return cluster.documents[static_cast<std::size_t>(best)].title;
  // The most central article's lead.
  int central = -1;
  double central_score = -1;
  for (std::size_t d = 0; d < n; ++d) {
    const Document& doc = cluster.documents[d];
    if (doc.kind != DocumentKind::kArticle || doc.sentences.empty() || body_stems[d].empty()) continue;
    double sum = 0;
    for (const uint32_t stem : body_stems[d]) sum += share(stem);
    const double score = sum / static_cast<double>(body_stems[d].size());
    if (score > central_score) {
      central = static_cast<int>(d);
      central_score = score;
    }
  }
  if (central < 0) return {};
  const Document& doc = cluster.documents[static_cast<std::size_t>(central)];
  return std::string(doc.at(doc.sentences.front().span));
}

// The sentence of `doc` that holds byte `offset`, if any.
std::optional<uint32_t> sentence_at(const Document& doc, uint32_t offset) {
  const auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), offset,
                                   [](uint32_t at, const Sentence& s) { return at < s.span.end; });
  if (it == doc.sentences.end() || it->span.begin > offset) return std::nullopt;
  return static_cast<uint32_t>(it - doc.sentences.begin());
}

}  // namespace

std::vector<TimelineEntry> build_timeline(const Cluster& cluster, const Comparison& comparison,
                                          std::stop_token stop, Diagnostics* diagnostics) {
  compare::TimelineOptions options;
  const compare::ClaimSet& claims = comparison.claims;
  options.claims_at = [&cluster, &claims](uint32_t doc, uint32_t at) {
    std::vector<uint32_t> out;
    if (const auto s = sentence_at(cluster.documents[doc], at)) {
      for (uint32_t c : claims.of({doc, *s}))
        if (claims.claims[c].outlets >= 2) out.push_back(c);
    }
    return out;
  };
  std::vector<TimelineEntry> out;
  for (const compare::TimelineItem& item :
       compare::build_timeline(cluster, comparison.annotations, options, stop, diagnostics)) {
    const time::TimelineMention& first = item.mentions.front();
    const Document& doc = cluster.documents[first.doc];
    TimelineEntry entry;
    entry.date = item.date;
    entry.until = item.until;
    entry.text = std::string(doc.at(first.text));
    entry.doc = doc.id;
    entry.start = first.text.begin;
    entry.end = first.text.end;
    for (uint32_t d : item.docs) entry.docs.push_back(cluster.documents[d].id);
    entry.status = item.scheduled ? "scheduled" : "happened";
    entry.context = item.context;
    entry.actual = item.actual;
    for (const auto& [d, date] : item.conflict) entry.conflict.push_back({cluster.documents[d].id, date});
    out.push_back(std::move(entry));
  }
  return out;
}

std::vector<Document> read_documents(const std::vector<Article>& articles, const Options& options,
                                     Diagnostics& diagnostics, std::stop_token stop) {
  std::vector<Document> documents;
  for (const Article& article : articles) {
    throw_if_stopped(stop);
    try {
      documents.push_back(ingest::build_document(article, diagnostics));
    } catch (const Error& error) {
      diagnostics.warn(error.what());
    }
  }
  if (documents.empty()) {
    if (articles.size() == 1 && !diagnostics.warnings.empty()) {
      const std::string message = diagnostics.warnings.back();
      diagnostics.warnings.pop_back();
      throw Error(message);
    }
    std::string message = "no usable article among " + std::to_string(articles.size()) + " inputs";
    for (const std::string& problem : diagnostics.warnings) message += "; " + problem;
    throw Error(message);
  }
  ingest::FurnitureOptions furniture;
  furniture.repeated_line_min_docs = options.repeated_line_min_docs;
  throw_if_stopped(stop);
  ingest::remove_furniture(documents, furniture);
  for (Document& doc : documents) {
    ingest::name_outlet(doc);
    // What is not an article is listed, with why, and has no body: nothing
    // of it is summarized, dated or compared.
    const ingest::KindVerdict verdict = ingest::classify_document(doc);
    doc.kind = verdict.kind;
    if (verdict.kind == DocumentKind::kArticle) continue;
    diagnostics.warn((doc.path.empty() ? doc.id : doc.path) + ": not an article (" +
                     std::string(document_kind_name(verdict.kind)) + ": " + verdict.why +
                     "); left out of the summary, timeline and comparison");
    doc.paragraphs.clear();
  }
  return documents;
}

void date_each_document(std::vector<Document>& documents, Diagnostics& diagnostics) {
  text::SentenceSplitter splitter;
  const time::TimexTagger tagger;
  for (Document& doc : documents) {
    if (doc.kind != DocumentKind::kArticle) continue;
    Lexicon lexicon;
    text::annotate(doc, lexicon, splitter);
    std::vector<Document> alone(1);
    std::swap(alone[0], doc);
    time::infer_publication_dates(alone, tagger, {}, {}, &diagnostics);
    std::swap(alone[0], doc);
  }
}

Cluster prepare_cluster(const std::vector<Article>& articles, const Options& options,
                        Diagnostics& diagnostics, std::stop_token stop) {
  Cluster cluster;
  cluster.documents = read_documents(articles, options, diagnostics, stop);
  if (std::none_of(cluster.documents.begin(), cluster.documents.end(),
                   [](const Document& doc) { return doc.kind == DocumentKind::kArticle; })) {
    std::string message = "no news article among " + std::to_string(cluster.documents.size()) + " documents";
    for (const std::string& problem : diagnostics.warnings) message += "; " + problem;
    throw Error(message);
  }

  text::SentenceSplitter splitter;
  for (Document& doc : cluster.documents) {
    throw_if_stopped(stop);
    text::annotate(doc, cluster.lexicon, splitter);
  }
  time::infer_publication_dates(cluster.documents, time::TimexTagger(), {}, stop, &diagnostics);
  return cluster;
}

Comparison compare_outlets(const Cluster& cluster, const Options& options, const compare::MatchModel& match,
                           const entities::NerModel* ner_model, std::stop_token stop, Diagnostics* diagnostics) {
  Comparison out;
  if (ner_model) out.entities = find_entities(cluster, *ner_model, stop, options.threads);
  throw_if_stopped(stop);
  out.annotations = annotate_documents(cluster, out.entities, time::TimexTagger(), stop, options.threads);
  const compare::ClusterFacts facts(cluster, out.annotations, match.lexical);
  throw_if_stopped(stop);
  compare::ClaimOptions claim_options;
  claim_options.threshold = options.support_threshold;
  claim_options.threads = options.threads;
  const std::vector<uint32_t> outlets = outlet_keys(cluster);
  out.claims = compare::find_claims(cluster, facts, match.pairs, outlets, claim_options, stop, diagnostics);
  throw_if_stopped(stop);
  // Figures of one measure state one claim too, however the sentences around them differ.
  // The quantities are lent to the figure stages and returned (a move keeps
  // their buffers, so the facts' pointers into them stay valid), not copied.
  std::vector<std::vector<figures::Quantity>> quantities;
  for (compare::DocumentAnnotations& a : out.annotations) quantities.push_back(std::move(a.quantities));
  out.figures = group_figures(cluster, out.annotations, quantities, out.claims, stop, diagnostics);
  out.claims.add(compare::figure_claims(out.figures, quantities, outlets));
  for (size_t d = 0; d < quantities.size(); ++d) out.annotations[d].quantities = std::move(quantities[d]);
  return out;
}

std::vector<summarize::Selection> summarize_claims(const Cluster& cluster, const Options& options,
                                                   const compare::ClaimSet& claims, bool fill, std::stop_token stop,
                                                   Diagnostics* diagnostics) {
  summarize::SummaryOptions summary_options;
  summary_options.words = options.summary_words;
  summary_options.method = options.method;
  summary_options.fill = fill;
  summary_options.same_fact = [&claims](const summarize::Selection& a, const summarize::Selection& b) {
    return claims.shared({a.doc, a.sentence}, {b.doc, b.sentence});
  };
  summarize::Summary summary = summarize::summarize(cluster, summary_options, stop);
  if (diagnostics) {
    for (std::string& warning : summary.warnings) diagnostics->warn(std::move(warning));
  }
  return std::move(summary.sentences);
}

Digest analyse_cluster(Cluster cluster, const Options& options, const compare::MatchModel& match,
                       const entities::NerModel* ner_model, std::stop_token stop) {
  Digest digest;
  Diagnostics diagnostics;  // bounds on the work reached
  digest.method = std::string(summarize::canonical_method_name(options.method));
  digest.word_budget = options.summary_words;
  for (const Document& doc : cluster.documents) digest.documents.push_back(describe_document(doc));

  Comparison comparison = compare_outlets(cluster, options, match, ner_model, stop, &diagnostics);
  const compare::ClaimSet& claims = comparison.claims;
  throw_if_stopped(stop);
  for (const summarize::Selection& selection : summarize_claims(cluster, options, claims, false, stop, &diagnostics))
    digest.summary.push_back(describe_summary_sentence(cluster, claims, selection));
  throw_if_stopped(stop);
  digest.title = choose_title(cluster);
  digest.timeline = build_timeline(cluster, comparison, stop, &diagnostics);
  throw_if_stopped(stop);
  add_figures(cluster, comparison.annotations, comparison.figures, digest);
  add_sources(cluster, claims, digest, stop);
  throw_if_stopped(stop);
  add_claims(cluster, comparison.annotations, claims, digest);
  // Last: a large cluster's mentions are the largest part of its digest, so
  // they are copied once what the other stages read is freed.
  comparison.claims = compare::ClaimSet();
  std::vector<compare::DocumentAnnotations>().swap(comparison.annotations);
  std::vector<compare::FigureGroup>().swap(comparison.figures);
  for (Document& doc : cluster.documents) {
    std::vector<Token>().swap(doc.tokens);
    std::vector<Sentence>().swap(doc.sentences);
  }
  add_entities(cluster, std::move(comparison.entities), digest);
  digest.warnings = std::move(diagnostics.warnings);
  for (size_t d = 0; d < cluster.documents.size(); ++d) digest.documents[d].text = std::move(cluster.documents[d].text);
  return digest;
}

}  // namespace chorus::digest
