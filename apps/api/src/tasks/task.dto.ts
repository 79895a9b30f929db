import { BREACH_CAUSES, type BreachCause } from '@lekwacht/contracts';
import {
  MAX_CHECKLIST_ITEMS,
  MAX_DUE_AFTER_HOURS,
  MAX_TASK_TITLE,
  TASK_STATES,
  type TaskState,
} from '@lekwacht/domain';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../http/trim.decorator';
import { IsInstant } from '../http/validation.decorators';

export const MAX_REASON = 2000;

export class CreateTaskDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TASK_TITLE)
  title!: string;

  /** An active officer or manager; none: nobody yet. */
  @ApiProperty({ required: false, nullable: true, type: String, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  assigneeId?: string | null;

  @ApiProperty({ required: false, nullable: true, type: String, format: 'date-time' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInstant()
  dueAt?: string | null;
}

/** Any of a new task's fields (all optional; null clears an assignee or due date), and the state. */
export class UpdateTaskDto extends PartialType(CreateTaskDto) {
  @ApiProperty({ required: false, enum: TASK_STATES })
  @IsOptional()
  @IsIn(TASK_STATES)
  state?: TaskState;

  /** Required when state becomes not_needed. */
  @ApiProperty({ required: false })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(MAX_REASON)
  notNeededReason?: string;
}

export class TaskPersonDto {
  id!: string;
  name!: string;
}

export class TaskDto {
  id!: string;
  breachId!: string;
  title!: string;
  @ApiProperty({ type: TaskPersonDto, nullable: true })
  assignee!: TaskPersonDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  dueAt!: string | null;
  @ApiProperty({ enum: TASK_STATES })
  state!: TaskState;
  @ApiProperty({ nullable: true, type: String })
  notNeededReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  closedAt!: string | null;
  @ApiProperty({ type: TaskPersonDto, nullable: true })
  closedBy!: TaskPersonDto | null;
  /** Open past its due date (the server's clock). */
  overdue!: boolean;
  createdAt!: string;
}

export class ChecklistItemDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TASK_TITLE)
  title!: string;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Due this many hours after registration; null: no due date',
  })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(MAX_DUE_AFTER_HOURS)
  dueAfterHours!: number | null;
}

export class UpdateChecklistDto {
  @ApiProperty({ type: [ChecklistItemDto] })
  @IsArray()
  @ArrayMaxSize(MAX_CHECKLIST_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemDto)
  items!: ChecklistItemDto[];
}

export class ChecklistDto {
  @ApiProperty({ enum: BREACH_CAUSES })
  cause!: BreachCause;
  @ApiProperty({ type: [ChecklistItemDto] })
  items!: ChecklistItemDto[];
}

/** An overdue task on an open breach, for the clock board. */
export class OverdueTaskDto {
  taskId!: string;
  breachId!: string;
  breachReference!: string;
  breachTitle!: string;
  title!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  dueAt!: string;
  @ApiProperty({ type: TaskPersonDto, nullable: true })
  assignee!: TaskPersonDto | null;
}
