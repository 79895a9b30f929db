import { Injectable } from '@nestjs/common';

/** Lets a committed plan re-arm this instance's precise timer when its row is due sooner. */
@Injectable()
export class EscalationWakeUp {
  private listener: ((dueAtMs: number) => void) | null = null;

  onPoke(listener: (dueAtMs: number) => void): void {
    this.listener = listener;
  }

  poke(dueAtMs: number): void {
    this.listener?.(dueAtMs);
  }
}
