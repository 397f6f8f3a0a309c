import { COMPETENCIES, type Competency } from '../engine/lessons';

export { COMPETENCIES, type Competency };

/** The exam's weights (CXPA CX Framework, 2020 job-task analysis), as shares of the questions. */
export const EXAM_WEIGHTS: Record<Competency, number> = {
  insights: 0.22,
  strategy: 0.2,
  metrics: 0.2,
  design: 0.19,
  culture: 0.19,
};
