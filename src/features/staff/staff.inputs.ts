import { ArrayMinSize, IsEmail, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Department, Role } from '../../domain/roles';

@InputType({ description: 'A new staff account (DIRECTOR only).' })
export class CreateStaffInput {
  @Field({ description: 'Full name.' })
  @Length(1, 100)
  name: string;

  @Field({ description: 'Sign-in email; must be unique.' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field({ description: 'Initial password: 8 to 256 characters with at least one letter and one digit.' })
  password: string;

  @Field(() => [Role], { description: 'One or more roles.' })
  @ArrayMinSize(1)
  roles: Role[];

  @Field(() => Department, { description: 'The department the staff member belongs to.' })
  department: Department;
}

@InputType({ description: "Replaces a staff member's roles (DIRECTOR only)." })
export class SetStaffRolesInput {
  @Field(() => ID, { description: 'The staff member whose roles are replaced.' })
  staffId: string;

  @Field(() => [Role], { description: 'The complete new set of roles (at least one).' })
  @ArrayMinSize(1)
  roles: Role[];
}
