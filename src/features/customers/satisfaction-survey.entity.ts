import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date';
import { Department } from '../../domain/roles';

/** A satisfaction survey (客户满意程度调查表) taken on a revisit; its scores are SatisfactionScore rows. */
@ObjectType({
  description:
    'A customer satisfaction survey (客户满意程度调查表) taken on a revisit: scores per operating department and comments.',
})
@Entity('satisfaction_survey')
export class SatisfactionSurvey {
  @Field(() => ID, { description: 'Id of the survey.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Index('IDX_satisfaction_survey_customer')
  @Column({ type: 'int' })
  customerId: number;

  /** Exposed as `surveyedBy`. */
  @Column({ type: 'int' })
  surveyedById: number;

  @Field(() => LocalDateScalar, { description: 'The day of the revisit on which the customer answered.' })
  @Column({ type: 'date' })
  surveyedOn: string;

  @Field({ description: "The customer's comments." })
  @Column({ type: 'varchar', length: 4000 })
  comments: string;

  @Field({ description: 'When the survey was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}

/** One department's score (1-5) in a survey. */
@ObjectType({ description: 'The score a customer gave one operating department in a satisfaction survey.' })
@Entity('satisfaction_score')
@Index('UQ_satisfaction_score_department', ['surveyId', 'department'], { unique: true })
export class SatisfactionScore {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  surveyId: number;

  @Field(() => Department, { description: 'The operating department scored.' })
  @Column({ type: 'varchar', length: 20 })
  department: Department;

  @Field(() => Int, { description: 'Score from 1 (very dissatisfied) to 5 (very satisfied).' })
  @Column({ type: 'int' })
  score: number;
}
