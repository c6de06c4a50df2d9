export interface Province {
  code: string;
  name: string;
  shortName: string;
  kind: 'city' | 'province';
  /** The provinces merged into it on 1 July 2025 (empty when unchanged). */
  mergedFrom: string[];
}

export interface ProvinceData {
  version: string;
  effectiveFrom: string;
  legalBasis: string;
  provinces: Province[];
}
