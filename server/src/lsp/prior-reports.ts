// Indexes the user's prior reports (setting unreport.priorReports, a glob inside the workspace
// folders) for hovers and completions: all of them once, then one file per change.
import * as fs from 'fs';
import * as path from 'path';
import { PriorReportIndex } from '../core/learn/workspace-index';
import { globToRegExp, walk } from '../node/paths';
import { readDraft } from '../node/read-draft';

const DRAFT_EXTENSIONS = new Set(['.unr', '.txt', '.md']);
/** Larger files are not prior reports anyone drafts from; reading them would only cost memory. */
const MAX_BYTES = 20 * 1024 * 1024;

export interface Progress {
  begin(title: string, total: number): void;
  report(done: number, total: number): void;
  done(): void;
}

export class PriorReports {
  readonly index = new PriorReportIndex();
  private matcher: RegExp | undefined;

  constructor(
    private readonly folders: () => string[],
    private readonly log: (message: string) => void,
  ) {}

  /** Reads every matching file under the workspace folders (never outside them). */
  indexAll(glob: string, progress?: Progress): number {
    this.matcher = globToRegExp(glob);
    const files: string[] = [];
    for (const folder of this.folders()) walk(folder, (file) => this.matches(file) && files.push(file));
    progress?.begin('unreport: indexing prior reports', files.length);
    files.forEach((file, i) => {
      this.read(file);
      if (i % 10 === 9) progress?.report(i + 1, files.length);
    });
    progress?.done();
    this.log(`unreport: indexed ${files.length} prior report${files.length === 1 ? '' : 's'} (${glob})`);
    return files.length;
  }

  /** A file created, changed or deleted: re-read just that one. Returns whether the index changed. */
  changed(file: string, deleted: boolean): boolean {
    if (deleted) {
      const had = this.index.has(file);
      this.index.remove(file);
      return had;
    }
    if (!this.matches(file)) return false;
    this.read(file);
    return true;
  }

  private matches(file: string): boolean {
    if (!this.matcher || !DRAFT_EXTENSIONS.has(path.extname(file).toLowerCase())) return false;
    for (const folder of this.folders()) {
      const relative = path.relative(folder, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      if (this.matcher.test(relative.split(path.sep).join('/'))) return true;
    }
    return false;
  }

  private read(file: string): void {
    try {
      if (fs.statSync(file).size > MAX_BYTES) return;
    } catch {
      this.index.remove(file);
      return;
    }
    const draft = readDraft(file);
    if (draft.ok) this.index.update(file, draft.text.replace(/^\uFEFF/, ''));
    else this.index.remove(file);
  }
}
