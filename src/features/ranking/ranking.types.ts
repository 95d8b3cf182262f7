import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Staff } from '../staff';

/** The scoring formula, stated once: the schema descriptions and docs/rules.md say the same. */
export const RANKING_FORMULA =
  'score = Σ points over the components; points = weight × normalized for TARGET_ACHIEVEMENT, COLLECTIONS, VISITS_COMPLETED, NEW_CUSTOMERS and ' +
  'COMPLAINTS_HANDLED_IN_TIME, and −weight × normalized for UNEXCUSED_ABSENCES and VIOLATIONS, each rounded half up to two decimals. ' +
  "normalized: for TARGET_ACHIEVEMENT and COLLECTIONS the share of the month's target reached, capped at 1 (0 without a target); " +
  'for every other component raw ÷ the highest raw among the ranked salespeople that month (0 when that is 0). ' +
  'Ties share a rank (1, 1, 3). The weights are those the DIRECTOR set last before the month ended (defaults 30, 20, 15, 10, 10, 10, 5).';

export enum RankingComponentKind {
  TARGET_ACHIEVEMENT = 'TARGET_ACHIEVEMENT',
  COLLECTIONS = 'COLLECTIONS',
  VISITS_COMPLETED = 'VISITS_COMPLETED',
  NEW_CUSTOMERS = 'NEW_CUSTOMERS',
  COMPLAINTS_HANDLED_IN_TIME = 'COMPLAINTS_HANDLED_IN_TIME',
  UNEXCUSED_ABSENCES = 'UNEXCUSED_ABSENCES',
  VIOLATIONS = 'VIOLATIONS',
}

registerEnumType(RankingComponentKind, {
  name: 'RankingComponentKind',
  description: 'The parts of the monthly performance score (考核评比).',
  valuesConfig: {
    TARGET_ACHIEVEMENT: {
      description:
        'Sales target achievement: raw = confirmed sales of own customers as a percentage of the sales target (0 without a target).',
    },
    COLLECTIONS: {
      description:
        'Collections: raw = payments received from own customers as a percentage of the collection target (0 without a target).',
    },
    VISITS_COMPLETED: { description: 'Visits completed in the month (by completion time).' },
    NEW_CUSTOMERS: { description: 'New customers first contacted (and so owned) in the month.' },
    COMPLAINTS_HANDLED_IN_TIME: {
      description: 'Complaints the person handled and resolved in the month on or before their due date.',
    },
    UNEXCUSED_ABSENCES: {
      description:
        'Days of unexcused absence (旷工) in the month, false visit reports included: counts against the score.',
    },
    VIOLATIONS: { description: 'Violations (违纪) that happened in the month: counts against the score.' },
  },
});

/** The weights as a plain object, by component field name. */
export interface Weights {
  targetAchievement: number;
  collections: number;
  visitsCompleted: number;
  newCustomers: number;
  complaintsHandledInTime: number;
  unexcusedAbsences: number;
  violations: number;
}

export const DEFAULT_WEIGHTS: Weights = {
  targetAchievement: 30,
  collections: 20,
  visitsCompleted: 15,
  newCustomers: 10,
  complaintsHandledInTime: 10,
  unexcusedAbsences: 10,
  violations: 5,
};

export const MAX_WEIGHT = 100;

/** Which weight each component uses, and whether it counts for (+1) or against (−1) the score. */
export const COMPONENTS: Array<{ kind: RankingComponentKind; weight: keyof Weights; sign: 1 | -1 }> = [
  { kind: RankingComponentKind.TARGET_ACHIEVEMENT, weight: 'targetAchievement', sign: 1 },
  { kind: RankingComponentKind.COLLECTIONS, weight: 'collections', sign: 1 },
  { kind: RankingComponentKind.VISITS_COMPLETED, weight: 'visitsCompleted', sign: 1 },
  { kind: RankingComponentKind.NEW_CUSTOMERS, weight: 'newCustomers', sign: 1 },
  { kind: RankingComponentKind.COMPLAINTS_HANDLED_IN_TIME, weight: 'complaintsHandledInTime', sign: 1 },
  { kind: RankingComponentKind.UNEXCUSED_ABSENCES, weight: 'unexcusedAbsences', sign: -1 },
  { kind: RankingComponentKind.VIOLATIONS, weight: 'violations', sign: -1 },
];

const weightText = (what: string) => `Weight of ${what}: a whole number from 0 to ${MAX_WEIGHT}.`;

@InputType({
  description: `The ranking weights the DIRECTOR sets, one per component. At least one component that counts for the score must weigh more than 0. ${RANKING_FORMULA}`,
})
export class RankingWeightsInput implements Weights {
  @Field(() => Int, { description: weightText('TARGET_ACHIEVEMENT') })
  targetAchievement: number;

  @Field(() => Int, { description: weightText('COLLECTIONS') })
  collections: number;

  @Field(() => Int, { description: weightText('VISITS_COMPLETED') })
  visitsCompleted: number;

  @Field(() => Int, { description: weightText('NEW_CUSTOMERS') })
  newCustomers: number;

  @Field(() => Int, { description: weightText('COMPLAINTS_HANDLED_IN_TIME') })
  complaintsHandledInTime: number;

  @Field(() => Int, { description: weightText('UNEXCUSED_ABSENCES (counts against)') })
  unexcusedAbsences: number;

  @Field(() => Int, { description: weightText('VIOLATIONS (counts against)') })
  violations: number;
}

@ObjectType({ description: `The weights of the monthly performance ranking (考核评比). ${RANKING_FORMULA}` })
export class RankingWeights implements Weights {
  @Field(() => Int, { description: 'Weight of TARGET_ACHIEVEMENT.' })
  targetAchievement: number;

  @Field(() => Int, { description: 'Weight of COLLECTIONS.' })
  collections: number;

  @Field(() => Int, { description: 'Weight of VISITS_COMPLETED.' })
  visitsCompleted: number;

  @Field(() => Int, { description: 'Weight of NEW_CUSTOMERS.' })
  newCustomers: number;

  @Field(() => Int, { description: 'Weight of COMPLAINTS_HANDLED_IN_TIME.' })
  complaintsHandledInTime: number;

  @Field(() => Int, { description: 'Weight of UNEXCUSED_ABSENCES (counts against).' })
  unexcusedAbsences: number;

  @Field(() => Int, { description: 'Weight of VIOLATIONS (counts against).' })
  violations: number;

  @Field({ description: 'True when no DIRECTOR has set weights yet (these are the defaults).' })
  isDefault: boolean;

  @Field(() => Date, { nullable: true, description: 'When the DIRECTOR set them; null for the defaults.' })
  setAt: Date | null;

  /** Exposed as `setBy`. */
  setById: number | null;
}

@ObjectType({
  description:
    "One component of a salesperson's score: what was counted, how it was scaled and weighed, and the points it gave.",
})
export class RankingComponent {
  @Field(() => RankingComponentKind, { description: 'Which component.' })
  component: RankingComponentKind;

  @Field(() => Float, {
    description:
      'What was counted: a percentage (TARGET_ACHIEVEMENT, COLLECTIONS; one decimal) or a number of records.',
  })
  raw: number;

  @Field(() => Float, { description: 'raw scaled to 0..1 (four decimals shown; the points use the exact value).' })
  normalized: number;

  @Field(() => Int, { description: 'The weight applied.' })
  weight: number;

  @Field(() => Float, {
    description: 'weight × normalized, two decimals; negative for UNEXCUSED_ABSENCES and VIOLATIONS.',
  })
  points: number;
}

@ObjectType({
  description: `One salesperson's line of the monthly performance ranking (考核评比), with every component shown. ${RANKING_FORMULA}`,
})
export class RankingRow {
  @Field(() => Staff, { description: 'The salesperson.' })
  staff: Staff;

  staffId: number;

  @Field({ description: 'The month, "2026-10".' })
  month: string;

  @Field(() => Float, { description: "The score: the sum of the components' points (two decimals)." })
  score: number;

  @Field(() => Int, {
    description: "Rank among the month's ranked salespeople, 1 = highest score; equal scores share a rank.",
  })
  rank: number;

  @Field(() => Int, { description: 'How many salespeople were ranked.' })
  of: number;

  @Field(() => [RankingComponent], { description: 'Every component, in the order of RankingComponentKind.' })
  components: RankingComponent[];
}
