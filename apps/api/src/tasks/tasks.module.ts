import { Module } from '@nestjs/common';
import { ChecklistsService } from './checklists.service';
import { TaskReminders } from './task-reminders';
import { TaskRemindersWakeUp } from './task-reminders-wake-up';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** Issue #18 point 2: tasks on a breach, checklists per kind of breach, one reminder when a task falls due. */
@Module({
  controllers: [TasksController],
  providers: [TasksService, ChecklistsService, TaskReminders, TaskRemindersWakeUp],
  exports: [ChecklistsService, TaskReminders],
})
export class TasksModule {}
