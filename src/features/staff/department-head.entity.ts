import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Department } from '../../domain/roles';

/** Who heads each department: only the head signs forms for it. */
@ObjectType('DepartmentHead', { description: 'A department and the staff member who heads it and signs its forms.' })
@Entity('department_head')
export class DepartmentHead {
  @Field(() => Department, { description: 'The department.' })
  @PrimaryColumn({ type: 'varchar', length: 20 })
  department: Department;

  @Field(() => ID, { description: "The head's staff id." })
  @Column({ type: 'int' })
  headId: number;
}
