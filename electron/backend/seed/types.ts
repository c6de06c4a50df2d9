/**
 * Record types produced by the pure demo-data generators in this folder.
 * Plain data only: another module writes them into SQLite.
 */

/** An entry of a weighted choice. */
export interface WeightedItem<T> {
  readonly value: T;
  readonly weight: number;
}

export type Sex = 'male' | 'female';

/** A Vietnamese personal name, split as the records store it. All strings NFC. */
export interface PersonName {
  /** Họ, e.g. 'Nguyễn'. */
  family: string;
  /** Tên đệm: '' (none), one word ('Văn') or two ('Thị Thu'). */
  middle: string;
  /** Tên, e.g. 'Hà'. */
  given: string;
  /** 'Nguyễn Thị Thu Hà': the non-empty parts joined by single spaces. */
  fullName: string;
}

/** Khu vực of a grassroots union. */
export type SectorCode =
  | 'public_service' // hành chính sự nghiệp
  | 'state_enterprise' // doanh nghiệp nhà nước
  | 'private_enterprise' // doanh nghiệp ngoài nhà nước
  | 'fdi_enterprise' // doanh nghiệp có vốn đầu tư nước ngoài (FDI)
  | 'professional_union'; // nghiệp đoàn

/** A finer kind of unit inside a sector (drives names, sizes and the share of women). */
export type UnionKind =
  // public_service
  | 'preschool'
  | 'primary_school'
  | 'lower_secondary_school'
  | 'upper_secondary_school'
  | 'health_station'
  | 'people_committee'
  | 'public_centre'
  | 'public_agency'
  | 'hospital'
  // state_enterprise
  | 'state_utility'
  | 'state_power'
  | 'state_service'
  // private_enterprise (and fdi_enterprise where it makes sense)
  | 'garment'
  | 'footwear'
  | 'construction'
  | 'building_materials'
  | 'mechanical'
  | 'electronics'
  | 'food'
  | 'furniture'
  | 'rattan_bamboo'
  | 'plastics_packaging'
  | 'pharmaceutical'
  | 'trade_services'
  | 'transport'
  | 'private_preschool'
  | 'private_clinic'
  // professional_union
  | 'trade_association';

/** Name, short name and code of an organisation. */
export interface OrgIdentity {
  /** Official name, e.g. 'Liên đoàn Lao động thành phố Hà Nội'. */
  name: string;
  /** e.g. 'LĐLĐ TP Hà Nội'. */
  shortName: string;
  /** Stable ASCII code, e.g. 'LDLD-HN'. */
  code: string;
  /** Issuer part of document symbols, e.g. 'LĐLĐ' in '15/BC-LĐLĐ'. */
  symbol: string;
}

/** The user's own office (level upper_grassroots) and its upper union (level province). */
export interface DemoOffice {
  office: OrgIdentity & { level: 'upper_grassroots' };
  upper: OrgIdentity & { level: 'province' };
  /** Place name for the place-and-date line of documents, e.g. 'Hà Nội'. */
  placeName: string;
}

/** One grassroots union (CĐCS or nghiệp đoàn cơ sở) of the demo data set. */
export interface GrassrootsUnionSeed {
  /** Unique, e.g. 'CS0001' (numbered in order of founding). */
  code: string;
  /**
   * Full union name, unique within a set: 'Công đoàn cơ sở ' + organizationName
   * (a nghiệp đoàn is itself the union: its name is the organisation name).
   */
  name: string;
  /** 'CĐCS ' + a shorter form of the organisation name ('NĐ …' for a nghiệp đoàn). Unique. */
  shortName: string;
  /** The organisation the union belongs to, e.g. 'Trường Mầm non Phú Nghĩa'. */
  organizationName: string;
  sector: SectorCode;
  kind: UnionKind;
  /** Postal address: before the 2025 reform with the district, after it ward/commune + city. */
  address: string;
  /** ISO date. */
  foundedOn: string;
  /** Số/ký hiệu of the founding decision, e.g. '45/QĐ-LĐLĐ'. */
  foundingDecision: string;
  /** Số CNVCLĐ (tổng số). */
  workersTotal: number;
  /** Số CNVCLĐ nữ, ≤ workersTotal. */
  workersFemale: number;
  /** Chairperson's full name. */
  chairName: string;
  /** Chairperson's name split into parts. */
  chairNameParts: PersonName;
  chairSex: Sex;
  /** Vietnamese mobile number, 10 digits, e.g. '0912345678'. */
  phone: string;
  /** ISO date, or null while the union exists. */
  dissolvedOn: string | null;
}
