// Stores the parsed bundled rules in dist/rules.snapshot (see src/detect/rules/snapshot.ts), so worker threads
// read them back instead of parsing YAML and ~50,000 gazetteer words. Run by `npm run build` after tsc.
import { BUNDLED_RULES_DIR, parseRules } from '../dist/detect/rules/load.js';
import { writeRulesSnapshot } from '../dist/detect/rules/snapshot.js';
import { RULES_SNAPSHOT } from '../dist/package-paths.js';

writeRulesSnapshot(RULES_SNAPSHOT, BUNDLED_RULES_DIR, parseRules(BUNDLED_RULES_DIR));
