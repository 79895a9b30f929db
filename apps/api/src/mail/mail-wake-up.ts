import { Injectable } from '@nestjs/common';

/** Lets a committed transaction wake this instance's mail worker without waiting for its tick. */
@Injectable()
export class MailWakeUp {
  private listener: (() => void) | null = null;

  onPoke(listener: () => void): void {
    this.listener = listener;
  }

  poke(): void {
    this.listener?.();
  }
}
