import { loginPathFor, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    [null, '/'],
    ['/admin/users', '/admin/users'],
    ['/breaches?q=laptop#x', '/breaches?q=laptop#x'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login?next=/x', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it('builds the login link with the page to return to', () => {
    expect(loginPathFor({ pathname: '/admin/users', search: '?a=1', hash: '' })).toBe(
      '/login?next=%2Fadmin%2Fusers%3Fa%3D1',
    );
    expect(loginPathFor({ pathname: '/', search: '', hash: '' })).toBe('/login');
  });
});
