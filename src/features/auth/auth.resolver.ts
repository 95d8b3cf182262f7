import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Staff } from '../staff';
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './login-throttle';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: 'The result of signing in: a bearer token and who it belongs to.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` on every request.' })
  token: string;

  @Field({ description: 'When the token stops working; sign in again after that.' })
  expiresAt: Date;

  @Field(() => Staff, { description: 'The staff member who signed in, with the roles they hold now.' })
  staff: Staff;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description: 'Signs in with email and password. Any failure gives the same UNAUTHENTICATED error.',
  })
  login(
    @Arg('email', { description: "The staff member's email address." }) email: string,
    @Arg('password', { description: "The staff member's password." }) password: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.login(email, password, ctx.clientAddress);
  }

  @Mutation(() => AuthPayload, {
    description:
      "Changes the caller's password. Every token issued to them before stops working at once; use the token in the answer. A wrong current password is BAD_USER_INPUT on `currentPassword` and counts as a failed sign-in.",
  })
  changePassword(
    @Arg('currentPassword', { description: 'The password in force now.' }) currentPassword: string,
    @Arg('newPassword', {
      description:
        'The new password: at least 8 characters, with a letter and a digit, different from the current one.',
    })
    newPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.changePassword(signedIn(ctx), currentPassword, newPassword, ctx.clientAddress);
  }

  @Mutation(() => Boolean, {
    description: 'Signs out everywhere: every token issued to the caller until now stops working at once. Always true.',
  })
  logout(@Ctx() ctx: Context) {
    return ctx.services.auth.logout(signedIn(ctx));
  }

  @Mutation(() => Staff, {
    description: `Lifts a sign-in lock (DIRECTOR): after ${MAX_FAILED_LOGINS} failed sign-ins within ${LOCK_MINUTES} minutes an account is locked, refusing even the right password, until the lock expires or this is called.`,
  })
  unlockStaff(
    @Arg('staffId', () => ID, { description: 'The locked staff member.' }) staffId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.unlock(signedIn(ctx), staffId);
  }
}
