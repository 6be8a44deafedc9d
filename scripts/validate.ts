// `npm run validate -- [DIR] [--seeds DIR]`: checks graph-data/ and prints every problem as file:line.
import { parseDataArgs, validateAndReport } from './data-cli';

try {
  const result = validateAndReport(parseDataArgs(process.argv.slice(2)));
  process.exitCode = result.ok ? 0 : 1;
} catch (e) {
  console.error(`validate: ${(e as Error).message}`);
  process.exitCode = 2;
}
