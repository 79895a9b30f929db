import fc from 'fast-check';
import { mayApprove } from './four-eyes';

describe('mayApprove (four-eyes)', () => {
  it('a manager approves the AP notification draft an officer submitted', () => {
    expect(mayApprove('officer-1', 'manager-1')).toBe(true);
  });

  it('a manager who submitted the draft himself may not approve it', () => {
    expect(mayApprove('manager-1', 'manager-1')).toBe(false);
  });

  it('the officer who proposed "not required" may not approve that decision', () => {
    expect(mayApprove('officer-1', 'officer-1')).toBe(false);
  });

  it('another manager approves a "not required" decision a manager proposed', () => {
    expect(mayApprove('manager-1', 'manager-2')).toBe(true);
  });

  it('nobody approves a draft nobody submitted', () => {
    expect(mayApprove(null, 'manager-1')).toBe(false);
  });

  it('for any two people: the second may approve, the first never approves their own', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (proposer, approver) => {
        expect(mayApprove(proposer, proposer)).toBe(false);
        expect(mayApprove(proposer, approver)).toBe(proposer !== approver);
      }),
    );
  });
});
