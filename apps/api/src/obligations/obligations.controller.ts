import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { InvalidInputError } from '../errors/domain-errors';
import { ProposeArt34ExceptionDto, RecordDataSubjectsInformedDto } from './data-subjects.dto';
import { DataSubjectsService } from './data-subjects.service';
import { NotRequiredService } from './not-required.service';
import { ProposeNotRequiredDto, RejectNotRequiredDto } from './not-required.dto';
import { ObligationDto, OpenObligationDto } from './obligation.dto';
import { ClockBoardPageDto, ClockBoardQuery } from './clock-board.dto';
import { decodeBoardCursor } from './clock-board-cursor';
import { BOARD_PAGE_SIZE } from '@lekwacht/domain';
import { ObligationsService } from './obligations.service';

@ApiTags('obligations')
@Controller('obligations')
export class ObligationsController {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly notRequired: NotRequiredService,
    private readonly dataSubjects: DataSubjectsService,
  ) {}

  @Roles('officer', 'manager')
  @ApiQuery({ name: 'state', required: false, enum: ['open'] })
  @Get()
  list(@Query('state') state?: string): Promise<OpenObligationDto[]> {
    if (state !== undefined && state !== 'open')
      throw new InvalidInputError(['state must be one of the following values: open']);
    return this.obligations.listOpen();
  }

  /**
   * The clock board a page at a time (issue #19): open duties filtered and sorted in SQL, with
   * the figures of the board's header over all of them. 400 naming the field for bad input.
   */
  @Roles('officer', 'manager')
  @Get('board')
  board(@Query() q: ClockBoardQuery): Promise<ClockBoardPageDto> {
    const sort = q.sort ?? 'due';
    const direction = q.direction ?? 'asc';
    const after = q.after === undefined ? null : decodeBoardCursor(q.after);
    if (after === null && q.after !== undefined)
      throw new InvalidInputError(['after must be a nextCursor from an earlier page']);
    if (after && (after.sort !== sort || after.direction !== direction))
      throw new InvalidInputError(['after must be a nextCursor of the same sort and direction']);
    return this.obligations.board(
      {
        kind: q.kind,
        overdue: q.overdue,
        customer: q.customer,
        notRequiredPending: q.notRequiredPending,
        proposalPending: q.proposalPending,
      },
      { sort, direction, lang: q.lang ?? 'nl' },
      after,
      q.limit ?? BOARD_PAGE_SIZE,
    );
  }

  /** Proposes that the duty does not apply; a manager who is not the proposer must approve it. */
  @Roles('officer')
  @Post(':id/not-required')
  @HttpCode(200)
  proposeNotRequired(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ProposeNotRequiredDto,
  ): Promise<ObligationDto> {
    return this.notRequired.propose(actorOf(user) as { id: string; label: string }, id, body.rationale);
  }

  /** Four-eyes: 403 for the proposer; 409 without a pending proposal or when no longer open. */
  @Roles('manager')
  @Post(':id/not-required/approve')
  @HttpCode(200)
  approveNotRequired(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ObligationDto> {
    return this.notRequired.approve(actorOf(user) as { id: string; label: string }, id);
  }

  /** Sends a pending proposal back with a reason; the obligation stays open. */
  @Roles('manager')
  @Post(':id/not-required/reject')
  @HttpCode(200)
  rejectNotRequired(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RejectNotRequiredDto,
  ): Promise<ObligationDto> {
    return this.notRequired.reject(actorOf(user) as { id: string; label: string }, id, body.reason);
  }

  /** GDPR art. 34(1): the people were informed; fulfils the data_subjects obligation. */
  @Roles('officer')
  @Post(':id/data-subjects-informed')
  @HttpCode(200)
  recordDataSubjectsInformed(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordDataSubjectsInformedDto,
  ): Promise<ObligationDto> {
    return this.dataSubjects.recordInformed(actorOf(user) as { id: string; label: string }, id, body);
  }

  /** GDPR art. 34(3): proposes the ground as a "not required" decision; a second person approves it. */
  @Roles('officer')
  @Post(':id/art34-exception')
  @HttpCode(200)
  proposeArt34Exception(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ProposeArt34ExceptionDto,
  ): Promise<ObligationDto> {
    return this.dataSubjects.proposeArt34Exception(actorOf(user) as { id: string; label: string }, id, body);
  }
}
