// Every handler runs through a guard: an exception is logged once and the request gets an empty
// answer, so one bad document or bug never takes the server down.

export type Log = (message: string) => void;

export class Guard {
  private readonly logged = new Set<string>();

  constructor(private readonly log: Log) {}

  /** Logs a failure the first time it happens (the same failure on every keystroke is logged once). */
  report(where: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const key = `${where}: ${message}`;
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.log(`unreport: ${key}${error instanceof Error && error.stack ? '\n' + error.stack : ''}`);
  }

  /** Wraps a handler (sync or async) so it answers `fallback` instead of throwing. */
  wrap<P extends unknown[], R>(where: string, fallback: R, handler: (...params: P) => R | Promise<R>): (...params: P) => Promise<R> {
    return async (...params: P) => {
      try {
        return await handler(...params);
      } catch (error) {
        this.report(where, error);
        return fallback;
      }
    };
  }
}
