/**
 * The HR focus areas the programme mentors in. The first three are the five-day training's
 * topics; the rest come from the case study's needs analysis and the mentees' stories.
 * Matching needs to skills goes through these ids, never through free text, so that
 * "Performance appraisal" on a mentee's sheet meets "PM" on a mentor's.
 */
export const FOCUS_AREAS = [
  {
    id: "performance-management",
    label: "Performance management",
    words: ["performance management", "performance appraisal", "appraisal", "appraisals", "pm", "performance contracting", "staff appraisal"],
  },
  {
    id: "employee-relations",
    label: "Employee relations and labour laws",
    words: ["employee relations", "labour laws", "labor laws", "labour law", "industrial relations", "er", "employment law", "labour relations", "cba", "collective bargaining"],
  },
  {
    id: "disciplinary",
    label: "Disciplinary procedures",
    words: ["disciplinary", "discipline", "disciplinary procedures", "disciplinary process", "disciplinary committee", "grievances", "grievance handling"],
  },
  {
    id: "hr-planning",
    label: "HR planning",
    words: ["hr planning", "human resource planning", "workforce planning", "hrp", "staffing norms", "establishment"],
  },
  {
    id: "training-development",
    label: "Training and development",
    words: ["training and development", "training", "t&d", "capacity building", "staff development", "learning and development", "l&d", "training needs"],
  },
  {
    id: "recruitment",
    label: "Recruitment",
    words: ["recruitment", "recruitment and selection", "selection", "hiring", "onboarding", "induction"],
  },
  {
    id: "job-descriptions",
    label: "Job descriptions",
    words: ["job descriptions", "job description", "jds", "jd", "job analysis", "job evaluation", "schemes of service", "roles and responsibilities"],
  },
  {
    id: "retention-exit",
    label: "Retention and exit",
    words: ["retention", "exit", "retention and exit", "staff retention", "exit interviews", "exit management", "turnover", "attrition"],
  },
  {
    id: "hr-information-systems",
    label: "HR records and information systems (iHRIS)",
    words: ["ihris", "hris", "hr records", "records management", "hr information systems", "hr information system", "hr data", "personnel records"],
  },
  {
    id: "strategic-planning",
    label: "Strategic planning",
    words: ["strategic planning", "strategic plan", "hrh strategic plan", "hr strategy", "strategy"],
  },
] as const;

export type FocusArea = (typeof FOCUS_AREAS)[number];
export type FocusAreaId = FocusArea["id"];

export const FOCUS_AREA_IDS = FOCUS_AREAS.map((f) => f.id) as unknown as readonly [FocusAreaId, ...FocusAreaId[]];

export function focusAreaLabel(id: FocusAreaId): string {
  return FOCUS_AREAS.find((f) => f.id === id)?.label ?? id;
}
