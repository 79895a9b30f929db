import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The one source of "now" for deadlines, lateness and escalations. Production reads the system
 * clock; a test pins it (`app.get(Clock).pin(at)`) to stand past a deadline instead of shifting
 * every stored date back, which would also shift what it is meant to test.
 */
@Injectable()
export class Clock {
  private pinned: Date | null = null;

  now(): Date {
    return this.pinned ? new Date(this.pinned.getTime()) : new Date();
  }

  /** Tests only: freeze "now" at `at`; `null` returns to the system clock. */
  pin(at: Date | null): void {
    this.pinned = at ? new Date(at.getTime()) : null;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
