// Writes each service's OpenAPI document (from its composition root, no server needed) to openapi/,
// and the TypeScript types the typed clients use to src/lib/api/generated/.
//   node scripts/generate-clients.mjs [--out DIR]   (DIR gets openapi/ and generated/; default: in place)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const SERVICES = ['registry', 'events', 'billing', 'notifications'];
const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(web, '..');
const python = process.env.PYTHON ?? join(repo, '.venv', 'bin', 'python');
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : null;
const documentsDir = out ? join(out, 'openapi') : join(web, 'openapi');
const typesDir = out ? join(out, 'generated') : join(web, 'src', 'lib', 'api', 'generated');
mkdirSync(documentsDir, { recursive: true });
mkdirSync(typesDir, { recursive: true });

for (const service of SERVICES) {
  const text = execFileSync(python, ['-m', `services.${service}`, 'openapi'], {
    cwd: repo, env: { ...process.env, SPARKNET_ENV: 'development' }, maxBuffer: 64 * 1024 * 1024,
  }).toString();
  const document = JSON.parse(text);
  writeFileSync(join(documentsDir, `${service}.json`), JSON.stringify(document, null, 2) + '\n');
  const ast = await openapiTS(document, { alphabetize: true });
  const header = `// Generated from services/${service}'s OpenAPI by scripts/generate-clients.mjs: do not edit.\n`;
  writeFileSync(join(typesDir, `${service}.ts`), header + astToString(ast));
}
console.log(`clients written for ${SERVICES.join(', ')}`);
