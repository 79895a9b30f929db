/**
 * Four-eyes (DESIGN.md: an AP notification draft and a "not required" decision are approved by a
 * manager who is not the one who put it forward): whoever proposed a decision, or submitted a
 * draft for approval, may not approve it, whatever their role. A decision nobody proposed has
 * nothing to approve.
 */
export function mayApprove(proposedById: string | null, approverId: string): boolean {
  return proposedById !== null && proposedById !== approverId;
}
