import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { Staff } from '../staff/staff.entity';

@ObjectType({ description: 'The result of signing in: a bearer token and who it belongs to.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` on every request.' })
  token: string;

  @Field({ description: 'When the token stops working; sign in again after that.' })
  expiresAt: Date;

  @Field(() => Staff)
  staff: Staff;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password. Any failure gives the same UNAUTHENTICATED error.' })
  login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    return ctx.services.auth.login(email, password);
  }
}
