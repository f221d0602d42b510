// Types for scripts/excel-api-sets.js.
export interface ExcelApiSetRow {
  xl: string;
  office: string;
  member: string;
  set: string | null;
  note: string | null;
}
export declare function interfaceMembers(source: string): Map<string, string[]>;
export declare function compareVersions(a: string, b: string): number;
export declare function excelApiSets(source?: string): ExcelApiSetRow[];
export declare function requiredExcelApi(rows?: ExcelApiSetRow[]): { version: string; needing: string[] };
