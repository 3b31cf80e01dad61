// `npm install` (postinstall): the empty PGlite cluster a fresh embedded database starts from.
import { makePgliteTemplate } from '../src/db/pglite-template.js';

console.log(`PGlite template: ${await makePgliteTemplate()}`);
