import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from 'telegraf/types';
import { renderConsole } from '../channels/console/render-console.ts';
import { renderPart } from '../channels/telegram/render-part.ts';
import { renderBot } from '../channels/zalo/bot/render-bot.ts';
import { renderOa } from '../channels/zalo/oa/render-oa.ts';
import type { Reply } from '../core/message.ts';
import {
  type Bubble,
  firstNumber,
  numberKeys,
  optionCount,
  type Rendered,
  type SimButton,
  type ViewRenderer,
} from '../web/sim-views.ts';

/** Telegram HTML back to plain text: our renderer only emits escaped text and `<a href>` links. */
function telegramText(htmlText: string): { text: string; link?: { url: string; title: string } } {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const a = htmlText.match(/<a href="([^"]*)">([\s\S]*?)<\/a>/);
  const text = decode(htmlText.replace(/<[^>]*>/g, ''));
  return a ? { text, link: { url: decode(a[1]!), title: decode(a[2]!) } } : { text };
}

function telegram(parts: Reply): Rendered {
  const bubbles: Bubble[] = [];
  let keyboard: string[] | undefined;
  for (const part of parts) {
    for (const out of renderPart(part, { private: true })) {
      if (out.method === 'sendPhoto')
        bubbles.push({
          image: out.url,
          ...(out.captionHtml ? { text: telegramText(out.captionHtml).text } : {}),
          buttons: [],
        });
      else if (out.method === 'uploadPhoto')
        bubbles.push({
          image: `data:image/png;base64,${out.data.toString('base64')}`,
          ...(out.captionHtml ? { text: telegramText(out.captionHtml).text } : {}),
          buttons: [],
        });
      else if (out.method === 'sendDocument')
        bubbles.push({
          file: out.filename,
          ...(out.captionHtml ? { text: telegramText(out.captionHtml).text } : {}),
          buttons: [],
        });
      else {
        const { text, link } = telegramText(out.html);
        const inline = out.markup && 'inline_keyboard' in out.markup ? (out.markup as InlineKeyboardMarkup) : undefined;
        const reply = out.markup && 'keyboard' in out.markup ? (out.markup as ReplyKeyboardMarkup) : undefined;
        if (reply) keyboard = reply.keyboard.flat().map((k) => (typeof k === 'string' ? k : k.text));
        const buttons = (inline?.inline_keyboard.flat() ?? []).flatMap((b): SimButton[] =>
          'callback_data' in b ? [{ label: b.text, action: { payload: b.callback_data } }] : [],
        );
        const numbers = !inline && optionCount(part) > 0;
        bubbles.push(
          link
            ? { link, buttons }
            : {
                text,
                buttons: numbers ? numberKeys(optionCount(part), firstNumber(part)) : buttons,
                ...(numbers ? { numbers } : {}),
              },
        );
      }
    }
  }
  return keyboard ? { bubbles, keyboard } : { bubbles };
}

function zaloOa(parts: Reply): Rendered {
  const bubbles = parts.flatMap((part) =>
    renderOa([part]).map((m): Bubble => {
      const payload = m.attachment?.payload;
      if (payload && 'template_type' in payload)
        return { image: payload.elements[0]?.url ?? '', ...('text' in m ? { text: m.text } : {}), buttons: [] };
      const buttons = (payload?.buttons ?? []).map(
        (b): SimButton => ({
          label: b.title,
          action: b.type === 'oa.query.hide' ? { payload: b.payload } : { url: b.payload.url },
        }),
      );
      const text = 'text' in m ? m.text : '';
      const numbers = buttons.length === 0 && optionCount(part) > 0;
      return {
        text,
        buttons: numbers ? numberKeys(optionCount(part), firstNumber(part)) : buttons,
        ...(numbers ? { numbers } : {}),
      };
    }),
  );
  return { bubbles };
}

/** Zalo Bot API and the terminal have no buttons: options are numbered text; the number keys type the answer. */
function numbered(parts: Reply, view: 'zalobot' | 'console'): Rendered {
  const bubbles = parts.flatMap((part): Bubble[] => {
    const keys = optionCount(part);
    const list: Bubble[] =
      view === 'console'
        ? [{ text: renderConsole(part), buttons: [] }]
        : renderBot([part]).map((s) =>
            s.method === 'sendPhoto'
              ? { image: s.photo, ...(s.caption ? { text: s.caption } : {}), buttons: [] }
              : { text: s.text, buttons: [] },
          );
    const last = list[list.length - 1];
    if (last && keys > 0) Object.assign(last, { buttons: numberKeys(keys, firstNumber(part)), numbers: true });
    return list;
  });
  return { bubbles };
}

/** Renders the tutor's reply the way the chosen app's adapter would send it (the dashboard's {@link ViewRenderer}). */
export const renderForView: ViewRenderer = (parts, view) => {
  switch (view) {
    case 'telegram':
      return telegram(parts);
    case 'zalooa':
      return zaloOa(parts);
    case 'zalobot':
    case 'console':
      return numbered(parts, view);
  }
};
