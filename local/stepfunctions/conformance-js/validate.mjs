// Validates ASL files with asl-validator's JS API (its CLI ignores --no-arn-check).
// Usage: node validate.mjs FILE.asl.json [...]
// Exits 0 when every file is valid; otherwise prints one message per problem and exits 1.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const aslValidator = require('asl-validator');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE.asl.json [...]');
  process.exit(2);
}

let failures = 0;
for (const file of files) {
  let definition;
  try {
    definition = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: not readable JSON: ${error.message}`);
    failures++;
    continue;
  }
  // ARNs are checked off: the project's definitions hold ${...} substitution tokens.
  const { isValid, errorsText } = aslValidator(definition, { checkArn: false, checkPaths: true });
  if (isValid) {
    console.log(`${file}: valid`);
  } else {
    console.error(`${file}: invalid: ${errorsText('; ')}`);
    failures++;
  }
}
console.log(`${files.length - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
