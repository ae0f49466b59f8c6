import * as fs from 'fs';
import * as path from 'path';
import { learn, type SourceText } from '../core/learn';
import { readInputs } from './inputs';

export const LEARNED_FILE = 'learned.json';

/** `unreport learn PATH... --out DIR`: writes DIR/learned.json; returns the exit status. */
export function runLearn(paths: string[], outDir: string | undefined, extensions: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const { inputs, status } = readInputs(paths, extensions, 'nothing to learn from', err);
  const sources: SourceText[] = inputs.map(({ file, text }) => ({ name: path.basename(file), text: text.replace(/^\uFEFF/, '') }));
  const knowledge = learn(sources);
  const json = JSON.stringify({ $schema: './schemas/learned.schema.json', generatedBy: 'unreport learn', ...knowledge }, null, 2) + '\n';
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, LEARNED_FILE), json);
    err.write(
      `unreport: learned from ${knowledge.documents.length} documents: ${knowledge.abbreviations.length} abbreviations, ` +
        `${knowledge.resolutions.length} resolutions, ${knowledge.actionLineTitles.length} action-line titles, ` +
        `${knowledge.skeletons.length} skeletons, ${knowledge.paragraphs.length} standard paragraphs -> ${path.join(outDir, LEARNED_FILE)}\n`,
    );
  } else {
    out.write(json);
  }
  return status;
}
