import { SECTORS, type Sector } from '../../../../shared/organizations/levels';
import { foldLabel } from '../fields/types';
import { fail, ok, type ValueResult } from '../problems/types';
import type { Cell } from '../workbook/types';
import { displayValue } from '../values/cellText';

const LABELS: Readonly<Record<Sector, readonly string[]>> = {
  public_service: ['Hành chính sự nghiệp', 'HCSN', 'HC-SN', 'Khối hành chính sự nghiệp', 'Hành chính', 'Sự nghiệp', 'Đơn vị sự nghiệp', 'Cơ quan hành chính'],
  state_enterprise: ['Doanh nghiệp nhà nước', 'DNNN', 'DN nhà nước', 'Nhà nước', 'Khối doanh nghiệp nhà nước'],
  private_enterprise: [
    'Doanh nghiệp ngoài nhà nước',
    'DN ngoài nhà nước',
    'Ngoài nhà nước',
    'Ngoài quốc doanh',
    'Doanh nghiệp ngoài quốc doanh',
    'Doanh nghiệp tư nhân',
    'Tư nhân',
    'DNTN',
  ],
  fdi_enterprise: [
    'Doanh nghiệp FDI',
    'FDI',
    'DN FDI',
    'Doanh nghiệp có vốn đầu tư nước ngoài',
    'Có vốn đầu tư nước ngoài',
    'Vốn đầu tư nước ngoài',
    'Doanh nghiệp nước ngoài',
  ],
  professional_union: ['Nghiệp đoàn', 'Nghiệp đoàn cơ sở', 'NĐ'],
};

const BY_LABEL: ReadonlyMap<string, Sector> = new Map(
  SECTORS.flatMap((sector) => [sector, ...LABELS[sector]].map((label) => [foldLabel(label), sector] as const)),
);

/** The Vietnamese name of each sector, as written in lists and in messages. */
export const SECTOR_LABELS_VI: Readonly<Record<Sector, string>> = {
  public_service: 'Hành chính sự nghiệp',
  state_enterprise: 'Doanh nghiệp nhà nước',
  private_enterprise: 'Doanh nghiệp ngoài nhà nước',
  fdi_enterprise: 'Doanh nghiệp FDI',
  professional_union: 'Nghiệp đoàn',
};

/** Read "Khu vực" by its Vietnamese label (or abbreviation, or code). Problem: invalidSector. */
export function readSector(cell: Cell): ValueResult<Sector> {
  const folded = foldLabel(displayValue(cell)).replace(/^khu vuc /u, '');
  const sector = BY_LABEL.get(folded);
  return sector === undefined ? fail('invalidSector', { value: displayValue(cell) }) : ok(sector);
}
