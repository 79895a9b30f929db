import { Module } from '@nestjs/common';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';

/** Issue #18 point 4: notes on a breach, with mentions mailed through the outbox. */
@Module({
  controllers: [NotesController],
  providers: [NotesService],
})
export class NotesModule {}
