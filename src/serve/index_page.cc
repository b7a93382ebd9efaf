#include "serve/index_page.h"

#include "render/html_escape.h"
#include "summarize/method.h"

namespace chorus::serve {
namespace {

constexpr const char* kPage = R"HTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>chorus: one digest from many reports</title>
<style>
:root{--bg:#f7f5f0;--paper:#fff;--ink:#1c1f23;--muted:#50575f;--line:#d4cfc4;--accent:#0a58a6;--focus:#c2410c;--bad:#a61b1b;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--paper:#1d2024;--ink:#e9e7e2;--muted:#aab1b9;--line:#3a3f45;--accent:#8abbf0;--focus:#ffa94d;--bad:#ff8a8a}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:64rem;margin:0 auto;padding:2rem 1.25rem 3rem}
h1{margin:0;font:700 2rem/1.2 Charter,Georgia,serif}
.lead{color:var(--muted);margin:.3rem 0 1.5rem}
fieldset{margin:0 0 1.2rem;padding:1rem 1.2rem;background:var(--paper);border:1px solid var(--line);border-radius:.6rem}
legend{padding:0 .4rem;font-weight:700}
label{display:block;font-weight:600;font-size:.9rem;margin:.4rem 0 .2rem}
input,select,textarea,button{font:inherit;color:inherit}
input[type=text],input[type=number],select,textarea{width:100%;padding:.45rem .6rem;background:var(--bg);border:1px solid var(--line);border-radius:.4rem}
textarea{min-height:9rem;resize:vertical}
.article{border-top:1px dashed var(--line);padding-top:.6rem;margin-top:.8rem}
.row{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.2rem 1rem}
button{padding:.5rem 1rem;border:1px solid var(--accent);border-radius:.4rem;background:var(--paper);color:var(--accent);cursor:pointer;font-weight:600}
button.primary{background:var(--accent);color:var(--paper)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
#status{margin-left:1rem}
#status.bad{color:var(--bad);font-weight:600}
.files{color:var(--muted);font-size:.9rem}
iframe{width:100%;height:80vh;border:1px solid var(--line);border-radius:.6rem;background:#fff}
</style>
</head>
<body>
<main>
<h1>chorus</h1>
<p class="lead">Paste or upload several news reports of one event. chorus writes one digest in which
every summary sentence shows the sources that support it.</p>
<form id="form">
<fieldset>
<legend>Articles</legend>
<label for="files">Upload files (.txt and .md: one article each; .jsonl: one per line)</label>
<input type="file" id="files" multiple accept=".txt,.md,.jsonl,text/plain">
<p class="files" id="file-list" aria-live="polite"></p>
<div id="articles"></div>
<button type="button" id="add">Add an article to paste</button>
</fieldset>
<fieldset>
<legend>Options</legend>
<div class="row">
<div><label for="words">Summary length (words)</label><input type="number" id="words" min="1" max="100000" value="100"></div>
<div><label for="method">Method</label><select id="method">{{METHODS}}</select></div>
<div><label for="threshold">Support threshold</label><input type="number" id="threshold" min="0" max="1" step="0.05" value="0.5"></div>
</div>
</fieldset>
<button type="submit" class="primary">Make the digest</button><span id="status" role="status" aria-live="polite"></span>
</form>
<section id="result" hidden>
<h2>Report</h2>
<p><a id="download" download="report.html" href="#">Download the report</a></p>
<iframe id="report" title="The digest report" sandbox="allow-scripts allow-popups"></iframe>
</section>
</main>
<script>
(function () {
  'use strict';
  var uploaded = [];
  var count = 0;
  var $ = function (id) { return document.getElementById(id); };
  function addArticle() {
    count += 1;
    var box = document.createElement('div');
    box.className = 'article';
    box.innerHTML = '<div class="row"><div><label>Source (outlet)<input type="text" class="source"></label></div>' +
      '<div><label>Published (YYYY-MM-DD, optional)<input type="text" class="published" pattern="\\d{4}-\\d{2}-\\d{2}.*"></label></div></div>' +
      '<label>Text of article ' + count + '<textarea class="text"></textarea></label>';
    $('articles').appendChild(box);
    return box;
  }
  function stem(name) { return name.replace(/\.[^.]*$/, ''); }
  $('add').addEventListener('click', function () { addArticle().querySelector('textarea').focus(); });
  $('files').addEventListener('change', function (event) {
    var files = Array.prototype.slice.call(event.target.files);
    uploaded = [];
    Promise.all(files.map(function (file) {
      return file.text().then(function (text) {
        if (/\.jsonl$/i.test(file.name)) {
          text.split('\n').forEach(function (line) { if (line.trim()) uploaded.push(JSON.parse(line)); });
        } else {
          uploaded.push({id: stem(file.name), text: text, path: file.name});
        }
      });
    })).then(function () {
      $('file-list').textContent = uploaded.length + ' article(s) from ' + files.map(function (f) { return f.name; }).join(', ');
    }, function (error) {
      $('file-list').textContent = 'Could not read the files: ' + error.message;
    });
  });
  function articles() {
    var list = uploaded.slice();
    Array.prototype.forEach.call(document.querySelectorAll('.article'), function (box, i) {
      var text = box.querySelector('.text').value;
      if (!text.trim()) return;
      var article = {id: 'pasted-' + (i + 1), text: text};
      var source = box.querySelector('.source').value.trim();
      var published = box.querySelector('.published').value.trim();
      if (source) article.source = source;
      if (published) article.published = published;
      list.push(article);
    });
    return list;
  }
  $('form').addEventListener('submit', function (event) {
    event.preventDefault();
    var status = $('status');
    var body = {articles: articles(), options: {
      words: parseInt($('words').value, 10), method: $('method').value,
      support_threshold: parseFloat($('threshold').value)}};
    if (!body.articles.length) { status.className = 'bad'; status.textContent = 'Add or upload at least one article.'; return; }
    status.className = ''; status.textContent = 'Working\u2026';
    fetch('/v1/digest?format=html', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
      .then(function (response) {
        return response.text().then(function (text) {
          if (!response.ok) {
            var message = text;
            try { message = JSON.parse(text).error; } catch (e) { /* not JSON */ }
            throw new Error(message);
          }
          return text;
        });
      })
      .then(function (html) {
        status.textContent = 'Done: ' + body.articles.length + ' article(s).';
        $('report').srcdoc = html;
        $('download').href = URL.createObjectURL(new Blob([html], {type: 'text/html'}));
        $('result').hidden = false;
        $('result').scrollIntoView();
      }, function (error) { status.className = 'bad'; status.textContent = error.message; });
  });
  addArticle();
  addArticle();
})();
</script>
</body>
</html>
)HTML";

}  // namespace

std::string make_index_page() {
  std::string methods;
  for (const std::string_view name : summarize::method_names()) {
    methods += "<option>" + render::escape_html(name) + "</option>";
  }
  std::string page = kPage;
  page.replace(page.find("{{METHODS}}"), 11, methods);
  return page;
}

}  // namespace chorus::serve
