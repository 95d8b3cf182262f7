import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';

/**
 * What a salesperson learnt in the market (市场信息): a competitor serving a customer, the rate it
 * charges, a route, why a customer went elsewhere. Never edited; `competitorKey` and `routeKey`
 * are the folded forms the leaders' summary groups by.
 */
@ObjectType({
  description:
    'A piece of market intelligence (市场信息) a salesperson recorded: a competitor, its rate, a route, a customer it concerns, and what was learnt.',
})
@Entity('market_intelligence')
@Index('IDX_market_intelligence_competitor', ['competitorKey'])
@Index('IDX_market_intelligence_route', ['routeKey'])
@Index('IDX_market_intelligence_recorder', ['recordedById'])
export class MarketIntelligence {
  @Field(() => ID, { description: 'Unique id of the record.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Index('IDX_market_intelligence_customer')
  @Column({ type: 'int', nullable: true, default: null })
  customerId: number | null;

  @Field(() => String, { nullable: true, description: 'The competitor it concerns, as recorded (spaces collapsed).' })
  @Column({ type: 'varchar', length: 200, nullable: true, default: null })
  competitor: string | null;

  /** The competitor name folded (NFKC, lower case, spaces collapsed): the summary's grouping key. */
  @Column({ type: 'varchar', length: 200, nullable: true, default: null })
  competitorKey: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The route it concerns (e.g. "上海-成都"), as recorded (spaces collapsed).',
  })
  @Column({ type: 'varchar', length: 200, nullable: true, default: null })
  route: string | null;

  /** The route folded like competitorKey. */
  @Column({ type: 'varchar', length: 200, nullable: true, default: null })
  routeKey: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The competitor's freight rate, yuan per tonne, as learnt; null when not known.",
  })
  @Column(moneyColumn({ nullable: true }))
  rate: Fen | null;

  @Field({ description: "What was learnt: the competitor's offer, service, why a customer left or may leave." })
  @Column({ type: 'varchar', length: 2000 })
  details: string;

  /** Exposed as `recordedBy`. */
  @Column({ type: 'int' })
  recordedById: number;

  @Field(() => LocalDateScalar, {
    description: "The company-local day it was recorded (what the summary's period counts by).",
  })
  @Column({ type: 'date' })
  recordedOn: string;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}
