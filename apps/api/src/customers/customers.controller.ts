import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { CreateCustomerDto, CustomerResponseDto, UpdateCustomerDto } from './customer.dto';
import { CustomersService } from './customers.service';

@ApiTags('customers')
@Controller('customers')
export class CustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Roles('officer', 'manager', 'admin')
  @Get()
  list(): Promise<CustomerResponseDto[]> {
    return this.customers.list();
  }

  @Roles('officer', 'manager', 'admin')
  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<CustomerResponseDto> {
    return this.customers.get(id);
  }

  @Roles('admin')
  @Post()
  create(@CurrentUser() user: SessionUser, @Body() body: CreateCustomerDto): Promise<CustomerResponseDto> {
    return this.customers.create(actorOf(user), body);
  }

  @Roles('admin')
  @Patch(':id')
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateCustomerDto,
  ): Promise<CustomerResponseDto> {
    return this.customers.update(actorOf(user), id, body);
  }
}
