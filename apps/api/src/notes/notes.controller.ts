import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { CreateNoteDto, NoteDto } from './note.dto';
import { NotesService } from './notes.service';

/** Notes on a breach: read and written by those who may read the breach (officers and managers). */
@ApiTags('notes')
@Controller()
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Roles('officer', 'manager')
  @Get('breaches/:id/notes')
  list(@Param('id', new ParseUUIDPipe()) id: string): Promise<NoteDto[]> {
    return this.notes.list(id);
  }

  @Roles('officer', 'manager')
  @Post('breaches/:id/notes')
  add(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateNoteDto,
  ): Promise<NoteDto> {
    return this.notes.add({ ...actorOf(user), id: user.id }, id, body);
  }
}
