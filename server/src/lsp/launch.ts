// How the language server process is started: the extension (client/src/extension.ts) and the
// bench (bench/lsp.ts) both take these, so the bench measures the process users run.

/**
 * Node flags for the server. `--expose-gc` lets the server collect the garbage a very large
 * didOpen leaves behind before checking it (see lsp/memory.ts).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc'];

/**
 * glibc malloc: allocations of 64 KiB and more (the 64 KiB chunks the server reads its messages
 * in, and large typed arrays) get their own mappings, which go back to the system when freed. With
 * the default (dynamic) threshold they come from the heap, and after a 50 MB message glibc kept
 * 50–60 MB of freed read chunks. Ignored where glibc is not the C library.
 */
export const SERVER_GLIBC_TUNABLES = 'glibc.malloc.mmap_threshold=65536';

/** The server's environment: `env` with SERVER_GLIBC_TUNABLES added to any tunables already set. */
export function serverEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const tunables = env.GLIBC_TUNABLES;
  if (tunables?.split(':').some((t) => t.startsWith('glibc.malloc.mmap_threshold='))) return { ...env };
  return { ...env, GLIBC_TUNABLES: tunables ? `${tunables}:${SERVER_GLIBC_TUNABLES}` : SERVER_GLIBC_TUNABLES };
}
