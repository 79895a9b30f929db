import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { AssessmentDto, AssessmentFactsDto, AssessmentOutcomeDto, CreateAssessmentDto } from './assessment.dto';
import { AssessmentsService } from './assessments.service';

@ApiTags('assessments')
@Controller()
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  /**
   * Pure evaluation of facts; stores nothing. The body is checked by the engine's own validator
   * (unknown properties included), so the global pipe is bypassed with an untyped body.
   */
  @Roles('officer', 'manager')
  @Post('assessments/evaluate')
  @HttpCode(200)
  @ApiBody({ type: AssessmentFactsDto })
  evaluate(@Body() body: unknown): AssessmentOutcomeDto {
    return this.assessments.evaluate(body);
  }

  /** Assesses the breach's current facts as a new version; proposes the obligations' `required`. */
  @Roles('officer')
  @Post('breaches/:id/assessments')
  create(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateAssessmentDto,
  ): Promise<AssessmentDto> {
    return this.assessments.create(actorOf(user) as { id: string; label: string }, id, body);
  }

  @Roles('officer', 'manager')
  @Get('breaches/:id/assessments')
  list(@Param('id', new ParseUUIDPipe()) id: string): Promise<AssessmentDto[]> {
    return this.assessments.list(id);
  }
}
