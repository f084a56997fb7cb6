/** A button under an OA message. `oa.query.hide` sends its payload back as the user's text, hidden. */
export type OaButton =
  | { title: string; type: 'oa.query.hide'; payload: string }
  | { title: string; type: 'oa.open.url'; payload: { url: string } };

export type OaAttachment =
  | { type: 'template'; payload: { buttons: OaButton[] } }
  | { type: 'template'; payload: { template_type: 'media'; elements: Array<{ media_type: 'image'; url: string }> } };

/** The `message` of a customer-service message (`POST /v3.0/oa/message/cs`). */
export type OaMessage = { text: string; attachment?: OaAttachment } | { attachment: OaAttachment };

/**
 * Who a customer-service message goes to. `message_id` (the person's latest message) makes it
 * a reply, free within Zalo's window; `user_id` alone always counts as a proactive message.
 */
export type OaRecipient = { message_id: string } | { user_id: string };
