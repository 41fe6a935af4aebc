/**
 * The built-in target set: the targets of 《太原市空气质量巩固提升2021年行动计划》(并政办发〔2021〕16号)
 * as data/targets/taiyuan-2021.json, checked by the same validator as an imported set. Shared by
 * the worker (its default) and the page (the editor's "reset to the built-in set").
 */
import taiyuan2021 from '../../../data/targets/taiyuan-2021.json';
import type { TargetSet } from './types.ts';
import { parseTargetSet } from './validate.ts';

/**
 * The Taiyuan 2021 plan's targets (plan §二 主要目标, see reference plan-2021.md), validated like an import.
 * @throws {Error} when the bundled file no longer passes `parseTargetSet` (a build defect, not user input).
 */
export function builtinTargetSet(): TargetSet {
  const r = parseTargetSet(taiyuan2021);
  if (!r.ok) throw new Error(`built-in target set is invalid: ${r.errors.map((e) => e.en).join('; ')}`);
  return r.set;
}
