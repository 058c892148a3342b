/**
 * Size limits of a scenario. A national scenario holds about 2 800 structures and 7 000 agents;
 * these leave room for ten times that and keep a computation in memory and in seconds.
 */
export const LIMITS = {
  managers: 10_000,
  structures: 50_000,
  structuresPerManager: 5_000,
  agentsPerStructure: 200,
  agents: 250_000,
  resourcesPerStructure: 50,
  objectivesPerStructure: 50,
  budgetLines: 200,
  /** Characters of a name or a label, and of a description. */
  textLength: 200,
  descriptionLength: 5000,
  /** Dated values of one parameter override, and characters of a parameter's name. */
  datedValues: 100,
  parameterName: 100,
  /** Largest scenario file read by the command line and the task pane, in bytes. */
  fileBytes: 50 * 1024 * 1024,
} as const;
