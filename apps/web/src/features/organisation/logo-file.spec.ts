import { MAX_LOGO_BYTES } from '@lekwacht/domain';
import { logoFileProblem } from './logo-file';

describe('logoFileProblem', () => {
  it('accepts PNG and JPEG up to the limit', () => {
    expect(logoFileProblem({ type: 'image/png', size: 1000 })).toBeNull();
    expect(logoFileProblem({ type: 'image/jpeg', size: MAX_LOGO_BYTES })).toBeNull();
  });

  it('refuses SVG (can carry script) and oversized files', () => {
    expect(logoFileProblem({ type: 'image/svg+xml', size: 10 })).toBe('type');
    expect(logoFileProblem({ type: 'image/png', size: MAX_LOGO_BYTES + 1 })).toBe('size');
  });
});
