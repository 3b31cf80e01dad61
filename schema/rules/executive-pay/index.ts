import type { RowRule } from '../../core/dataset.js';
import type { ExecutivePayField } from '../../datasets/executive-pay.js';
import { relatedPartyPayRequired, relatedPartyPayUnexpected, tenureEndBeforeStart } from './other.js';
import { performanceSalaryOverCap, salaryPayableMismatch, totalPreTaxMismatch } from './salary.js';

/** 企业负责人薪酬: pay sums, the performance-pay cap and related-party pay. */
export const executivePayRules: RowRule<ExecutivePayField>[] = [
  tenureEndBeforeStart,
  performanceSalaryOverCap,
  salaryPayableMismatch,
  totalPreTaxMismatch,
  relatedPartyPayRequired,
  relatedPartyPayUnexpected,
];
