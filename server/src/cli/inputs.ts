import { readDraft } from '../node/read-draft';
import { expandPaths } from '../node/paths';

export interface Input {
  file: string;
  text: string;
}

/**
 * Expands the paths and reads each draft. Whatever cannot be read is named on stderr and makes
 * the status 2; the rest are still returned, so one bad file never hides the others' findings.
 */
export function readInputs(paths: string[], extensions: string[], nothingFound: string, err: NodeJS.WritableStream): { inputs: Input[]; status: number } {
  const { files, unmatched } = expandPaths(paths, extensions);
  let status = 0;
  for (const u of unmatched) {
    err.write(`unreport: ${u}: ${nothingFound}\n`);
    status = 2;
  }
  const inputs: Input[] = [];
  for (const file of files) {
    const read = readDraft(file);
    if (read.ok) inputs.push({ file, text: read.text });
    else {
      err.write(`unreport: ${file}: ${read.reason}\n`);
      status = 2;
    }
  }
  return { inputs, status };
}
