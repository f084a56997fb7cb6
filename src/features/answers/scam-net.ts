import type { ScamSignals } from '../../core/content/scam-signals-schema.ts';
import type { Language } from './language.ts';
import { createPhraseSet, type PhraseSet, phraseSource } from './phrase-set.ts';
import { createWordsReader } from './phrase-words.ts';

/**
 * What the money-safety net found in a message. `alarm`: the shape of a scam (a demand with an
 * actor who reached out, or with pressure; or a demand that is always wrong). `caution`: money
 * aimed at someone with no other sign, worth one line of advice.
 */
export interface ScamVerdict {
  level: 'alarm' | 'caution';
  /** The demand recognised (`otp`, `transfer`…), if any. */
  demand?: string;
  /** The actor recognised (`police`, `relative`…), if any. */
  actor?: string;
  /** The actor is someone in particular, not anyone at all ("có người", "số lạ"). */
  specific?: boolean;
  /** The actor reached out to the learner ("ngân hàng gọi"), not only named ("vay tiền ngân hàng"). */
  reached?: boolean;
  /** The fitting lines: the actor's and the demand's (alarm), or the caution. */
  lines: string[];
  /** A caution for a question whether a caller is real, nothing demanded: the entry answers it. */
  realAsked?: boolean;
  /** A caution for a call the learner already hung up on, nothing given: the entry answers what to do next. */
  hungUp?: boolean;
  /** What to do when the demand was already done: the demand's own step (`after` in the file), the general one (`paid`). */
  after?: { demand?: string; general?: string };
}

/** Scores messages against `flows/safety/scam-signals.yaml`. */
export interface ScamNet {
  check(text: string): ScamVerdict | undefined;
  /** Every actor, demand and pressure named in the text (`actor:police`, `demand:otp`…), reached out or not. */
  signals(text: string): Set<string>;
  /** The safety class of the first shape that stands on its own (`kind`) found in the text, if any. */
  act(text: string): ScamSignals['shapes'][number]['kind'];
  /** A question about how things are done ("ngân hàng thật có bao giờ hỏi OTP không"), nobody having reached out. */
  general(text: string): boolean;
  /** The folded text with the words of every specific actor but `actor` blanked: the story of the one who asks. */
  storyOf(text: string, actor: string): string;
}

/**
 * Pressure that alone is no threat: haste, an advert's offer, acting on someone's word ("chuyển theo lời chú công
 * an"). It makes a demand someone's, never the learner's own bill a scam.
 */
const WEAK_PRESSURE: ReadonlySet<string> = new Set(['urgency', 'offer', 'told']);
/**
 * Of the weak pressure, what presses nobody when nobody is named: an advert's offer ("app dọn rác tăng tốc") or
 * someone's word. Haste still does ("chuyển gấp"), so this set is narrower than `WEAK_PRESSURE` on purpose.
 */
const UNPRESSING: ReadonlySet<string> = new Set(['offer', 'told']);

/** Gap between two actor/contact words for "the actor reached out": "công an phường gọi". */
const CONTACT_GAP = 6;
/** A contact said of no one in particular: "ngân hàng có gọi…không", "công an không gọi", "có bao giờ hỏi". */
const UNSAID =
  /(?:^| )(?:co|khong|hong|chang|dau co|bao gio|khi nao)(?: (?:goi|goi dien|dien|nhan tin|nhan|gui|bao|noi))* $/;
/** The learner's own asking ("xin hỏi", "cho tôi hỏi"): never someone reaching out. */
const SELF_ASKING = / (?:xin|cho(?: toi| tui| minh| chau| em| bac)?|muon|can|toi|tui) hoi(?= )/g;
/** "Bão" (a storm) is read "bao lu" (words.yaml): no "báo" (to tell) of anyone's. */
const STORM = /^bao lu\b/;
/** Told to act right after the contact ("biểu bấm đồng ý"): the demand named earlier is theirs. */
const ACT = /^\S+(?: \S+)? (?:bam|nhan vao|an vao|cai|tai|doc|chuyen|nop|dong|gui|quet|nhap|cho phep)\b/;
/** Characters between an asking word and the transfer it asks for: "biểu tui chuyển", "nhờ má chuyển trả". */
const ASK_GAP = 12;
/** An arrest told of ("bị công an bắt giữ"): "bắt" here is no one telling the learner anything. */
const ARREST = /^bat (?:giu|giam|tam giam|coc)\b/;
/** "Mới … được" (only then) folds like "mời" (invite): "liên kết ngân hàng mới nạp tiền được" invites no one. */
const ONLY_THEN = /^moi (?:\S+ ){1,3}duoc\b/;
/**
 * The learner's own call or word to an office ("phải báo ngân hàng", "tự gọi tổng đài"), or hearsay ("ngân hàng xa
 * quá, nghe nói gửi qua app được"): nobody reached out.
 */
const OWN_CONTACT = /(?:^| )(?:phai|can|nen|muon|di|ra|len|tu|nghe) $/;
/** "Bao giờ", "bao nhiêu", "bao lâu" fold like "báo" (to tell): nobody told anything. */
const HOW_MUCH_WHEN = /^bao (?:gio|nhieu|lau|lam)\b/;
/** "Đổi số điện thoại", "đổi mật khẩu" fold like "đòi" (to demand): a change the learner makes. */
const OWN_CHANGE = /^doi (?:so dien thoai|so dt|sdt|mat khau|ma pin|sim|may|ten|anh dai dien|email)\b/;
/** A paper reminder from the office itself ("công ty nước gửi giấy nhắc") is no one reaching out. */
const PAPER = /^\S+ giay (?:nhac|bao|bao tien|hen)\b/;
/** "Họ", "người ta", "bên đó" right before a contact: they reach out, not the relative named before them. */
const THEY = /(?:^| )(?:ho|nguoi ta|ben do|ben kia|cong ty|ben cho vay|ben tuyen dung) $/;
/** A relative's school, class or workplace ("trường của cháu gửi thông báo"): the place reaches out, not the relative. */
const OWNER =
  /(?:^| )(?:truong|lop|nha truong|co giao|thay giao|giao vien|cong ty|co quan|benh vien|cho lam)(?: cua)? $/;
/** "Nhân viên" (staff) folds like "nhắn" (a message sent): "tuyển nhân viên" reaches nobody. */
const STAFF = /^nhan vien\b/;
/** "Thu nhận", "tiếp nhận", "xác nhận" (an office receiving papers) fold to the "nhắn" of a message sent. */
const RECEIVED = /(?:^| )(?:thu|tiep|xac|ky|ghi) $/;

/** A payment said not to be due: "không phải đóng tiền", "khỏi nộp phí"; not a threat's "nếu không chuyển tiền". */
const UNPAID =
  /(?<! neu) (?:khong|khoi|chang) (?:phai |can |bi |mat )?(?:dong|nop|tra|chuyen|mat)(?: (?:them|bat ky|mot))? (?:tien|phi|dong nao|xu nao)(?= )/g;
/** A benefit applied for ("xin tiền hưu trí xã hội", "xin trợ cấp"): the learner's own claim, no money begged. */
const OWN_CLAIM = / xin (?:tien |duoc |huong |cap )?(?:huu tri|tro cap|ho tro|luong huu|che do|bao tro|tien huu)(?= )/g;
/**
 * A threat asked about by the learner ("nợ tiền điện không trả có bị cắt không", "có bị khóa tài khoản không"):
 * the rule asked, not someone pressing. Whoever reached out still counts.
 */
/**
 * The learner in the middle of it, on someone's word ("tui đang chuyển 50 triệu theo lời anh nhân viên", "ổng còn chờ
 * máy"): a story under way, never a question about how things are done, whatever "có bao giờ" opens it.
 */
const UNDER_WAY =
  / (?:(?:toi|minh|em|ba|me|bac|con|chau) (?:dang|sap|chuan bi|tinh|dinh|vua) (?:\S+ ){0,2}(?:chuyen|nap|doc|gui|cai|bam|dua|nop)|(?:dang|sap) (?:dien|nhap|go) (?:\S+ )?(?:so the|ma|otp|mat khau|thong tin)|theo loi (?:\S+ ){0,3}(?:nhan vien|can bo|nguoi|ho|no|ong|ba|anh|chi)|(?:dang|con) (?:cho|giu) may)(?= )/;
/** Being scammed feared or avoided ("làm sao để không bị lừa chuyển tiền", "sợ bị lừa"): nothing lost yet. Session 36. */
const NOT_SCAMMED = / (?:khong|khoi|tranh|chua|so|ngua|phong|neu|lo) bi lua(?= )/g;
/**
 * A paper or a secret put into an AI chatbot ("chụp căn cước của khách gửi ChatGPT", "dán mật khẩu vô Gemini"): no
 * person receives it, so it is no hand-over to a scammer; the entries on what not to type into AI answer. Session 36.
 */
const TO_CHATBOT =
  / (?:gui|dan|dua|nhap|go|up|tai|day|cho) (?:len |vao |vo |cho |qua )?(?:chatgpt|chat gpt|gemini|copilot|grok|claude|deepseek|tro ly ao|tro ly ai)(?: ai)?(?= )/g;
const ASKED_THREAT =
  / co bi (?:\S+ ){0,2}(?:cat|khoa|phat|phong toa|thu hoi|cuong che|dong bang)(?: \S+){0,3}? (?:khong|chua)(?= )/g;

/**
 * A web address in a pasted message ("vcb-xacthuc.com", "https://…"), not an official `.gov.vn` one nor an e-mail:
 * folding drops its dots, so it is read as the word `weblink` (a link sent, for the `link` demand). Short links
 * ("bit.ly/…", "goo.gl/…", "t.me/…") count too (session 37, fixs).
 */
const WEB_ADDRESS =
  /(?<![@\w.-])(?:https?:\/\/\S+|www\.\S+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|top|vip|xyz|app|site|online|shop|store|click|link|io|biz|club|live|icu|pro|asia|cc|vn|ly|gl|me)(?:\/\S*)?)(?![\w-])/giu;
const OFFICIAL_ADDRESS =
  /(?:^|[./])(?:gov\.vn|csgt\.vn|tinnhiemmang\.vn|khonggianmang\.vn|chongluadao\.vn|evn\.com\.vn|evnhanoi\.vn|evnhcmc\.vn|evnspc\.vn|evncpc\.vn|evnnpc\.vn|vietcombank\.com\.vn|agribank\.com\.vn|bidv\.com\.vn|vietinbank\.vn|zalo\.me)(?:\/\S*)?$/i;
/**
 * "Bị chặn" closing the story ("chuyển cọc xong bị chặn"): the other side cut the learner off. Not when something
 * follows that names what the bank or the network blocked ("bị chặn giao dịch", "bị chặn cuộc gọi đi"), nor after
 * the learner's own card, account or SIM ("thẻ bị chặn"). Session 36.
 */
const BLOCKED_LAST = '(?<! (?:the|tai khoan|sim|so du|giao dich|app|ung dung|may|dien thoai|atm) )bi chan(?= $)';
/**
 * A relative said to have been scammed ("mẹ tôi bị lừa chuyển tiền rồi", "ông ngoại tui bị lừa nạp tiền"): told for
 * them afterwards, the money is lost. The learner's own "bị lừa" is not read so: the entry on money lost answers that
 * (a held-out look-alike was alarmed when it was). Session 36.
 */
const KIN_SCAMMED =
  '(?:me|bo|ba|cha|ong|ong noi|ong ngoai|ba noi|ba ngoai|vo|chong|con|con trai|con gai|chau|anh|chi|em|co|di|chu|bac|cau|thim|mo|ban) (?:toi|minh|em|nha toi|nha minh|cua toi|cua minh|ay) bi lua';
/** A phone number to call or add on Zalo in a pasted message ("liên hệ ngay 0869 123 456"): read as `sodienthoai`. */
const PHONE_NUMBER = /(?<![\d.,])(?:\+84|0)\d{2,3}(?:[ .-]?\d){6,7}(?![\d.,])/g;
/** A message with a link or a number in it was received and pasted, not a question about how things are done. */
const PASTED = / (?:weblink|sodienthoai) /;
/** A pasted message's links and phone numbers as words the signals name. */
const marked = (message: string) =>
  message
    .replace(WEB_ADDRESS, (m) => (OFFICIAL_ADDRESS.test(m) ? m : ' weblink '))
    .replace(PHONE_NUMBER, ' sodienthoai ');

const alternatives = (list: readonly string[]) => `(?:${list.map(phraseSource).join('|')})`;

/** Words allowed between the verb and the secret, and between the secret and who receives it. */
const HAND_GAP = 3;
const RECEIVER_GAP = 6;

/** The hand-over shape as a regular expression source: verb, secret, receiver, not after a sender. */
function handOverSource(h: NonNullable<ScamSignals['handOver']>): string {
  const notSent = h.sentBy.length > 0 ? `(?<!(?:^| )${alternatives(h.sentBy)} )` : '';
  return `${notSent}${alternatives(h.verbs)}(?: \\S+){0,${HAND_GAP}} ${alternatives(h.secrets)}(?: \\S+){0,${RECEIVER_GAP}} ${alternatives(h.to)}`;
}

type Shape = ScamSignals['shapes'][number];

/** A shape's parts in order, at most `gap` words between two of them. */
function shapeSource(shape: Shape): string {
  return shape.parts.map(alternatives).join(`(?: \\S+){0,${shape.gap}} `);
}

export function createScamNet(signals: ScamSignals, lang: Language): ScamNet {
  // Every list is looked up word by word in the same few texts of a message: they are cut into words once.
  const words = createWordsReader();
  /** Any phrase of the list (or raw source) as whole words, in text padded with spaces. */
  const anyOf = (list: readonly string[], raw: readonly string[] = []) => createPhraseSet(list, raw, words);
  const actors = Object.entries(signals.actors).map(([name, a]) => ({
    name,
    ...a,
    re: anyOf(a.words),
    subject: a.about.length > 0 ? anyOf(a.about) : undefined,
  }));
  const handOver = signals.handOver;
  const allShapes = signals.shapes.map((shape) => ({
    demand: shape.demand,
    kind: shape.kind,
    re: anyOf([], [shapeSource(shape)]),
    unless: shape.unless.length > 0 ? anyOf(shape.unless) : undefined,
  }));
  const shapeIn = (shape: (typeof allShapes)[number], text: string) =>
    shape.re.test(text) && shape.unless?.test(text) !== true;
  const shapes = allShapes.filter((s) => s.demand !== undefined);
  const acts = allShapes.filter((s) => s.kind !== undefined);
  const demands = Object.entries(signals.demands).map(([name, d]) => {
    const raw = handOver?.demand === name ? [handOverSource(handOver)] : [];
    return { name, ...d, re: anyOf(d.words, raw) };
  });
  /** The demands the text names: by their words, or by a shape counted as one. */
  const demandsIn = (text: string) =>
    demands.filter((d) => d.re.test(text) || shapes.some((s) => s.demand === d.name && shapeIn(s, text)));
  const pressure = Object.entries(signals.pressure).map(([name, p]) => ({ name, line: p.line, re: anyOf(p.words) }));
  const contact = anyOf(signals.contact);
  const asking = signals.asking.length > 0 ? anyOf(signals.asking) : undefined;
  const transferFirst = signals.demands.transfer ? anyOf(signals.demands.transfer.words) : undefined;
  const ownStall = signals.ownStall.length > 0 ? anyOf(signals.ownStall) : undefined;
  const online = signals.online.length > 0 ? anyOf(signals.online) : undefined;
  const remote = anyOf(signals.remote);
  const toSomeone = anyOf(signals.toSomeone);
  const ordinary = anyOf(signals.ordinary);
  const incoming = signals.incoming.length > 0 ? anyOf(signals.incoming) : undefined;
  const general = signals.general.length > 0 ? anyOf(signals.general) : undefined;
  const realAsked = signals.realAsked.length > 0 ? anyOf(signals.realAsked) : undefined;
  const hangUps = signals.hungUp.length > 0 ? anyOf(signals.hungUp) : undefined;
  const paidOut = signals.paid ? anyOf(signals.paid.words) : undefined;
  const lossSign = signals.paid ? anyOf(signals.paid.loss, [BLOCKED_LAST, KIN_SCAMMED]) : undefined;
  const stuckSign = signals.paid && signals.paid.stuck.length > 0 ? anyOf(signals.paid.stuck) : undefined;
  const lentOut = signals.paid && signals.paid.lent.length > 0 ? anyOf(signals.paid.lent) : undefined;
  const ownChannel = signals.ownChannels.length > 0 ? anyOf(signals.ownChannels) : undefined;
  const ownAct = signals.ownActs.length > 0 ? anyOf(signals.ownActs) : undefined;
  /** The text with what `re` matches blanked, offsets kept. */
  const blanked = (re: RegExp | PhraseSet | undefined) => (text: string) =>
    re === undefined ? text : re instanceof RegExp ? text.replace(re, (m) => ' '.repeat(m.length)) : re.blank(text);
  /**
   * The text with what the learner has or does blanked, for demands and pressure ("có cài ứng dụng VNeID"),
   * a payment said NOT to be due ("thẻ bảo hiểm y tế không phải đóng tiền"): no one asks for that money,
   * a threat the learner asks about ("có bị cắt điện không") and a benefit applied for ("xin trợ cấp").
   */
  const notAsked = [ownAct, UNPAID, ASKED_THREAT, OWN_CLAIM, NOT_SCAMMED, TO_CHATBOT].map(blanked);
  /** The text without the learner's own hanging up: "tui … rồi tắt máy luôn" is no call "rồi tắt" of a deepfake. */
  const withoutHangUp = blanked(hangUps);
  const forSigns = (text: string) => notAsked.reduce((t, blank) => blank(t), text);
  /** The text with the learner's own channels blanked, for actors only ("ứng dụng ngân hàng báo"). */
  const forActors = blanked(ownChannel);

  /** Offsets where the first word of any phrase matched. */
  const starts = (phrases: PhraseSet, text: string) => phrases.find(text).map((m) => m.start);

  // The same message is checked for an alarm and then for a caution: remember the last few.
  const recent = new Map<string, ScamVerdict | undefined>();
  return {
    check(message) {
      if (recent.has(message)) return recent.get(message);
      const verdict = judge(message);
      if (recent.size > 64) recent.clear();
      recent.set(message, verdict);
      return verdict;
    },
    act(message) {
      const text = ` ${lang.read(marked(message))} `;
      return acts.find((s) => shapeIn(s, text))?.kind;
    },
    general(message) {
      const text = ` ${lang.read(marked(message))} `;
      return isGeneral(text, contactsIn(text));
    },
    storyOf(message, actor) {
      let text = ` ${lang.read(marked(message))} `;
      for (const a of actors) {
        if (a.name === actor || a.generic) continue;
        text = a.re.blank(text);
      }
      return text.trim().replace(/ +/g, ' ');
    },
    signals(message) {
      const text = ` ${lang.read(marked(message))} `;
      const actorText = forActors(text);
      const named = actors.filter((a) => a.re.test(actorText)).map((a) => `actor:${a.name}`);
      return new Set([
        ...named,
        ...demandsIn(text).map((d) => `demand:${d.name}`),
        ...pressure.filter((p) => p.re.test(text)).map((p) => `pressure:${p.name}`),
      ]);
    },
  };

  /** Contacts that happened: not "có gọi … không", not a paper reminder. */
  function contactsIn(text: string): number[] {
    return starts(
      contact,
      text.replace(SELF_ASKING, (m) => ' '.repeat(m.length)),
    ).filter(
      (c) =>
        !UNSAID.test(text.slice(Math.max(0, c - 32), c)) &&
        !OWN_CONTACT.test(text.slice(Math.max(0, c - 8), c)) &&
        !(text.startsWith('nhan ', c) && RECEIVED.test(text.slice(Math.max(0, c - 6), c))) &&
        !PAPER.test(text.slice(c)) &&
        !STAFF.test(text.slice(c)) &&
        !ARREST.test(text.slice(c)) &&
        !HOW_MUCH_WHEN.test(text.slice(c)) &&
        !OWN_CHANGE.test(text.slice(c)) &&
        !ONLY_THEN.test(text.slice(c)) &&
        !STORM.test(text.slice(c)),
    );
  }

  /** Someone tells the learner to pay: an asking word right before a transfer ("biểu chuyển cọc"). */
  function askedOut(text: string): boolean {
    if (!asking || !transferFirst) return false;
    const said = text.replace(SELF_ASKING, (m) => ' '.repeat(m.length));
    return asking.find(said).some((m) => {
      const end = m.end;
      if (UNSAID.test(text.slice(Math.max(0, m.start - 32), m.start))) return false;
      // The first transfer that starts after the asking word: a longer one begun before it ("vận chuyển bắt đóng 6
      // triệu" read as "chuyển … triệu") must not hide it.
      const pay = transferFirst.first(text.slice(end));
      return pay > 0 && pay <= ASK_GAP;
    });
  }

  function isGeneral(text: string, contacts: readonly number[]): boolean {
    return (
      general !== undefined &&
      contacts.length === 0 &&
      general.test(text) &&
      !PASTED.test(text) &&
      !UNDER_WAY.test(text)
    );
  }

  function judge(message: string): ScamVerdict | undefined {
    const read = ` ${lang.read(marked(message))} `;
    const text = forSigns(read);
    const actorText = forActors(text);
    const contacts = contactsIn(text);
    const demandAt = demands.flatMap((d) => starts(d.re, text));
    const isRemote = remote.test(text);
    const seen = pressure.filter((p) => p.re.test(text));
    const pushed = seen.map((p) => p.name);
    // An actor counts when it reached out: named shortly before a contact word ("ngân hàng gọi").
    // Someone who came in person ("tới tận nhà") is no voice from afar, whatever app the story names. Session 36.
    const inPerson = actors.some((a) => a.inPerson && a.re.test(actorText));
    const present = actors.filter((a) => !a.remoteOnly || (isRemote && !inPerson));
    // The contact word comes after the actor's words ("đồng bào" in "ủng hộ đồng bào" is no "báo"). When
    // a demand is named, it comes after the contact: "khách chuyển khoản…, có người nói…" is news, not a demand.
    const reachedOut = present.filter((a) =>
      a.re.find(actorText).some((m) =>
        contacts.some(
          (c) =>
            c >= m.end &&
            // "Em gái tôi vay qua app, họ yêu cầu…": the relative is the one the story happens to.
            !(a.remoteOnly && THEY.test(text.slice(Math.max(0, c - 16), c))) &&
            !(a.remoteOnly && OWNER.test(text.slice(Math.max(0, m.start - 20), m.start))) &&
            c - m.start < CONTACT_GAP * 8 &&
            (demandAt.length === 0 || demandAt.some((d) => d > c) || ACT.test(text.slice(c, c + 24))),
        ),
      ),
    );
    const mentioned = present.filter((a) => a.re.test(actorText));
    const reached = reachedOut.find((a) => !a.generic) ?? reachedOut[0];
    // A pasted message with a link or a number came from whoever it names: that sender reached out. An office's
    // notice may give its phone number (the ward's call to register), never a link.
    const pastedFrom = PASTED.test(text) ? mentioned.find((a) => !a.generic && !a.remoteOnly) : undefined;
    const sender =
      reached ?? (pastedFrom && (/ weblink /.test(text) || !pastedFrom.authority) ? pastedFrom : undefined);
    // Whose line fits: someone specific who reached out or is named, before "có người", "số lạ". A
    // relative only named ("con gái tôi thấy trên Facebook tin tuyển người…") is the one the story
    // happens to; anyone else named is the one who asks.
    const namedOnly = mentioned.filter((a) => !a.generic);
    const named =
      reachedOut.find((a) => !a.generic) ??
      namedOnly.find((a) => !a.remoteOnly) ??
      // "Em họ tui đưa mật khẩu cho người xưng bên Meta": whoever reached out or is named as anyone speaks, not the
      // relative the story happened to. Session 35.
      reached ??
      mentioned.find((a) => a.generic) ??
      namedOnly[0] ??
      mentioned[0];
    // What the story is about ("lương hưu", "hoàn tiền") names the fitting line when nobody specific does.
    const about = actors.find((a) => a !== named && a.subject?.test(text));
    const subject = named && !named.generic ? undefined : about;
    const found = demandsIn(text);
    const strong = pushed.filter((p) => !WEAK_PRESSURE.has(p));
    // A hospital or an accident the learner tells of (paying the hospital fee) presses no one: only when
    // someone reached out, or from afar, is it the scammer's "cấp cứu".
    const pressing = strong.filter((p) => p !== 'emergency' || reached !== undefined || isRemote);
    const asked = askedOut(text);
    // Already paid, read or installed: the line of what to do now goes first.
    const paid = paidOut?.test(text) === true;
    // The learner's own stall: customers pay in; a worry about stickers or "another account" is no demand.
    const stall =
      ownStall?.test(text) === true && !reached && !asked && pressing.every((p) => p === 'oddity' || p === 'lure');
    const own =
      // A pasted message with a strange web address in its sender's name is never the learner's own bill paid. Session 31.
      (ordinary.test(text) && !reached && !(pastedFrom && / weblink /.test(text)) && pressing.length === 0) ||
      (incoming?.test(text) === true && pushed.length === 0) ||
      stall;
    const afterwards = paid && signals.paid ? signals.paid.line : undefined;
    // With nobody named, one offer alone ("app dọn rác tăng tốc") is an advert asked about, not a scam told.
    const pressed =
      reached !== undefined || named !== undefined || pushed.some((p) => !UNPRESSING.has(p)) || found.length >= 2;
    // The demand that decided, then one more the message named ("bấm link" and "nộp phí"): both lines fit.
    const alarm = (demand?: (typeof demands)[number]): ScamVerdict => {
      const also = found.find((d) => d !== demand && !demand?.covers.includes(d.name));
      return {
        level: 'alarm',
        ...(demand ? { demand: demand.name } : {}),
        ...(named ? { actor: named.name, specific: !named.generic, reached: reachedOut.includes(named) } : {}),
        // Two demands may share a line (a secret and a code asked for, written once in the YAML): said once.
        lines: [
          ...new Set(
            [
              afterwards,
              // Told afterwards: the demand's own step too ("Lỡ gửi mật khẩu rồi: đổi mật khẩu ngay"). Session 35.
              afterwards ? demand?.after : undefined,
              named?.line,
              subject?.line,
              ...seen.map((p) => p.line),
              demand?.line,
              demand ? also?.line : undefined,
            ].filter((l): l is string => l !== undefined),
          ),
        ],
        after: { demand: demand?.after, general: signals.paid?.line },
      };
    };

    // A question about how things are done, with nobody who reached out: the answer, with one line first —
    // what that office never does ("Tòa án … KHÔNG gọi điện đòi tiền"), or what never to do for anyone.
    if (isGeneral(text, contacts)) {
      const [first] = found;
      if (!first) return undefined;
      const voice = named && !named.generic ? named : undefined;
      return {
        level: 'caution',
        demand: first.name,
        ...(voice ? { actor: voice.name } : {}),
        lines: [voice?.line ?? first.line],
      };
    }
    // Only asked whether someone who claimed an office is real ("ai gọi xưng công an, không biết thật hay giả"):
    // nothing demanded, no threat or secret, so the entry on that office's fakes answers, its line first.
    const claimOnly = strong.every((p) => p === 'impersonation');
    if (found.length === 0 && named && !named.generic && claimOnly && realAsked?.test(text) === true)
      return { level: 'caution', actor: named.name, lines: [named.line], realAsked: true };
    // The learner already hung up on someone who claimed an office, nothing paid, read or installed ("nghi nên cúp máy
    // rồi, giờ làm gì"): the entry on what to do next answers, the office's line first (session 21).
    // Nothing demanded after the hang-up: "tui hỏi lại thì nó cúp máy, giờ nó nhắn đòi chuyển tiền" is still going on.
    const hangUpAt = hangUps ? Math.max(-1, ...starts(hangUps, read)) : -1;
    if (named && !named.generic && !paid && hangUpAt >= 0 && demandAt.every((d) => d < hangUpAt)) {
      const ended = withoutHangUp(text);
      const left = pressure.filter((p) => p.re.test(ended) && !WEAK_PRESSURE.has(p.name));
      if (left.every((p) => p.name === 'impersonation'))
        return { level: 'caution', actor: named.name, lines: [named.line], hungUp: true };
    }
    const always = found.find((d) => d.always);
    if (always) return alarm(always);
    const demand = found[0];
    if (demand && !own && pushed.length + (sender ? 1 : 0) > 0 && pressed) return alarm(demand);
    if (reached?.authority && strong.some((p) => p !== 'lure')) return alarm();
    // Police, courts, banks, tax and insurance never send a link: one pasted in their name is a scam.
    if (sender?.authority && demand?.name === 'link' && / weblink /.test(text)) return alarm(demand);
    if (mentioned.some((a) => a.name === 'investment') && pushed.includes('lure')) return alarm(demand);
    if (demand && !own && mentioned.some((a) => a.suspect)) return alarm(demand);
    if (pushed.includes('impersonation') && named) return alarm(demand);
    // Money out to someone who tells the learner to pay from afar ("chủ nhà trên mạng biểu chuyển cọc"), not a bill.
    const paying = found.find((d) => d.name === 'transfer');
    const afar = isRemote || online?.test(text) === true || mentioned.some((a) => a.generic) || pushed.length > 0;
    if (paying && !own && asked && afar) return alarm(paying);
    // Told afterwards: the money went and the other side vanished ("chặn luôn"), or someone named keeps it
    // or wants more ("sàn đầu tư … không rút được"); a wallet that will not pay out is no one's doing.
    const specific = mentioned.some((a) => !a.generic);
    const gone = lossSign?.test(text) === true && (demand !== undefined || specific);
    // Kept by someone who took it (a platform, a "job", a shop); a bank or an office named is only where it goes.
    const kept = stuckSign?.test(text) === true && mentioned.some((a) => !a.generic && !a.authority);
    const lent = lentOut?.test(text) === true;
    if (paid && !own && !lent && (gone || kept)) return alarm(demand);
    if (demand?.caution && !own && toSomeone.test(text))
      return { level: 'caution', demand: demand.name, lines: [demand.caution] };
    return undefined;
  }
}
