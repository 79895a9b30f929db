import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { InvalidInputError } from '../errors/domain-errors';
import { parseReportPeriod } from './report-period';
import { ReportSummaryDto } from './report-summary.dto';
import { ReportsService } from './reports.service';

const PERIOD_DOC = {
  required: false,
  description:
    'YYYY-MM-DD, Europe/Amsterdam; default: the last 12 calendar months (from the 1st of the month 11 months ago to today)',
};

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Roles('officer', 'manager')
  @ApiQuery({ name: 'from', ...PERIOD_DOC })
  @ApiQuery({ name: 'to', ...PERIOD_DOC, description: 'inclusive; ' + PERIOD_DOC.description })
  @Get('summary')
  summary(@Query('from') from?: string, @Query('to') to?: string): Promise<ReportSummaryDto> {
    return this.reports.summary(parseReportPeriod(from, to));
  }

  @Roles('officer', 'manager')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'from', ...PERIOD_DOC })
  @ApiQuery({ name: 'to', ...PERIOD_DOC, description: 'inclusive; ' + PERIOD_DOC.description })
  @ApiQuery({
    name: 'delimiter',
    required: false,
    enum: ['comma', 'semicolon'],
    description: 'semicolon for Dutch Excel',
  })
  @Get('summary.csv')
  async summaryCsv(
    @Res() res: Response,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('delimiter') delimiter?: string,
  ): Promise<void> {
    const period = parseReportPeriod(from, to);
    if (delimiter !== undefined && delimiter !== 'comma' && delimiter !== 'semicolon') {
      throw new InvalidInputError(['delimiter must be one of the following values: comma, semicolon']);
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="lekwacht-rapportage-${period.from}-${period.to}.csv"`);
    await this.reports.writeCsv(res, period, { delimiter: delimiter === 'semicolon' ? ';' : ',' });
  }
}
