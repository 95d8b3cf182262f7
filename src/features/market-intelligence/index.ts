/** The market intelligence feature's one door: what other features may use of it. */
export { MarketIntelligence } from './market-intelligence.entity';
