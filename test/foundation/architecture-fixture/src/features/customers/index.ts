export { inner } from './customer-inner';
