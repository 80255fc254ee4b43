// MonServiceSécurisé CGU (eval/real-mixed/SOURCES.md): betagouv/mon-service-securise
// src/vues/cgu.pug @ ba64ad0a -> HTML of its `block main` only (the layout `extends`, the other
// blocks and the .marges-fixes/.documentation wrappers are not taken), with the `pug` package
// (npm install pug@3). Then rich2md.py. Usage: NODE_PATH=… node pugmain2html.js cgu.pug > x.html
const fs = require('fs');
const pug = require('pug');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const start = lines.findIndex((l) => /^block main\b/.test(l));
let body = [];
for (const l of lines.slice(start + 1)) {
  if (/^\S/.test(l)) break; // next top-level block
  body.push(l);
}
// Drop the two wrapper lines (.marges-fixes, .documentation) and dedent their content.
const wrappers = body.filter((l) => /^\s*\.(marges-fixes|documentation)\s*$/.test(l)).length;
body = body.filter((l) => !/^\s*\.(marges-fixes|documentation)\s*$/.test(l));
const indent = 2 + 2 * wrappers;
body = body.map((l) => (l.slice(0, indent).trim() === '' ? l.slice(indent) : l.trimStart()));
process.stdout.write(pug.render(body.join('\n'), { pretty: true }) + '\n');
