import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Staff } from './staff.entity';
import { DepartmentHead } from './department-head.entity';
import { CreateStaffInput, SetStaffRolesInput } from './staff.inputs';
import { Department, Role } from '../../domain/roles';
import { signedIn } from '../../auth/actor';

@Resolver(() => Staff)
export class StaffResolver {
  @Query(() => Staff, { description: 'The signed-in staff member.' })
  me(@Ctx() ctx: Context) {
    // Read whole, with the roles held now, when the request was authenticated (context.ts): no statement more.
    const id = signedIn(ctx).id;
    return ctx.loaders.knownStaff.get(id) ?? ctx.services.staff.get(id);
  }

  @Query(() => [Staff], { description: 'Staff members, by name; only those holding `role` when given.' })
  staffMembers(
    @Arg('role', () => Role, { description: 'Only staff members holding this role.', nullable: true })
    role: Role | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staff.list(role);
  }

  @Query(() => [DepartmentHead], { description: 'Each department and its head, who signs forms for it.' })
  departmentHeads(@Ctx() ctx: Context) {
    return ctx.services.staff.departmentHeads();
  }

  @Mutation(() => Staff, { description: 'Creates a staff account (DIRECTOR). A duplicate email is CONFLICT.' })
  createStaff(
    @Arg('input', { description: "The new staff member's name, email, initial password, department and roles." })
    input: CreateStaffInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staff.create(ctx.actor, input);
  }

  @Mutation(() => Staff, {
    description: "Replaces a staff member's roles (DIRECTOR); takes effect on their very next request.",
  })
  setStaffRoles(
    @Arg('input', { description: 'The staff member and the complete new set of roles.' }) input: SetStaffRolesInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staff.setRoles(signedIn(ctx), input.staffId, input.roles);
  }

  @Mutation(() => Staff, {
    description: 'Deactivates an account (DIRECTOR): it can no longer sign in, and its tokens stop working at once.',
  })
  deactivateStaff(
    @Arg('staffId', () => ID, {
      description: 'The staff member whose account is deactivated (they can no longer sign in).',
    })
    staffId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staff.setActive(signedIn(ctx), staffId, false);
  }

  @Mutation(() => Staff, { description: 'Reactivates a deactivated account (DIRECTOR), also clearing a sign-in lock.' })
  reactivateStaff(
    @Arg('staffId', () => ID, { description: 'The deactivated staff member whose account is reactivated.' })
    staffId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staff.setActive(signedIn(ctx), staffId, true);
  }

  @Mutation(() => DepartmentHead, {
    description: 'Names the head of a department (DIRECTOR), who then signs forms for it.',
  })
  setDepartmentHead(
    @Arg('department', () => Department, { description: 'The department whose head is named.' }) department: Department,
    @Arg('staffId', () => ID, {
      description: "The staff member who becomes the head and signs the department's forms.",
    })
    staffId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.staff.setDepartmentHead(signedIn(ctx), department, staffId);
  }

  @FieldResolver(() => [Role], { description: 'The roles this staff member holds now.' })
  roles(@Root() staff: Staff) {
    return staff.roles;
  }
}
