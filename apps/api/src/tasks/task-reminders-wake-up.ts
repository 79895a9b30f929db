import { Injectable } from '@nestjs/common';

/** Lets a committed task change re-arm this instance's reminder timer (a due date may now be sooner). */
@Injectable()
export class TaskRemindersWakeUp {
  private listener: (() => void) | null = null;

  onPoke(listener: () => void): void {
    this.listener = listener;
  }

  poke(): void {
    this.listener?.();
  }
}
