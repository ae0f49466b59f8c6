// The configuration that applies to one document: the nearest .unreportrc.json (looked up from
// the document's folder, not above its workspace folder) overridden by the editor settings.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { mergeConfigs, type Config } from '../core/config';
import { ConfigError, findConfigFile, readConfigFile } from '../node/config-file';
import { normalizeSettings, settingsConfig } from './settings';

export interface ConfigProblem {
  file: string;
  message: string;
}

export interface ResolvedConfig {
  config: Config;
  debounceMs: number;
  /** A configuration file that could not be used (the document is checked without it). */
  problem?: ConfigProblem;
}

export class DocumentConfigs {
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();
  private readonly files = new Map<string, { mtimeMs: number; config: Config }>();

  constructor(
    private readonly fetchSettings: (uri: string) => Promise<unknown>,
    private readonly workspaceFolderPaths: () => string[],
  ) {}

  get(uri: string): Promise<ResolvedConfig> {
    let config = this.resolved.get(uri);
    if (!config) {
      config = this.resolve(uri);
      this.resolved.set(uri, config);
      config.catch(() => this.resolved.delete(uri));
    }
    return config;
  }

  /** Settings or configuration files changed: resolve again on next use. */
  clear(): void {
    this.resolved.clear();
    this.files.clear();
  }

  forget(uri: string): void {
    this.resolved.delete(uri);
  }

  private async resolve(uri: string): Promise<ResolvedConfig> {
    const settings = normalizeSettings(await this.fetchSettings(uri));
    const file = this.configFileFor(uri);
    return {
      config: mergeConfigs(file.config, settingsConfig(settings)),
      debounceMs: settings.debounceMs,
      ...(file.problem ? { problem: file.problem } : {}),
    };
  }

  private configFileFor(uri: string): { config?: Config; problem?: ConfigProblem } {
    const filePath = fsPath(uri);
    if (!filePath) return {};
    const folder = this.workspaceFolderPaths()
      .filter((f) => isInside(filePath, f))
      .sort((a, b) => b.length - a.length)[0];
    const found = findConfigFile(path.dirname(filePath), folder);
    if (!found) return {};
    try {
      return { config: this.read(found) };
    } catch (error) {
      const message = error instanceof ConfigError ? error.message : `${found}: cannot read configuration (${error instanceof Error ? error.message : error})`;
      return { problem: { file: found, message } };
    }
  }

  private read(file: string): Config {
    const mtimeMs = fs.statSync(file).mtimeMs;
    const cached = this.files.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.config;
    const config = readConfigFile(file);
    this.files.set(file, { mtimeMs, config });
    return config;
  }
}

/** The local path of a file: URI; undefined for untitled and virtual documents. */
export function fsPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
