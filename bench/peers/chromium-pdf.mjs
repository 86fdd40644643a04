// Peer for the PDF benchmark: Chromium printing an HTML file to PDF, browser launch included,
// as one process tree (the way our CLI export is one process). Plain JavaScript so nothing but
// Node and playwright-core loads before the browser starts.
// Usage: node bench/peers/chromium-pdf.mjs <in.html> <out.pdf>
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [input, output] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(input).href, { waitUntil: 'load' });
  // The running header, as our PDF prints it on every page after the cover.
  const header = await page.$eval(
    'meta[name="running-header"]',
    (meta) => meta.outerHTML.match(/content="([^"]*)"/)[1],
  );
  await page.pdf({
    path: output,
    format: 'A4',
    margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:7.5pt;color:#667085;margin:0 18mm;width:100%">${header}</div>`,
    footerTemplate:
      '<div style="font-size:7.5pt;color:#667085;margin:0 18mm;width:100%;text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
  });
} finally {
  await browser.close();
}
