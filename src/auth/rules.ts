import { rule } from 'graphql-shield';
import type { Context } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { Role } from '../domain/roles';
import { hasRole as actorHasRole } from './actor';

/**
 * The shared one-check rules. Each depends only on the caller, so the `contextual` cache (one
 * answer per request) is safe. Rules that depend on the parent object must use `cache: 'no_cache'`.
 */

/** Anyone may call it, signed in or not (only `login`). */
export const isPublic = rule('isPublic', { cache: 'contextual' })(() => true);

/** Any signed-in, active staff member. */
export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })((_parent, _args, ctx: Context) =>
  ctx.actor ? true : new UnauthenticatedError(),
);

const roleRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

/** A signed-in staff member holding at least one of `roles`. */
export function hasRole(...roles: Role[]) {
  const name = `hasRole(${[...roles].sort().join(',')})`;
  let existing = roleRules.get(name);
  if (!existing) {
    existing = rule(name, { cache: 'contextual' })((_parent, _args, ctx: Context) => {
      if (!ctx.actor) return new UnauthenticatedError();
      return actorHasRole(ctx.actor, ...roles)
        ? true
        : new ForbiddenError(`This needs one of the roles ${[...roles].join(', ')}.`);
    });
    roleRules.set(name, existing);
  }
  return existing;
}

/**
 * A signed-in staff member who heads at least one department (department_head table): only they
 * sign forms. Which department a signature is for is checked by the sign-off service.
 */
export const isDepartmentHead = rule('isDepartmentHead', { cache: 'contextual' })(async (
  _parent,
  _args,
  ctx: Context,
) => {
  if (!ctx.actor) return new UnauthenticatedError();
  const headed = await ctx.services.staff.departmentsHeadedBy(ctx.actor.id);
  return headed.length > 0 ? true : new ForbiddenError('Only the head of a department signs its forms.');
});
