/** The ranking feature's one door: nothing above it uses it; the composition root wires its resolver and service. */
export { RankingWeightsSetting } from './ranking-weights.entity';
