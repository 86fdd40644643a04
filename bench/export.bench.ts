// Export benchmark (issues 15 and 17): the proposal of the large design (40 outcomes, 60 activities,
// 12 assessments with 5×4 rubrics) as DOCX and PDF. Wall time on a shared machine is noisy, so the
// CPU time of the process (process.cpuUsage) is printed too; compare medians.
// Run: npm run bench -- export
import { strFromU8, unzipSync } from 'fflate';
import { CatalogService } from '../main/services/catalog/catalog-service';
import { CheckService } from '../main/services/checks/check-service';
import { ExportService } from '../main/services/export/export-service';
import { largeDesign } from './designs';

const catalog = new CatalogService();
const exporter = new ExportService(catalog, new CheckService(catalog));
const design = largeDesign();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(format: 'docx' | 'pdf', runs: number, targetMs: number) {
  // Warm-up: loads the library and the fonts, and lets the JIT settle.
  for (let i = 0; i < 2; i++) await exporter.render(design, 'proposal', format);
  const wall: number[] = [];
  const cpu: number[] = [];
  let peak = process.memoryUsage().rss;
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    ({ bytes } = await exporter.render(design, 'proposal', format));
    const spent = process.cpuUsage(usage);
    wall.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const xml =
    format === 'docx'
      ? `  document.xml ${(strFromU8(unzipSync(bytes)['word/document.xml']!).length / 1024).toFixed(0)} KB`
      : '';
  console.log(
    `proposal, large design, ${format.toUpperCase().padEnd(4)} median ${median(wall).toFixed(0).padStart(5)} ms (CPU ${median(
      cpu,
    )
      .toFixed(0)
      .padStart(5)} ms)  max ${Math.max(...wall)
      .toFixed(0)
      .padStart(
        5,
      )} ms  ${(bytes.byteLength / 1024).toFixed(0)} KB${xml}  peak RSS ${(peak / 2 ** 20).toFixed(0)} MB  (target < ${targetMs} ms: ${median(wall) < targetMs ? 'met' : 'MISSED'})`,
  );
}

const model = exporter.model(design, 'proposal');
console.log(`document model: ${model.blocks.length} blocks`);
await time('docx', 9, 300);
await time('pdf', 9, 1000);
