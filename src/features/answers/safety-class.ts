/**
 * What kind of risky message this is. `scam`: a scam is happening (someone asks for an OTP,
 * money, an app from a link…). The refusals: someone else's data, getting into someone else's
 * account, fake bank messages, accounts/SIMs/papers in another's name, cheating face checks.
 * The emergencies: self-harm, child abuse (111), fire (114), violence (113), medical (115).
 */
export type SafetyClass =
  | 'scam'
  | 'others-data'
  | 'account-takeover'
  | 'fake-message'
  | 'identity-fraud'
  | 'bypass-face'
  | 'self-harm'
  | 'child-abuse'
  | 'fire'
  | 'violence'
  | 'medical-emergency'
  | 'medical-advice'
  | 'legal'
  | 'political'
  | 'injection';
