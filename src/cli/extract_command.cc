#include "cli/extract_command.h"

#include <memory>

#include "cli/common.h"
#include "digest/pipeline.h"
#include "render/page_render.h"

namespace chorus::cli {
namespace {

void run_extract(const InputArgs& inputs) {
  Diagnostics diagnostics;
  const std::vector<Article> articles = read_inputs(inputs, diagnostics);
  const std::size_t read_warnings = diagnostics.warnings.size();
  std::vector<Document> documents = digest::read_documents(articles, Options{}, diagnostics);
  digest::date_each_document(documents, diagnostics);
  if (!inputs.quiet) {
    print_warnings({diagnostics.warnings.begin() + static_cast<std::ptrdiff_t>(read_warnings), diagnostics.warnings.end()});
  }
  write_output(inputs.output, [&](std::ostream& out) {
    if (inputs.format == "json") {
      nlohmann::ordered_json all = nlohmann::ordered_json::array();
      for (const Document& doc : documents) all.push_back(render::page_json(doc));
      out << all.dump(2) << '\n';
    } else if (inputs.format == "jsonl") {
      for (const Document& doc : documents) out << render::page_json(doc).dump() << '\n';
    } else {
      for (std::size_t i = 0; i < documents.size(); ++i) {
        if (i > 0) out << '\n';
        out << render::page_text(documents[i]);
      }
    }
  });
}

}  // namespace

void add_extract_command(CLI::App& app) {
  auto inputs = std::make_shared<InputArgs>();
  CLI::App* command = app.add_subcommand(
      "extract", "The main text and metadata (title, site, author, dates, language) of web pages or scraped text");
  add_input_options(*command, *inputs, {"text", "json", "jsonl"});
  command->callback([inputs] { run_extract(*inputs); });
}

}  // namespace chorus::cli
