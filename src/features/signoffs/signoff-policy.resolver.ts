import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Department } from '../../domain/roles';
import { SignoffFormKind, SignoffRequirement } from './signoff-policy.entity';
import { signedIn } from '../../auth/actor';

@Resolver(() => SignoffRequirement)
export class SignoffPolicyResolver {
  @Query(() => [SignoffRequirement], {
    description:
      "The DIRECTOR's sign-off policy: for every kind of form, the departments that must always sign it (defaults until set: FINANCE and MARKET on settlement-change notices and arrears consents, none on the others).",
  })
  signoffPolicy(@Ctx() ctx: Context) {
    return ctx.services.signoffPolicy.list();
  }

  @Mutation(() => [SignoffRequirement], {
    description:
      'Sets the departments that must always sign one kind of form (DIRECTOR); returns the whole policy. Applies to forms created from now on (an arrears consent or liaison form is created when its request is approved); forms already created keep their departments. Filers may add departments to a form, never drop these. Arrears consents and settlement-change notices must require at least one department besides MARKET (BAD_USER_INPUT otherwise), so no manager is ever the only approver and the only signer of a money exception.',
  })
  setSignoffPolicy(
    @Arg('formKind', () => SignoffFormKind, { description: 'The kind of form the requirement is for.' })
    formKind: SignoffFormKind,
    @Arg('departments', () => [Department], {
      description:
        'The departments whose heads must always sign it; an empty list requires none beyond what the filer names.',
    })
    departments: Department[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.signoffPolicy.set(signedIn(ctx), formKind, departments);
  }
}
