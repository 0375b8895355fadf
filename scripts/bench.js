// Benchmarks `plan` as whole processes, side by side with `node -e 0`: medians over repeated runs and ratios.
// Usage: npm run bench [-- --runs 7] [-- --steady]. Needs a compiled dist/ (npm run build).
// --steady also builds 300 plans in one process: the cost of a plan once the code is warm (plans 101 to 300).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'plan');
const seed = path.join(root, 'plans', '2020.yaml');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-bench-'));

if (!fs.existsSync(path.join(root, 'dist', 'cli', 'run.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}

/** Wall time of one process in ms; fails loudly if the process does. */
function time(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs the commands in turn, `runs` times after one warm-up, so they share the machine's state. A command given as a
 * function gets a fresh empty output folder each run, so every run writes every file (plan leaves a file that already
 * holds the same bytes as it was, which would flatter every run after the first).
 */
let folders = 0;
const freshFolder = () => path.join(work, `out-${folders++}`);
function sideBySide(commands) {
  const samples = commands.map(() => []);
  for (let round = -1; round < runs; round++) {
    commands.forEach((command, i) => {
      const { ms } = time(typeof command === 'function' ? command(freshFolder()) : command);
      if (round >= 0) samples[i].push(ms);
    });
  }
  return samples.map(median);
}

// 1. One plan, DOCX and PDF, against Node's own start-up.
const [nodeMs, oneMs] = sideBySide([['-e', '0'], (out) => [bin, 'build', seed, '--out', out]]);

// 2. 100 plans in one process against 1 plan in one process.
const many = path.join(work, 'many');
fs.mkdirSync(many);
for (let i = 0; i < 100; i++) fs.copyFileSync(seed, path.join(many, `plan-${String(i).padStart(3, '0')}.yaml`));
const firstOfMany = path.join(many, 'plan-000.yaml');
const [singleMs, hundredMs] = sideBySide([(out) => [bin, 'build', firstOfMany, '--out', out], (out) => [bin, 'build', many, '--out', out]]);
const perExtraPlan = (hundredMs - singleMs) / 99;

// 2b. With --steady: 300 plans against 100, so the first hundred's warm-up is left out.
let steadyRow;
if (process.argv.includes('--steady')) {
  const more = path.join(work, 'more');
  fs.mkdirSync(more);
  for (let i = 0; i < 300; i++) fs.copyFileSync(seed, path.join(more, `plan-${String(i).padStart(3, '0')}.yaml`));
  const [threeHundredMs, hundredAgainMs] = sideBySide([(out) => [bin, 'build', more, '--out', out], (out) => [bin, 'build', many, '--out', out]]);
  const steady = (threeHundredMs - hundredAgainMs) / 200;
  steadyRow = `| per plan once warm (plans 101 to 300) | ${steady.toFixed(1)} ms (100 plans ${hundredAgainMs.toFixed(0)} ms, 300 plans ${threeHundredMs.toFixed(0)} ms) | (for reference) | – |`;
}

// 3. A plan of at least 300 pages: the seed's body repeated (72 times: 304 pages).
const big = path.join(work, 'big.yaml');
const source = fs.readFileSync(seed, 'utf8');
const bodyStart = source.indexOf('\nbody:\n') + '\nbody:\n'.length;
const bodyEnd = source.indexOf('\nclosing:');
const body = source.slice(bodyStart, bodyEnd);
fs.writeFileSync(big, source.slice(0, bodyStart) + Array.from({ length: 72 }, () => body).join('\n') + source.slice(bodyEnd));
const bigOut = path.join(work, 'big');
const [bigMs] = sideBySide([(out) => [bin, 'build', big, '--out', out]]);
time([bin, 'build', big, '--out', bigOut]);
const pages = (fs.readFileSync(path.join(bigOut, 'big.pdf'), 'latin1').match(/\/Type \/Page\b/g) || []).length;
if (pages < 300) throw new Error(`the long plan has ${pages} pages, not 300: repeat the seed's body more often`);

// 3b. A plan of at least 300 pages full of tables: the phân công table of plans/2021-chuyen-doi-so.yaml (merged
// cells, dates as expressions), its rows repeated 105 times (1,260 rows), four times over,
// with the plan's two appendices: about 900 KB, under the 1 MB a plan may have.
const tables = path.join(work, 'tables.yaml');
const tableSource = fs.readFileSync(path.join(root, 'plans', '2021-chuyen-doi-so.yaml'), 'utf8');
const tableStart = tableSource.indexOf('      - table:\n');
const tableLines = tableSource.slice(tableStart, tableSource.indexOf('\n      - ', tableStart + 1) + 1).split('\n').filter((line) => !/^\s*#/.test(line));
const rowsAt = tableLines.findIndex((line) => line.trim() === 'rows:') + 1;
// The unit's column made wider (40 → 72 mm), so the task's text takes more lines: 300 pages fit in the 1 MB.
const head = tableLines.slice(0, rowsAt).map((line) => line.replace('{ width: 40 }', '{ width: 72 }'));
const table = [...head, ...Array.from({ length: 105 }, () => tableLines.slice(rowsAt).filter(Boolean)).flat()].join('\n');
const tableBodyStart = tableSource.indexOf('\nbody:\n') + '\nbody:\n'.length;
const tableBody = `  - heading: Phân công\n    content:\n${`${table}\n`.repeat(4)}`;
fs.writeFileSync(tables, tableSource.slice(0, tableBodyStart) + tableBody + tableSource.slice(tableSource.indexOf('\nrecipients:')));
const tablesOut = path.join(work, 'tables');
const [tablesMs] = sideBySide([(out) => [bin, 'build', tables, '--out', out]]);
time([bin, 'build', tables, '--out', tablesOut]);
const tablePages = (fs.readFileSync(path.join(tablesOut, 'tables.pdf'), 'latin1').match(/\/Type \/Page\b/g) || []).length;
if (tablePages < 300) throw new Error(`the plan of tables has ${tablePages} pages, not 300: repeat its body more often`);

// 4. Peak memory of one plan, as the process itself reports it.
// The command's own start (bundle, render thread and all), so the second thread's memory is counted too.
const rssScript = (out) =>
  `process.stdout.write = () => true; require(${JSON.stringify(path.join(root, 'dist', 'cli', 'start.js'))}).start(['build', ${JSON.stringify(seed)}, '--out', ${JSON.stringify(out)}]).then(() => process.stderr.write(process.resourceUsage().maxRSS + '\\n'))`;
const peakKb = median(Array.from({ length: 3 }, () => Number(time(['-e', rssScript(freshFolder())]).stderr.trim().split('\n').pop())));

const row = (name, value, target, ok) => `| ${name} | ${value} | ${target} | ${ok ? 'yes' : 'NO'} |`;
console.log(`plan benchmark: ${runs} runs each, medians, Node ${process.version}, ${os.cpus().length} cores`);
console.log('| measure | value | target | met |');
console.log('|---|---|---|---|');
console.log(row('node -e 0', `${nodeMs.toFixed(0)} ms`, '(floor)', true));
console.log(row('plan build plans/2020.yaml (DOCX + PDF)', `${oneMs.toFixed(0)} ms = ${(oneMs / nodeMs).toFixed(1)}× node -e 0`, '≤ 3.5×', oneMs / nodeMs <= 3.5));
console.log(row('100 plans in one build, per plan beyond the first', `${perExtraPlan.toFixed(1)} ms (1 plan ${singleMs.toFixed(0)} ms, 100 plans ${hundredMs.toFixed(0)} ms)`, '≤ 16 ms', perExtraPlan <= 16));
if (steadyRow) console.log(steadyRow);
console.log(row(`${pages}-page plan`, `${bigMs.toFixed(0)} ms`, '< 1500 ms', bigMs < 1500));
console.log(row(`${tablePages}-page plan of tables`, `${tablesMs.toFixed(0)} ms`, '< 1500 ms', tablesMs < 1500));
console.log(row('peak memory, one plan', `${(peakKb / 1024).toFixed(0)} MB`, '< 150 MB', peakKb / 1024 < 150));
fs.rmSync(work, { recursive: true, force: true });
