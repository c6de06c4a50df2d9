import fs from 'node:fs';
import path from 'node:path';
import type { ProvinceData } from '../../../shared/geo/provinces';

const cache = new Map<string, ProvinceData>();

/** The dated, versioned list of provinces shipped in resources/data/provinces.json. */
export function loadProvinces(resourcesDir: string): ProvinceData {
  const file = path.join(resourcesDir, 'data', 'provinces.json');
  let data = cache.get(file);
  if (!data) {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as ProvinceData;
    data = { version: raw.version, effectiveFrom: raw.effectiveFrom, legalBasis: raw.legalBasis, provinces: raw.provinces };
    cache.set(file, data);
  }
  return data;
}
