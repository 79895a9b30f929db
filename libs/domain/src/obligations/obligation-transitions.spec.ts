import { ObligationTransitionError, canTransitionObligation, transitionObligation } from './obligation-transitions';

describe('transitionObligation', () => {
  it('recording the notification fulfils an open obligation', () => {
    expect(transitionObligation('open', 'fulfil')).toBe('fulfilled');
  });

  it('an approved decision makes an open obligation not_required', () => {
    expect(transitionObligation('open', 'decide_not_required')).toBe('not_required');
  });

  it('fulfilling an already fulfilled obligation is a conflict', () => {
    const attempt = () => transitionObligation('fulfilled', 'fulfil');
    expect(attempt).toThrow(ObligationTransitionError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'conflict', from: 'fulfilled', event: 'fulfil' }));
  });

  it('deciding not_required after fulfilment is a conflict', () => {
    expect(() => transitionObligation('fulfilled', 'decide_not_required')).toThrow(ObligationTransitionError);
  });

  it('fulfilling a not_required obligation is a conflict (the decision is final)', () => {
    expect(() => transitionObligation('not_required', 'fulfil')).toThrow(ObligationTransitionError);
  });

  it('canTransitionObligation answers without throwing', () => {
    expect(canTransitionObligation('open', 'fulfil')).toBe(true);
    expect(canTransitionObligation('not_required', 'decide_not_required')).toBe(false);
  });

  it('the error is an Error with a readable name and message', () => {
    const error = new ObligationTransitionError('fulfilled', 'fulfil');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ObligationTransitionError');
    expect(error.message).toContain('fulfilled');
  });

  it('a later assessment that makes the duty required reopens a not_required obligation', () => {
    expect(transitionObligation('not_required', 'reopen')).toBe('open');
  });

  it('a fulfilled or still open obligation cannot be reopened', () => {
    expect(() => transitionObligation('fulfilled', 'reopen')).toThrow(ObligationTransitionError);
    expect(() => transitionObligation('open', 'reopen')).toThrow(ObligationTransitionError);
  });
});
