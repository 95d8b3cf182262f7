import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Staff } from '../staff';
import { Signature } from './signature.entity';

@Resolver(() => Signature)
export class SignatureResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The department head who signed; null while unsigned.' })
  signer(@Root() s: Signature, @Ctx() ctx: Context) {
    return s.signerId === null ? null : ctx.loaders.staff.load(s.signerId);
  }
}
