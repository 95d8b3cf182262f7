import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { Department } from '../../domain/roles';

/** One named department's place on a form: empty until its head signs, then fixed. */
@ObjectType({
  description:
    "A department's signature on a form (the stub 存根): who signed for it and when; signer and signedAt are null until its head signs.",
})
@Entity('signature')
@Index('UQ_signature_form_department', ['formId', 'department'], { unique: true })
export class Signature {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  formId: number;

  @Field(() => Department, { description: 'The department that must sign.' })
  @Column({ type: 'varchar', length: 20 })
  department: Department;

  /** Exposed as `signer`. */
  @Column({ type: 'int', nullable: true, default: null })
  signerId: number | null;

  @Field(() => Date, { nullable: true, description: 'When the department head signed; null while unsigned.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  signedAt: Date | null;
}
