// A real headless Chromium (Debian's) drives `clausier serve`: the upload page and the
// report pass axe-core with no violation, a Word file is uploaded, the scorecard is
// read, the reviewed copy is downloaded, and a screenshot of the report is saved.
// Files named after OUT_DIR (reports written by `check --format html`) are checked
// with axe-core too.
// Usage: node serve-browser.cjs URL DOCX OUT_DIR [REPORT.html…]  (NODE_PATH holds
// puppeteer-core and axe-core)
const puppeteer = require("puppeteer-core");
const fs = require("fs");
const path = require("path");

const [url, docx, out, ...reports] = process.argv.slice(2);
const axePath = require.resolve("axe-core/axe.min.js");

async function axe(page, what) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => await window.axe.run(document));
  if (result.violations.length) {
    for (const v of result.violations) console.error(`${what}: ${v.id}: ${v.help} (${v.nodes.length})`);
    throw new Error(`axe-core: ${result.violations.length} violation(s) on the ${what}`);
  }
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--headless=new"],
  });
  try {
    const page = await browser.newPage();
    // The page allows no script at all (its CSP): axe-core is injected by the test.
    await page.setBypassCSP(true);
    await page.goto(url, { waitUntil: "load" });
    await axe(page, "upload page");
    const input = await page.$("input[type=file]");
    await input.uploadFile(docx);
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("button[type=submit]")]);
    const rows = await page.$$eval("th[scope=row]", (r) => r.length);
    if (rows !== 8) throw new Error(`the report shows ${rows} family rows, not 8`);
    await axe(page, "report");
    const href = await page.$eval("a[download]", (a) => a.href);
    const copy = Buffer.from(href.split("base64,")[1], "base64");
    if (copy.subarray(0, 2).toString() !== "PK") throw new Error("the downloaded copy is not a package");
    fs.writeFileSync(path.join(out, "reviewed.docx"), copy);
    await page.screenshot({ path: path.join(out, "report.png"), fullPage: false });
    for (const report of reports) {
      await page.goto("file://" + path.resolve(report), { waitUntil: "load" });
      await axe(page, path.basename(report));
    }
    console.log(`browser: ${rows} families read, copy of ${copy.length} bytes downloaded, screenshot saved; axe-core: no violation on the pages and ${reports.length} report(s)`);
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
