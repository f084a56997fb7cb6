/** A button under an OA message. `oa.query.hide` sends its payload back as the user's text, hidden. */
export type OaButton =
  | { title: string; type: 'oa.query.hide'; payload: string }
  | { title: string; type: 'oa.open.url'; payload: { url: string } };

export type OaAttachment =
  | { type: 'template'; payload: { buttons: OaButton[] } }
  | { type: 'template'; payload: { template_type: 'media'; elements: Array<{ media_type: 'image'; url: string }> } };

/** The `message` of a customer-service message (`POST /v3.0/oa/message/cs`). */
export type OaMessage = { text: string; attachment?: OaAttachment } | { attachment: OaAttachment };
