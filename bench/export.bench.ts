// Export benchmark (issue: exports): the proposal of the large design (40 outcomes, 60 activities,
// 12 assessments with 5×4 rubrics) as DOCX and PDF. Run: npm run bench -- export
import { CatalogService } from '../main/services/catalog/catalog-service';
import { CheckService } from '../main/services/checks/check-service';
import { ExportService } from '../main/services/export/export-service';
import { largeDesign } from './designs';

const catalog = new CatalogService();
const exporter = new ExportService(catalog, new CheckService(catalog));
const design = largeDesign();

async function time(format: 'docx' | 'pdf', runs: number, targetMs: number) {
  await exporter.render(design, 'proposal', format); // warm-up: loads the library and the fonts
  const times: number[] = [];
  let peak = process.memoryUsage().rss;
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { bytes } = await exporter.render(design, 'proposal', format);
    times.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().rss);
    size = bytes.byteLength;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)]!;
  console.log(
    `proposal, large design, ${format.toUpperCase().padEnd(4)} median ${median.toFixed(0).padStart(5)} ms  max ${times.at(-1)!.toFixed(0).padStart(5)} ms  ${(size / 1024).toFixed(0)} KB  peak RSS ${(peak / 2 ** 20).toFixed(0)} MB  (target < ${targetMs} ms: ${median < targetMs ? 'met' : 'MISSED'})`,
  );
}

const model = exporter.model(design, 'proposal');
console.log(`document model: ${model.blocks.length} blocks`);
await time('docx', 9, 300);
await time('pdf', 7, 1500);
