import * as path from 'path';
import { checkText, mergeConfigs, RULES, type Config } from '../core';
import { applyEdits } from '../core/fix/edits';
import { renumberFootnotes, renumberParagraphs } from '../core/fix/renumber';
import { buildOutline, type OutlineNode } from '../core/outline';
import { parseDocument } from '../core/parse/parser';
import { ConfigError, findConfigFile, readConfigFile } from '../node/config-file';
import { readDraft } from '../node/read-draft';
import { fixAll } from '../service/fix-all';
import { formatText, toFileFinding, type FileFinding } from './format';
import { readInputs } from './inputs';
import { runLearn } from './learn';
import { digest, writeFileAtomically } from './write-file';

const VERSION = '0.1.0';

const USAGE = `unreport ${VERSION}: checks UN reports and draft resolutions

Usage:
  unreport check [--format text|json] [--config FILE] [--fix] [--ext unr,txt,md] PATH...
      Check drafts (files, folders, globs). Exit 1 if an error is found, 2 on bad usage
      or unreadable input, else 0. --fix first applies every fix the editor offers (writes).
  unreport outline [--format json|text] FILE
      The heading and paragraph tree.
  unreport renumber [--paragraphs] [--footnotes] [--write | --stdout] FILE
      Renumber paragraphs (and cross-references) and footnotes (markers and texts).
      Lists the changes; --stdout prints the new text; --write replaces the file atomically.
  unreport learn [--out DIR] [--ext unr,txt,md] PATH...
      Learn from prior reports (abbreviations, dated and titled resolutions, skeletons,
      action-line titles, standard paragraphs) into DIR/learned.json (stdout without --out).
  unreport rules
      The checks, their codes and default severities.

Configuration: the nearest .unreportrc.json at or above each file, or --config FILE.`;

class UsageError extends Error {}

interface Options {
  format: string;
  config?: string;
  out?: string;
  fix: boolean;
  write: boolean;
  stdout: boolean;
  paragraphs: boolean;
  footnotes: boolean;
  extensions: string[];
  paths: string[];
}

function parseArgs(args: string[]): Options {
  const o: Options = { format: 'text', fix: false, write: false, stdout: false, paragraphs: false, footnotes: false, extensions: ['unr'], paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) o.format = value();
    else if (a === '--config' || a.startsWith('--config=')) o.config = value();
    else if (a === '--out' || a.startsWith('--out=')) o.out = value();
    else if (a === '--ext' || a.startsWith('--ext=')) o.extensions = value().split(',').map((e) => e.replace(/^\./, '').toLowerCase());
    else if (a === '--fix') o.fix = true;
    else if (a === '--write') o.write = true;
    else if (a === '--stdout') o.stdout = true;
    else if (a === '--paragraphs') o.paragraphs = true;
    else if (a === '--footnotes') o.footnotes = true;
    else if (a === '--') o.paths.push(...args.slice(i + 1)), (i = args.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.paths.push(a);
  }
  return o;
}

export function main(argv: string[], out = process.stdout, err = process.stderr): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      out.write(USAGE + '\n');
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      out.write(VERSION + '\n');
      return 0;
    }
    const options = parseArgs(rest);
    switch (command) {
      case 'check':
        return runCheck(options, out, err);
      case 'outline':
        return runOutline(options, out, err);
      case 'renumber':
        return runRenumber(options, out, err);
      case 'learn':
        if (!options.paths.length) throw new UsageError('learn needs at least one file, folder or glob');
        return runLearn(options.paths, options.out, options.extensions.includes('unr') && options.extensions.length === 1 ? ['unr', 'txt', 'md'] : options.extensions, out, err);
      case 'rules':
        for (const r of RULES) out.write(`${r.code.padEnd(28)} ${r.defaultSeverity.padEnd(12)} ${r.description}\n`);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      err.write(`unreport: ${error.message}\n`);
      if (error instanceof UsageError) err.write(`Run "unreport --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
}

function configFor(file: string, explicit: string | undefined, cache: Map<string, Config>): Config {
  const source = explicit ?? findConfigFile(path.dirname(path.resolve(file)));
  if (!source) return {};
  let config = cache.get(source);
  if (!config) {
    config = readConfigFile(source);
    cache.set(source, config);
  }
  return config;
}

function runCheck(o: Options, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  if (!['text', 'json'].includes(o.format)) throw new UsageError(`--format must be text or json, not "${o.format}"`);
  if (!o.paths.length) throw new UsageError('check needs at least one file, folder or glob');
  if (o.config) readConfigFile(o.config);
  const read = readInputs(o.paths, o.extensions, 'no drafts found', err);
  let status = read.status;
  const configs = new Map<string, Config>();
  const all: FileFinding[] = [];
  let errors = false;
  for (const { file, text: original } of read.inputs) {
    let config: Config;
    try {
      config = configFor(file, o.config, configs);
    } catch (error) {
      err.write(`unreport: ${(error as Error).message}\n`);
      status = 2;
      continue;
    }
    let text = original;
    if (o.fix) {
      const options = { config: mergeConfigs(config) };
      const fixed = fixAll(text, (t) => checkText(t, options));
      if (fixed !== text) {
        const refused = tryWrite(file, fixed, text, err);
        if (refused) {
          status = 2;
          continue;
        }
        err.write(`unreport: ${file}: fixed\n`);
        text = fixed;
      }
    }
    const { findings } = checkText(text, { config: mergeConfigs(config) });
    for (const f of findings) {
      const ff = toFileFinding(file, f);
      if (f.severity === 'error') errors = true;
      if (o.format === 'text') out.write(formatText(ff) + '\n');
      else all.push(ff);
    }
  }
  if (o.format === 'json') writeJsonArray(out, all);
  return status === 2 ? 2 : errors ? 1 : 0;
}

/**
 * Writes JSON.stringify(items, null, 2) and a newline, in chunks: as one string, the findings of
 * a huge draft (millions) pass V8's maximum string length and the command crashed.
 */
function writeJsonArray(out: NodeJS.WritableStream, items: readonly unknown[]): void {
  if (!items.length) {
    out.write('[]\n');
    return;
  }
  let chunk = '[\n';
  items.forEach((item, i) => {
    chunk += '  ' + JSON.stringify(item, null, 2).replace(/\n/g, '\n  ') + (i < items.length - 1 ? ',\n' : '\n');
    if (chunk.length > 1 << 20) {
      out.write(chunk);
      chunk = '';
    }
  });
  out.write(chunk + ']\n');
}

/**
 * Writes the new text unless the file changed since `read` was read (or cannot be written);
 * says why on stderr and returns true when nothing was written. These used to escape main() as
 * an exception with a stack trace.
 */
function tryWrite(file: string, text: string, read: string, err: NodeJS.WritableStream): boolean {
  try {
    writeFileAtomically(file, text, digest(Buffer.from(read, 'utf8')));
    return false;
  } catch (error) {
    err.write(`unreport: ${file}: ${(error as Error).message}\n`);
    return true;
  }
}


function readOne(o: Options, command: string): string {
  if (o.paths.length !== 1) throw new UsageError(`${command} takes exactly one file`);
  const read = readDraft(o.paths[0]);
  if (!read.ok) throw new UsageError(`${o.paths[0]}: ${read.reason}`);
  return read.text;
}

function runOutline(o: Options, out: NodeJS.WritableStream, _err: NodeJS.WritableStream): number {
  if (o.format !== 'json' && o.format !== 'text') throw new UsageError(`--format must be json or text, not "${o.format}"`);
  const text = readOne(o, 'outline');
  const outline = buildOutline(parseDocument(text));
  const toJson = (n: OutlineNode): object => ({
    kind: n.kind,
    label: n.label,
    line: n.line + 1,
    ...(n.code ? { code: n.code } : {}),
    children: n.children.map(toJson),
  });
  if (o.format === 'json') {
    out.write(JSON.stringify(outline.map(toJson), null, 2) + '\n');
  } else {
    const print = (nodes: OutlineNode[], indent: string) => {
      for (const n of nodes) {
        out.write(`${indent}${n.label}  (line ${n.line + 1})\n`);
        print(n.children, indent + '  ');
      }
    };
    print(outline, '');
  }
  return 0;
}

function runRenumber(o: Options, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const text = readOne(o, 'renumber');
  const file = o.paths[0];
  const both = !o.paragraphs && !o.footnotes;
  let result = text;
  const changes: string[] = [];
  const step = (name: string, makeEdits: typeof renumberParagraphs) => {
    const doc = parseDocument(result);
    const edits = makeEdits(doc);
    for (const e of edits) {
      const old = doc.line(e.range.start.line).slice(e.range.start.character, e.range.end.character);
      changes.push(`${file}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${name} ${old} -> ${e.newText}`);
    }
    result = applyEdits(result, edits);
  };
  if (both || o.paragraphs) step('paragraph', renumberParagraphs);
  if (both || o.footnotes) step('footnote', renumberFootnotes);
  if (o.stdout) out.write(result);
  else for (const c of changes) out.write(c + '\n');
  if (o.write && result !== text) {
    if (tryWrite(file, result, text, err)) return 2;
    err.write(`unreport: ${file}: ${changes.length} number${changes.length === 1 ? '' : 's'} changed\n`);
  } else if (!o.stdout) {
    err.write(changes.length ? `unreport: ${changes.length} change${changes.length === 1 ? '' : 's'}; run with --write to apply\n` : 'unreport: nothing to renumber\n');
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
