/**
 * What kind of risky message this is. `scam`: a scam is happening (someone asks for an OTP,
 * money, an app from a link…). The refusals: someone else's data, getting into someone else's
 * account, fake bank messages, accounts/SIMs/papers in another's name, cheating face checks.
 * The emergencies: self-harm, child abuse (111), fire (114), rescue from floods and the like (114),
 * violence (113), medical (115). `scam-report`: the learner was scammed and asks how to get the money
 * back (a lawyer, a lawsuit): the police and the bank, never a bare legal refusal. `forgery`: fake
 * papers or a fake face or voice of a real person. `gambling`: where to gamble or bet online.
 * `own-secret`: the learner hands the tutor a PIN, OTP, password or CCCD number to keep or check.
 * `loan-shark`: where to borrow from an app or a lender with no checks (tín dụng đen).
 * `harmful-content`: sexual content, or words of hate against a group, asked for.
 * `harm-others`: revenge, poison or a weapon meant for someone (no attack under way: that is
 * `violence`). `illegal`: the learner's own unlawful act asked how to do (drugs bought or grown, taxes
 * evaded, a credit card swiped for nothing to draw cash). `missing-person`: a child or an old person lost, gone from home, unreachable.
 */
export type SafetyClass =
  | 'scam'
  | 'others-data'
  | 'account-takeover'
  | 'fake-message'
  | 'identity-fraud'
  | 'bypass-face'
  | 'forgery'
  | 'gambling'
  | 'loan-shark'
  | 'harmful-content'
  | 'scam-report'
  | 'self-harm'
  | 'child-abuse'
  | 'fire'
  | 'rescue'
  | 'violence'
  | 'harm-others'
  | 'illegal'
  | 'missing-person'
  | 'own-secret'
  | 'medical-emergency'
  | 'medical-advice'
  | 'legal'
  | 'political'
  | 'injection';
