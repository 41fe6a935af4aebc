/**
 * The bundled campaign target set (data/targets/taiyuan-2021-campaigns.json): the 2021–2022
 * autumn–winter season and the Winter Olympics period of plan §四(二)/§四(四), whose control values
 * the plan does not give (left empty for the user, marked unconfirmed), and the October–November
 * control figures that are known. Checked by the same validator as an imported set.
 */
import campaigns from '../../../data/targets/taiyuan-2021-campaigns.json';
import type { TargetSet } from './types.ts';
import { parseTargetSet } from './validate.ts';

/** @throws {Error} when the bundled file no longer validates (a build defect, not user input). */
export function campaignTargetSet(): TargetSet {
  const r = parseTargetSet(campaigns);
  if (!r.ok) throw new Error(`bundled campaign target set is invalid: ${r.errors.map((e) => e.en).join('; ')}`);
  return r.set;
}
