// The diagnostics parsePlan gives for text that must fail, for the tests of what it says.
import { expect } from '@jest/globals';
import { PlanError, type Diagnostic } from '../../src/errors';
import { parsePlan } from '../../src/plan/load-plan';

export function diagnosticsOf(source: string): Diagnostic[] {
  try {
    parsePlan(source, 'p.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    return (error as PlanError).diagnostics;
  }
  throw new Error('parsePlan accepted an invalid plan');
}
