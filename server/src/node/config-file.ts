// Finds and reads .unreportrc.json the way markdownlint finds its configuration: the nearest
// one in the file's folder or any folder above it. Shared by the command line and the server.
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import schema from '../../schemas/unreportrc.schema.json';
import type { Config } from '../core/config';
import { RULES } from '../core/rules';

export const CONFIG_FILE_NAMES = ['.unreportrc.json', '.unreportrc'];

let validator: ReturnType<Ajv['compile']> | undefined;

export class ConfigError extends Error {}

/** Validates parsed JSON as a configuration; throws ConfigError with every problem listed. */
export function validateConfig(value: unknown, source: string): Config {
  validator ??= new Ajv({ allErrors: true }).compile(schema);
  if (!validator(value)) {
    const problems = (validator.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
    throw new ConfigError(`${source}: invalid configuration: ${problems.join('; ')}`);
  }
  const config = value as Config;
  const known = new Set(RULES.map((r) => r.code));
  const unknown = Object.keys(config.rules ?? {}).filter((code) => !known.has(code));
  if (unknown.length) throw new ConfigError(`${source}: unknown rule code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  return config;
}

export function readConfigFile(file: string): Config {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read configuration (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return validateConfig(value, file);
}

/** The nearest configuration file at or above `dir`, stopping at `root` when given. */
export function findConfigFile(dir: string, root?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = root ? path.resolve(root) : undefined;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current || current === stop) return undefined;
    current = parent;
  }
}
