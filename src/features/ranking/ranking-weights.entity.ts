import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One setting of the ranking weights by the DIRECTOR. Rows are never changed: a month is scored
 * with the weights set last before it ended (the defaults when none was), so a later setting does
 * not rewrite a past month's ranking.
 */
@Entity('ranking_weights')
export class RankingWeightsSetting {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  targetAchievement: number;

  @Column({ type: 'int' })
  collections: number;

  @Column({ type: 'int' })
  visitsCompleted: number;

  @Column({ type: 'int' })
  newCustomers: number;

  @Column({ type: 'int' })
  complaintsHandledInTime: number;

  @Column({ type: 'int' })
  unexcusedAbsences: number;

  @Column({ type: 'int' })
  violations: number;

  @Column({ type: 'int' })
  setById: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  setAt: Date;
}
