/** The upward domain's public surface: what other backend domains may call. */
export { officeFingerprint, withFingerprintParagraph } from './fingerprintDocx';
export { officeKey, sign } from './officeKey';
export { type VerifiedPackage, verifyPackageBytes } from './verifyPackage';
