import { BREACH_CAUSES, type BreachCause } from '@lekwacht/contracts';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { InvalidInputError } from '../errors/domain-errors';
import { ChecklistsService } from './checklists.service';
import { ChecklistDto, CreateTaskDto, OverdueTaskDto, TaskDto, UpdateChecklistDto, UpdateTaskDto } from './task.dto';
import { TasksService } from './tasks.service';

/** Tasks on a breach: read and changed by those who may read the breach (officers and managers). */
@ApiTags('tasks')
@Controller()
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly checklists: ChecklistsService,
  ) {}

  /** For the clock board: open tasks past their due time on open breaches, longest overdue first. */
  @Roles('officer', 'manager')
  @Get('tasks/overdue')
  overdue(): Promise<OverdueTaskDto[]> {
    return this.tasks.overdue();
  }

  @Roles('officer', 'manager')
  @Get('breaches/:id/tasks')
  list(@Param('id', new ParseUUIDPipe()) id: string): Promise<TaskDto[]> {
    return this.tasks.list(id);
  }

  @Roles('officer', 'manager')
  @Post('breaches/:id/tasks')
  add(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateTaskDto,
  ): Promise<TaskDto> {
    return this.tasks.add({ ...actorOf(user), id: user.id }, id, body);
  }

  @Roles('officer', 'manager')
  @Patch('breaches/:id/tasks/:taskId')
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: UpdateTaskDto,
  ): Promise<TaskDto> {
    return this.tasks.update({ ...actorOf(user), id: user.id }, id, taskId, body);
  }

  /** The checklist per kind of breach; officers see what registration will give them. */
  @Roles('officer', 'manager', 'admin')
  @Get('checklists')
  listChecklists(): Promise<ChecklistDto[]> {
    return this.checklists.list();
  }

  @Roles('admin')
  @Put('checklists/:cause')
  @ApiParam({ name: 'cause', enum: BREACH_CAUSES })
  replaceChecklist(
    @CurrentUser() user: SessionUser,
    @Param('cause') cause: string,
    @Body() body: UpdateChecklistDto,
  ): Promise<ChecklistDto> {
    if (!(BREACH_CAUSES as readonly string[]).includes(cause))
      throw new InvalidInputError([`cause must be one of: ${BREACH_CAUSES.join(', ')}`]);
    return this.checklists.replace(actorOf(user), cause as BreachCause, body.items);
  }
}
