// Bundles the client, the server and the command line into one file each (dist/).
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];

async function main() {
  const existing = entries.filter((e) => require('fs').existsSync(e.entryPoints[0]));
  if (watch) {
    for (const e of existing) await (await esbuild.context({ ...common, ...e })).watch();
    return;
  }
  await Promise.all(existing.map((e) => esbuild.build({ ...common, ...e })));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
