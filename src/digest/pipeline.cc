#include "digest/pipeline.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "chorus/error.h"
#include "compare/support.h"
#include "compare/timeline.h"
#include "digest/comparison.h"
#include "digest/entities.h"
#include "ingest/document_builder.h"
#include "ingest/furniture.h"
#include "summarize/method.h"
#include "summarize/summarizer.h"
#include "text/annotator.h"
#include "text/case_fold.h"
#include "text/porter_stemmer.h"
#include "text/sentence_vectors.h"
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
  out.url = doc.url;
  out.title = doc.title;
  out.published = doc.published;
  out.published_from = std::string(date_source_name(doc.published_from));
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
  out.text = doc.text;
  return out;
}

// Similarities are rounded so that the JSON does not depend on the last bits
// of floating-point arithmetic.
double round3(double value) { return std::round(value * 1000.0) / 1000.0; }

void throw_if_stopped(const std::stop_token& stop) {
  if (stop.stop_requested()) throw Cancelled();
}

// The digest's title: the headline whose content words the cluster's
// documents share most, i.e. the mean over its content words of the share of
// documents whose body uses the word's stem; ties go to the earlier
// document. An outlet's framing ("warnings ignored") scores low, the words
// every report uses score high. Without titles, the first summary sentence.
std::string choose_title(const Cluster& cluster, const std::vector<SummarySentence>& summary) {
  if (std::all_of(cluster.documents.begin(), cluster.documents.end(),
                  [](const Document& doc) { return doc.title.empty(); })) {
    return summary.empty() ? std::string() : summary.front().text;
  }
  // Each title's content stems (ids in the cluster's lexicon; a stem no body
  // uses has none and counts zero).
  std::vector<std::vector<uint32_t>> title_stems(cluster.documents.size());
  std::vector<int> title_words(cluster.documents.size(), 0);
  std::unordered_map<uint32_t, uint32_t> documents_with_stem;  // only stems of titles
  std::vector<text::RawToken> tokens;
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    const std::string& title = cluster.documents[d].title;
    tokens.clear();
    text::tokenize(title, Span{0, static_cast<uint32_t>(title.size())}, tokens);
    for (const text::RawToken& token : tokens) {
      const std::string folded = text::fold_case(token.span.of(title));
      if (text::is_stopword(folded)) continue;
      ++title_words[d];
      if (const auto stem = cluster.lexicon.find(text::rouge_porter_stem(folded))) {
        title_stems[d].push_back(*stem);
        documents_with_stem.emplace(*stem, 0);
      }
    }
  }
  for (const Document& doc : cluster.documents) {
    std::unordered_set<uint32_t> counted;
    for (const Token& token : doc.tokens) {
      const auto it = documents_with_stem.find(token.stem);
      if (it != documents_with_stem.end() && counted.insert(token.stem).second) ++it->second;
    }
  }
  int best = -1;
  double best_score = -1;
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    if (cluster.documents[d].title.empty()) continue;
    double sum = 0;
    for (uint32_t stem : title_stems[d]) sum += documents_with_stem[stem];
    const double score = title_words[d] ? sum / title_words[d] / cluster.documents.size() : 0;
    if (score > best_score) {
      best = static_cast<int>(d);
      best_score = score;
    }
  }
  return cluster.documents[best].title;
}

// Every mention of a named entity, numbered by entity, for the support vectors.
std::vector<text::NameMention> name_mentions(const Cluster& cluster, const std::vector<Entity>& entities) {
  std::map<std::string_view, uint32_t> doc_index;
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) doc_index[cluster.documents[d].id] = d;
  std::vector<text::NameMention> names;
  for (uint32_t e = 0; e < entities.size(); ++e) {
    for (const EntityMentionRef& m : entities[e].mentions) {
      const auto doc = doc_index.find(m.doc);
      if (doc != doc_index.end()) names.push_back(text::NameMention{doc->second, Span{m.start, m.end}, e});
    }
  }
  return names;
}

}  // namespace

std::vector<TimelineEntry> build_timeline(const Cluster& cluster) {
  std::vector<TimelineEntry> out;
  for (const compare::TimelineItem& item : compare::build_timeline(cluster, time::TimexTagger())) {
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

Cluster prepare_cluster(const std::vector<Article>& articles, const Options& options,
                        Diagnostics& diagnostics, std::stop_token stop) {
  Cluster cluster;
  for (const Article& article : articles) {
    throw_if_stopped(stop);
    try {
      cluster.documents.push_back(ingest::build_document(article, diagnostics));
    } catch (const Error& error) {
      diagnostics.warn(error.what());
    }
  }
  if (cluster.documents.empty()) {
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
  ingest::remove_furniture(cluster.documents, furniture);

  text::SentenceSplitter splitter;
  for (Document& doc : cluster.documents) {
    throw_if_stopped(stop);
    text::annotate(doc, cluster.lexicon, splitter);
  }
  time::infer_publication_dates(cluster.documents, time::TimexTagger());
  return cluster;
}

Digest analyse_cluster(const Cluster& cluster, const Options& options, const entities::NerModel* ner_model,
                       std::stop_token stop) {
  Digest digest;
  digest.method = std::string(summarize::canonical_method_name(options.method));
  digest.word_budget = options.summary_words;
  for (const Document& doc : cluster.documents) digest.documents.push_back(describe_document(doc));

  summarize::SummaryOptions summary_options;
  summary_options.words = options.summary_words;
  summary_options.method = options.method;
  throw_if_stopped(stop);
  const auto selections = summarize::summarize(cluster, summary_options);
  throw_if_stopped(stop);

  // Entities first: support compares their names as entities.
  if (ner_model) add_entities(cluster, *ner_model, digest, stop);
  throw_if_stopped(stop);
  const std::vector<text::NameMention> names = name_mentions(cluster, digest.entities);
  const text::SentenceVectors vectors(cluster, text::VectorOptions{.claims = true, .names = names});
  compare::SupportOptions support_options;
  support_options.threshold = options.support_threshold;
  for (const summarize::Selection& selection : selections) {
    const Document& doc = cluster.documents[selection.doc];
    const Sentence& sentence = doc.sentences[selection.sentence];
    SummarySentence out;
    out.text = std::string(doc.at(sentence.span));
    out.doc = doc.id;
    out.start = sentence.span.begin;
    out.end = sentence.span.end;
    out.words = text::count_words(out.text);
    for (const compare::Match& match :
         compare::find_support(vectors, selection.doc, selection.sentence, support_options)) {
      const Document& supporter = cluster.documents[match.doc];
      const Span span = supporter.sentences[match.sentence].span;
      out.support.push_back(supporter.id);
      out.evidence.push_back(Support{supporter.id, span.begin, span.end, round3(match.similarity)});
    }
    digest.summary.push_back(std::move(out));
  }
  digest.title = choose_title(cluster, digest.summary);
  digest.timeline = build_timeline(cluster);
  throw_if_stopped(stop);
  add_figures(cluster, digest);
  add_sources(cluster, vectors, options, digest);
  return digest;
}

}  // namespace chorus::digest
