import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// jest's module mapper does not apply to globalSetup, so the @lekwacht/* aliases are
// registered by hand for it.
const root = join(__dirname, '../../../..');
register({
  baseUrl: root,
  paths: {
    '@lekwacht/domain': ['libs/domain/src/index.ts'],
    '@lekwacht/contracts': ['libs/contracts/src/index.ts'],
  },
});
