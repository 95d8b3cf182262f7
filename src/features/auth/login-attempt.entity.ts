import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../../db/columns';

/** ABANDONED: interrupted (the database failed mid-way); never counts as a failure. */
export type LoginOutcome = 'PENDING' | 'FAILED' | 'SUCCEEDED' | 'REFUSED' | 'CLEARED' | 'ABANDONED';

/**
 * One sign-in attempt, written before the password is checked, so attempts count per attempt
 * (aliases in one request and retries included) and across server instances. Throttling counts
 * the recent PENDING and FAILED ones per email (known or not) and per client address; a success or
 * a DIRECTOR's unlock turns an account's open failures into CLEARED. Never exposed.
 */
@Entity('login_attempt')
@Index('IDX_login_attempt_email', ['email', 'at'])
@Index('IDX_login_attempt_address', ['clientAddress', 'at'])
@Index('IDX_login_attempt_at', ['at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn()
  id: number;

  /** The email as normalized, whether or not an account has it. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  clientAddress: string;

  @Column({ type: 'varchar', length: 10 })
  outcome: LoginOutcome;

  @Column(timestampColumn)
  at: Date;
}
