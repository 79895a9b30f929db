import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { InvalidInputError } from '../errors/domain-errors';
import { OpenObligationDto } from './obligation.dto';
import { ObligationsService } from './obligations.service';

@ApiTags('obligations')
@Controller('obligations')
export class ObligationsController {
  constructor(private readonly obligations: ObligationsService) {}

  @Roles('officer', 'manager')
  @ApiQuery({ name: 'state', required: false, enum: ['open'] })
  @Get()
  list(@Query('state') state?: string): Promise<OpenObligationDto[]> {
    if (state !== undefined && state !== 'open') throw new InvalidInputError(['state must be one of the following values: open']);
    return this.obligations.listOpen();
  }
}
