export * from '../descriptors.js';
