// Zod Mini: the same checks as zod's classic API, so the same issues in the same order, in a form
// the bundler can trim (the classic API carries JSON Schema generation into every page that
// validates). Every schema the browser runs imports `z` from here.
import { z } from './zodMini';
import { en } from 'zod/locales';

// zod's English messages, which the classic API loads for itself: a problem no rule of ours names
// (a colour that is not one) reads in words rather than as "Invalid input".
z.config(en());

export { z };

/** A number from min to max, both included: classic zod's `z.number().min(min).max(max)`. */
export const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

/** A whole number from min to max, both included: `z.number().int().min(min).max(max)`. */
export const intBetween = (min: number, max: number) =>
  z.number().check(z.int(), z.gte(min), z.lte(max));
