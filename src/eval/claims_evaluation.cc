#include "eval/claims_evaluation.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "chorus/error.h"
#include "compare/claims.h"
#include "core/diagnostics.h"
#include "digest/annotations.h"
#include "digest/entities.h"
#include "digest/pipeline.h"

namespace chorus::eval {
namespace {

struct ByteSpan {
  std::string doc;
  uint32_t begin = 0, end = 0;
  bool overlaps(const std::string& d, uint32_t b, uint32_t e) const { return doc == d && begin < e && b < end; }
};

// Each gold sentence's bytes in the documents' texts (by document id).
std::vector<std::vector<ByteSpan>> locate_gold(const std::map<std::string, std::string_view>& texts,
                                               const LabelledCluster& cluster) {
  std::vector<std::vector<ByteSpan>> spans;
  for (const GoldClaim& claim : cluster.claims) {
    spans.emplace_back();
    for (const GoldSentence& sentence : claim.sentences) {
      const auto doc = texts.find(sentence.doc);
      const size_t at = doc == texts.end() ? std::string::npos : doc->second.find(sentence.text);
      if (at == std::string::npos)
        throw Error(cluster.name + ": gold sentence of claim " + claim.id + " not found in " + sentence.doc + ": \"" +
                    sentence.text.substr(0, 60) + "\"");
      spans.back().push_back(ByteSpan{sentence.doc, static_cast<uint32_t>(at),
                                      static_cast<uint32_t>(at + sentence.text.size())});
    }
  }
  return spans;
}

std::set<std::string> docs_of(const std::vector<ByteSpan>& spans) {
  std::set<std::string> docs;
  for (const ByteSpan& s : spans) docs.insert(s.doc);
  return docs;
}

}  // namespace

ClaimScores& ClaimScores::operator+=(const ClaimScores& o) {
  claim_outlets += o.claim_outlets, strict += o.strict, lenient += o.lenient;
  single_sentences += o.single_sentences, false_shared += o.false_shared;
  summary += o.summary, support_complete += o.support_complete, support_wrong += o.support_wrong;
  return *this;
}

ClaimScores score_claims(const Digest& digest, const LabelledCluster& cluster, std::vector<std::string>* misses) {
  std::map<std::string, std::string_view> texts;
  for (const DigestDocument& doc : digest.documents) texts[doc.id] = doc.text;
  const std::vector<std::vector<ByteSpan>> gold = locate_gold(texts, cluster);
  // The documents of each chorus claim holding a span.
  auto claims_holding = [&](const ByteSpan& span) {
    std::vector<std::set<std::string>> out;
    for (const Claim& claim : digest.claims) {
      const bool holds = std::any_of(claim.sentences.begin(), claim.sentences.end(), [&](const ClaimSentence& s) {
        return span.overlaps(s.doc, s.start, s.end);
      });
      if (!holds) continue;
      std::set<std::string> docs;
      for (const ClaimSentence& s : claim.sentences) docs.insert(s.doc);
      out.push_back(std::move(docs));
    }
    return out;
  };
  ClaimScores scores;
  std::vector<const ByteSpan*> shared_sentences;
  for (size_t c = 0; c < gold.size(); ++c) {
    const std::set<std::string> outlets = docs_of(gold[c]);
    if (outlets.size() < 2) continue;
    for (const ByteSpan& s : gold[c]) shared_sentences.push_back(&s);
    for (const std::string& outlet : outlets) {
      std::set<std::string> others = outlets;
      others.erase(outlet);
      bool all = false, any = false;
      for (const ByteSpan& s : gold[c]) {
        if (s.doc != outlet) continue;
        for (const std::set<std::string>& docs : claims_holding(s)) {
          const bool every = std::includes(docs.begin(), docs.end(), others.begin(), others.end());
          all |= every;
          any |= every || std::any_of(others.begin(), others.end(), [&](const std::string& o) { return docs.count(o); });
        }
      }
      ++scores.claim_outlets;
      scores.strict += all;
      scores.lenient += any;
      if (!all && misses) misses->push_back("missed " + cluster.claims[c].id + " in " + outlet);
    }
  }
  for (size_t c = 0; c < gold.size(); ++c) {
    for (const ByteSpan& s : gold[c]) {
      const bool shared = std::any_of(shared_sentences.begin(), shared_sentences.end(), [&](const ByteSpan* x) {
        return x->doc == s.doc && x->begin == s.begin;
      });
      if (shared) continue;
      ++scores.single_sentences;
      const auto holding = claims_holding(s);
      if (std::any_of(holding.begin(), holding.end(), [](const auto& docs) { return docs.size() > 1; })) {
        ++scores.false_shared;
        if (misses) misses->push_back("shared single " + cluster.claims[c].id + " in " + s.doc);
      }
    }
  }
  for (const SummarySentence& sentence : digest.summary) {
    ++scores.summary;
    std::set<std::string> expected, allowed;
    for (size_t c = 0; c < gold.size(); ++c) {
      const bool states = std::any_of(gold[c].begin(), gold[c].end(), [&](const ByteSpan& s) {
        return s.overlaps(sentence.doc, sentence.start, sentence.end);
      });
      if (!states) continue;
      const std::set<std::string> docs = docs_of(gold[c]);
      allowed.insert(docs.begin(), docs.end());
      if (cluster.claims[c].status == "corroborated") expected.insert(docs.begin(), docs.end());
    }
    const std::set<std::string> support(sentence.support.begin(), sentence.support.end());
    scores.support_complete += std::includes(support.begin(), support.end(), expected.begin(), expected.end());
    scores.support_wrong += std::any_of(support.begin(), support.end(), [&](const std::string& d) {
      return !allowed.count(d) && d != sentence.doc;
    });
  }
  return scores;
}

namespace {

double share(size_t part, size_t whole) { return whole ? static_cast<double>(part) / whole : 0.0; }

}  // namespace

std::string claim_report_text(const std::vector<std::pair<std::string, ClaimScores>>& clusters) {
  std::string out;
  ClaimScores total;
  char line[512];
  for (const auto& [name, s] : clusters) {
    total += s;
    std::snprintf(line, sizeof line,
                  "%-40s claim-outlet pairs %4zu  strict %.3f  lenient %.3f  false shared %3zu/%-3zu  "
                  "support complete %zu/%zu  wrong %zu\n",
                  name.c_str(), s.claim_outlets, share(s.strict, s.claim_outlets), share(s.lenient, s.claim_outlets),
                  s.false_shared, s.single_sentences, s.support_complete, s.summary, s.support_wrong);
    out += line;
  }
  std::snprintf(line, sizeof line,
                "%-40s claim-outlet pairs %4zu  strict %.3f  lenient %.3f  false shared %3zu/%-3zu  "
                "support complete %zu/%zu  wrong %zu\n",
                "total", total.claim_outlets, share(total.strict, total.claim_outlets),
                share(total.lenient, total.claim_outlets), total.false_shared, total.single_sentences,
                total.support_complete, total.summary, total.support_wrong);
  return out + line;
}

std::string claim_report_json(const std::vector<std::pair<std::string, ClaimScores>>& clusters) {
  auto json_of = [](const ClaimScores& s) {
    nlohmann::ordered_json j;
    j["claim_outlet_pairs"] = s.claim_outlets;
    j["strict"] = share(s.strict, s.claim_outlets);
    j["lenient"] = share(s.lenient, s.claim_outlets);
    j["single_sentences"] = s.single_sentences;
    j["false_shared"] = s.false_shared;
    j["summary_sentences"] = s.summary;
    j["support_complete"] = s.support_complete;
    j["support_wrong"] = s.support_wrong;
    return j;
  };
  nlohmann::ordered_json out;
  ClaimScores total;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& [name, s] : clusters) {
    total += s;
    nlohmann::ordered_json j = json_of(s);
    j["cluster"] = name;
    list.push_back(std::move(j));
  }
  out["total"] = json_of(total);
  out["clusters"] = std::move(list);
  return out.dump(2) + "\n";
}

std::vector<compare::PairExample> cluster_pair_examples(const LabelledCluster& labelled, const entities::NerModel* ner,
                                                        const compare::LexicalModel& lexical) {
  Diagnostics diagnostics;
  const Cluster cluster = digest::prepare_cluster(labelled.articles, Options{}, diagnostics);
  std::map<std::string, std::string_view> texts;
  for (const Document& doc : cluster.documents) texts[doc.id] = doc.text;
  const std::vector<std::vector<ByteSpan>> gold = locate_gold(texts, labelled);
  // Per sentence, the gold claims of two or more documents it states.
  std::vector<std::vector<std::vector<size_t>>> claims_of(cluster.documents.size());
  for (uint32_t d = 0; d < cluster.documents.size(); ++d) claims_of[d].resize(cluster.documents[d].sentences.size());
  for (size_t c = 0; c < gold.size(); ++c) {
    if (docs_of(gold[c]).size() < 2) continue;
    for (const ByteSpan& s : gold[c]) {
      for (uint32_t d = 0; d < cluster.documents.size(); ++d) {
        const Document& doc = cluster.documents[d];
        for (uint32_t k = 0; k < doc.sentences.size(); ++k)
          if (s.overlaps(doc.id, doc.sentences[k].span.begin, doc.sentences[k].span.end)) claims_of[d][k].push_back(c);
      }
    }
  }
  std::vector<compare::EntityGroup> groups;
  if (ner) groups = digest::find_entities(cluster, *ner);
  const auto annotations = digest::annotate_documents(cluster, groups, time::TimexTagger());
  const compare::ClusterFacts facts(cluster, annotations, lexical);
  std::vector<compare::PairExample> examples;
  for (const auto& [a, b] : compare::candidate_pairs(cluster, facts, compare::ClaimOptions{}.candidate_share)) {
    compare::PairExample example;
    compare::pair_features(facts.of(a.doc, a.sentence), facts.of(b.doc, b.sentence), example.forward, example.backward);
    example.forward = compare::set_aside_disagreements(example.forward);
    example.backward = compare::set_aside_disagreements(example.backward);
    const auto& x = claims_of[a.doc][a.sentence];
    const auto& y = claims_of[b.doc][b.sentence];
    example.same = std::any_of(x.begin(), x.end(), [&](size_t c) { return std::find(y.begin(), y.end(), c) != y.end(); });
    examples.push_back(example);
  }
  return examples;
}

}  // namespace chorus::eval
