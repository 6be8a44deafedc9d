// `npm run validate -- [DIR] [--seeds DIR] [--report]`: checks graph-data/ and prints every problem as
// file:line; --report also prints, per source, the relations it backs by type, status and certainty.
import { countBySource, formatSourceReport } from '../src/model/report';
import { parseDataArgs, validateAndReport } from './data-cli';

try {
  const argv = process.argv.slice(2);
  const report = argv.includes('--report');
  const result = validateAndReport(parseDataArgs(argv.filter((a) => a !== '--report')));
  if (report && result.dataset) console.log(formatSourceReport(countBySource(result.dataset)));
  process.exitCode = result.ok ? 0 : 1;
} catch (e) {
  console.error(`validate: ${(e as Error).message}`);
  process.exitCode = 2;
}
