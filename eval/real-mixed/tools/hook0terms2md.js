// Hook0 CGU (eval/real-mixed/SOURCES.md): hook0/hook0 website/locales/fr/terms.js, `require`d
// with node, its strings emitted in the order of website/src/terms.ejs: hero title (#),
// subtitle, « Dernière mise à jour : date », intro p1-p4, then for each section its title (##),
// lead, items (- ), paragraphs, prohibited list (- ), paragraphs after, contact items (- ).
// Inline HTML -> Markdown: <strong> -> **, <a href> -> [text](href). The file's leading JS
// comments are not part of the page. Rewritten after the helper's script was lost; gives the
// SHA-1 listed in SOURCES.md. Usage: node hook0terms2md.js terms.js > FILE.md
const path = require('path');
const t = require(path.resolve(process.argv[2]));
const md = (s) => s
  .replace(/<strong[^>]*>(.*?)<\/strong>/gs, '**$1**')
  .replace(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gs, '[$2]($1)');
const out = [];
out.push('# ' + t.hero.title, t.hero.subtitle, t.hero.lastUpdatedLabel + ' ' + t.hero.lastUpdatedDate);
for (const k of ['p1Html', 'p2Html', 'p3Html', 'p4Html']) if (t.intro[k]) out.push(md(t.intro[k]));
const list = (xs) => xs.map((x) => '- ' + md(x)).join('\n');
for (const s of t.sections) {
  out.push('## ' + s.title);
  if (s.lead) out.push(s.lead);
  if (s.items && s.items.length) out.push(list(s.items));
  for (const p of s.paragraphs || []) out.push(md(p));
  if (s.prohibitedList && s.prohibitedList.length) out.push(list(s.prohibitedList));
  for (const p of s.paragraphsAfter || []) out.push(md(p));
  if (s.contactItems && s.contactItems.length) out.push(list(s.contactItems));
}
process.stdout.write(out.join('\n\n') + '\n');
