/**
 * Scores the splitter on a folder of labelled reports: `npm run eval -- ../shared/corpus/reports`.
 * Prints a line per record, then the summary line of ../shared/checks/eval-split.mjs (see docs/evaluation.md).
 */
import { describeFailure } from '../src/errors.js';
import { scoreFolder } from '../src/eval/folder.js';
import { reportLines } from '../src/eval/report.js';

const [dir, ...extra] = process.argv.slice(2);
if (!dir || extra.length > 0) {
  console.error('usage: npm run eval -- <folder of NN.txt with NN.json labels>');
  process.exit(2);
}
try {
  for (const line of reportLines(await scoreFolder(dir))) console.log(line);
} catch (error) {
  console.error(describeFailure(error));
  process.exit(1);
}
