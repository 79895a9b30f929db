import { Injectable } from '@nestjs/common';

/** The escalation engine reports each tick here so /api/health can show its lag. */
@Injectable()
export class SchedulerHeartbeat {
  lastTickAt: Date | null = null;
  lagMs = 0;

  tick(lagMs: number, at = new Date()): void {
    this.lastTickAt = at;
    this.lagMs = lagMs;
  }
}
