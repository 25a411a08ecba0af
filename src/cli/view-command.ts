import type { ParseOptions } from '../options.js';
import { parsePlan } from '../parse-plan.js';
import type { Plan } from '../schema/plan.js';
import { renderPlanHtml } from '../view/render-plan-html.js';
import { fileFailure } from './file-failure.js';
import { readInput } from './read-input.js';

/** `kehoach view FILE > plan.html`: parses the file and prints the page. */
export async function viewCommand(file: string, options: ParseOptions): Promise<number> {
  let plan: Plan;
  try {
    plan = await parsePlan(await readInput(file, options), options);
  } catch (error) {
    return fileFailure(file, error);
  }
  process.stdout.write(renderPlanHtml(plan, { name: file === '-' ? 'stdin' : file }));
  return 0;
}
