import { Transform } from 'class-transformer';

/** Trims strings before validation so "  " does not pass as a name. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
