import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export function digest(bytes: Uint8Array | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * Replaces a file's content atomically: write a temporary file beside it, then rename.
 * Refuses when the file changed since it was read (its digest no longer matches).
 */
export function writeFileAtomically(file: string, text: string, expectedDigest: string): void {
  // Through a symbolic link, replace its target: renaming over the link itself turned the link
  // into a copy and left the real file unchanged.
  file = fs.realpathSync(file);
  const current = fs.readFileSync(file);
  if (digest(current) !== expectedDigest) throw new Error('the file changed since it was read; nothing written');
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.unreport-${process.pid}-${Date.now()}.tmp`);
  const mode = fs.statSync(file).mode;
  try {
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      // openSync's mode passes through the umask (0664 became 0644): set it exactly.
      fs.fchmodSync(fd, mode & 0o7777);
      fs.writeFileSync(fd, text, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
