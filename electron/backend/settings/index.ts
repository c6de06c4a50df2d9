/** The settings domain's public surface: what other backend domains may call. */
export { ownOfficeSymbol } from './officeSymbol';
export { deleteSettingsExcept, readSetting, writeSetting } from './repository';
export { getSettings, isSetupDone, markSetupDone, updateSettings } from './service';
