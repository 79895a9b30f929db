import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { AssessmentDto, AssessmentFactsDto, AssessmentOutcomeDto, CreateAssessmentDto } from './assessment.dto';
import { AssessmentsService } from './assessments.service';

@ApiTags('assessments')
@Controller()
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  /** Pure evaluation of facts (checked by the engine's own validator, through the DTO); stores nothing. */
  @Roles('officer', 'manager')
  @Post('assessments/evaluate')
  @HttpCode(200)
  evaluate(@Body() facts: AssessmentFactsDto): AssessmentOutcomeDto {
    return this.assessments.evaluate(facts);
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
