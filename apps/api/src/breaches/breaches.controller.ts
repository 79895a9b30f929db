import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { InvalidInputError } from '../errors/domain-errors';
import { CreateBreachDto, HandOverBreachDto, ListBreachesQuery, UpdateBreachDto } from './breach.dto';
import { BreachDto, BreachListDto } from './breach-view.dto';
import { BreachesService } from './breaches.service';
import { HandOverBreach } from './hand-over-breach.use-case';
import { RegisterExportService } from './register-export.service';
import { TimelineEntryDto, TimelineService } from './timeline.service';

@ApiTags('breaches')
@Controller()
export class BreachesController {
  constructor(
    private readonly breaches: BreachesService,
    private readonly timeline: TimelineService,
    private readonly register: RegisterExportService,
    private readonly handOverBreach: HandOverBreach,
  ) {}

  @Roles('officer')
  @Post('breaches')
  create(@CurrentUser() user: SessionUser, @Body() body: CreateBreachDto): Promise<BreachDto> {
    return this.breaches.register(actorOf(user) as { id: string; label: string }, body);
  }

  @Roles('officer', 'manager')
  @Get('breaches')
  list(@CurrentUser() user: SessionUser, @Query() query: ListBreachesQuery): Promise<BreachListDto> {
    return this.breaches.list(query, user);
  }

  @Roles('officer', 'manager')
  @Get('breaches/:id')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<BreachDto> {
    return this.breaches.get(id);
  }

  @Roles('officer')
  @Patch('breaches/:id')
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateBreachDto,
  ): Promise<BreachDto> {
    return this.breaches.update(actorOf(user), id, body);
  }

  @Roles('officer')
  @Post('breaches/:id/close')
  @HttpCode(200)
  close(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<BreachDto> {
    return this.breaches.close(actorOf(user), id);
  }

  /** Issue #18: hands the breach over to another (active) officer, who is mailed; audited. */
  @Roles('officer', 'manager')
  @Post('breaches/:id/owner')
  @HttpCode(200)
  handOver(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: HandOverBreachDto,
  ): Promise<BreachDto> {
    return this.handOverBreach.execute(actorOf(user), id, body.ownerId);
  }

  @Roles('officer', 'manager')
  @Get('breaches/:id/timeline')
  getTimeline(@Param('id', new ParseUUIDPipe()) id: string): Promise<TimelineEntryDto[]> {
    return this.timeline.forBreach(id);
  }

  @Roles('officer', 'manager')
  @ApiProduces('text/csv')
  @ApiQuery({
    name: 'delimiter',
    required: false,
    enum: ['comma', 'semicolon'],
    description: 'semicolon for Dutch Excel',
  })
  @Get('register.csv')
  async registerCsv(@Res() res: Response, @Query('delimiter') delimiter?: string): Promise<void> {
    if (delimiter !== undefined && delimiter !== 'comma' && delimiter !== 'semicolon') {
      throw new InvalidInputError(['delimiter must be one of the following values: comma, semicolon']);
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="lekwacht-register.csv"');
    await this.register.write(res, { delimiter: delimiter === 'semicolon' ? ';' : ',' });
  }
}
