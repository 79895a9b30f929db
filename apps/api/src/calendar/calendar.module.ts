import { Module } from '@nestjs/common';
import { CalendarFeedController, CalendarUrlController } from './calendar.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarTokensService } from './calendar-tokens.service';

/** Personal, revocable iCalendar feed of open notification deadlines. */
@Module({
  controllers: [CalendarUrlController, CalendarFeedController],
  providers: [CalendarTokensService, CalendarFeedService],
})
export class CalendarModule {}
