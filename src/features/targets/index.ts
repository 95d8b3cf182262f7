/** The targets feature's one door: what other features may use of it. */
export { SalesTarget } from './sales-target.entity';
export { targetAchievement } from './target-achievement';
export type { AchievementFiguresData, AchievementRowData, TargetAchievementData } from './target-achievement';
