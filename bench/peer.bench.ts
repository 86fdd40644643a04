// Peer and scaling benchmark (issue #17): the approval proposal of designs of 10, 100, 300 and
// 1,000 items (half outcomes, half activities; 1,000 is the largest design the schema allows)
// exported through our CLI, and the same content (bench/document-html.ts) through pandoc (DOCX),
// Chromium printing HTML through playwright-core, browser launch included (PDF) and LibreOffice
// (PDF), whichever are installed. Every run is a whole process, as a user pays for it; runs are
// interleaved so machine noise hits every tool alike. Prints medians and ratios (ours / peer).
// Run: npm run bench -- peer   (BENCH_SIZES=10,100 BENCH_REPS=3 to shorten)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { CatalogService } from '../main/services/catalog/catalog-service';
import { CheckService } from '../main/services/checks/check-service';
import { ExportService } from '../main/services/export/export-service';
import { designOfSize } from './designs';
import { documentHtml } from './document-html';
import {
  buildMain,
  CLI,
  fmtMiB,
  fmtMs,
  fmtRatio,
  hasProgram,
  median,
  ROOT,
  runMeasured,
  type ProcessRun,
} from './process';

const SIZES = (process.env.BENCH_SIZES ?? '10,100,300,1000').split(',').map(Number);
const repsFor = (items: number) => Number(process.env.BENCH_REPS ?? (items >= 300 ? 3 : 5));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Tool {
  name: string;
  format: 'docx' | 'pdf';
  available: boolean;
  /** Command and arguments; `dir` holds design.cbld and design.html. */
  command(dir: string): [string, string[]];
  output(dir: string): string;
}

const work = mkdtempSync(join(tmpdir(), 'cd-bench-peer-'));
// LibreOffice gets its own profile: another soffice on the machine must not share ours.
const loProfile = `file://${join(work, 'lo-profile')}`;

/** Our exporter as users run it: the CLI, one whole process per document. */
const ours = (format: 'docx' | 'pdf'): Tool => ({
  name: `ours ${format.toUpperCase()} (CLI)`,
  format,
  available: true,
  command: (dir) => [
    process.execPath,
    [
      CLI,
      'export',
      join(dir, 'design.cbld'),
      '--document',
      'proposal',
      '--format',
      format,
      '--out',
      join(dir, `ours.${format}`),
      '--force',
    ],
  ],
  output: (dir) => join(dir, `ours.${format}`),
});

const TOOLS: Tool[] = [
  ours('docx'),
  {
    name: 'pandoc DOCX',
    format: 'docx',
    available: hasProgram('pandoc'),
    command: (dir) => [
      'pandoc',
      ['-f', 'html', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), join(dir, 'design.html')],
    ],
    output: (dir) => join(dir, 'pandoc.docx'),
  },
  ours('pdf'),
  {
    name: 'Chromium PDF (launch incl.)',
    format: 'pdf',
    available: existsSync(CHROMIUM),
    command: (dir) => [
      process.execPath,
      [join(ROOT, 'bench', 'peers', 'chromium-pdf.mjs'), join(dir, 'design.html'), join(dir, 'chromium.pdf')],
    ],
    output: (dir) => join(dir, 'chromium.pdf'),
  },
  {
    name: 'LibreOffice PDF',
    format: 'pdf',
    available: hasProgram('soffice'),
    command: (dir) => [
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${loProfile}`,
        '--convert-to',
        'pdf:writer_web_pdf_Export',
        '--outdir',
        join(dir, 'lo'),
        join(dir, 'design.html'),
      ],
    ],
    output: (dir) => join(dir, 'lo', 'design.pdf'),
  },
];

function pages(file: string): string {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return /Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? '?';
}

function documentXmlKiB(file: string): number {
  const parts = unzipSync(readFileSync(file), { filter: (entry) => entry.name === 'word/document.xml' });
  return (parts['word/document.xml']?.byteLength ?? 0) / 1024;
}

async function run(tool: Tool, dir: string, sampleTree = false): Promise<ProcessRun> {
  const [command, args] = tool.command(dir);
  const result = await runMeasured(command, args, { cwd: dir, sampleTree });
  if (result.code !== 0 || !existsSync(tool.output(dir)))
    throw new Error(`${tool.name} failed (exit ${result.code}): ${result.stderr.slice(0, 500)}`);
  return result;
}

buildMain();
const catalog = new CatalogService();
const exporter = new ExportService(catalog, new CheckService(catalog));
const tools = TOOLS.filter((tool) => tool.available);
for (const tool of TOOLS.filter((t) => !t.available)) console.log(`(${tool.name}: not installed, skipped)`);

const summary: string[] = [];
try {
  for (const items of SIZES) {
    const dir = join(work, `items-${items}`);
    mkdirSync(dir);
    const design = designOfSize(items);
    writeFileSync(join(dir, 'design.cbld'), JSON.stringify(design, null, 2));
    writeFileSync(join(dir, 'design.html'), documentHtml(exporter.model(design, 'proposal')));

    for (const tool of tools) await run(tool, dir); // warm-up: disk cache, LibreOffice profile
    const runs = new Map<Tool, ProcessRun[]>(tools.map((tool) => [tool, []]));
    const reps = repsFor(items);
    for (let rep = 0; rep < reps; rep++)
      for (let i = 0; i < tools.length; i++) {
        const tool = tools[(i + rep) % tools.length]!; // rotate the order: paired, interleaved runs
        runs.get(tool)!.push(await run(tool, dir));
      }
    // A separate pass samples the memory of the whole process tree (Chromium and LibreOffice are several processes).
    const tree = new Map<Tool, number>();
    for (const tool of tools) tree.set(tool, (await run(tool, dir, true)).treePssMiB);

    const wall = (tool: Tool) => median(runs.get(tool)!.map((r) => r.wallMs));
    const rss = (tool: Tool) => median(runs.get(tool)!.map((r) => r.maxRssMiB));
    console.log(
      `\n${items} items (${design.outcomes.length} outcomes, ${design.activities.length} activities, ${design.assessments.length} assessments), ${reps} runs each, medians:`,
    );
    console.log(
      `  ${'tool'.padEnd(28)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)} ${'peak RSS'.padStart(9)} ${'tree PSS'.padStart(9)}  output`,
    );
    for (const tool of tools) {
      const file = tool.output(dir);
      const detail =
        tool.format === 'pdf' ? `${pages(file)} pages` : `document.xml ${documentXmlKiB(file).toFixed(0)} KiB`;
      console.log(
        `  ${tool.name.padEnd(28)} ${fmtMs(wall(tool)).padStart(8)} ${fmtMs(median(runs.get(tool)!.map((r) => r.cpuMs))).padStart(8)} ${fmtMiB(rss(tool)).padStart(9)} ${fmtMiB(tree.get(tool)!).padStart(9)}  ${(statSync(file).size / 1024).toFixed(0)} KiB, ${detail}`,
      );
    }
    const [oursDocx, pandoc, oursPdf, chromium, libre] = TOOLS;
    const line = (label: string, ours: Tool, peer: Tool) =>
      tools.includes(peer)
        ? `  ${label.padEnd(34)} time ${fmtRatio(wall(ours), wall(peer)).padStart(6)}   peak RSS ${fmtRatio(rss(ours), rss(peer)).padStart(6)}   tree PSS ${fmtRatio(tree.get(ours)!, tree.get(peer)!).padStart(6)}`
        : '';
    const ratios = [
      line('ours DOCX / pandoc', oursDocx!, pandoc!),
      line('ours PDF / Chromium', oursPdf!, chromium!),
      line('ours PDF / LibreOffice', oursPdf!, libre!),
    ].filter(Boolean);
    console.log(`  ratios (ours / peer; below 1 is faster or smaller):\n${ratios.join('\n')}`);
    summary.push(...ratios.map((r) => `${String(items).padStart(5)} items ${r.trim()}`));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nsummary (ours / peer):\n${summary.join('\n')}`);
  console.log(
    'CPU counts a process and the children it waited for: Chromium forks its renderers through a zygote,\n' +
      'so its CPU is undercounted; compare wall times. Tree PSS adds every process of a tool (shared pages split).',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
