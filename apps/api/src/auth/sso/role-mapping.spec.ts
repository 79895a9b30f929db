import { parseRoleMap, roleFromClaim } from './role-mapping';

const MAP = parseRoleMap('lekwacht-admins=admin, lekwacht-managers=manager,lekwacht-officers=officer');

describe('single sign-on role mapping', () => {
  it('reads group=role pairs in the order given', () => {
    expect(MAP).toEqual([
      { group: 'lekwacht-admins', role: 'admin' },
      { group: 'lekwacht-managers', role: 'manager' },
      { group: 'lekwacht-officers', role: 'officer' },
    ]);
  });

  it('names the entry that is wrong', () => {
    expect(() => parseRoleMap('')).toThrow(/at least one/);
    expect(() => parseRoleMap('admins')).toThrow(/"admins" is not of the form group=role/);
    expect(() => parseRoleMap('admins=root')).toThrow(/"admins=root": role must be one of officer, manager, admin/);
    expect(() => parseRoleMap('a=admin,a=officer')).toThrow(/"a" is mapped twice/);
  });

  it('allows "=" inside a group name (the role is after the last one)', () => {
    expect(parseRoleMap('team=privacy=officer')).toEqual([{ group: 'team=privacy', role: 'officer' }]);
  });

  it('gives the role of the first mapped group a user is in', () => {
    expect(roleFromClaim(['staff', 'lekwacht-officers', 'lekwacht-managers'], MAP)).toBe('manager');
    expect(roleFromClaim(['lekwacht-admins', 'lekwacht-officers'], MAP)).toBe('admin');
  });

  it('accepts a single group sent as a string', () => {
    expect(roleFromClaim('lekwacht-officers', MAP)).toBe('officer');
  });

  it('gives no role without a mapped group, a missing claim or a claim of the wrong shape', () => {
    expect(roleFromClaim(['staff'], MAP)).toBeNull();
    expect(roleFromClaim([], MAP)).toBeNull();
    expect(roleFromClaim(undefined, MAP)).toBeNull();
    expect(roleFromClaim({ 'lekwacht-admins': true }, MAP)).toBeNull();
    expect(roleFromClaim([42, null], MAP)).toBeNull();
  });

  it('compares group names exactly (no prefix or case folding)', () => {
    expect(roleFromClaim(['Lekwacht-Admins', 'lekwacht-admins-old', 'lekwacht'], MAP)).toBeNull();
  });
});
