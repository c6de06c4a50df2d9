/** One committed import as the import history shows it. */
export interface ImportRunView {
  id: number;
  at: string;
  actor: string;
  /** members | unions | awards | … */
  kind: string;
  file: string;
  imported: number;
  updated: number;
  undoneAt: string | null;
}
