import { Initial1795603186401 } from './1795603186401-Initial';

/** Every migration, in order; classes rather than a glob because webpack bundles the API. */
export const MIGRATIONS = [Initial1795603186401];
