// The floor of a warm-cache run, for `npm run bench`: what any checker must do to know that nothing
// changed, and no more: start node, list the folder and stat every draft in it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let bytes = 0;
for (const name of readdirSync(dir)) if (name.endsWith('.yaml')) bytes += statSync(join(dir, name)).size;
if (bytes === 0) process.exitCode = 1;
