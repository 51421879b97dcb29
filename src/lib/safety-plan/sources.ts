/**
 * Where the safety plan's steps come from, and when we last checked them. Shown on the page, so a reviewer
 * (or a resident) can see what the plan rests on.
 * - Stanley B, Brown GK. Safety Planning Intervention: a brief intervention to mitigate suicide risk.
 *   Cognitive and Behavioral Practice 2012;19(2):256–264 — the seven parts, in this order.
 * - Stanley B, et al. Comparison of the Safety Planning Intervention with follow-up vs usual care of
 *   suicidal patients treated in the emergency department. JAMA Psychiatry 2018;75(9):894–900 — about 45 %
 *   less suicidal behaviour with the plan and follow-up calls.
 * - 113 Zelfmoordpreventie (https://www.113.nl) offers the same plan to people who call or chat; its lines
 *   (113 and 0800-0113, free, day and night) are in src/lib/guide/helplines.ts, checked there.
 */
export const SAFETY_PLAN_CHECKED_ON = '2026-12-05';
