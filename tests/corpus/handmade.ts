import type { StepId } from '../../lib/portal/step-ids';
export const HANDMADE: { id: string; step: StepId; docs: string[] }[] = [];
