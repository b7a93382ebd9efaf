// The report's style sheet and script. Inline in every report, so the file
// works offline and from a mail attachment; small on purpose.
#include "render/html_report.h"

namespace chorus::render {

// Light and dark palettes keep body text at 12:1 or better and muted text
// above 4.5:1 (WCAG AA) on their backgrounds.
const char* const kReportCss = R"CSS(:root{--bg:#f7f5f0;--paper:#fff;--ink:#1c1f23;--muted:#50575f;--line:#dcd7cc;
--accent:#0a58a6;--mark:#ffe58a;--mark-origin:#ffc94a;--focus:#c2410c;--chip:#e9f0f8;--tag:#efece5;
--bad:#b42318;--bad-bg:#fde8e6;--warn:#8a5300;--warn-bg:#fdf0d5;--good:#1f6f3a;--good-bg:#e3f4e8;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--paper:#1d2024;--ink:#e9e7e2;--muted:#aab1b9;--line:#363b41;
--accent:#8abbf0;--mark:#5c4d0c;--mark-origin:#7d6203;--focus:#ffa94d;--chip:#22303f;--tag:#2b2e33;
--bad:#ff8b80;--bad-bg:#3d1d1a;--warn:#f5c26b;--warn-bg:#3a2e14;--good:#7fd69b;--good-bg:#1a3323}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;scroll-behavior:smooth}
body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:.5rem}
.skip:focus{left:1rem;background:var(--paper);padding:.4rem .8rem;z-index:10}
.masthead,.toc,.layout,.colophon{max-width:80rem;margin:0 auto;padding-left:1.25rem;padding-right:1.25rem}
.masthead{padding-top:2rem;padding-bottom:1rem}
.kicker{margin:0 0 .3rem;font-size:.78rem;font-weight:700;letter-spacing:.09em;text-transform:uppercase;color:var(--muted)}
h1,h3,.claim-text,.body,blockquote{font-family:Charter,"Iowan Old Style",Georgia,"Times New Roman",serif}
h1{margin:0 0 1rem;font-size:clamp(1.6rem,4vw,2.5rem);line-height:1.15;max-width:52rem}
.facts{display:flex;flex-wrap:wrap;gap:.6rem 2.5rem;margin:0}
.facts dt{font-size:.72rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.facts dd{margin:0}
.outlets{display:flex;flex-wrap:wrap;gap:.4rem;margin:.2rem 0 0;padding:0;list-style:none}
.outlets a{display:inline-block;padding:.1rem .7rem;border-radius:999px;background:var(--chip);font-size:.9rem;text-decoration:none}
.toc{border-bottom:1px solid var(--line)}
.toc ul{display:flex;flex-wrap:wrap;gap:1.5rem;margin:0;padding:.5rem 0;list-style:none}
.toc a{font-size:.95rem;font-weight:600;text-decoration:none}
.layout{display:grid;grid-template-columns:minmax(0,1fr);gap:1.75rem;padding-top:1.5rem;padding-bottom:1.5rem}
.flow>section{margin-bottom:2rem}
@media (min-width:1100px){.layout{grid-template-columns:minmax(0,5fr) minmax(0,7fr)}
.side{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto;padding-right:.5rem}}
.panel>h2{margin:0 0 .6rem;font-size:.85rem;font-weight:700;letter-spacing:.09em;text-transform:uppercase;color:var(--muted)}
.hint{margin:0 0 1rem;font-size:.92rem;color:var(--muted)}
.claims{margin:0;padding:0;list-style:none;counter-reset:claim}
.claim{position:relative;counter-increment:claim;margin:0 0 .8rem;padding:0 0 .8rem 2.3rem;border-bottom:1px solid var(--line)}
.claim::before{content:counter(claim);position:absolute;left:0;top:.45rem;display:grid;place-items:center;width:1.6rem;height:1.6rem;
border-radius:50%;background:var(--chip);color:var(--accent);font-size:.8rem;font-weight:700}
.claim-text{display:block;width:100%;margin:0 0 0 -.5rem;padding:.3rem .5rem;border:0;border-radius:.4rem;background:none;color:inherit;
font-size:1.1rem;line-height:1.5;text-align:left;cursor:pointer}
.claim-text:hover{background:var(--chip)}
.claim-text[aria-expanded="true"]{background:var(--mark)}
.support{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:.25rem 0 0;font-size:.85rem;color:var(--muted)}
.meter{display:inline-flex;gap:3px}
.meter i{display:inline-block;width:.62rem;height:.62rem;border:1.5px solid var(--muted);border-radius:50%}
.meter i.on{background:var(--accent);border-color:var(--accent)}
.evidence{margin:.6rem 0 0;padding:.5rem .8rem;background:var(--paper);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:.4rem}
html.no-js .evidence[hidden]{display:block}
.evidence-h{margin:0 0 .2rem;font-size:.72rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.evidence ul{margin:0;padding:0;list-style:none}
.evidence li{padding:.4rem 0;border-top:1px dashed var(--line)}
.evidence li:first-child{border-top:0}
.src{font-weight:600}
.tag{margin-left:.3rem;padding:.05rem .45rem;border-radius:.3rem;background:var(--tag);color:var(--muted);font-size:.75rem}
.tag.origin{background:var(--mark-origin);color:var(--ink)}
blockquote{margin:.25rem 0 0;font-size:.97rem}
.source{margin:0 0 1.25rem;padding:1.1rem 1.4rem;background:var(--paper);border:1px solid var(--line);border-radius:.6rem}
.outlet{margin:0;color:var(--accent);font-size:.85rem;font-weight:700;letter-spacing:.03em}
.source h3{margin:.2rem 0 .3rem;font-size:1.35rem;line-height:1.25}
.meta{margin:0 0 .15rem;color:var(--muted);font-size:.85rem}
.body{max-width:44rem;margin-top:.9rem;font-size:1.03rem;line-height:1.68}
.body p{margin:0 0 .8rem}
.ev{border-radius:.2rem;transition:background-color .25s}
.ev.hl{background:var(--mark);box-shadow:0 0 0 2px var(--mark)}
.ev.hl-origin{background:var(--mark-origin);box-shadow:0 0 0 2px var(--mark-origin)}
.anchor{scroll-margin-top:35vh}
.furniture{margin-top:.5rem;font-size:.9rem}
.furniture summary{color:var(--muted);font-weight:600;cursor:pointer}
.furniture ul{margin:.5rem 0 0;padding:0;list-style:none}
.furniture li{display:flex;gap:.8rem;align-items:baseline;padding:.3rem 0;border-top:1px solid var(--line)}
.reason{flex:0 0 8.5rem;color:var(--muted);font:.76rem ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
.removed-text{overflow-wrap:anywhere;text-decoration:line-through;text-decoration-color:var(--muted)}
.back{margin:.6rem 0 0;font-size:.85rem}
.axis-figure{margin:0 0 1rem;padding:.8rem 1rem;overflow-x:auto;background:var(--paper);border:1px solid var(--line);border-radius:.6rem}
.axis{display:block;width:100%;min-width:600px;height:auto;overflow:visible}
.axis-line{stroke:var(--muted);stroke-width:2}
.axis text{fill:var(--muted);font-size:14px}
.axis circle,.key{fill:var(--accent);stroke:var(--accent);stroke-width:2}
.axis circle.scheduled,.key.scheduled{fill:var(--paper);stroke-dasharray:3 2}
.axis circle.conflict,.key.conflict{fill:var(--bad);stroke:var(--bad)}
.axis a:focus-visible circle{stroke:var(--focus);stroke-width:4}
.legend{margin-top:.4rem;color:var(--muted);font-size:.8rem}
.key{display:inline-block;width:.7rem;height:.7rem;margin:0 .2rem 0 .8rem;border:2px solid var(--accent);border-radius:50%;background:var(--accent)}
.key.happened{margin-left:0}
.key.scheduled{background:var(--paper);border-style:dashed}
.key.conflict{background:var(--bad);border-color:var(--bad)}
.timeline{margin:0;padding:0;list-style:none}
.tl-entry{margin:0 0 .7rem;padding:.1rem 0 .1rem .9rem;border-left:3px solid var(--accent)}
.tl-entry.scheduled{border-left-style:dashed}
.tl-entry.conflict{border-left-color:var(--bad)}
.tl-entry time{font-weight:700}
.tl-text{margin:.1rem 0;font-family:Charter,"Iowan Old Style",Georgia,serif}
.tl-conflict{margin:.1rem 0 0;padding-left:1.2rem;font-size:.85rem}
.flag{margin-left:.3rem;padding:.05rem .45rem;border-radius:.3rem;font-size:.72rem;font-weight:700;letter-spacing:.03em}
.flag.scheduled{border:1px dashed var(--muted);color:var(--muted)}
.flag.conflict,.verdict.conflict{background:var(--bad-bg);color:var(--bad)}
.background summary{color:var(--muted);font-weight:600;cursor:pointer;margin-bottom:.5rem}
.table-wrap{overflow-x:auto}
.figures,.entities{width:100%;border-collapse:collapse;background:var(--paper);border:1px solid var(--line);font-size:.93rem}
.figures th,.figures td,.entities th,.entities td{padding:.5rem .7rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
.figures thead th,.entities thead th{font-size:.72rem;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.figures tr.verdict-conflict th[scope=row]{box-shadow:inset 4px 0 var(--bad)}
.figures tr.verdict-approximate th[scope=row]{box-shadow:inset 4px 0 var(--warn)}
.figures tr.verdict-agree th[scope=row]{box-shadow:inset 4px 0 var(--good)}
.values{margin:0;padding:0;list-style:none}
.verdict{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;font-size:.78rem;font-weight:700;white-space:nowrap}
.verdict.agree{background:var(--good-bg);color:var(--good)}
.verdict.approximate{background:var(--warn-bg);color:var(--warn)}
.verdict.single{background:var(--tag);color:var(--muted)}
.terms{margin:.3rem 0 0;font-size:.85rem}
.term{display:inline-block;margin:.1rem .15rem;padding:0 .45rem;border-radius:.3rem;background:var(--chip)}
.unique{margin-top:.5rem;font-size:.95rem}
.unique summary{color:var(--muted);font-weight:600;cursor:pointer}
.unique li{margin:.3rem 0;font-family:Charter,"Iowan Old Style",Georgia,serif}
.muted{color:var(--muted)}
.small{font-size:.85rem}
.warnings li{overflow-wrap:anywhere}
.colophon{padding-bottom:3rem;color:var(--muted);font-size:.85rem}
@media (max-width:600px){body{font-size:16px}.source{padding:.9rem 1rem}.reason{flex-basis:6.5rem}.claim{padding-left:2rem}}
@media (prefers-reduced-motion:reduce){html{scroll-behavior:auto}.ev{transition:none}}
@media print{:root{--bg:#fff;--paper:#fff;--ink:#000;--muted:#444;--line:#bbb;--chip:#fff;--tag:#fff}
body{font-size:11pt}.skip,.toc,.hint,.back{display:none}
.layout{display:block;padding:0}.side{position:static;max-height:none;overflow:visible;margin-bottom:1.5rem}
.axis-figure,.figures tr,.entities tr{break-inside:avoid}
.claim{break-inside:avoid}.source{padding:0;border:0;border-top:1px solid #999;border-radius:0}
.source h3{break-after:avoid}a{color:inherit;text-decoration:none}
.ev.hl,.ev.hl-origin{box-shadow:none}}
)CSS";

// Selecting a sentence: open its evidence list, highlight each cited span
// (found by token, see html_text.h), and keep the choice in the address
// (#sentence-N), so a link can point at one claim and its sources.
const char* const kReportScript = R"JS((function () {
  'use strict';
  document.documentElement.classList.remove('no-js');
  var wide = window.matchMedia('(min-width: 1100px)');
  var current = null;
  var opening = true;  // a #sentence-N link selects on load; the browser scrolls to it
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function remember(hash) {
    try { history.replaceState(null, '', hash || location.pathname + location.search); } catch (e) { /* sandboxed */ }
  }
  function clear() {
    each(document.querySelectorAll('.ev.hl'), function (el) { el.classList.remove('hl', 'hl-origin'); });
    if (!current) return;
    current.setAttribute('aria-expanded', 'false');
    var panel = document.getElementById(current.getAttribute('aria-controls'));
    if (panel) panel.hidden = true;
    current = null;
  }
  function select(button, scroll) {
    clear();
    current = button;
    button.setAttribute('aria-expanded', 'true');
    var panel = document.getElementById(button.getAttribute('aria-controls'));
    if (panel) panel.hidden = false;
    var origin = button.getAttribute('data-origin');
    var first = null;
    (button.getAttribute('data-spans') || '').split(' ').forEach(function (token) {
      if (!token) return;
      each(document.querySelectorAll('.ev[data-ev~="' + token + '"]'), function (el) {
        el.classList.add('hl');
        if (token === origin) { el.classList.add('hl-origin'); if (!first) first = el; }
      });
    });
    remember('#' + button.parentNode.id);
    // Side by side, bring the source into view; stacked, the list's links do.
    if (scroll && first && wide.matches) first.scrollIntoView({block: 'center'});
  }
  each(document.querySelectorAll('.claim-text'), function (button) {
    button.addEventListener('click', function () {
      if (button === current) { clear(); remember(''); } else { select(button, !opening); }
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && current) { var b = current; clear(); remember(''); b.focus(); }
  });
  var opened = [];
  window.addEventListener('beforeprint', function () {
    each(document.querySelectorAll('details:not([open])'), function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () { opened.forEach(function (d) { d.open = false; }); opened = []; });
  // A link to a cited span (#ev-2-0, from an evidence list or the timeline)
  // highlights that span where it lands.
  function show_span() {
    var span = /^#ev-(\d+-\d+)$/.exec(location.hash);
    if (!span) return;
    var token = 'e' + span[1];
    // Followed from the open evidence list: that span is lit already.
    if (current && (' ' + current.getAttribute('data-spans') + ' ').indexOf(' ' + token + ' ') >= 0) return;
    clear();
    each(document.querySelectorAll('.ev[data-ev~="' + token + '"]'), function (el) { el.classList.add('hl'); });
  }
  window.addEventListener('hashchange', show_span);
  show_span();
  var link = /^#sentence-(\d+)$/.exec(location.hash);
  var target = link && document.querySelector('#sentence-' + link[1] + ' > .claim-text');
  if (target) target.click();  // the same path as a reader's click
  opening = false;
})();
)JS";

}  // namespace chorus::render
