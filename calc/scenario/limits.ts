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
  /** Largest scenario file read by the command line and the task pane, in bytes. */
  fileBytes: 50 * 1024 * 1024,
} as const;
