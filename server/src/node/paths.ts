import * as fs from 'fs';
import * as path from 'path';

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** Expands files, folders (their drafts, recursively) and globs (*, **, ?) to file paths. */
export function expandPaths(args: string[], extensions: string[]): { files: string[]; unmatched: string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    const before = files.length;
    if (/[*?]/.test(arg)) {
      files.push(...glob(arg));
    } else if (fs.existsSync(arg) && fs.statSync(arg).isDirectory()) {
      walk(arg, (f) => extensions.includes(path.extname(f).slice(1).toLowerCase()) && files.push(f));
    } else {
      files.push(arg);
    }
    if (files.length === before) unmatched.push(arg);
  }
  return { files: [...new Set(files)], unmatched };
}

export function walk(dir: string, visit: (file: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(full, visit);
    } else if (e.isFile()) {
      visit(full);
    }
  }
}

function glob(pattern: string): string[] {
  const normalized = pattern.split(path.sep).join('/');
  const parts = normalized.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !/[*?]/.test(parts[0])) fixed.push(parts.shift()!);
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const re = globToRegExp(parts.join('/'));
  const out: string[] = [];
  walk(base, (file) => {
    const rel = path.relative(base, file).split(path.sep).join('/');
    if (re.test(rel)) out.push(fixed.length ? file : rel);
  });
  return out;
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
