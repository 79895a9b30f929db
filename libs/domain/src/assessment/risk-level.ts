/**
 * The engine's legal conclusion about a breach, ordered. 'none' and 'low' both mean "unlikely to
 * result in a risk" (art. 33(1)); they are kept apart so the trace can say whether nothing was
 * lost at all or something was lost but harmlessly.
 */
export const RISK_LEVELS = ['none', 'low', 'risk', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export function isAtLeast(level: RiskLevel, floor: RiskLevel): boolean {
  return RISK_LEVELS.indexOf(level) >= RISK_LEVELS.indexOf(floor);
}

export function atLeast(level: RiskLevel, floor: RiskLevel): RiskLevel {
  return isAtLeast(level, floor) ? level : floor;
}

/** One step up, never past 'high'. */
export function raisedOneStep(level: RiskLevel): RiskLevel {
  const index = RISK_LEVELS.indexOf(level);
  return RISK_LEVELS[Math.min(index + 1, RISK_LEVELS.length - 1)] ?? 'high';
}
