import { appContract } from './contracts/app';
import { exchangeContract } from './contracts/exchange';
import { filesContract } from './contracts/files';
import { geoContract } from './contracts/geo';
import { printContract } from './contracts/print';
import { membersContract } from './contracts/members';
import { organizationsContract } from './contracts/organizations';
import { settingsContract } from './contracts/settings';
import { setupContract } from './contracts/setup';
import { campaignsContract } from './contracts/campaigns';
import { clustersContract } from './contracts/clusters';
import { statisticsContract } from './contracts/statistics';
import { awardsContract } from './contracts/awards';
import { proposalsContract } from './contracts/proposals';
import { certificatesContract } from './contracts/certificates';
import { reportsContract } from './contracts/reports';
import { dashboardContract } from './contracts/dashboard';
import { diagnosticsContract } from './contracts/diagnostics';
import { grassrootsFormsContract } from './contracts/grassrootsForms';
import { upwardContract } from './contracts/upward';
import { upperRollupContract } from './contracts/upperRollup';
import { auditContract } from './contracts/audit';
import type { InputOf, OutputOf, ParsedInputOf } from './channel';

/** Every IPC channel, declared once. Preload, main, the preview host and the renderer derive from it. */
export const contract = {
  ...appContract,
  ...setupContract,
  ...settingsContract,
  ...organizationsContract,
  ...geoContract,
  ...membersContract,
  ...exchangeContract,
  ...filesContract,
  ...printContract,
  ...campaignsContract,
  ...clustersContract,
  ...statisticsContract,
  ...awardsContract,
  ...proposalsContract,
  ...certificatesContract,
  ...reportsContract,
  ...dashboardContract,
  ...diagnosticsContract,
  ...grassrootsFormsContract,
  ...upwardContract,
  ...upperRollupContract,
  ...auditContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = InputOf<Contract[C]>;
export type ParsedInput<C extends Channel> = ParsedInputOf<Contract[C]>;
export type Output<C extends Channel> = OutputOf<Contract[C]>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
