// A bound on how much a template may do for one plan: every {{#each}} turn and every partial call spends from it, so
// a template that loops over its lists inside each other, or whose partials fan out, stops within a second with a
// message instead of running for minutes and ending in "Invalid string length".
import type Handlebars from 'handlebars';

/**
 * Turns and calls one plan may take: the built-in template takes a few hundred for the seed and ~4,000 for lists of
 * 2,000 items (the limit per list); a hundred times that is left for any template a user writes.
 */
export const templateWorkLimit = 400_000;

/** What a render spends from, carried in Handlebars' data frame (each frame copies the reference). */
export interface WorkBudget {
  left: number;
}

/** The budget ran out: the template's own mistake (exit 1). */
export class TemplateWorkExceeded extends Error {
  constructor() {
    super(`the template took more than ${templateWorkLimit} {{#each}} turns and partial calls`);
  }
}

export function spend(data: unknown, amount: number): void {
  const budget = (data as { workBudget?: WorkBudget } | undefined)?.workBudget;
  if (budget === undefined) return;
  budget.left -= amount;
  if (budget.left < 0) throw new TemplateWorkExceeded();
}

/** Registers an {{#each}} that spends one per item before running Handlebars' own. */
export function registerCountedEach(handlebars: typeof Handlebars): void {
  const each = handlebars.helpers.each!;
  handlebars.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const items = Array.isArray(context) ? context.length : context !== null && typeof context === 'object' ? Object.keys(context).length : 0;
    spend(options.data, items);
    return each.call(this, context, options);
  });
}
