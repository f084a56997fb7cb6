import { SCAMMERS } from './account-owners.ts';
import type { SafetyClass } from './safety-class.ts';

/** A treatment a doctor prescribed, dropped for an advertised cure ("bỏ insulin để uống thuốc nam"). Session 34 (fixe). */
export const PRESCRIBED = String.raw`(insulin|thuoc tay|thuoc bac si|thuoc benh vien|thuoc huyet ap|thuoc tieu duong|thuoc tim|chich|tiem|dieu tri|loc mau|chay than|hoa tri|xa tri)`;
/** Someone other than the learner (the one asking, calling, texting). */
const THEY = String.raw`(nguoi|ai do|aido|ai|ho|no|ben|nhan vien|cong an|ngan hang|tong dai|shipper|ke|so la|nha mang|thang|con kia|ong ta|ba ta|anh ta|chi ta|ong ay|ba ay|anh ay|chi ay)`;
const OTHER_PERSON = String.raw`(nguoi khac|nguoi la|hang xom|ai do|nguoi ta|mot nguoi|nguoi nay|nguoi do|vo toi|chong toi|vo minh|chong minh|cua vo|cua chong|nguoi yeu|con dau|con re|ban trai|ban gai|dong nghiep|khach hang|ong ay|ba ay|anh ay|chi ay|co ay|ong ban|ba ban|nguoi ban|ban toi|ban minh|nguoi chet|nguoi da mat|nguoi than|ba sui|ong sui|sui gia|me chong|me vo|bo chong|bo vo|cha chong|em dau|chi dau|anh re|em re|em chong|chi chong|anh chong|em vo|chi vo|vo cu|chong cu|nguoi yeu cu|ban cu)`;
const HOW_OR_WANT = String.raw`(cach|lam sao|lam the nao|the nao|nhu the nao|o dau|cho toi|chi toi|giup toi|giup|huong dan|muon|can|co the|duoc khong|de)`;

/**
 * About to act, said of oneself or of someone close ("tôi sắp…", "mẹ tôi định…", "tui tính…"): with a
 * risky act, as telling as a question about it.
 */
const INTENT = String.raw`(sap|dinh|tinh|chuan bi|quyet dinh|dang tinh|dang dinh|tinh la|dinh la)`;

const MONEY = String.raw`(tien|\d+ ?(trieu|tr|nghin|ngan|k|cu|ty)\b|gap)`;
// The buyer ("người mua gửi biên lai") is who sent it, not a receipt bought (session 35, fixg).
const CREATE = String.raw`(tao|viet|soan|edit|sua|che|fake|(?<!\b(?:nguoi|ben|khach) )mua(?! (?:cai )?(?:loa|may))|lam gia|lam ra|lam cai|lam mot|lam gium|lam giup|lam dum|lam ho)`;

const re = (source: string) => new RegExp(source);
/** Every one of the word groups somewhere in the text, in any order: `^(?=.*\b(a|b)\b)(?=.*\b(c|d)\b)`. */
const allOf = (...groups: string[]) => new RegExp(`^${groups.map((g) => String.raw`(?=.*\b${g}\b)`).join('')}`);
/**
 * What makes someone not yet home a worry, not an everyday delay: unreachable, searched for, confused or lost, gone
 * since long ago, late at night. The missing-person rule and the example net's gate (safety.ts) both read it.
 */
export const MISSING_SIGNS = String.raw`(goi (\w+ ){0,2}(khong|ko|hong|chang) (duoc|nghe|bat|ai nghe)|khong (nghe|bat) may|tat may|thue bao|(khong|hong|chang) lien lac (duoc|dc)|mat lien lac|bat tin|khong ai (bat|nghe|tra loi)|(\d+|hai|ba|bon|nam|may|nhieu) (ngay|hom|dem) (roi|nay|nay roi)|tim (khap|hoai|ca|kiem|khong)|kiem (khap|hoai|ca|khong)|mat tich|bi lac|di lac|lac duong|quen duong|bo nha|(bi|hay|da|hoi) lan|lu lan|lan roi|hay quen|lang tri|lo qua|so qua|hoang|tu (sang|chieu|trua|hom qua|toi qua|qua)(?= )|sang nay|may tieng|tan hoc (\w+ ){0,2}tu|tan truong (\w+ ){0,2}tu|ca ngay|qua dem|ca dem|khuya|dem roi|gio (da )?toi roi|toi roi|toi mit|troi (da |gio |sap )?toi)`;

/** Someone in the family whose face is not the learner's own. */
const KIN = String.raw`(ba|me|ong|bo|cha|con|chau|vo|chong|anh|chi|em|ba noi|ba ngoai|ong noi|ong ngoai)`;
/** Harm done to someone ("đánh", not "đánh cắp", "đánh chữ"). */
const NOT_HARM = String.raw`(cap|lua|trao|dau|thue|so|chu|may|gia|van|rang|sach|thuc|tieng|dan\b(?! (mat|ba|ong|con)))`;
const HARM = String.raw`((?<!\b(dinh|ca|trong|vao|het|mo|xem|luu|mao|gia|an|nac|chinh) )danh(?! ${NOT_HARM})|bao hanh|xam hai|lam dung|hiep dam|sam so)`;
/** A child: the one a report to 111 protects (a grandchild, a pupil, anyone said to be under 16). */
const CHILD = String.raw`(hoc tro|lop [1-9]|con rieng|con ghe|be|tre|tre em|tre con|chau be|con be|thang be|thang cu|cu con|con nit|con nit nit|thang nho|con nhoc|dua be|dua tre|hoc sinh|con nho|dua nho|em be|chau (gai|trai|noi|ngoai)|(be|chau|con|em|dua|thang|gai|trai)( \w+){0,2} ([1-9]|1[0-5]) tuoi)`;
/** Harm only a child suffers this way: neglect, child labour, sexual exploitation, grooming (a meeting at a motel). */
const CHILD_HARM = String.raw`(bo doi|khong cho (an|di hoc|ngu)|bat (\w+ ){0,2}lam (tu sang|ca ngay|suot)|(anh|clip|video|hinh) (khoa than|nong|nhay cam|khong mac do)|khoa than|so (set|hai|sech) (\w+ ){0,3}khong dam (ke|noi)|goi rieng|dan rieng|gap rieng|dan dung noi|dung noi (voi |cho )?(ba me|cha me|bo me|ai)|ro mo|so mo|dung cham (vao )?(nguoi|vung kin|nguc|cho nhay cam)|cuong hiep|dam o|nhot|xich|(bi |bat |dem |lay day )troi|troi (lai|chat|vao|vo|tay|chan|no|con|chau|be|ngoai|o|mot)|(lay|cam|dung) (roi|that lung|day nit|moc ao) (\w+ ){0,2}(quat|vut|danh)|(quat|vut) (\w+ ){0,2}(roi|that lung|day nit)|(dan|keo|goi|dua) (\w+ ){0,2}(vao|vo) phong rieng|(dan|bat|biu|bao) (\w+ )?(khong duoc|dung|cam) (\w+ ){0,2}noi (voi |cho )?(ai|ba me|cha me|bo me|me|ba)|bat (\w+ ){0,2}(quy|dung|phoi) (\w+ ){0,3}(ngoai nang|giua nang|ca buoi|ca ngay|ca tieng|hang gio|may tieng)|hen (\w+ ){0,4}(nha nghi|khach san|phong tro|nha rieng)|(dua|dan|ru|keo|don|ruoc) (\w+ ){0,3}(vao|vo|ve|den|toi|len) (nha nghi|khach san|phong tro))`;
/**
 * A child who sees an adult beaten ("con bé nhà tui đứng khóc", "mấy đứa nhỏ chứng kiến hết"), with the adult named as
 * the one hit: violence at home (113), not a child hurt (111).
 */
export const CHILD_WITNESS = new RegExp(
  String.raw`^(?=.*\b${CHILD}\b (\w+ ){0,4}(dung (\w+ )?(khoc|nhin|coi|do)|chung kien|nup|tron|thay het|so qua|khoc (thet|ret)?)\b)(?=.*(\b(danh|dap|xo|tat|bop co|(?<!\b(khong|chang|hong|ko|chua) )dam|da) (\w+ ){0,2}(toi|vo|me|con dau|chi|em)\b|\b(toi|vo|me|con dau|vo con toi) (\w+ ){0,2}bi (\w+ ){0,2}(danh|dap|xo|tat)\b|\bxo toi\b))`,
);
/** Despair about oneself: with a word of ending ("đi luôn", "hậu sự"), a wish to die. */
const DESPAIR = String.raw`(khong chiu (noi|duoc) nua|het chiu noi|duong cung|thua thai|ganh nang|nhe ganh|vo dung|tuyet vong|chan doi|chan song|khong con mat mui|mat mui nao|xau ho|nhuc nha|khong ai can|(chang|khong|hong|cha) con ai can|lam phien ai nua|lam phien (con chau|con cai|cac con|moi nguoi)|ton (tien|kem|com) (cua |cho )?(con|con chau|con cai|cac con|tui no|chung no)|khong con gi|(con cai|con chau) (\w+ )?bo (het|mac|roi)|song them cung vay|song thua)`;
const ENDING = String.raw`(khong con (o|song o) (day|doi|the gian|tren doi|voi (\w+ ){0,2})|(neu|khi|mai mot|lo) (\w+ ){0,2}(khong con (nua|tren doi|thi)|chet|mat di|qua doi)|(la )?thu de lai|de lai (la )?thu|di luon|ra di|chet (di|cho|quach|luon)|bien mat|ket thuc|hau su|cho het do dac|song nua|tu biet|tu lo lieu|(di|bien) (\w+ )?cho khuat mat|(di|chet|nham mat|ra di) (cho|de) (\w+ ){0,3}(nhe nhom|nhe no|nhe ganh|do kho|do ton|yen than|thanh than)|tam biet (moi nguoi|ca nha|tat ca|gia dinh|cac con|the gioi))`;
/**
 * Signs of a farewell said without despair ("đã viết thư để lại cho các con, chia hết đồ đạc, cảm ơn cháu"):
 * a letter left, belongings given away, thanks for all, goodbyes, affairs put in order. Two of them, a farewell.
 */
const FAREWELL = [
  String.raw`(viet|de lai|gui lai) (\w+ ){0,2}(thu|giay|loi nhan|loi tran troi)\b(?! (xin|moi|hoi|cam on|khen|chuc|tam biet|chia tay|gioi thieu|phan anh|kien nghi|gui (uy ban|ubnd|phuong|xa|co quan|cong ty)))|thu (de lai|tran troi)|thu (\w+ )?(viet|de) (san|xong|roi|trong|o|de)\b(?! (xin|moi|hoi))`,
  String.raw`(chia|cho|phat|tang|giao lai) (het|xong|lai het|sach) (\w+ ){0,2}(do dac|do|tai san|tien|dat|nha|quan ao|vang|ruong|vuon|dat dai|so tiet kiem)|(do dac|tai san|so tiet kiem|ruong|dat dai) (\w+ ){0,3}(chia|cho|giao) (het|xong|lai het)|(gui lai|giao lai|trao lai|de lai) (\w+ ){0,2}(so tiet kiem|so do|so hong|tai san|vang|giay to nha|chia khoa|nha|dat|mieng dat|can nha) cho`,
  String.raw`cam on (\w+ ){0,3}(thoi gian qua|bay lau|tat ca|moi thu|suot thoi gian|lan cuoi)`,
  // "Chắc đây là lần cuối tui nhắn": the last word said, not the last time something happened.
  String.raw`(chac|co le|day|nay|hom nay|toi nay) (\w+ ){0,2}la lan cuoi\b(?! (\w+ )?(toi|tui|minh|em|con) (bi|mua|di|lam|nop|dong|gia han|cap nhat))|lan cuoi (\w+ ){0,2}(nhan tin|nhan|noi chuyen|goi|chao|gap)( (voi )?(chau|con|moi nguoi|ca nha))?(?= *$| (nha|nhe|roi|day|a)\b)`,
  String.raw`tam biet (moi nguoi|ca nha|tat ca|cac con|gia dinh|the gioi|mai mai|vinh vien)|vinh biet|xin loi (\w+ ){0,3}(vi da la|vi da lam|moi nguoi|ca nha|bo me|ba me|cha me|ba ma|tia ma|gia dinh)`,
  // "Kiếp sau con làm con ngoan": a life after this one, promised.
  String.raw`kiep sau|kiep khac`,
  // The one who wrote it cannot be reached since ("rồi tắt máy, gọi không được").
  String.raw`(roi|xong|sau do) (\w+ ){0,2}(tat may|tat dien thoai|khoa may)|(goi|lien lac) (\w+ ){0,2}(khong|ko|hong|chang) (duoc|nghe|bat may|ai nghe)`,
  String.raw`(dan do|sap xep|lo) (xong |het ){0,2}(moi viec|hau su|chuyen nha|giay to|viec nha)|(moi viec|hau su|giay to|giay to nha|viec nha) (\w+ ){0,3}(sap xep|lo|thu xep|dan do) (xong|het|dau vao do)|dan do (\w+ ){0,3}(het|xong) roi|(dong|tra) (het|xong) (no|tien no)|(no|no nan) (\w+ )?(tra|dong) (het|xong)|khong con (gi )?(vuong ban|luu luyen|ban tam)|het (vuong ban|ban tam)`,
  // Pills gathered and kept ready ("đã gom đủ thuốc ngủ trong ngăn kéo").
  String.raw`(gom|tich|de danh|cat|giau|tru) (du |san |duoc |het )?(\w+ ){0,2}(thuoc ngu|thuoc an than|thuoc chuot|thuoc tru sau|thuoc diet co)`,
  String.raw`(nghi|ngu|di) (cho )?yen (luon|nghi|gia)?\b|(nghi|ngu) cho yen\b|yen nghi|khong (o lai|con o lai|o voi (\w+ ){0,2}) nua\b|(tu mai|mai mot|sau nay|tu nay) (\w+ ){0,3}khong (con )?(gap|thay|noi chuyen voi) (\w+ ){0,2}nua\b`,
];
/** Asking how to write or do it ("cách viết thư tạm biệt…"): a task, not a farewell. */
const HOW_TO_WRITE = String.raw`(?!.*\b(cach|the nao|lam sao|nhu the nao|ra sao|mau|giup (toi|tui|bac|minh|em) (viet|soan)|nho (ai|chatgpt|gemini|chau|con) (viet|soan))\b)`;
/**
 * Two farewell signs or more, in a message that asks for no task. Tested sign by sign: one regular expression of every
 * pair of signs scanned the message once per pair and was the slowest rule (`bench/answers.bench.ts`).
 */
class FarewellSigns extends RegExp {
  readonly #signs = FAREWELL.map((sign) => new RegExp(String.raw`\b(${sign})`));
  readonly #noTask = new RegExp(`^${HOW_TO_WRITE}`);
  constructor() {
    super(String.raw`^${HOW_TO_WRITE}(?=.*\b(${FAREWELL.join('|')}))`);
  }
  override test(text: string): boolean {
    if (!this.#noTask.test(text)) return false;
    let seen = 0;
    for (const sign of this.#signs) if (sign.test(text) && ++seen >= 2) return true;
    return false;
  }
}
const FAREWELL_TWO = new FarewellSigns();
/** A medicine named (not "thuộc", which folds the same): with a decision about taking it, advice. */
const MEDICINE_CUE = String.raw`(chich ngua|tiem ngua|vac xin|vacxin|(uong|mua|dung|ke|cho|xin|loai|vien|lo|chai|hop|goi|toa|don) (\w+ )?thuoc|thuoc (\w+ )?(dau|ha|giam|khang|bo|ho|tri|chua|nam|bac|tay|ngu|an than|tim|huyet|tieu|da day|bao tu|mo mau|xuong|khop|gan|than|phoi|nho|boi|tiem)|siro|insulin|khang sinh|khang viem|thuc pham chuc nang|lieu|thuoc het han|ruou thuoc|ruou ngam|ngam ran|ruou ran|ruou ho cot)`;
const DECISION = String.raw`(duoc khong|duoc nua khong|con (uong|dung) duoc|co sao khong|co nen|nen khong|co duoc|bao nhieu|lam theo|sang hay toi|truoc hay sau|uong bu|tang|giam|ngung|thay)`;
/** Digital help about health (reminders, bookings, records): answered, never refused as medical. */
const HEALTH_APP = String.raw`(ung dung|app|nhac|bao thuc|dat lich|tra cuu|vneid|vssid|so suc khoe|cai dat)`;
/** What the learner should never type to anyone: a PIN, an OTP, a password, a CCCD or card number. */
/** Session 37 (fixs): a bank's "mã xác thực", "mã xác nhận" pasted is the OTP by another name. */
const SECRET = String.raw`(ma pin|pin|mat khau|mat ma|pass|ma otp|otp|ma xac thuc|ma xac nhan|so can cuoc|can cuoc|so cccd|cccd|so the|so the atm)`;
/**
 * Someone asking for the code right now (a scam in progress, for the scam rules), or a how-to
 * ("nhờ giúp cách đổi mật khẩu" folds like "nhớ giúp mật khẩu").
 */
/** A code's digits typed in spaced groups ("582 194", "4 8 2 7"): the way a code is read off a text. Session 37 (fixp). */
const SPACED_CODE = String.raw`(\d( \d){3,7}|\d{2,3}( \d{2,3}){1,3})`;
/** Someone else asking for the secret ("họ nói", "nhân viên yêu cầu"): the scam's, not the learner's own paste. */
const SOMEONE_ASKS = String.raw`(ho|no|nguoi ta|nhan vien|ben do|ben kia|so la) (noi|bao|keu|bieu|xin|doi|yeu cau)`;
/** Where to type a code, asked ("nhập vào ô nào", "gõ vô đâu"). Session 37 (fixp). */
const WHERE_TO_TYPE = String.raw`(nhap|go|dien|bam|dan) (\w+ ){0,3}(vao|vo|o) (o nao|dau|cho nao|o dau|muc nao|dong nao)`;
const ASKING_NOW = String.raw`((dang|vua) (\w+ ){0,2}(hoi|doi|xin|goi|bat|yeu cau)|cach|lam sao|the nao|huong dan|cac buoc|doi mat khau|dat lai|lay lai|an toan)`;
/**
 * Session 37 (fixq): a sum of money told as a number and its unit ("120 triệu", "15 củ", "hai trăm nghìn"): what was lost.
 */
const SUM = String.raw`(\d+([.,]\d+)? ?(trieu|tr|nghin|ngan|k|ty|cu|chai)|(mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|vai|may|chuc|nua) (\w+ )?(trieu|nghin|ngan|ty|cu|chai))`;
/**
 * No loss to act on now: someone else's read or heard of, one feared or threatened ("không thì bị trừ tiền"), a what-if,
 * one settled long ago and told to learn how to spot the next ("công an giải quyết xong rồi, muốn học cách nhận biết").
 */
const LOSS_NOT_OWN = String.raw`(nghe noi|nghe ke|nghe bao|tren (bao|tivi|ti vi|tv|mang|facebook|tiktok|youtube)|bao dua tin|dua tin|thong ke|ca nuoc|moi nam|vu an|nguoi dan|neu (bi|lo)|lam sao de (khong|khoi)|de phong|phong tranh|so bi|tranh bi|co khi|(khong|hong|ko) thi|neu khong|se (bi|mat)|giai quyet xong|da giai quyet|lay lai duoc|nhan biet|phan biet|hoc cach)`;
/**
 * What to do or whom to tell, asked after the loss ("bị lừa mất 20 triệu rồi, báo ai bây giờ"): the entry on money lost
 * answers that (a tuned look-alike, elder2); the bare statement gets the report steps.
 */
const WHAT_NOW_ASKED = String.raw`(bao ai|bao o dau|trinh bao o dau|lam sao|lam gi|the nao|gio sao|sao gio|o dau)`;
/**
 * A fee demanded now, on top of the loss ("văn phòng luật sư nói lấy lại 30 triệu, phải đóng 3 triệu phí hồ sơ trước"):
 * a second scam under way, which the scam warning answers, not the report steps.
 */
const FEE_DEMANDED = String.raw`(phai|bat|doi|yeu cau|keu|bieu) (\w+ ){0,2}(dong|nop|chuyen|gui) (\w+ ){0,4}(phi|coc|truoc|le phi)`;
/** Getting into the swindler's own account ("chỉ tui cách vào Facebook của bọn lừa đảo"): breaking in, refused as such. */
const INTO_THEIR_ACCOUNT = String.raw`(vao|vo|hack|xam nhap|mo khoa|doc trom) (\w+ ){0,2}(facebook|fb|zalo|tai khoan|nick|email|dien thoai) (cua )?(bon|ke|nguoi|no|ho|thang|tui)`;
/**
 * Money asked about, not lost: a fee, whether something costs ("mở tài khoản có mất tiền không", "bị trừ tiền gì"), a
 * phone's credit or a bill paid on its own. Session 37 (fixq).
 */
const ACCOUNT_CHARGE = String.raw`(phi|co mat|co bi|mat tien (khong|ko|hong|chua|gi|ha)|tru tien (khong|ko|hong|gi|ha)|tien gi|dien thoai|sim|nha mang|goi cuoc|cuoc|data|thue bao|tra gop|tu dong|dang ky|mo tai khoan|tien dien|tien nuoc|lai|khoan vay)`;
/** An account, a card or a wallet the money sat in. */
const MONEY_HOLDER = String.raw`(tai khoan|tk|the atm|the ngan hang|vi dien tu|vi momo|momo|so du|tien trong (tai khoan|the|vi))`;
/**
 * Gone from it: a sum, all of it, or out of the blue ("tài khoản bị trừ 20 triệu", "tiền trong thẻ bay sạch", "tự nhiên
 * mất tiền"). A bare "bị trừ tiền" may be a fee asked about ("sao tài khoản bị trừ tiền").
 */
const DRAINED = String.raw`((tu nhien|tu dung|bong dung|bong nhien) (bi )?(mat|tru|rut|bay)( het| sach)?( \w+)? tien|(bi |da bi )?(mat|tru|rut|bay|mat tieu) (het|sach)|(bi |da bi )?(mat|tru|rut|bay)( het| sach| mat)? ${SUM})`;
/** Any money gone, once a link was opened before it ("bấm link rồi tài khoản mất tiền"). */
const LOST_AFTER_LINK = String.raw`(${DRAINED}|(bi )?(mat|tru|rut) tien)`;
/** A one-time code's value right after its name ("mã OTP 604 817"), grouped or not; not a one-digit count ("OTP 6 số"). */
const OTP_VALUE = String.raw`\b(ma otp|otp|ma xac nhan|ma xac thuc)\b (la |cua toi |cua tui |nay |ne |day )?(\d( \d){3,7}|\d{2,3}( \d{2,3}){1,3}|\d{4,8})\b`;
/** Someone else asking for it now: the scam's, not the learner's own paste. */
const THEY_ASK = String.raw`\b(ho|no|nguoi ta|nhan vien|ben do|ben kia|so la|nguoi la|shipper|cong an|ngan hang) (\w+ )?(noi|bao|keu|bieu|xin|doi|hoi|yeu cau|bat)\b`;
/** A password's value as typed: letters and digits mixed ("Thu@1956" reads "thu 1956"), or four digits or more. */
const PASSWORD_VALUE = String.raw`([a-z]+\d+[a-z\d]*|\d+[a-z]+[a-z\d]*|\d{4,})`;
/** A bookmaker ("nhà cái"), not an install at home ("ở nhà cài giúp app", "nhà cài Zalo") typed plain. */
const BOOKMAKER = String.raw`nha cai(?! (giup|gium|dum|ho|lai|dat|app|ung dung|phan mem|zalo|vneid|may|dien thoai|camera|wifi)\b)`;
/** Betting words ("nổ hũ", "lô đề", "cá độ"). */
// "định danh để" folds like "đánh đề".
const GAMBLE = String.raw`(danh bac|choi bac|danh bai|ca do|ca cuoc|no hu|nohu|tai xiu|xoc dia|lo de|(?<!dinh )danh de|(?<!ho )so de(?! nghi)|casino|baccarat|roulette|slot|game bai|${BOOKMAKER}|doi thuong|soi keo|keo nha cai|dat keo|dat cuoc|ban ca (doi thuong|an xu|an tien|nap|rut)|doi (ra )?tien that|danh con (gi|may|nao|\d+)|xo so lau|so lau|(?<!noi )da ga(?! (rung|ta|mai|tre|con|ran|luoc|chien|nuong|ham|kho|ngon))|xem da ga)`;
/** Papers that are issued, never made to order. */
const PAPER = String.raw`(so ho (ngheo|can ngheo)|giay (chung nhan )?ho (ngheo|can ngheo)|giay (xac nhan|kham|chung nhan|phep|to|khai sinh|ket hon|ra vien|cu tru|khen|nghi om|bao tu)|bang khen|so do|so hong|bang (lai|cap|tot nghiep|dai hoc)|chung chi|hoc ba|con dau|moc do|can cuoc|cccd|ho chieu|the (bhyt|bao hiem|can cuoc)|hoa don|bien lai|so ho khau|so tam tru|giay dang ky xe|dang ky xe|so dang kiem|so (bhxh|bao hiem xa hoi)|di chuc|giay uy quyen)`;
/** Papers only an office sends (a summons, a meeting call): made by the learner, a forgery in its name. */
const OFFICE_PAPER = String.raw`(${PAPER}|giay (moi|trieu tap|bao)|thong bao|van ban|lenh (trieu tap|bat)|quyet dinh|cong van|thong bao (phat|no|trieu tap))`;
/** What an AI fake of a person is made as. */
const FAKED_MEDIA = String.raw`(video|clip|ghi am|doan ghi am|giong noi|giong|tieng noi)`;
/** A real person whose face or voice a fake borrows: an official, a doctor, a singer, a relative. */
const REAL_PERSON = String.raw`(ong|ba|anh|chi|chu|co|thay|bac|sep|chu tich|pho chu tich|giam doc|bac si|ca si|dien vien|can bo|cong an|bi thu|truong thon|truong ap|to truong|thu tuong|bo truong|lanh dao|nguoi noi tieng|me|cha|bo|con|chau)`;
/** What the fake makes them say: a claim, a call for money, an advert ("nói là nhà bác được hỗ trợ"). */
const FAKE_CLAIM = String.raw`((noi|bao) (la|rang|nen|hay)|(noi |phai )?xin loi|nhan (loi|sai)|thua nhan|(keu|khuyen|moi|noi) (\w+ ){0,2}(dau tu|mua|nap|chuyen)|loi (to|lon|cao)|noi (\w+ ){0,3}(chua|tri|khoi|tot|uy tin|duoc ho tro|trung|phat|cho vay)|xin tien|keu goi|tuyen bo|thong bao|quang cao|gioi thieu (thuoc|san pham|hang)|hua|cam ket|xac nhan|khen)`;
/** Someone hurt on purpose, once they are named: the neighbour, "thằng đó", "nó". */
const TARGET = String.raw`(thang|con mu|con do|no|han|ho|tui no|hang xom|nha ben|ben canh|ong ta|ba ta|lao)`;

/** Accounts and devices one can get into: a refusal when they are someone else's. */
const ACCOUNT = String.raw`(zalo|facebook|face|messenger|tiktok|instagram|gmail|email|mail|icloud|tai khoan|tin nhan|mat khau|mat ma|vneid|dien thoai|may tinh|laptop|camera|wifi|danh ba)`;
/** Property and money a dispute is about. */
const PROPERTY = String.raw`(hoi mon|vang cuoi|sinh le|mat bang|dat|nha|ruong|cong ruong|vuon|ao|so do|so hong|tai san|gia tai|di san|phan (cua toi|cua tui|cua minh|thua ke)|tien coc|coc|tien no|khoan no|luong|tien luong|tien ban (xe|nha|dat)|xe)`;
/** What one side does to the other in a dispute over property or money. */
const CONFLICT = String.raw`(doi chia( lai)?|khong cho (toi|tui|minh|em|me|ba|chung toi) (\w+ )?(ve o|o|vao|vo|ve|buoc vao)|doi lai (\w+ ){0,2}(hoi mon|sinh le|vang cuoi|qua cuoi|tien cuoi)|lam don (\w+ )?(kien|len (xa|phuong|huyen|toa))|khong (chiu |them )?(chia(?! se)|tra(?! (cuu|loi|bang|qua))|tra lai|giao (lai )?(so do|dat|nha|tien|xe)|tra no|tra coc|tra luong|tra tien|cho (chia|ban|o))|doi (phan|no|dat|ruong|coc|tien coc|tien luong)|chiem (dat|nha|ruong|het|luon|doat)|dung ten het|om het|giu het|an het|quyt|tron (no|biet|mat|luon)|bat (\w+ ){0,3}(don di|doi di|ra khoi)|noi (la )?(dat|nha|ruong|vuon) (nay |do )?cua (ho|no|nguoi ta|ong ta|ba ta)|lan (qua|sang|chiem|ranh)|(nguoi ban|ben ban|chu (dat|nha)|ho|no|nguoi ta|ong ta|ba ta) (\w+ )?doi lai|doi (\w+ ){0,2}sang ten|duoi (toi|tui|minh|me|ba|bac|ong|ma|chung toi|vo chong toi) (\w+ )?(ra khoi nha|ra duong|di)|(khong|hong) (\w+ ){0,2}thi (no|ho|nguoi ta|con|thang) duoi|gianh|rao ban|tu (y )?ban|tu y (sang ten|the chap|cam co|cam so|chuyen nhuong|tang cho)|tu (sang ten|the chap|cam co|cam so|chuyen nhuong|tang cho) (\w+ ){0,5}(chung|cua ca nha|cua anh em|cua chi em|cua (bo|ba|cha) me|huong hoa|cua ong ba)|(muon|giu|thue) (\w+ ){0,3}(roi|xong|di roi) (ban|cam) (luon|mat|di)|doi (huong|lay) het|huong het|gianh lai|tu (y )?(dem|lay) (\w+ ){0,2}(so do|so hong|giay to)|chan (lai|khong cho) (ban|xay|sang ten))`;
/**
 * The borrower's excuse that the debt has lapsed ("nói quá hạn rồi đòi không được nữa", "bảo hết thời hiệu"): a debt
 * denied, its "quá hạn" no caller's haste. Session 34 (fixe).
 */
export const LAPSED_EXCUSE = String.raw`(noi|bao|cai|tuyen bo|khang khang) (la )?(\w+ ){0,3}(qua han|het han|het thoi hieu|het thoi han|qua thoi hieu)`;
/** The IOU itself said to be worthless ("nói giấy đó không có giá trị", "bảo giấy tay vô hiệu"). Session 37 (fixp). */
const NOTE_DENIED = String.raw`(noi|bao|cai|khai|cho rang|khang khang) (la )?giay (\w+ ){0,2}(khong co gia tri|vo gia tri|vo hieu|khong hop le|khong co hieu luc)`;
/**
 * Money the learner lent that the borrower will not pay back ("người ta mượn 50 triệu viết giấy tay, giờ không chịu
 * trả, tui muốn kiện", "giờ nó chối"): a debt for mediation or a court, not a scam told, when no one reached out to
 * the learner. The legal reply's, in `RULES`; `safety.ts` lets it pass the scam net.
 */
export const DEBT_DENIED = new RegExp(
  String.raw`\b(cho (?!(toi|tui|minh|bac|em|chau) (hoi|biet|xin)\b)(\w+ ){0,4}(muon|vay)|(muon|vay) (\w+ ){0,4}cua (toi|tui|minh|em|bac)|(muon|vay) (toi|tui|minh|bac) (\d+|mot|hai|ba|nam|muoi|may)|(nguoi ta|no|ho|han|anh ay|chi ay|ong ay|ba ay|thang|con mu|ban) (muon|vay))\b.{0,120}\b(${NOTE_DENIED}|khong (chiu )?(tra|nhan)(?! (loi|duoc))|choi( (bay|phang|luon|khong))?|quyt|tron no|bo tron|tron mat|tron luon|tron di|lat long|chay lang|chan (so|dien thoai|zalo|lien lac)|noi (la )?(tien do |do )?(toi|tui|minh|bac) cho (luon|khong|roi|no)?|noi (la )?(khong (he )?)(muon|vay|no)|khat (lan|no|hoai|mai)|${LAPSED_EXCUSE})\b`,
);
/** Words of a sexual request. */
/**
 * "xxx" as an adult label, not digits masked in a pasted message ("biển số 51A-xxx", "KH PE0100xxxx"). Session 37 (fixs).
 */
const ADULT_XXX = String.raw`(?<!\b[a-z]*\d[a-z\d]* )xxx`;
const SEXUAL = String.raw`(sex|khieu dam|tinh duc|(chuyen|truyen|phim|anh|hinh|clip|video|trang|web) nguoi lon|khoa than|nude|${ADULT_XXX}|lot do|lot (het )?quan ao|xoa (het )?(quan )?ao|cuoi do|khong mac (do|quan ao)|phim nong|anh nong|clip nong|truyen nong|ga gam|lam tinh(?! (nguyen|toan|than|hinh|cam|trang|thuong|chat|hoa))|noi dung (18|nguoi lon|nhay cam|nong|sex)|(quay|chup) len (\w+ ){0,3}(tam|thay do|ve sinh|phong ngu|nguoi ta|co ay|chi ay))`;
/** A group of people, as hate speech names them. */
const GROUP = String.raw`(dan toc|nguoi dan toc|nguoi (goc|mien|bac|nam|trung|hoa|tau|khmer|cham|dong tinh|khuyet tat|nuoc ngoai|ngheo|que)|bon (mien|dan|nguoi|bac|nam|tau|dong tinh)|dan (mien|bac ky|nam ky|tay|que)|bac ky|nam ky|dong tinh|be de|pe de|nguoi tan tat|ton giao|dao (thien chua|phat|tin lanh|hoi))`;
/** Hostile words aimed at a group. */
const HOSTILE = String.raw`(chui|mang|che bai|noi xau|luoi (bieng|lam|nhac)|ke toi|xuc pham|lang ma|boi nho|ghe tom|ban thiu|luoi bieng|do ngu|mat day|ghet|duoi (\w+ ){0,2}(di|ra)|danh duoi|tay chay|tru khu|kich dong|ky thi|mat dan|hen ha)`;

/** Signs of illness in the body, said plainly. */
const SYMPTOM = String.raw`(phu|sung (chan|tay|mat)|chong mat|hoa mat|mo mat|lu lan|quen truoc quen sau|tieu dem|run tay|ngua|nhuc|te (tay|chan)|dau (dau|bung|lung|chan|tay|nguc|khop|rang)|ho (hoai|khan|ra mau|lau)|sot|kho ngu|mat ngu|an khong ngon|sut can)`;

/** Furnishings that catch fire in a home (a mosquito net, a curtain, a mattress, a ceiling). */
const CATCHES_FIRE = String.raw`(mung|man|rem|nem|chan|giuong|tu|mai|tran|ghe|sofa)`;

/** Ending one's life: a wish to die or disappear, to follow the dead, or not to wake up. */
const END_WISH = String.raw`(chet di|chet quach|bien mat|ra di|di theo (ong|ba|chong|vo|cha|me|bo|con)( ay| nha| no)?( (toi|minh|em))?)`;

/** Whose card it is not: "của tui", "của mình"; "của ông", "của bà", "của má" alone are often the elder speaking. */
const NOT_MINE = String.raw`(?!(toi|tui|minh|em|bac|chinh minh|ban than|con|chau)\b)(?!(ong|ba|me|ma)\b(?! (noi|ngoai|ruot|xa|chi|anh|ban|hang|tu|nam|sau|hai|ba|bay|tam)\b))`;
// "cccd" and "cmnd" are read with their words after them ("cccd can cuoc"): either way is one card.
const ID_CARD = String.raw`(cai )?(the )?(cccd can cuoc|cmnd can cuoc chung minh|cccd|can cuoc|cmnd|chung minh|giay to)( cong dan| nhan dan| thu)?`;
/**
 * Someone else's ID card taken to register a SIM or an account, or to borrow ("lấy căn cước của bà chị đăng ký thêm cái
 * sim", "vay bằng căn cước người khác"); the learner's own card ("căn cước của tui") is no one else's (session 21).
 */
export const OTHERS_ID: RegExp[] = [
  // The card of someone dead ("căn cước của thằng em đã mất đăng ký sim mới").
  re(
    String.raw`\b${ID_CARD} cua (\w+ ){1,3}(da mat|da chet|qua doi|da qua doi|mat roi)\b.{0,40}\b(dang ky|mo|lap|lam|vay|rut)\b`,
  ),
  // The dead named first, their card taken after to open something new ("ông già tui mất rồi… lấy căn cước của ổng mở thêm
  // một tài khoản ví"). Closing or inheriting an account opens nothing. Session 36 (fixk).
  allOf(
    '(da mat|mat roi|qua doi|da chet|chet roi|mat (nam|thang|hom|tuan) (ngoai|truoc|roi))',
    String.raw`(lay|dung|xai|muon|cam) (thong tin |so |anh |hinh )?${ID_CARD} (cua )?\w+\b.{0,60}\b(mo (them )?(\w+ ){0,2}(tai khoan|vi|sim|the)|dang ky (\w+ ){0,2}(sim|tai khoan|vi)|vay)`,
  ),
  re(
    String.raw`\b(dang ky|mo|lap|lam|tao|vay|di vay|mua)\b.{0,30}\b(bang|dung|voi|lay) ${ID_CARD} (cua ${NOT_MINE}(\w+ ){0,1}\w+|${OTHER_PERSON})\b`,
  ),
  re(
    String.raw`\b${ID_CARD} (cua ${NOT_MINE}(\w+ ){0,3}\w+|${OTHER_PERSON})\b.{0,60}\b(lay|dung|xai|muon|cam)\b (\w+ ){0,2}(de |ma )?(di )?(dang ky|mo|lap|lam|vay)\b (\w+ ){0,3}(sim|tai khoan|the|khoan vay|vay|app|ung dung|tien)\b`,
  ),
  re(
    String.raw`\b(lay|dung|xai|muon|cam)\b (thong tin |so |anh |hinh )?${ID_CARD} (cua ${NOT_MINE}(\w+ ){0,3}\w+|${OTHER_PERSON})\b.{0,40}\b((dang ky|mo|lap|lam|vay|di vay)\b (\w+ ){0,3}(sim|tai khoan|the|khoan vay|vay|app|ung dung|tien)|dung ten (\w+ ){0,2}(vay|mua|mo|dang ky|lam))\b`,
  ),
];

/** A weapon the learner means to carry to a meeting, and to use ("tui tính giắt theo con dao, nó đụng tui là tui đâm"). */
export const WEAPON_INTENT = re(
  String.raw`\b${INTENT}\b (\w+ ){0,2}(giat|mang|cam|dem|thu|vac) (theo )?(\w+ )?(dao|ma tau|mac tau|sung|gay|bua|xa beng|dao gap)\b.{0,60}\b(dam|chem|danh|xu|phang)\b`,
);

/**
 * Patterns run on folded, shorthand-expanded text (no diacritics or punctuation), in this order; the first match
 * wins. Attempts to change the rules come first (they often quote a scam as bait), then requests
 * to write fake messages (which name scams by nature), then scams in progress, then the rest.
 */
/** The learner's face put to a check ("quét mặt", "nhìn vô camera", "đưa mặt vô điện thoại"). */
const FACE_CHECK = String.raw`(quet (\w+ )?(khuon |guong )?mat|(xac thuc|nhan dien) (khuon |guong )?mat|(dua|ghe|chui|ke) mat (vo|vao)|nhin (thang )?(vo|vao) (camera|may|dien thoai|ong kinh)|muon (khuon |guong )?mat)`;
/**
 * "Thay" for "in place of", not the untoned "thấy" (saw): "quét mặt thay cho mẹ", "chụp mặt thay để kích hoạt", never
 * "quét mặt thấy lỗi". Session 37 (fixp).
 */
const IN_PLACE = String.raw`(thay|the) (cho |de |vao |vo |(?=(toi|tui|minh|${KIN}|nguoi)\b))`;
/** Where a face check leads: an account, an app, an identity to open or move money with. */
const CHECKED_FOR = String.raw`(vneid|dinh danh|tai khoan|ngan hang|app|ung dung|vi|kich hoat|xac thuc|sinh trac|chuyen tien|rut tien|giao dich)`;
/** Someone else in the story who would move the money. */
const THEIRS = String.raw`(no|chau|con|thang cu|con be|nguoi ta|ho|ong ay|ba ay|anh ay|chi ay)`;
/**
 * The learner's face lent for money someone else moves: scanned into their phone or app ("đưa mặt vô điện thoại nó
 * quét"), for them to transfer ("quét mặt giùm để nó rút tiền"), or borrowed ("mượn mặt tui"). The learner's own
 * transfer to a child ("quét mặt để chuyển tiền cho con") is none. Session 27. A face lent to open an account or a wallet,
 * or to borrow ("cho mượn khuôn mặt quét giùm để mở ví"), is the same lending (session 28).
 */
export const FACE_LENT = new RegExp(
  String.raw`^(?=.*\b${FACE_CHECK}\b)(?=.*\b(chuyen tien|chuyen khoan|rut tien|ck|chuyen|rut|giao dich|thanh toan|mo (\w+ )?(tai khoan|vi|the)|vay tien|de vay|khoan vay)\b).*(\b(dien thoai|app|may|ung dung) (ngan hang |vay tien |vay |vi )?(cua )?${THEIRS}\b|\b(de|cho) ${THEIRS} (\w+ )?(chuyen|rut|ck|giao dich|thanh toan|xac thuc)\b|\bmuon (khuon |guong )?mat\b|\b(nho|bao|keu|bieu|biu|xin) (?<asked>toi|ba|bac|ong|me|ma|minh)\b.{0,30}\b${FACE_CHECK}\b.{0,50}\bde (?!\k<asked>\b|tu\b)(ong|ba|no|chau|con|ho|nguoi ta) (\w+ )?(chuyen|rut|ck|giao dich))`,
);

/**
 * Strangers or debt collectors inside the house smashing things ("dẫn cả chục thằng vô nhà tui đập tivi"): violence to
 * report to 113, and not a lender's demand for the scam net (`safety.ts`). Session 30. Also a gang gathered at the gate
 * throwing things into the house ("mấy thằng đòi nợ đứng trước nhà ông bà chửi bới ném đồ vào nhà"). Session 32.
 */
export const SMASHING_AT_HOME =
  /\b(vo|vao|xong vao|xong vo|toi|den|ua vao|ua vo) nha (\w+ ){0,3}(dap|pha|dap be|dap nat|dap vo|dap pha|quang|nem) (\w+ ){0,2}(tivi|ti vi|do dac|do|cua|ban ghe|ban|ghe|tu|xe|kinh|noi|chen|bat|dien thoai|quat|ban tho)\b|\b(dung|dang dung|tu tap|keo|keo den|keo toi|den|toi|vay|bao vay|ngoi) (\w+ ){0,2}(truoc|o|ngoai) (cong|cua|nha|ngo)\b.{0,80}\b(nem|quang|tat|hat|tat|dap) (do|da|gach|chai|mam tom|phan|son|rac|trung|nuoc ban|dau nhot|xang) (\w+ ){0,2}(vao|vo|len) (nha|cua|san|tuong|nguoi)\b/;

/** Someone who claims to see fate or spirits: a fortune-teller, a shaman, a stranger calling themselves "thầy". */
const SEER = String.raw`(thay boi|thay cung|thay phap|thay phong thuy|co dong|cau dong|ba dong|ong dong|ba thay|ong thay|tu xung (la )?thay|xung (la )?thay|thay|nguoi la|ba la|ong la|co nguoi|may nguoi|ba kia|ong kia)`;
/** Bad luck or a spirit claimed on the household ("nhà bị hạn nặng", "bị vong theo", "có bùa ếm"). */
const ILL_FATE = String.raw`(bi han|co han|han nang|gap han|giai han|xui|gap xui|vong theo|bi vong|co vong|bi yem|yem bua|bua|bua yem|lam phep|ban phuoc|tran yem|cung giai|giai xui|giai nghiep|tai hoa|co ma|bi ma|sao xau)`;
/** Money, gold or savings handed over ("đưa vàng", "gửi hết tiền tiết kiệm", "mua bùa 5 triệu"). */
const HAND_OVER = String.raw`(dua|giao|gui|dem|mua|dong|nop|chuyen|de lai|lay) (het |them |ca |luon )?(\w+ ){0,3}(tien|vang|nu trang|trang suc|tiet kiem|so tiet kiem|day chuyen|nhan vang|bong tai|cay vang|chi vang|\d+ (trieu|tr|chi|cay))`;
/**
 * Someone met in person says the household has bad luck or a spirit on it and must hand over money or gold to be freed
 * or blessed ("ông thầy đến nhà nói nhà bị hạn nặng, phải đưa tiền giải hạn", "thầy bói ngoài chợ bảo mua bùa 5 triệu"):
 * the in-person con, whoever came. A rite asked about at a pagoda ("lễ giải hạn ở chùa làm thế nào") hands nothing to a
 * stranger. Session 37 (fixn).
 */
export const FORTUNE_CON = new RegExp(
  String.raw`^(?!.*\b(nhan biet|lam sao biet|phong tranh|de phong|nghe noi|co nen tin|o chua|tai chua|len chua|den chua)\b)(?=.*\b${SEER}\b (\w+ ){0,6}(noi|bao|phan|doan|biu|keu|doi|bat|xem)\b)(?=.*\b${ILL_FATE}\b)(?=.*\b${HAND_OVER}\b)`,
);

/**
 * Whether a lender can be trusted, asked ("app cho vay online duyệt 5 phút có uy tín không"): a lender with no checks is
 * still asked for. Session 37 (fixn).
 */
const TRUSTED_ASKED = String.raw`(uy tin|dang tin|tin duoc|an toan|dang tin cay|xai duoc|dung duoc)`;
/** A blow dealt by a hand or a thing ("đánh", "đập", "phang", "chém"); "đánh cắp", "đánh dấu" and the like are no blow. */
const BLOW = String.raw`((?<!\b(dinh|ca|trong|het) )danh(?! (cap|lua|trao|dau|thue|so|chu|may|gia|van|rang|sach|thuc|tieng|dan|bai|co|bong|cau|vong)\b)|dap|phang|choi|quat|chem|dam|hanh hung)`;
/** What a person is struck with: a bottle, a chair, a brick, a stick, a helmet, a blade. */
const STRUCK_WITH = String.raw`(chai|chai bia|chai ruou|vo chai|ghe|ghe nhua|ghe inox|gach|cuc gach|cuc da|gay|cay|khuc cay|ong tuyp|tuyp sat|cay sat|thanh sat|mu bao hiem|non bao hiem|bua|ly|coc|dao|rua|ma tau)`;
/** A wound that bleeds or a head split, or someone knocked out. */
const WOUND = String.raw`(chay mau|mau (chay|ra|me|tuon|phun)|vo dau|rach (dau|tran|mat)|bat tinh|ngat xiu|gay (tay|chan|mui|xuong))`;
/**
 * Someone struck by another, by a thing or by name, and bleeding now ("bị đánh bằng chai, chảy máu đầu", "thằng say đập
 * chai vô đầu tui, máu chảy nhiều", "bị thằng hàng xóm phang cục gạch vô đầu"): the ambulance first, the police too (the
 * situation line adds 113). The offence asked about ("đập chai vô đầu người khác bị phạt tù mấy năm") is no wound now, nor
 * the learner's own plan. Session 37 (fixn).
 */
export const STRUCK_BLEEDING = new RegExp(
  String.raw`^(?!.*\b(bi phat|xu phat|phat (tu|bao nhieu|the nao|ra sao)|toi gi|vi pham gi|hanh vi|bi toi|di tu|ngoi tu|(toi|tui|minh|em) (\w+ )?(muon|dinh|tinh|sap) )).*(\bbi (\w+ ){0,4}${BLOW}\b|\b${BLOW} (\w+ )?(cai |cay |chiec |mot |cuc )?${STRUCK_WITH} (vao|vo|len|trung) )(.{0,60}\b)?${WOUND}\b`,
);

/**
 * A crash on the road, then the other side asking the learner to pay for it face to face ("xe tui va chạm với xe công an,
 * họ bắt tui đền tiền sửa xe"): a dispute to settle with the police report and legal aid, not a scammer's demand. With
 * a call, a message or an account number in it, it stays the scam net's. Session 31.
 */
export const CRASH_PAID_IN_PERSON =
  /^(?!.*\b(goi dien|goi toi|goi cho|goi noi|goi bao|nguoi ta goi|co nguoi goi|so la|nhan tin|zalo|facebook|chuyen tien|chuyen khoan|so tai khoan|link|con toi|con tui|chau toi|chau tui|bi bat|o benh vien)\b).*\b(va cham|va phai|dung xe|dung phai|tong xe|tong phai|quet phai|quet trung|dam xe|xe (\w+ )?dung|tai nan giao thong|tai nan xe)\b.{0,80}\b(den|boi thuong|den bu|sua xe)\b/;

/**
 * The learner suing someone who owes them ("kiện đòi nợ người mượn tiền không trả"): a lawsuit asked about, not a lender's
 * threat, unless a call, a message or a link is in it ("có người gọi nói sẽ kiện đòi nợ"). Session 31.
 */
export const SUING_FOR_DEBT =
  /^(?!.*\b(goi|nhan tin|zalo|facebook|link|weblink|sodienthoai|tin nhan|ho noi|no noi|nguoi ta noi)\b).*\b(kien|khoi kien|lam don kien|nop don kien)\b (\w+ ){0,3}(doi no|doi tien|nguoi muon|quyt no|no (\w+ )?khong tra)\b/;

/** A duty a court or the law puts on someone: child support, a debt, a judgement, a share to split. Session 37 (fixp). */
const LEGAL_DUTY = String.raw`(cap duong|tien cap duong|nuoi con|tien nuoi con|thi hanh an|ke bien|bi ke bien|siet no|bi siet|tra no|boi thuong|chia tai san|chia cho (vo|chong)|nghia vu)`;
/** Property moved, put in another's name or hidden ("chuyển hết tài sản sang tên người khác", "tẩu tán", "giấu tiền"). */
const ASSETS_MOVED = String.raw`(tau tan|sang ten|dung ten|chuyen (\w+ ){0,2}(tai san|nha|dat|so do|so hong|xe|tien)|giau (\w+ ){0,2}(tai san|tien|thu nhap|vang)|ban (\w+ ){0,2}(tai san|nha|dat|xe) (cho|gia))`;
/**
 * Property moved or hidden to dodge a legal duty ("chuyển hết tài sản sang tên người khác để khỏi phải cấp dưỡng", "tẩu
 * tán nhà đất cho khỏi bị kê biên"): a way round the law, for a lawyer or legal aid, not money asked by a scammer.
 * Session 37 (fixp).
 */
export const DUTY_DODGED = new RegExp(
  String.raw`\b${ASSETS_MOVED}\b.{0,80}\b(de|cho|nham|thi) (\w+ )?(khoi|khong|tron|ne|tranh|thoat|khoi phai|khong phai) (\w+ ){0,2}${LEGAL_DUTY}\b|\b(tron|ne|tron tranh|ne tranh|lach) (\w+ ){0,2}(nghia vu )?(cap duong|thi hanh an)\b`,
);

/** One's own will to make, and where or what it takes asked, however long the letter between. Session 37 (fixp). */
const OWN_WILL_WHERE = String.raw`(muon|dinh|tinh|sap|chuan bi) (lam|lap|viet|soan) di chuc\b.{0,60}\b(can gi|can nhung gi|can giay to|giay to gi|o dau|cho nao|ra dau)`;
/** Pills taken over days ("trong 3 ngày"): a course, not one overdose. */
const OVER_DAYS = String.raw`(?!.{0,30}\btrong (\w+ )?(ngay|tuan|thang)\b)`;

/** What someone shamed online asks next ("kiện sao", "làm đơn ở đâu"). */
const SHAMED_ASKS = String.raw`(kien|khoi kien|to cao|lam don|trinh bao|lam sao|lam gi|phai lam)`;

export const RULES: Array<[SafetyClass, RegExp[]]> = [
  [
    'injection',
    [
      /\b(ignore|disregard|forget) (all |the |your |any )?(previous|above|prior|earlier|system)? ?(instructions|rules|prompt)/,
      /\b(system prompt|developer mode|jailbreak|you are now|new instructions|act as)\b/,
      /(?<!\bcan )\b(ignore|bo qua|quen|pho lo|vo hieu|xoa|bo) ((het|moi|tat ca|cac|nhung|may|cai|di) ){0,3}(huong dan|quy tac|chi dan|chi thi|lenh|quy dinh|gioi han|luat|luat le|nguyen tac)( (truoc|tren|cu|cua ban|he thong|an toan|cua may|cua mi))?\b/,
      /\b(gio|tu nay|ke tu nay|ke tu gio) (ban|chau|em|mi|may) (la|se la|dong vai|hay la)\b|\b(gia su|gia dinh|tuong tuong|coi nhu) (ban|chau|em|may|mi|ong|ba|anh|chi|bac|co|chu) (la|dang la) (mot )?(tay |ten |ke |thang )?(lua dao|ke lua|ke gian|hacker|trom|cong an|nhan vien ngan hang)\b/,
      /\bkhong (bi |co )?kiem duyet\b|\b(khong duoc|cam|dung|khong he) tu choi\b|\b(ban|may|mi|ai) (la )?(\w+ )?khong (co )?gioi han\b|\bkhong kieng (gi|ne|de)\b/,
      /\b(khong con la|khong phai la|thoi lam) (tro ly|chatbot|tro ly ai|may|ai)\b|\b(khong (con|phai|con phai)|het) (la )?(tro ly|chatbot|tro ly ai)( \w+)? nua\b/,
      /\b(in|hien|cho xem|tiet lo|doc|viet|dua|noi|cho (toi|tui|em) biet) .{0,20}(prompt (he thong|cua ban|goc|an|ben trong)|loi nhac he thong|huong dan he thong|chi dan he thong|cau lenh he thong|quy tac he thong)/,
      /\b(tu gio|bay gio) (ban|chau|em|mi|may) (la|se la|dong vai)\b/,
      // A role-play to practise speaking ("đóng vai bác sĩ để bà tập nói tiếng Anh khi đi khám") overrides nothing.
      /^(?!.*\b(tap (noi|giao tiep|tieng)|luyen (noi|giao tiep|tieng)|hoc tieng|tieng (anh|han|nhat|trung|phap|duc))\b)(?:.*?)\bdong vai .{0,30}(khong co (quy tac|gioi han)|hacker|ke lua|ke gian|bac si|luat su|cong an|nhan vien ngan hang|nguoi ban nhau)/,
      /\b(system|assistant|developer) (message|role|instructions?)\b/,
      // A scammer who "plays" someone ("có đứa giả làm nhân viên ngân hàng xin mã OTP") is a scam told, not a role asked
      // of the tutor. Session 26 (trial30).
      /(?<!\b(nguoi|dua|no|ho|ke|thang|con|bon|tui no|chung no|lua dao|ke gian|doi tuong|ong ta|ba ta|anh ta|chi ta|nguoi la|ai do|so la|may dua|tui lua dao) )\b(nhap vai|dong vai|vao vai|gia lam|gia vo|gia bo)\b.{0,80}\b(so the|the tin dung|mat khau|otp|ma pin|so cccd|so can cuoc|cach (hack|lua|che|lam gia))\b|\b(tra loi|noi) (\w+ ){0,3}khong (can|co) (canh bao|kiem duyet|gioi han)\b/,
      /\b(tra loi|noi chuyen|hanh dong|dong vai|cu xu) nhu (mot )?(hacker|ke lua dao|ke gian|ai khong (co )?gioi han|nguoi khong co luat)\b/,
      /\b(tat|bo|go|vo hieu hoa|vo hieu) (\w+ ){0,2}(che do|bo loc|lop|tinh nang) (an toan|kiem duyet|bao ve|loc)\b|\blenh (cua )?(ky su|lap trinh|lap trinh vien|admin|quan tri|nha phat trien|developer)\b/,
    ],
  ],
  [
    'self-harm',
    [
      // Boxes of sleeping pills bought, hidden and "enough now" ("mua được 3 hộp thuốc ngủ giấu trong tủ, chắc đủ rồi").
      /\b(mua|gom|tich|de danh|xin)\b (duoc |them |du )?(\w+ ){0,2}(\d+|may|nhieu|ca|hai|ba|bon|nam) (hop|vi|lo|chai|vien|bich) (\w+ )?(thuoc ngu|thuoc an than)\b.{0,50}\b(giau|cat ky|chac du|du roi|du (\w+ )?roi)\b/,
      // Despair said of someone, who now stands at a height at night ("trầm cảm … đêm đứng trên sân thượng hoài").
      /\b(tram cam|buon chan|chan doi|khong ai (nho|can|thuong)|tuyet vong)\b.{0,100}\b(dung|ngoi|ra|leo) (\w+ ){0,2}(san thuong|mep cau|lan can|mep song|tren cau|mai nha|tang thuong|ban cong)\b|\b(dung|ngoi|ra|leo) (\w+ ){0,2}(san thuong|mep cau|lan can|mep song|tren cau|tang thuong)\b.{0,30}\b(hoai|mai|mot minh|ban dem|nua dem|khuya|nhin xuong)\b/,
      /\b(muon|dinh|se|doi|co y|nghi den|tinh) (tu tu|tu sat|chet cho xong|chet di cho|ket thuc cuoc doi|ket lieu)\b/,
      // One's own life ended, in any words ("kết thúc cuộc sống này", "chấm dứt cuộc đời").
      /\b(ket thuc|cham dut|dut|buong) (\w+ )?(cuoc song|cuoc doi|doi minh|mang song|kiep nguoi|su song)( nay| cua (toi|tui|minh|em))?(?= *$| (cho (xong|roi|nhe)|luon|di|thoi|som|that|vi|bang|duoc)\b)/,
      // Life without meaning, and a going ("đời chẳng còn nghĩa lý gì, chắc tui đi thôi").
      /\b(doi|song|cuoc song|cuoc doi)\b (\w+ ){0,2}(khong|chang|cha|hong) (con )?(y nghia|nghia ly|nghia|ich gi)\b.{0,40}\b(di thoi|di cho roi|di cho xong|di luon|chet|ra di|nam xuong)\b/,
      /(?<!\b(met|doi|so|cuoi|vui|ngon|lanh|nong|tuc|ghen|no|them|thich|mac) )\bmuon chet\b/,
      // Someone close who said it in a message ("thằng con nhắn tin nói nó muốn chết rồi tắt máy"): "nó" there is no "no" (full).
      /\b(nhan tin|nhan|noi|bao|ke|viet|dang|goi ve) (\w+ ){0,3}(no|con|chau|em|ong|ba) (muon chet|muon tu tu|khong muon song|chan song|muon di theo)\b(?! (cuoi|me|ngat|mat|vi (cuoi|vui|thich)))/,
      /\b(tu tu|tu sat)\b.{0,20}\b(chet|thuoc|nhay|treo|vi|roi)\b/,
      // "cho nó chết cho rồi" wishes death on someone else (a dog, a neighbour): harm to others, below.
      /\b(khong muon song|chan song|song lam gi nua|song de lam gi|(?<!\bcho (no|han|ho|tui no|bon no|con \w+|thang \w+) )chet cho (xong|roi)|chet quach)\b/,
      // Poison for another's death ("rải thuốc chuột cho con bò nhà nó chết") is harm to others, below.
      /^(?!.*\bcho (con (bo|cho|meo|ga|heo|lon|trau|de|vit|ngan)|no|han|thang|con mu|ong ta|ba ta|nha do|nha no|hang xom)( \w+){0,3} chet\b).*\b(thuoc ngu|thuoc chuot|thuoc tru sau|thuoc an than)\b.{0,40}\b(chet|cho xong)\b/,
      // A drug asked for that ends it once taken ("thuốc nào uống vào là xong"), or a sleep with no waking ("đi một giấc cho
      // yên", "ngủ luôn không dậy").
      /\b(thuoc|vien|lieu|loai)\b.{0,30}\b(uong|nuot|tiem|chich)( vao| het)? (la |thi |cho |de )?(xong|xong doi|di luon|ngu luon|khong (bao gio )?(day|tinh) (nua|lai)|khoi (day|tinh) (nua|lai)|ra di|di nhe nhang|di cho nhe)\b(?! (benh|viec|thu tuc|ho so|roi (di|ve|lam)))|\bdi (mot )?giac (cho yen|khong day|ngan thu|luon|mai mai)\b|\bngu (mot giac |luon )?(khong bao gio day|khong day nua|mai mai khong day|ngan thu)\b/,
      /\bchet (khong dau|cho nhanh|em ai)\b|\b(nhay cau|nhay lau|treo co|cat tay) (tu tu|cho xong|chet)\b/,
      re(
        String.raw`\b(nghi|tinh|dinh|muon|chi muon|uoc gi|uoc) (minh )?${END_WISH}\b|\bchet di (thi|cho)\b|\bdi theo (ong|ba|chong|vo|cha|me|bo|con)( ay| nha| no| ba| ong| me| cha| bo)?( (toi|minh|em|tau|tao|tui))? (cho (roi|xong)|luon)\b`,
      ),
      /\b(tu ket lieu|ket lieu (doi|ban than|minh))\b|\bsong (cung nhu|khong bang) (khong|chet)\b/,
      /\bthiet song\b|\bsong (them )?(lam )?(gi|chi) (nua|cho kho|cho met)\b|\b(khong|hong|ko|chang) muon (thuc|tinh) day\b|\b(bien mat|ra di) khoi (cuoc doi|the gian|doi)\b/,
      // A method named with an intent: "uống hết chai thuốc trừ sâu", "ra cầu nhảy xuống sông", "treo cổ".
      // The poison named first, the drinking after ("giấu chai thuốc diệt cỏ dưới gầm giường, tính tối nay uống cho xong").
      /\b(thuoc tru sau|thuoc chuot|thuoc diet co|thuoc ngu|thuoc an than|chai thuoc|lo thuoc|vi thuoc)\b.{0,80}\b((tinh|dinh|se|muon|quyet|sap) (\w+ ){0,3}(uong|nuot)|(toi nay|dem nay|mai|lat nua|chut nua) (\w+ ){0,2}(uong|nuot)|(uong|nuot) (\w+ )?(cho xong|cho roi|cho yen|luon cho|het mot lan|mot lan cho))\b/,
      // Sleeping pills asked about as a medicine ("mất ngủ, cho bà uống thuốc an thần loại nào, liều bao nhiêu") are a dose
      // question for the doctor, unless the whole box is taken ("uống hết vỉ thuốc ngủ"). Session 25 (trial29).
      /\b(uong|tu|nuot)(?! nham) (het |ca )?(\w+ ){0,2}(thuoc tru sau|thuoc chuot|thuoc diet co)\b|\b(uong|tu|nuot)(?! nham) ((het|ca) (\w+ ){0,2}(thuoc ngu|thuoc an than)\b|(\w+ ){0,2}(thuoc ngu|thuoc an than)\b(?!.*\b(loai nao|lieu|bao nhieu|may vien|mat ngu|kho ngu|bac si|duoc si|co sao|duoc khong|co duoc|thay vi|de ngu|cho de ngu|ngu ngon)\b))|\bnhay (xuong )?(song|cau|lau|ho|gieng)\b|\btreo co\b/,
      /\b(nhan tin|tin nhan|loi|thu|viet) (\w+ ){0,2}(tu biet|vinh biet|tran troi)\b|\btu biet\b/,
      re(String.raw`^(?=.*\b${DESPAIR}\b)(?=.*\b${ENDING}\b)`),
      FAREWELL_TWO,
      /\b(gom|tich|de danh|cat giau|giau) (\w+ ){0,4}(thuoc ngu|thuoc an than|vien thuoc|thuoc chuot|thuoc tru sau)\b.{0,60}\b(khi nao|luc nao|mot lan|cho xong|het noi|chiu het|khong chiu)\b/,
      // Sleeping pills or poison hoarded, said with a quantity or a loss ("gom thuốc ngủ để dành được một hũ rồi").
      /\b(gom|tich|de danh|cat giau|giau|dom|gom gop) (\w+ ){0,3}(thuoc ngu|thuoc an than|thuoc chuot|thuoc tru sau)\b.{0,40}\b(mot (hong|hu|lo|hop|bich|nam|vi|chai)|(duoc|ca|may|nhieu|\d+) (\w+ )?(vien|vi|hop|lo|chai)|duoc (nhieu|kha nhieu|mot it) roi)\b/,
      // A farewell: gone first, and those left behind told not to grieve.
      /\b(di truoc|di xa|khong o lai)\b.{0,30}\b(dung buon|o lai manh gioi|nho giu gin|lan cuoi)\b/,
      /\b(dan do|lo) (chuyen )?hau su\b.{0,80}\b(cho het|khong muon|lam phien)\b/,
      // A life "finished", a cord tied, a sleep with no waking, a journey with no return.
      /\b(xong|het|dut) (mot|cai) (kiep|doi)\b|\bthat (cai )?(day|co)\b.{0,40}\b(cho xong|cho roi|mot kiep|cho yen|di theo)\b|(?<!\b(su|chuyen|la|dung|tin|hang|nguoi|do|anh|video) )\bthat co\b(?! (\w+ )?(tra cuu|phai|dung|the|duoc|khong|ai|gi|nguoi|nen|can|cach|hay|le|ich|that|khi|bao|luc|lan|nhung|viec|chuyen|vu|mot|nhieu|cai|so|tien|quy dinh|goi|nhan|bat|doi|yeu cau))/,
      /\b(ngu|nham mat) luon (\w+ ){0,2}(dung|khong|chang|hong) (thuc |tinh )?(day|thuc|tinh)\b|\b(giai thoat|nhe no) cho (ca nha|con chau|con cai|moi nguoi|minh)\b|\bkhong (con )?muon ton tai\b/,
      /\b(ngu|nham mat) (\w+ ){0,4}(khong bao gio|chang bao gio|khong|chang|hong) (thuc |tinh )?(day|thuc|tinh|mo mat) (nua|lai nua)\b|\bkhong bao gio (thuc day|tinh day|day nua|mo mat)\b/,
      /\b(di|bo di|ra di) (that |tht )?xa\b.{0,40}\b(mai mai|khong (ai )?(tim|ve|quay ve|gap)|khong bao gio)\b|\bde lai het\b.{0,40}\b(roi di|ra di|di luon|di xa)\b/,
      /\bsong (them )?(cung )?(chang|khong|cha|hong) (ich gi|de lam gi|lam gi|co ich)\b|\bsong (\w+ ){1,3}(chang|khong|cha|hong) (de lam gi|co ich gi|ich gi)\b|\b(chi )?(mong|muon|uoc) (nham mat|xuoi tay|ve voi (ong ba|to tien|ong|ba))\b/,
      // Cut marks on the arm or wrist ("thấy tay nó có vết cắt"): hurt done to oneself, seen by family.
      /\b(tay|co tay|canh tay|dui)\b (\w+ ){0,3}(vet cat|vet rach|vet dao|seo cat|vet lam)\b|\b(vet cat|vet rach|vet dao) (\w+ ){0,2}(tay|co tay|canh tay|dui)\b|\b(tu )?(cat|rach|rach) (co )?tay (minh|tu hai)?\b(?= .{0,40}\b(buon|chan|khong muon|mau)\b)/,
      // Said in English by learners who mix languages.
      /\b(dont|don t|do not) (really )?(want|wanna) (to )?(live|be alive|wake up)\b|\b(kill|hurt) myself\b|\bend my life\b|\bsuicid/,
      // Going "down there" to the dead; a bridge or a roof looked down from with relief.
      /\b(xuong|ve|theo) (duoi do|duoi kia|ben kia|suoi vang|chin suoi|cuu tuyen)\b/,
      /\b(cau|san thuong|tang thuong|mep song|bo song|lan can|mai nha)\b.{0,40}\b(nhin xuong|nhay xuong|buong tay|nhe nhom)\b/,
      // Giving up treatment so as not to cost the family.
      /^(?=.*\b(khong|thoi|bo|ngung) (chua|dieu tri|uong thuoc|di kham)( \w+)? nua\b)(?=.*\b(ton tien|ton kem|ganh nang|con chau|con cai|tu lo|cho xong|cho roi)\b)/,
    ],
  ],
  [
    'own-secret',
    [
      // Other people's ID or bank numbers (staff, customers, pupils) put into an AI chatbot ("dán file lương của 40 nhân viên, có
      // cả số căn cước và số tài khoản, vào ChatGPT nhờ tính thuế"): their personal data, given away. The learner's own
      // number and a shop's plain accounts stay the knowledge entries'. Session 36 (fixj).
      /^(?!.*\b(nhan biet|la gi|chinh sach|quy dinh (\w+ ){0,3}(la gi|the nao)))(?=.*\b(nhan vien|khach hang|khach|cong nhan|hoc sinh|hoc vien|benh nhan|nguoi thue|thanh vien|ho dan|nguoi lao dong|phu huynh)\b)(?=.*\b(so can cuoc|so cccd|can cuoc|cccd|so dinh danh|so tai khoan|so the|so bhxh|so bao hiem xa hoi|so bao hiem|so bhyt|ma (so )?bhyt|ma the bao hiem)\b).*\b(dan|gui|dua|nhap|tai|up|upload|day|copy|chep|go)\b.{0,120}\b((vao|vo|len|qua) (\w+ )?(chatgpt|gemini|copilot|meta ai|grok|chatbot|deepseek|claude|tro ly ai|ung dung ai|app ai|ai)|cho (chatgpt|gemini|copilot|meta ai|grok|chatbot|deepseek|claude|tro ly ai|ung dung ai|app ai))\b/,
      // "Giữ lãi suất" folds like "giữ lại" (keep): a rate kept is no secret kept (session 19).
      re(
        String.raw`^(?!.*\b${ASKING_NOW}\b).*(\b(giu|luu|nho|cat|ghi|cat giu) (giup|gium|dum|ho|lai|vo|vao|cho (toi|tui|minh|em|bac|ong|ba|co|chu))\b.{0,40}\b${SECRET}\b|\b${SECRET}\b.{0,60}\b(giu|luu|nho|cat|ghi) (giup|gium|dum|ho|lai(?! suat)|vo day|vao day)\b)`,
      ),
      re(
        // Not when someone else asked for it to check ("họ nói gửi mật khẩu để họ kiểm tra giúp"): that is the scam's.
        String.raw`^(?!.*\b${ASKING_NOW}\b)(?!.*\b${SOMEONE_ASKS}\b)(?!.*\bde (ho|no|nguoi ta|ben do|nhan vien) (kiem tra|xem|coi|check)\b).*(\b(kiem tra|coi|xem|check|doi chieu) (giup|gium|dum|ho)\b.{0,40}\b${SECRET}\b|\b${SECRET}\b.{0,60}\b(kiem tra|coi|xem|check) (giup|gium|dum|ho)\b)`,
      ),
      // A year after the card ("căn cước cấp năm 2021", "Luật Căn cước 2023") is no secret, unless said to be it ("mã pin là 1987").
      re(
        String.raw`^(?!.*\b${ASKING_NOW}\b).*\b${SECRET}\b (\w+ ){0,4}(la [a-z]*\d{4,}|(?!(19|20)\d\d\b)[a-z]*\d{4,})\b`,
      ),
      // Session 34 (fixd): a secret pasted with its value and the tutor asked to look at it ("số cccd của tui nè 0791…, mã
      // pin thẻ 1357, coi giùm tui rút tiền ntn"), how-to asked or not. A paste with no such ask is redacted and answered;
      // someone asking for it now is the scam's.
      re(
        String.raw`^(?!.*\b(dang|vua) (\w+ ){0,2}(hoi|doi|xin|goi|bat|yeu cau)\b)(?!.*\b${SOMEONE_ASKS}\b)(?=.*\b(kiem tra|coi|xem|check) (giup|gium|dum|ho)\b).*\b${SECRET}\b (\w+ ){0,5}(la )?(${SPACED_CODE}|(?!(19|20)\d\d\b)\d{4,})\b`,
      ),
      // Session 37 (fixp): a one-time code pasted with its digits and the tutor asked where to type it ("vừa nhận mã OTP
      // 582 194 để chuyển học phí, hướng dẫn tôi nhập vào ô nào"): the code is already shared. Without the digits, where to
      // type a code is a plain how-to.
      re(
        String.raw`^(?!.*\b${SOMEONE_ASKS}\b)(?=.*\b${WHERE_TO_TYPE}\b).*\b(otp|ma xac nhan|ma xac thuc|ma xac minh|ma kich hoat)\b (\w+ ){0,3}(la )?(${SPACED_CODE}|(?!(19|20)\d\d\b)\d{4,8})\b`,
      ),
      // A code that just arrived, pasted with its digits ("mã nè: 4 8 1 2 7 9, vừa nhận trong tin nhắn ngân hàng"); not a
      // postcode, a customer, tax or insurance number, a transaction reference.
      re(
        String.raw`^(?!.*\b${ASKING_NOW}\b)(?=.*\b(vua nhan|vua gui|moi nhan|nhan duoc|gui ve|moi gui|tin nhan|sms)\b).*\b(ma|otp|mat khau|ma pin)\b(?! (buu chinh|giao dich|khach hang|so thue|so bhxh|bhxh|bao hiem|vach|qr|don hang|hoc sinh|ho so|tinh|vung)) ((\w+ ){0,3}|(\w+ ){4,9}(?=la ))(la )?(${SPACED_CODE}|(?!(19|20)\d\d\b)\d{4,8})\b`,
      ),
      // An account's password or PIN handed to, or asked by, a child or grandchild to do it for the learner ("gửi mật khẩu
      // app ngân hàng cho con rể chuyển giùm", "con dâu xin mật khẩu app của má"): not even to family. A Wi-Fi one is for
      // guests. Session 28.
      /^(?!.*\b(wifi|wi fi|mang nha|mang wifi)\b).*(\b(gui|dua|cho|noi|doc|nhan tin|khai)\b (\w+ ){0,2}(mat khau|mat ma|ma pin|pass)\b.{0,40}\bcho (con|con re|con dau|chau|con trai|con gai|thang re|chau noi|chau ngoai|thang con|con be|con nho|thang chau)\b|\b(con re|con dau|con trai|con gai|chau noi|chau ngoai|thang chau|thang con) (\w+ )?(xin|hoi|doi|muon|doi lay) (\w+ ){0,2}(mat khau|ma pin|pass)\b|\b(con|chau) (muon|lay|cam) (dien thoai|may)\b.{0,30}\b(xin|hoi|doi) (luon |them |ca )?(\w+ ){0,2}(mat khau|ma pin|pass)\b)/,
      // A secret written here for the tutor to keep ("ghi mật khẩu Zalo vô đây cho con giữ: …").
      re(
        String.raw`^(?!.*\b${ASKING_NOW}\b).*\b${SECRET}\b.{0,60}\b(cho|(gui|dua|giao) (cho )?) ?(con|chau|em|ban) (giu|nho|luu|cat)\b|\b(ghi|go|dan|nhap) ${SECRET}\b (\w+ ){0,3}(vao|vo|len) day\b`,
      ),
      // A password and its value typed to the tutor to log in with ("mật khẩu VNeID của tui là Hoa@1962, con vô đăng nhập giùm").
      re(
        String.raw`\b${SECRET}\b (\w+ ){0,6}la \w+\b.{0,80}\b(dang nhap|vo|vao|mo|coi|xem|kiem tra|tra) (\w+ ){0,4}(giup|gium|dum|ho)\b`,
      ),
      // Session 37 (fixq): a one-time code's digits typed to the tutor, however short the message ("mã OTP 604 817 nhập
      // đâu"); someone asking for it is the scam's.
      re(String.raw`^(?!.*\b${ASKING_NOW}\b)(?!.*${THEY_ASK}).*${OTP_VALUE}`),
      // Session 37 (fixq): a password's value, then the tutor asked to log in with it ("mật khẩu vneid Thu@1956 vào giúp").
      // A Wi-Fi one is for guests.
      re(
        String.raw`^(?!.*\b(wifi|wi fi|mang nha)\b).*\b(mat khau|mat ma|pass|ma pin)\b (\w+ ){0,3}(la )?${PASSWORD_VALUE}\b.{0,40}\b(dang nhap|vo|vao|mo|coi|xem|kiem tra) (\w+ ){0,2}(giup|gium|dum|ho)\b`,
      ),
      // The value itself, then "nhớ dùm", "coi giùm": kept or checked, whoever changed it.
      re(
        String.raw`\b${SECRET}\b (\w+ ){0,5}la [a-z]*\d[a-z\d]*\b.{0,60}\b(nho|giu|luu|ghi|cat|kiem tra|coi|xem|check) (giup|gium|dum|ho|lai|vo|vao)\b`,
      ),
    ],
  ],
  [
    'fake-message',
    [
      re(
        String.raw`\b${CREATE}\b.{0,25}\b(tin nhan|bien lai|bill|hoa don|anh chup|man hinh|sms|thong bao)\b.{0,30}\b(ngan hang|chuyen khoan|chuyen tien|bien dong so du|so du)`,
      ),
      re(String.raw`\b${CREATE}\b.{0,20}\b(bill|bien lai|tin nhan|anh) (chuyen khoan |ngan hang )?gia\b`),
      // A proof of a payment never made: "tạo giùm cái ảnh chuyển khoản thành công 5 triệu".
      re(
        String.raw`\b(tao|che|edit|sua|fake|ghep|photoshop|lam gia|lam ra|lam cai|lam mot|lam gium|lam giup|lam dum|lam ho)\b(?!.{0,20}\bchup\b).{0,30}\b(anh|hinh|man hinh|bill|bien lai|xac nhan)\b (\w+ ){0,2}(chuyen khoan|chuyen tien|giao dich|nop tien|da chuyen)\b.{0,20}\b(thanh cong|da nhan|\d+ ?(trieu|tr|nghin|ngan|k|cu)|de (gui|dua|cho))\b`,
      ),
      /\b(lam(?! (sao|the nao|gi))|tao|viet|soan)\b.{0,15}\b(bien lai|bill|tin nhan|anh chup)\b.{0,30}\bgia\b/,
      /\b(lam(?! (sao|the nao|gi))|tao|edit|sua|che)\b.{0,10}\b(bill|bien lai)\b/,
      // The tutor asked to play an office or its staff and write in its name ("giả làm nhân viên điện lực, soạn tin nhắn báo
      // cắt điện"), even "for a joke": the same text takes a stranger's money.
      /^(?!.*\b(co (nguoi|dua|thang|ke)|ai do|nguoi ta|ke gian|ke xau|bon|tui|tui no|dua nao|thang nao|ho|no|bi) (gia lam|xung|mao danh|gia danh|nhan danh)\b).*(\b(gia lam|dong vai|nhap vai|gia danh|mao danh|xung la|xung)\b (\w+ ){0,3}(nhan vien|can bo|cong an|dien luc|cong ty (dien|nuoc)|ngan hang|tong dai|nha mang|thue|toa an|buu dien|bhxh|bao hiem xa hoi|phuong|xa|uy ban)\b.{0,80}\b(soan|viet|tao|lam)\b (\w+ ){0,4}(tin nhan|thong bao|giay bao|thu|email|sms|loi nhan)\b|\b(soan|viet|tao)\b (\w+ ){0,4}(tin nhan|thong bao|giay bao|thu|email|sms|loi nhan)\b.{0,40}\b(gia lam|dong vai|gia danh|mao danh|nhan danh|duoi ten) (\w+ ){0,2}(nhan vien|can bo|cong an|dien luc|cong ty (dien|nuoc)|ngan hang|tong dai|nha mang|thue|toa an|buu dien|bhxh|phuong|uy ban)\b)/,
      // Reviews written as if by real customers; a script or a message meant to take someone's money.
      /\b(viet|soan|tao|lam|nghi|dang)\b.{0,30}\b(binh luan|danh gia|review|nhan xet|feedback|comment)\b.{0,40}\b(gia(?! (re|ca|bao nhieu|tien))|ao|nhu (nguoi|khach)( hang)?( mua)? that|nhu (\w+ ){1,2}that)\b/,
      /\b(viet|soan|tao|lam(?! sao| the nao| gi)|nghi)\b.{0,20}\b(kich ban|tin nhan|loi (thoai|moi|nhan)|bai|doan|thong bao|giay moi|giay trieu tap|cong van)\b.{0,60}\b(gia (lam|danh|mao)|lua dao|lua (nguoi|ho|khach|tien)|de (nguoi ta|ho|ba|ong|khach) (chuyen|nop|gui|dong) (tien|phi)|keo (nguoi|khach|ho) (vao|tham gia)|du (nguoi|ho) (vao|nap|chuyen))/,
    ],
  ],
  [
    'scam-report',
    [
      // Session 37 (fixq): money lost to a scam, told with its sum ("bị lừa mất 120 triệu rồi", "bị gạt 15 củ", "nó lừa mất
      // 50 triệu của tui"); news, hearsay and a what-if are the entries'.
      re(
        String.raw`^(?!.*\b(${LOSS_NOT_OWN}|${WHAT_NOW_ASKED}|${FEE_DEMANDED}|${INTO_THEIR_ACCOUNT})\b).*(\bbi (lua|gat|lua dao|lua gat|sap bay)\b (\w+ ){0,3}${SUM}|\b(lua|gat) (cua (toi|tui|minh|bac|me|ba|ma) )?(mat|het|sach|lay) (\w+ ){0,2}${SUM})\b`,
      ),
      // A house or land lost to a swindle ("bị lừa bán nhà, giấy tờ đã sang tên người khác"): reported to the police.
      // Session 28.
      /\bbi lua (\w+ ){0,2}(ban|sang ten|mat|cam co|the chap|ky giay ban) (\w+ ){0,2}(nha|dat|so do|so hong)\b/,
      // A shop's payment QR pasted over by someone else's, the customers' money gone to them ("ai dán mã QR khác đè lên,
      // khách chuyển mấy bữa nay tiền vô túi nó"); how to spot one, or a warning heard, is the knowledge entry's.
      /^(?!.*\b(lam sao biet|sao biet|co bi|co khi bi|hay bi|de bi|thuong bi|co the bi|nghe noi|co nguoi noi|nguoi ta noi|nhan biet|phong|kiem tra)\b)(?=.*\b(cua toi|(quay|tiem|sap|quan|cho|khach|ma qr|may|tai khoan) (cua )?toi|toi (bi )?mat|hom qua|sang (nay|ra|som)|mo (quay|hang|tiem|sap|cua hang)|may (bua|hom|ngay)|tuan (nay|roi))\b)(?=.*\b(ma qr|qr)\b)(?=.*\b(dan de|dan chong|de len|ten nguoi nhan (la|khac|khong phai)|(bi|ai|ai do|nguoi|nguoi la|ke gian|no|thang nao|dua nao) (\w+ ){0,2}(dan|thay|trao|doi) (\w+ ){0,3}(ma|qr|khac|la))\b)(?=.*\b((tien|khach) (\w+ ){0,4}(khong|chua|hong) (thay |co )?(ve|vao)|(vo|vao|ve) (tui|toi|tai khoan) (cua )?(no|ho|nguoi khac|thang|ke gian)|mat (\w+ ){0,2}(tien|don|\d+)|khong nhan duoc (tien|\d+))\b)/,
      // Scammed, and asking the legal way to the money: a lawyer, a lawsuit, a complaint, a recovery.
      /\b(bi (lua|gat|chiem doat)|lua dao|ke gian|bon lua|tui lua|ke lua)\b.{0,100}\b(luat su|kien|khoi kien|nop don|don (kien|to cao|trinh bao)|toa an|ra toa|phap ly|thu hoi)\b/,
      // Someone who offers to trace or get back the money, for a fee ("trung tâm hỗ trợ nạn nhân truy được tiền rồi, đóng
      // 10% phí"): the second scam (session 21).
      /\b(bi (lua|gat|chiem doat)|lua dao|bon lua|ke lua)\b.{0,120}\b(truy hoi|truy (duoc|lai|vet) (tien|so tien|duoc)|ho tro nan nhan|hacker|lay lai (duoc|het|toan bo|tien|so tien))\b.{0,80}\b(phi|coc|dong|nop|chuyen|tien cong|hoa hong|phantram)\b/,
      /\b(luat su|thu hoi|ho tro lay lai|dich vu lay lai)\b.{0,40}\btien (bi )?(lua|lua dao)\b/,
      // Paid already to someone fake, asking to get it back ("lỡ chuyển 20 triệu cho thằng giả cán bộ thuế rồi, làm sao lấy
      // lại"); a transfer made by mistake ("chuyển nhầm") is the bank's to trace, not a scam.
      /^(?!.*\bnham\b)(?=.*\b((lo|da|vua|bi) (chuyen|gui|nap|dong|dua|mat)|mat (\d+|het|sach|tien))\b)(?=.*\b(gia (danh|mao|lam|can bo|cong an|ngan hang|nhan vien|dien luc)|mao danh|lua dao|bi lua|ke gian|ke lua|tui lua|bon lua)\b)(?=.*\b(lay lai|doi lai|thu hoi|lay ve|doi ve)\b)/,
    ],
  ],
  [
    'forgery',
    [
      // Someone else's signature faked ("giả chữ ký của chồng để bán đất", "nhái chữ ký sếp"). Session 32.
      re(
        String.raw`\b(gia|lam gia|nhai|bat chuoc|ky gia|tap ky|ky thay|ky gium|ky ho|ky dum) (\w+ ){0,2}chu ky (cua )?(${OTHER_PERSON}|${KIN}|nguoi khac|sep|giam doc|chu nha|ong|ba)\b`,
      ),
      // A fake face or voice of a real person, made on request (spotting one is a knowledge question).
      // A call faked by someone else ("ai gọi video giả mặt giả giọng con tui") is the scam told, not a fake asked for.
      /(?<!\b(goi|video|goi video|goi dien|call) )\b(lam|tao|ghep|che|nhai|gia)\b(?! (sao|the nao|gi)\b).{0,25}\b(video|clip|anh|hinh|giong noi|giong|khuon mat|mat)\b.{0,25}\b(gia giong|y chang|giong het|gia mao|gia lam)\b/,
      // A fake voice or video of someone made to call a relative with ("làm giọng giả của con gái bằng AI gọi cho mẹ nó").
      /\b(lam|tao|che)\b (\w+ )?(giong|giong noi|video|clip) gia\b.{0,50}\b(goi|nhan tin|gui) (cho|toi|den)\b/,
      /\b(lam|tao|ghep|che)\b(?! (sao|the nao|gi)\b).{0,10}\b(video|clip|giong noi) gia\b/,
      /(?<!\bbi )\bghep (mat|khuon mat|anh|hinh) (\w+ ){0,4}(vao|vo) (clip|video|anh|hinh|phim|nguoi khac|nguoi ta|than nguoi)\b/,
      /(?<!\bbi )\b(lay|dung) (anh|hinh|mat) (\w+ ){0,4}ghep (vao|vo) (clip|video|phim)\b/,
      // False papers: a document "giả", one made without the procedure, or in another's name.
      /\b(lam|mua|tao|in|xin|che|sua)\b(?! (sao|the nao|gi)\b).{0,30}\b(giay (xac nhan|kham|chung nhan|phep|to|khai sinh|ket hon|ra vien)|so do|so hong|bang (lai|cap|tot nghiep|dai hoc)|chung chi|hoc ba|con dau|can cuoc|cccd|ho chieu|the (bhyt|bao hiem|can cuoc))\b.{0,20}(?<!\b(nguoi|cu|ong|ba|cac cu|cha me) )\bgia\b(?! (re|bao nhieu|tien|ca|tri|han|hop ly|cao|thap|mem|dinh|yeu|roi|nua))/,
      // Session 35 (fixg): a contract, a payslip or a statement made up, by hand or by an AI, to borrow or to show ("nhờ AI viết
      // giùm hợp đồng lao động giả để vay ngân hàng"). What follows "giả" names a use, so a price ("giá 300 triệu") never reads.
      // The same paper with "giả" before it ("nhờ AI làm giả bảng lương để vay ngân hàng"). Session 36 (fixj).
      /^(?!.*\b(nhan biet|phat hien|kiem tra|bi lua|lua dao|lua|canh bao|phan biet|bi (\w+ ){0,4}(lam gia|gia mao))\b).*\b(lam gia|gia mao|lam lao)\b (\w+ ){0,2}(hop dong|sao ke|bang luong|phieu luong|xac nhan (luong|thu nhap)|giay xac nhan thu nhap|hoa don|bien lai|chung tu)\b/,
      /^(?!.*\b(nhan biet|phat hien|kiem tra|bi lua|canh bao|phan biet)\b).*\b(lam|tao|in|che|sua|viet|soan)\b.{0,30}\b(hop dong|sao ke|bang luong|phieu luong|xac nhan (luong|thu nhap)|giay xac nhan thu nhap|hoa don|bien lai)\b.{0,20}\bgia\b(?= (de|cho|nop|vay|dua|gui|xin|ma|nhe|duoc|giup|gium|dum)\b|$)/,
      // A licence or a certificate sold without the exam ("có người bán cái giấy phép lái xe không cần thi, tôi mua được không").
      /\b(ban|mua)\b (\w+ ){0,4}(giay phep lai xe|bang lai|gplx|bang|chung chi)\b.{0,30}\b(khong|khoi) (can |phai )?(thi|hoc|sat hach)\b/,
      // A bare "không thì" after a yes-no question is "or not, then" ("sổ đỏ có đang thế chấp không thì hỏi ở đâu"), not
      // "without an exam": the next word asks where or how to look (session 35, fixf).
      /\b(giay|bang|chung chi|so|con dau|dong dau)\b.{0,50}\b(ma )?(khong|khoi) (can |phai )?(di kham|kham|di hoc|hoc|thi|lam thu tuc)\b(?! (bi|se|la|phai|mat|toi|minh|no|ho|chung|tam|khoa|cat|giu|phat)\b)(?<!\b(co|con|dang|da|bi)(?! (ai|cho|noi|cach|dich vu|nguoi|ben)\b) (\w+ ){1,8}(khong|khoi) thi(?= (hoi|tra|xem|coi|kiem tra|tra cuu|biet|den|toi|lien he|goi|nho|lam sao|lam the nao|phai lam|tim)\b))/,
      /\b(tao|lam|in|che|sua)\b.{0,30}\b(can cuoc|cccd|the|giay to|ho chieu|bang lai)\b.{0,40}\b(ten|mat|anh) (cua )?(nguoi khac|nguoi ta)\b/,
      /\b(doi|thay|bien|ghep) (mat|khuon mat|giong)( minh)? thanh (mat|giong|khuon mat) (cua )?(ca si|nguoi|dien vien|ong|ba|anh|chi|sep|giam doc|bac si|cong an)\b/,
      /\b(chi|cach|giup|app|ung dung|phan mem|dung ai)\b.{0,30}\b(bat chuoc|nhai|gia) (giong|mat|khuon mat)\b (cua )?(\w+ ){0,2}(con|chau|ong|ba|anh|chi|nguoi|sep|giam doc|ca si)\b/,
      /\bsua (ngay|ten|so|diem|noi dung) (\w+ ){0,2}(tren|trong) (giay|bang|hoa don|bien lai|so|hoc ba|don thuoc)\b/,
      // A photo or a paper made to show an illness that is not, to get money ("làm tấm ảnh tui đang nằm viện gửi con xin tiền").
      /\b(lam|tao|ghep|che|chup|dung ai)\b (\w+ ){0,4}(anh|hinh|video|clip|giay)\b.{0,40}\b(nam vien|benh vien|bi benh|tai nan|cap cuu|bo bot|bang bo)\b.{0,60}\b(xin tien|vay tien|gui tien|muon tien|lay tien|doi tien|de (no|con|ho) (gui|chuyen))\b/,
      // A false accusation written or made up so someone is punished ("soạn đơn tố cáo giả hàng xóm để họ bị phạt").
      /^(?!.*\bbi (\w+ ){0,3}(to cao|to giac|vu khong|bia))(?:.*?)((?<!\bbi )\b(don|thu) (to cao|to giac|khieu nai|phan anh) (gia|bay|bua|sai su that|bia dat|bia)\b(?! (dien|nuoc|xang|ca|thuoc|thue|cao|tang|dat|re|vang|thit|gao|phong|nha))|(?<!\bbi )\bto (cao|giac) (gia|bay|bua|sai su that|bia dat)\b(?! (dien|nuoc|xang|ca|thuoc|thue|cao|tang|dat|re|vang|thit|gao|phong|nha)))/,
      /\b(giup|chi|cach|lam sao|muon|dinh|tinh|soan|viet|lam)\b (\w+ ){0,5}(bia|bia ra|bia dat|dung chuyen|vu khong|vu cao|do toi|gan toi)\b (\w+ ){0,8}(de|cho) (\w+ ){0,3}(bi phat|bi bat|bi xu ly|mat viec|bi duoi|di tu|ngoi tu|bi cong an|bi kiem diem|bi kien)\b/,
      // A dead or absent parent's consent played by the tutor ("đóng vai mẹ tôi đã mất nói đồng ý cho tôi bán nhà").
      /\b(dong vai|gia lam|gia giong|nhap vai|dong gia)\b (\w+ ){0,4}(me|cha|bo|ong|ba|chong|vo|ong noi|ba noi|nguoi da mat|nguoi da khuat)\b.{0,60}\b(dong y|cho phep|xac nhan|ky ten|de lai|cho (toi|tui|con|em) (ban|lay|huong|dung ten))\b/,
      // Someone else's ID card or papers made ("tạo giúp hình căn cước của người khác để đăng ký tài khoản").
      /\b(tao|lam|in|che|sua|ghep)\b(?! (sao|the nao|gi|lai)\b).{0,20}\b(can cuoc|cccd|ho chieu|bang lai|giay to) (cua |dung ten |mang ten )?(nguoi khac|nguoi ta|nguoi la|nguoi chet|nguoi da mat)\b/,
      // An ID paper's picture made up with someone else's name or number, by an AI or an editor ("nhờ AI tạo ảnh căn cước với
      // tên và số của khách", "ghép ảnh CCCD theo thông tin của người thuê"): a forged paper. "Làm căn cước" alone is the
      // real card's procedure. Session 36 (fixj).
      re(
        String.raw`^(?!.*\b(nhan biet|phat hien|phan biet|lam sao biet|bi (\w+ )?(lam gia|gia mao|lua))\b).*\b(tao|che|ghep|sua|in|photoshop|lam gia|dung ai (tao|lam|ve)|nho ai (tao|lam|ve)|ai (tao|lam|ve))\b (\w+ ){0,3}(anh |hinh |ban |mau )?(can cuoc|cccd|cmnd|chung minh nhan dan|ho chieu|bang lai|giay phep lai xe)\b.{0,40}\b(ten|so|mat|anh|hinh|thong tin|ngay sinh)\b (\w+ ){0,4}(cua |theo )?(khach|khach hang|nguoi thue|${OTHER_PERSON}|ho|no)\b`,
      ),
      re(
        String.raw`\b(lam|mua|tao|in|xin|che|sua|khac|dat)\b(?! (sao|the nao|gi)\b).{0,30}\b${PAPER}\b (\w+ ){0,3}(?<!\b(nguoi|cu|ong|ba|cac cu|cha me|bo me|nguoi lon) )gia\b(?! (re|bao nhieu|tien|ca|tri|han|hop ly|cao|thap|mem|dinh))(?!.*\b(bi phat|xu phat|toi gi|bi bat|bi xu ly|phat bao nhieu)\b)`,
      ),
      /\b(hoa don|bien lai|chung tu|phieu chi|phieu thu)\b.{0,40}\b(ghi|sua|khai|danh) (\w+ ){0,3}(cao hon|thap hon|khong dung|khong co that|khong khop|nhieu hon|khong that)\b/,
      /\bsua (nam sinh|ngay sinh|tuoi|thong tin|ten|con so)\b.{0,40}\b(giay|bang|so|hoc ba|can cuoc|ho so)\b/,
      /\b(ai|deepfake|tri tue nhan tao)\b.{0,30}\bcho (ong|ba|anh|chi|co|chu|bac|thang|con|sep)\b (\w+ ){0,3}(noi|hat|xin|chui|nhan)\b/,
      /\b(ghep|gan|dan) (mat|khuon mat|hinh|anh) (\w+ ){0,4}(vao|len) (\w+ ){0,2}(clip|video|anh|hinh) (nong|khoa than|nhay cam|sex|den)\b/,
      /\b(tao|lam|ghep|che|dung ai)\b.{0,25}\b(anh|hinh|video|clip)\b.{0,30}\b(hang xom|ong|ba|thang|con mu|nguoi ta|sep|co giao|thay giao)\b.{0,50}\b(an trom|an cap|cho nhuc|boi nho|beu rieu|xau mat|khoa than|chui boi)\b/,
      // A paper made so a check does not find it out ("chỗ nào làm bằng mà tra không ra", "in sổ đỏ giống thật").
      re(
        String.raw`\b(lam|mua|in|che|dat)\b (\w+ ){0,2}(${PAPER}|bang|giay)\b.{0,30}\b((tra|kiem tra|check|xac minh|soi|tra cuu|quet) (\w+ ){0,2}(khong ra|khong phat hien|khong biet|khong lo|van ra|cung ra|van hien)|giong (het |y )?(nhu )?that|y (nhu|chang) that|nhu that)\b`,
      ),
      // A paper issued by an office, bought from a "service" with its red stamp.
      re(
        String.raw`\b${PAPER}\b.{0,80}\b(moc do|dau do|co dau|dong dau san|co moc|co chu ky|chu ky (cua|ong|ba|giam doc|chu tich))\b|\b(dich vu|co ai|cho nao|o dau) (\w+ ){0,3}(lam|in|ban) (\w+ ){0,2}${PAPER}\b`,
      ),
      // A video or a voice of a named person saying what they never said, made with AI ("dùng AI làm video ông chủ tịch nói…").
      re(
        String.raw`\b(dung ai|nho ai|bang ai|deepfake|tri tue nhan tao|app|ung dung|phan mem)\b.{0,30}\b(lam|tao|che|ghep|dung|xuat)\b.{0,20}\b${FAKED_MEDIA}\b (\w+ ){0,3}${REAL_PERSON}\b.{0,50}\b${FAKE_CLAIM}\b`,
      ),
      re(
        String.raw`\b(lam|tao|che|ghep)\b.{0,20}\b${FAKED_MEDIA}\b (\w+ ){0,3}${REAL_PERSON}\b.{0,50}\b${FAKE_CLAIM}\b.{0,60}\b(bang ai|dung ai|deepfake|tri tue nhan tao)\b`,
      ),
      // A paper made in an office's name ("tạo giấy mời của công an phường"), not asked for from that office. A volunteer's
      // notice of a neighbourhood meeting ("soạn thông báo của phường về họp tổ dân phố") is their own errand.
      re(
        String.raw`^(?!.*\b(o dau|the nao|lam sao|thu tuc|can gi|bao lau|online|truc tuyen|vneid|dich vu cong|xin cap|nop ho so|mat bao lau)\b)(?!.*\b(hop|sinh hoat|ve sinh|tap huan|lop hoc|ra quan) (\w+ )?(to dan pho|khu pho|to|thon|ap|khu dan cu|cong dong)\b).*\b(tao|lam|soan|viet|in|che)\b (giup |gium |dum |ho )?(\w+ ){0,3}${OFFICE_PAPER}\b (\w+ ){0,5}(cua|mang ten|danh nghia|nhu cua|gia|gia lam|gia danh|mao danh) (cong an|toa an|vien kiem sat|ubnd|uy ban|phuong|xa|ngan hang|benh vien|truong|so|bo)\b`,
      ),
      re(
        String.raw`\b(lam|tao|che|ghep)\b.{0,20}\b${FAKED_MEDIA} (ai|deepfake|gia)\b (\w+ ){0,3}${REAL_PERSON}\b.{0,50}\b${FAKE_CLAIM}\b`,
      ),
      // A clip with a real person's face or voice saying crude or false things ("làm cái clip có mặt ông chủ tịch xã nói
      // mấy câu bậy bạ"): words they never said, whatever the tool.
      re(
        String.raw`\b(lam|tao|che|ghep|dung)\b(?! (sao|the nao|gi)\b).{0,20}\b(${FAKED_MEDIA}|anh|hinh)\b (\w+ ){0,2}(co )?(mat|khuon mat|giong|hinh) (cua )?${REAL_PERSON}\b.{0,40}\b(noi|hat|chui|xin|nhan|ke)\b.{0,30}\b(bay|bay ba|tuc|tuc tiu|chui|noi xau|sai su that|chuyen khong co|lung tung|nham nhi|dieu khong co)\b`,
      ),
      // A photo or a clip of a real person made for the learner "cho giống thiệt" ("làm giùm tấm hình ông chủ tịch xã đứng
      // chung với tui, ghép cho thiệt giống"), not an old photo restored (session 21).
      re(
        String.raw`^(?!.*\b(phuc che|lam ro|lam net|to mau|khoi phuc|anh cu|hinh cu|nhan biet|phan biet|lam sao biet)\b).*\b(lam|tao|ghep|che)\b(?! (sao|the nao|gi)\b).{0,30}\b(anh|hinh|video|clip)\b (\w+ ){0,3}${REAL_PERSON}\b.{0,60}\b(ghep (cho )?(giong|that|thiet|chung|vo|vao)|giong (that|thiet|y het)|nhu (that|thiet)|thiet giong|that giong|y chang)\b`,
      ),
      // A recording or a voice made to sound like a real person saying what they never said ("tạo đoạn ghi âm giống con
      // trai tôi nói là nó đồng ý bán nhà", "làm giọng ba tui nói là để nhà cho tui").
      re(
        String.raw`\b(lam|tao|che|ghep|nhai)\b(?! (gi|sao|the nao|nhu the nao)\b) (giup |gium |dum |ho )?(\w+ ){0,4}(${FAKED_MEDIA} )?(gia )?giong (\w+ ){0,3}${REAL_PERSON}\b (\w+ ){0,3}${FAKE_CLAIM}\b`,
      ),
      // A message written as if from the police, a court or a bank ("soạn tin nhắn như của công an phường báo có lệnh triệu tập").
      /\b(soan|viet|tao|lam)\b (giup |gium |dum |ho )?(\w+ ){0,3}(tin nhan|thong bao|giay|thu|cuoc goi|loi nhan) (\w+ ){0,2}(nhu|gia|gia lam|gia danh|mao danh|nhu la) (cua |tu )?(cong an|toa an|vien kiem sat|ngan hang|uy ban|ubnd|phuong|dien luc|thue|bhxh|bao hiem|benh vien|bac si|truong|nha truong|hang hang khong|hang bay)\b/,
      // A page or an account made in someone else's name ("lập trang Facebook giả tên một ông bác sĩ nổi tiếng").
      /\b(lap|tao|lam|mo)\b (giup |gium |dum |ho )?(\w+ ){0,2}(trang|tai khoan|nick|facebook|zalo|fanpage|page|kenh)\b (\w+ ){0,2}(gia|mao danh|gia danh|gia mao|mang ten|dung ten) (ten |lam )?(\w+ ){0,3}(ong|ba|bac si|ca si|nguoi noi tieng|cong an|ngan hang|can bo|nguoi khac|nguoi ta|chu tich|giam doc)\b/,
      // A paper made to look real ("làm giùm một tờ giấy xác nhận có con dấu giống thật": session 17).
      re(
        String.raw`\b${PAPER}\b.{0,80}\b(lam|tao|in|che|ve|sua)\b.{0,30}\b(giong (y )?(het )?(nhu )?(ban |to |cai )?that|nhu (ban |to )?that|y (nhu |chang )?(ban )?that)\b|\b(lam|tao|in|che|ve)\b.{0,30}\b${PAPER}\b.{0,60}\b(giong (y )?(het )?(nhu )?(ban |to |cai )?that|nhu (ban |to )?that)\b`,
      ),
      // A copy of one's own paper made to sell or pawn again ("sổ đỏ đang thế chấp, in một cuốn giống y vậy").
      re(
        String.raw`\b${PAPER}\b.{0,80}\b(lam|tao|in|che)\b (\w+ ){0,4}(giong (y |het )?(vay|the|nhu vay|cai do|cuon do)|y chang|y het|giong het)\b`,
      ),
      // "Làm giả" said before the paper ("làm giả cái giấy xác nhận cư trú").
      re(String.raw`\b(lam gia|gia mao|lam (\w+ )?gia) (giup |gium |dum |ho )?(\w+ ){0,2}${PAPER}\b`),
      // A diploma is earned, never made to order.
      /\b(lam|mua|ban)\b(?! lai\b) (duoc |giup |ho |gium |dum )?(cho (toi|minh|em|bac|chau) )?(cai |tam |mot )?(bang (tot nghiep|dai hoc|cap \d)|hoc ba|chung chi)\b/,
    ],
  ],
  [
    // A code taken from someone else's phone reads like a scam's "đọc mã": the refusal comes first.
    'account-takeover',
    [
      // A phone found or someone else's, unlocked: "mở khóa iPhone nhặt được ngoài đường".
      /\b(mo khoa|pha (mat khau|khoa)|be khoa|unlock|bypass|xoa icloud|pha icloud|bo qua icloud|vuot icloud|vuot (mat khau|khoa))\b.{0,40}\b(nhat duoc|luom duoc|luom|nhat|cua nguoi (khac|ta)|khong phai cua (toi|tui|minh))\b|\b(nhat duoc|luom duoc)\b.{0,30}\b(dien thoai|iphone|may|laptop)\b.{0,40}\b(mo khoa|pha (mat khau|khoa)|be khoa|unlock|xoa icloud|vao may)\b/,
      re(
        String.raw`\blay (\w+ ){0,2}(ma|otp|mat khau)\b.{0,20}\b(tren|trong|o) (may|dien thoai|zalo) (cua )?(${OTHER_PERSON}|ong|ba|vo|chong|con|chau|ong xa|ba xa)\b.{0,30}\b(de )?(vao|dang nhap|mo)\b`,
      ),
    ],
  ],
  [
    'loan-shark',
    [
      // A pension book, an ATM card or an ID card pawned for cash ("chỗ cầm sổ hưu lấy tiền trước"): lenders outside the law.
      /\b(cam|the chap|giu|cam co) (\w+ )?(so huu|so luong huu|the luong huu|the atm|the ngan hang|the bhyt|can cuoc|cccd)\b.{0,40}\b(lay tien|vay|ung tien|ung truoc|lay truoc|o dau|cho nao)\b/,
      // Asking where to borrow from an app or a lender with no checks; being chased for a debt is the scam rules'.
      re(
        // A loan app's face check dodged is bypass-face's, below ("tool vượt face của app vay"). Session 32.
        String.raw`^(?!.*\b(vuot|lach|qua mat|bo qua|hack) (\w+ ){0,2}(xac thuc|khuon mat|sinh trac|ekyc)\b)(?!.*\b(bi (doa|de doa|khung bo|chui|boi nho|lua)|goi (dien|cho|toi|den)|nhan tin|nhan vien|xung|moi (vay|toi|ba|ong)|bat (chuyen|nop|dong)|phi (truoc|giai ngan|ho so|bao hiem)|(chuyen|nop|dong) (tien |phi )?truoc|doi no|(?<!\bde )tra no|ngan hang chinh sach|to tiet kiem|(app|ung dung) (cua )?ngan hang)\b)(?!.*\b(phan biet|nhan biet|that hay gia|gia mao|lam sao biet)\b)(?=.*\b(vay (tien|von|gop|nhanh|online|app|ung dung|\d+|them|it|tieu dung|tra|nong|lai ngay|bat ho)|cho vay|app vay|ung dung vay|vay qua|giai ngan|bat ho|lai (theo )?ngay|gop (moi|theo) ngay)\b)(?=.*\b(app|ung dung|online|tren mang|qua mang|facebook|gop ngay|vay nong|bat ho|lai (theo )?ngay|gop (moi |theo )?ngay|tra gop (theo )?ngay|to roi|cot dien|dan (\w+ )?cot|vay gop|tra gop ngay|khong (can )?tham dinh|khong can (chung minh|the chap|giay to)|chi can (cmnd|cccd|can cuoc|chung minh)|duyet (nhanh|lien|ngay|\d+ phut)|de duyet|giai ngan (lien|ngay|nhanh)|lai ngay|danh ba)\b)(?=.*\b(nao|o dau|duoc khong|co nen|chi|tim|gioi thieu|vay thu|lam sao|the nao|de duyet|muon vay|can vay|can tien gap|${TRUSTED_ASKED}|${INTENT})\b)`,
      ),
    ],
  ],
  // Before the scam net: assets moved to dodge a duty name a transfer no one asked for.
  ['legal', [DUTY_DODGED]],
  [
    'scam',
    [
      // A fortune-teller met in person asking money or gold to lift bad luck. Session 37 (fixn).
      FORTUNE_CON,
      // A call in a relative's voice crying for help or kidnapped, said to be AI or a fake voice ("AI gọi điện giọng con
      // trai tui kêu cứu, nói bị bắt cóc"): a cloned voice, call the relative back; the reply names 113 too. Hearsay and
      // how to guard against it ("nghe nói AI giả giọng…, nên đặt mật khẩu gia đình sao") are the entry's. Session 28.
      /^(?!.*\b(nghe noi|phong|phong tranh|de phong|nen dat|mat khau gia dinh|lam sao (biet|phan biet)|cach (phan biet|nhan biet)|neu)\b).*\b(aido|tri tue nhan tao|gia giong|giong gia|deepfake|nhai giong|ghep giong)\b (\w+ ){0,3}(goi|goi dien|nhan|noi)\b.{0,60}\b(bat coc|bi bat|keu cuu|tien chuoc)\b/,
      // The app's "gửi lại mã" button pressed by the learner ("bấm nút gửi lại mã OTP mà không thấy") hands nothing over.
      re(
        String.raw`^(?!.*\b(nut|bam|an|cham) (\w+ ){0,2}gui lai ma\b).*\b(doc|dua|cung cap|chup|gui lai|chuyen tiep|nhan lai|bao lai) .{0,25}\b(otp|ma xac (nhan|thuc)|ma so|ma kich hoat|(so|ma) trong tin nhan|day so|(may|cac|nhung) con so|ma \d+ so|ma (\w+ )?vua (gui|nhan))`,
      ),
      // The whole message a hand-over about to happen, in two to four words ("gửi otp nha", "đọc mã hả", "đưa code luôn").
      // Session 27 (trial31).
      /^ (gui|doc|dua|noi|khai|bao|nhan) (lai |luon |cai |ma )?(otp|ma otp|ma xac nhan|ma xac thuc|ma|code|ma code|ma pin|mat khau)( (cho (no|ho|nguoi ta|ben kia|ong ay|ba ay)))? (nha|nhe|ha|hong|khong|duoc khong|luon|lien|di|ok|nghe|nhen|hen|chu|a)( (con|chau|em|bac))? $/,
      // "cài lại VNeID trên máy mới mà nó cứ đòi mã": the app asks for its own code; nobody is asking.
      // "nó báo đã gửi mã", "đợi hoài": the app telling it sent a code, the learner waiting for it.
      re(
        String.raw`(?<!\b(vneid|zalo|ung dung ngan hang|app ngan hang|ung dung|app|may|may moi|dien thoai|dien thoai moi|man hinh|he thong|tin nhan|sms)( ma| thi| nay)? )\b${THEY}\b.{0,40}\b(xin(?! hoi)|doi|hoi|lay|(?<!\b(nhan tin|gui tin|tin nhan|sms) )bao|yeu cau|bat)\b(?! (da |vua |la )?gui| hoai| mai| lau).{0,20}\b(otp|ma xac (nhan|thuc)|ma kich hoat|ma so(?! (thue|bhxh|bao hiem|ho gia dinh|doanh nghiep|dinh danh|ca nhan|khach hang)))`,
      ),
      /\b(doc|dua|gui|cho|bao)\b.{0,20}\b(\d+|bon|sau|tam|may|day|cac) (chu )?so\b.{0,40}\b(tin nhan|sms|gui ve|vua nhan)/,
      // A code the learner cannot make out or types into the phone ("thẻ cào bị mờ không đọc được mã", "đọc mã nạp vào máy") is
      // no code handed over. Session 30.
      /^(?!.*\b(khong|chua|hong) doc duoc\b)(?!.*\bthe cao\b.{0,40}\bnap (vao|vo|cho) (may|dien thoai|sim)\b).*\bdoc\b.{0,15}\bma\b(?! (qr|khong|ko|hong|chang|van|lai|no|ho|toi|tui|minh|em|con|co)\b)/,
      // A stranger asking for "the code", however short ("số lạ đòi mã, đưa ko").
      /\b(so la|nguoi la|so dien thoai la|so may la|ai do|dua nao|thang nao)\b.{0,20}\b(doi|xin|hoi|lay|bat (doc|dua|gui)|bao (doc|dua|gui))\b (cai |cho )?(ma|ma so|day so|con so)\b/,
      // An office that called or texted, then asked for it ("ngân hàng gọi hỏi mã"): told, not asked whether it happens.
      /\b(ngan hang|cong an|nhan vien|tong dai|dien luc|can bo|buu dien|nha mang|shipper)( \w+)? (goi|goi dien|nhan tin|nhan|goi toi|goi lai) (\w+ ){0,2}(doi|xin|hoi|lay|bat doc|bao doc) (cai |cho )?(ma|ma so|day so|con so)\b(?! (pin moi|qr|so thue|khach hang|bhxh|buu chinh))/,
      // The code and who wants it, in a few words ("otp người ta hỏi", "đưa mã cho shipper").
      /\b(dua|doc|gui|cho|bao) (cai )?(ma|ma so|otp|ma otp|ma xac nhan)\b (cho|toi) (shipper|nguoi la|so la|ho|no|nguoi ta|nhan vien|ben|cong an|can bo|nguoi goi)\b|\b(otp|ma otp|ma xac nhan)\b (\w+ )?(nguoi ta|nguoi la|so la|ho|no|ben|nhan vien|shipper|cong an|can bo) (hoi|xin|doi|bat doc|bao doc|doi doc)\b/,
      // Told to read "the code" ("gọi biểu tui đọc mã"), whatever follows ("mà", "tui đọc rồi"). Session 24 (trial28).
      /\b(bieu|bao|keu|bat|biu|yeu cau) (toi |ba |me |ong |bac |minh |em |con )?doc (cai |giup |gium |lai )?ma\b(?! (qr|vach|so thue)\b)/,
      // Digits already read to someone ("tui vừa đọc 6 số cho người ta rồi"); a caller who asked for a password or a PIN
      // ("nhân viên VNeID gọi xin mật khẩu"), not an app that asks to change it. Session 24 (trial28).
      /\b(doc|dua|gui|bao) (\w+ )?(\d|bon|sau|tam) (chu )?so (cho|toi) (ho|no|nguoi ta|nguoi la|ben|nhan vien|ong|ba|anh|chi|thang|ai|so la)\b/,
      /\b(goi|goi dien|nhan tin|nhan zalo|nhan) (\w+ ){0,2}(xin|hoi|lay) (\w+ )?(mat khau|ma pin|mat ma)\b/,
      // A secret given, the receiver named before it ("cho người lạ mật khẩu ngân hàng có sao không"). Session 24 (trial28).
      /\b(cho|dua|gui|doc|cung cap) (nguoi la|so la|nguoi ta|nguoi tren mang|ban tren mang|nguoi quen tren mang|ai do|thang do|ho|no) (mat khau|ma pin|ma otp|otp|ma xac nhan|so the|so can cuoc|so cccd|anh can cuoc|hinh can cuoc)\b(?! (wifi|wi fi|mang nha|mang wifi))/,
      // Money sent to an officer, the transfer named first ("chuyển tiền cho công an"): no office takes money that way.
      /\b(chuyen|gui) (\w+ ){0,2}(tien|khoan)\b (\w+ ){0,3}(cho |(vao|vo|qua|sang) (tai khoan|tk) (cua )?)(cong an|toa an|vien kiem sat|canh sat|dieu tra vien|can bo (cong an|thue|xa|phuong|dieu tra|ngan hang))\b/,
      /\blien quan\b.{0,30}\b(vu an|ma tuy|rua tien|duong day|buon lau|toi pham|an ninh quoc gia)\b|\b(dieu tra|hop tac|lam viec) bi mat\b|\bgiu bi mat\b.{0,40}\b(cong an|dieu tra|vu an)\b/,
      re(
        String.raw`\b${THEY}\b.{0,60}\b(bat|bao|yeu cau|keu|xui|giuc|huong dan)\b.{0,20}\b(bam|nhan|an|cham|vao|mo|cai|tai)\b.{0,20}\b(link|duong link|duong dan|apk)\b`,
      ),
      // "Tiền điện tui đóng ở bưu điện… đóng tiền điện trong app": the learner's own bill, no one demanding; nor
      // "nộp tiền trước bạ" (the registration fee).
      // Nor a fine the learner pays online after the paper notice ("lên công an nhận biên bản phạt nguội, về nộp tiền
      // trên điện thoại"): whoever demands it by phone or message is the net's to catch (session 20, trial22).
      re(
        String.raw`^(?!.*\b(?:phat nguoi|bien ban|quyet dinh xu phat|tien phat|nop phat|dong phat)\b.*\b(?:tren mang|qua mang|online|truc tuyen|tren dien thoai|qua dien thoai|dich vu cong|vneid)\b).*?\b(cong an|toa an|vien kiem sat|canh sat|thanh tra|can bo|nhan vien|buu dien|dien luc)\b(?!( \w+)? (thu|tiep) nhan).{0,60}(?<!\bco (phai|can|mat) )\b((chuyen|nop|gui|dong) (het |gap )?${MONEY}(?! (dien|nuoc|truoc ba|le phi|thue dat)\b)|doi (\w+ )?tien\b(?! (dien|nuoc|mat khau|ma pin|so)\b))`,
      ),
      re(
        // Not a number meant to be given ("mã số thuế" for an invoice, "mã số BHXH"). Session 34.
        String.raw`\b(otp|ma xac nhan|ma so(?! (thue|bhxh|bao hiem|doanh nghiep|ho kinh doanh|hoc sinh|sinh vien|khach hang|hop dong|ho so|don hang)\b))\b.{0,20}\bcho (ho|nguoi|no|ben|nhan vien|cong an|ngan hang|ong|ba|anh|chi|ai)\b`,
      ),
      /\b(chung minh|xac minh) (nguon )?tien( la)? sach|\btien sach\b|(?<!\b(de|giu|giup|bao ve|cho|lam|giu cho) )tai khoan (tam giu|an toan(?! (hon|nhat|khong|chua|roi|tuyet doi)\b))|\btam giu\b.{0,20}tien|phong toa (tien|tai khoan)(?! (ke|nhan|cua ke|lua|da nhan))/,
      /\b(bao|yeu cau|bat|doi|ep|giuc) .{0,25}\bchuyen (het )?tien\b.{0,40}\b(dieu tra|xac minh|chung minh|kiem tra|phong toa|bao ve|an toan)/,
      // A link already pressed, then a worried "what now" ("bấm vào link rồi con ơi giờ làm sao"), typed in a hurry
      // without "lỡ". Session 37.
      /\b(bam|nhan|an|mo) (vao |vo )?(cai |duong )?(link|lien ket)\b (\w+ ){0,4}roi\b.{0,30}\b(gio (lam sao|sao|tinh sao|lam gi)|co sao (khong|ko|hong)|co bi (gi|sao|mat)|lam sao (day|bay gio)|phai lam (gi|sao)|sao day)\b/,
      // Spotting a fake link is asked how to do, not told ("cách nhận biết link giả").
      /^(?!.*\b(nhan biet|phan biet|nhan ra|lam sao biet|cach biet|de phong)\b).*\b(link|duong link|apk|file)\b.{0,6}\b(la(?! gi| sao| cai)|gia|dang ngo)\b|\blo (bam|nhan|an|vao|cai|mo (link|file|tin nhan|duong link)|tai (app|ung dung|file|phan mem|ve))\b(?! nham (so|tai khoan|nut|phim|chu))/,
      re(
        String.raw`\b${THEY}\b.{0,30}\b(gui|nhan|cho|dua)\b.{0,10}\b(link|duong link|duong dan|apk)\b(?! (hop|zoom|google meet|meet|lop hoc|bai hoc|nguon|tham khao|trich dan|bai bao))`,
      ),
      // Installing from a link is the trap; saving a photo, a video or a document (a teacher's PDF) sent on Zalo is not. "Cái vòng
      // tròn trong Messenger" is a place in the app (Meta AI), not an install through a message.
      /\b(cai|tai)\b(?! (anh|hinh|video|clip|nhac|bai hat|nut|gi|nay|do|kia|nao|may|dien thoai|tin nhan|dinh vi|vi tri|ban do|nha|quay|cho|cua hang|tiem|sap|ngan hang|co quan|uy ban|phuong|xa|tai lieu|bai tap|van ban|file (pdf|word|excel|bai|anh|hinh|tai lieu|danh sach|ghi am|nhac|video))\b).{0,30}\b((qua|theo|tu|bang) (link|duong link|duong dan|apk|tin nhan|zalo|messenger)|trong (link|duong link|duong dan|apk|tin nhan))\b/,
      // A link said to open CH Play or App Store ("con gửi link CH Play tải app VssID") is the store itself (session 25).
      /\b(link|duong link|duong dan)\b(?! (cua |tren |tu |den |toi |vao |vo )?(ch play|app store|google play|play store|chplay|appstore)\b).{0,40}\b(cai|tai|cap nhat|nang cap|dang nhap|kich hoat) (app|ung dung|vneid|phan mem|ban moi)/,
      /\b(muc|level) (3|ba)\b|\b(dinh danh|vneid|tai khoan)\b.{0,20}\bcap (3|ba)\b/,
      re(
        String.raw`\b${THEY}\b.{0,20}\b(chuyen|gui|ck) (khoan |tien )?nham\b|\bnham (tien )?vao (tai khoan|so tai khoan)|\b(doi|tra|hoan) (lai )?tien .{0,15}nham\b|\btien (la|tu dau)\b.{0,20}\b(vao|ve) tai khoan`,
      ),
      /\b(xung|tu xung|gia danh|mao danh|gia lam|nhan la)\b.{0,15}\b(cong an|ngan hang|nhan vien|toa an|vien kiem sat|bao hiem|dien luc|nha mang|buu dien|can bo)/,
      // Money paid to the hospital itself ("chuyển viện phí cho bệnh viện") is a bill, not a plea; nor is the learner's own
      // past surgery told as background ("tôi đã phẫu thuật thẩm mỹ nên khuôn mặt không khớp").
      re(
        String.raw`^(?!.*\b(?:cho|vao tai khoan|vao tai khoan cua) benh vien\b)(?!.*\b(?:toi|tui|minh|em) (?:da |moi |vua |tung )?(?:phau thuat|mo mat|mo tim|nam vien)\b)(?:.*?)(?:\b(cap cuu|tai nan|benh vien|mo gap|phau thuat|bi bat|bi tam giu|bao lanh|bi giu)\b.{0,50}\b(chuyen|gui|vay|muon) (gap |ngay |lien |luon )?${MONEY}|\b(chuyen|gui|vay|muon) (gap )?${MONEY}.{0,50}\b(cap cuu|tai nan|benh vien)\b)`,
      ),
      // A hospital bill to be paid into a nurse's or a doctor's own account: hospitals take it at their counter.
      /\b(benh vien|vien phi|cap cuu|phau thuat|nam vien)\b.{0,80}\btai khoan (rieng |ca nhan )?(cua )?(dieu duong|bac si|y ta|nhan vien|ca nhan)\b/,
      // "đã chuyển tiền về cho má" on Zalo is money coming in, not a request for any.
      re(
        String.raw`\b(goi video|video call|goi zalo|nhan zalo|nhan tin zalo|messenger|facebook)\b.{0,50}\b(?<!da )(chuyen|gui|vay|muon|can) (gap |ngay )?${MONEY}`,
      ),
      /\b(link|duong link|tin nhan)\b.{0,50}\bnhap (so |ma )?(cccd|can cuoc|tai khoan|mat khau|otp|the)\b/,
      /\b(ma (kich hoat|xac nhan|xac thuc|otp|so)|otp)\b.{0,60}\bdoc (giup|gium|dum|lai|cho|ho)\b/,
      /\b(day so|ma so|con so)\b.{0,40}\b(nhan lai|doc lai|gui lai|bao lai|doc) (cho|giup|gium)\b|\b(gui|nhan duoc)\b (\w+ ){0,3}file\b(?! (pdf|word|excel|anh|hinh|nhac|ghi am)\b).{0,60}\b(doi cai|bat cai|cai dat|cai vao)\b/,
      /\b(bam|nhan|go) (theo )?(dau )?(sao|thang)\b.{0,40}\b(so dien thoai|so cua|so)\b/,
      // A booking on a social page, the seller demanding a deposit or a fee ("đặt tour qua trang Facebook, họ biểu chuyển
      // thêm 2 triệu phí giữ chỗ"): real firms take it through their own site or counter.
      /^(?=.*\b(dat|mua|book|giu) (\w+ ){0,2}(tour|phong|ve|cho|homestay|khach san|xe)\b)(?=.*\b(facebook|zalo|trang|fanpage|page|tiktok|tren mang|qua mang)\b)(?=.*\b(ho|no|nguoi ban|ben do|chu|admin|nhan vien|ben kia) (\w+ ){0,2}(biu|bieu|bao|keu|bat|yeu cau|doi|nhan)\b.{0,30}\b(chuyen|coc|dat coc|giu cho|chuyen khoan|dong)\b)/,
      // A caller who says a membership will be charged unless cancelled, then guides the steps ("nếu không hủy thì bị trừ").
      /\b(goi|nhan tin|nhan)\b.{0,60}\b(neu khong huy|khong huy thi|de huy|muon huy)\b.{0,40}\b(tru|mat|thu|tinh) (\w+ )?(\d+|tien|phi)\b/,
      // A call handed on to "the police" on Zalo or video ("kết nối với công an qua Zalo"): no office works that way.
      /\b(ket noi|chuyen (may|cuoc goi|tiep)|noi chuyen|lam viec) (\w+ ){0,2}(voi|sang|cho|toi) (cong an|toa an|vien kiem sat|dieu tra vien|canh sat)\b.{0,20}\b(qua )?(zalo|video|zoom|messenger|facebook|goi video)\b/,
      // Debt collectors of a loan app: threats, insults, the whole contact list, edited photos.
      /^(?!.*\b(tat axit|tat a xit|giet|chem|dot nha|(cam|rut|vac|mang) (dao|ma tau|mac tau|hung khi|sung|kiem|bua|cay sat|gay|gay go|gay sat|tuyp|ong tuyp|ong sat|xa beng|rua|cay go|dui cui)|chan (duong|dau|xe) (danh|dap|chem|dam)|danh (\w+ ){0,3}(gay|chay mau|nhap vien|bat tinh)|nem (\w+ )?(mam tom|son|phan|chat ban|da|gach|xang)|(tat|hat) (\w+ )?(mam tom|son|phan|chat ban|xang|nuoc ban))\b).*\b(vay|doi no|app vay|ung dung vay|tin dung den|cho vay)\b.{0,80}\b(doa|de doa|chui|khung bo|ghep anh|ghep hinh|ghep mat|beu|danh ba|lam nhuc|boi nho)\b/,
      re(
        String.raw`\b(trung thuong|nhan thuong|qua tang|nhan qua)\b.{0,60}\b(chuyen|nop|dong|gui) (${MONEY}|phi)|\b(chuyen|nop|dong) (tien|phi)\b.{0,40}\b(nhan thuong|trung thuong|nhan qua)`,
      ),
      // Money moved to an account someone names "for safety" or that an office "designates" ("chuyển qua tài khoản này cho
      // an toàn rồi trả lại sau", "tài khoản do cơ quan công an chỉ định"); one's own savings "an toàn hơn" is no demand.
      // Session 26 (trial30).
      /\bchuyen\b (\w+ ){0,5}(tai khoan|tk)\b (\w+ ){0,3}(cho|de|moi|thi) (duoc )?an toan\b(?! (hon|khong|nhat)\b)|\b(tai khoan|tk) (do|cua|ma) (\w+ ){0,2}(cong an|toa an|vien kiem sat|co quan dieu tra|dieu tra vien|canh sat) (\w+ ){0,2}(chi dinh|dua|cung cap|yeu cau)\b/,
      // Money moved as someone on the phone says ("bả đang chuyển tiền theo lời người ta nói trên điện thoại").
      /\b(chuyen|gui|nop) (tien|khoan) (\w+ ){0,2}theo (loi|huong dan|yeu cau|chi dan) (cua )?(nguoi ta|nguoi la|ho|no|nguoi goi|ong ta|ba ta|so la|ben kia|ai do)\b/,
      // The number in the phone read out to someone ("biểu mệ đọc cái số trong điện thoại cho hắn"). Session 26 (trial30).
      /\bdoc (cai |may |day |con |het )?so (trong|tren|o|cua) (dien thoai|may|tin nhan)\b.{0,20}\bcho (no|ho|nguoi ta|ong|ba|thang|con|ong ta|ba ta|anh ta|chi ta|ong ay|ba ay)\b/,
      // "The code" pointed at, then read out to someone ("mã đó đọc cho ổng luôn hả"). Session 26 (trial30).
      /\bma (do|nay|kia|vua nhan|moi nhan|trong tin nhan)\b (\w+ ){0,3}(doc|dua|noi|bao) (lai |luon |het )?(cho|giup|gium|dum) (ong|ba|ho|no|nguoi ta|ong ay|ba ay|chu|co|anh|chi|thang|ben|ong ta|ba ta|anh ta|chi ta)\b/,
      // Session 37 (fixq), after the net (a code or a link told first keeps its own steps): an account, a card or a wallet drained ("tai khoan tu nhien mat tien", "tài khoản bị trừ 20 triệu
      // không biết ai", "bấm link rồi tiền trong thẻ bay sạch"); a fee or a cost asked about is no loss.
      re(
        String.raw`^(?!.*\b${LOSS_NOT_OWN}\b)(?!.*\b${ACCOUNT_CHARGE}\b).*\b${MONEY_HOLDER}\b (\w+ ){0,3}${DRAINED}\b`,
      ),
      // A link opened, then money gone ("bấm link xong mất sạch tiền").
      re(
        String.raw`^(?!.*\b${LOSS_NOT_OWN}\b)(?!.*\b${ACCOUNT_CHARGE}\b).*\b(bam|nhan|an|vao|vo|mo) (\w+ )?(link|duong link|duong dan)\b.{0,40}\b${LOST_AFTER_LINK}\b`,
      ),
    ],
  ],
  [
    'identity-fraud',
    [
      // A relative who has died: their card or savings book taken to withdraw their money ("anh hai tui chết rồi, tui lấy
      // căn cước ảnh rút tiền tiết kiệm của ảnh"): the heirs' procedure at the bank, never the dead's papers. Session 26.
      re(
        String.raw`^(?=.*\b(chet|mat roi|da mat|qua doi|da khuat|mat nam)\b).*\b(lay|dung|cam|xai)\b (cai )?(the )?(can cuoc|cccd|the atm|the ngan hang|so tiet kiem|so) (cua )?${KIN}\b.{0,30}\b(rut|chuyen|lay tien)\b`,
      ),
      // Standing as the name on someone else's loan, instalment or account ("bà hàng xóm nhờ tui đứng tên mua xe trả góp giùm").
      /\b(nho|keu|ru|bieu|xin|(?<!\b(toi|tui|minh|em|con|bac|chau) )muon) (\w+ ){0,2}dung ten (\w+ ){0,3}(mua|vay|mo|dang ky|lam)\b.{0,40}\b(tra gop|vay|tai khoan|sim|xe|the tin dung|hop dong|vi dien tu|vi momo|momo|zalopay|the atm|the ngan hang)\b|\bdung ten (giup|gium|dum|ho) (\w+ ){0,3}(vay|tra gop|mo tai khoan|dang ky sim|the tin dung)\b|\bdung ten (\w+ ){0,2}(cong ty|doanh nghiep|giam doc|chu doanh nghiep)\b.{0,40}\b(giup|gium|dum|ho|tra|moi thang|ky)\b/,
      // A dead relative's card or account used to open, withdraw or borrow ("căn cước của mẹ tôi đã mất để rút tiền").
      /\b(can cuoc|cccd|cmnd|giay to|the atm|the ngan hang|tai khoan|so tiet kiem|vneid)\b (\w+ ){0,2}cua (me|ma|cha|bo|ba|ong|ba noi|ong noi|chong|vo|anh|chi|em|nguoi) (\w+ ){0,3}(da mat|da qua doi|qua doi|da chet|da khuat|mat roi|mat nam)\b.{0,60}\b(mo|rut|vay|dang nhap|dung|lam the|chuyen)\b|\b(mo|rut|vay|dang nhap|lam) (\w+ ){0,5}(bang|voi|dung) (can cuoc|cccd|cmnd|giay to|the) cua (me|ma|cha|bo|ba|ong|chong|vo|nguoi) (\w+ ){0,2}(da mat|da qua doi|qua doi|da chet|da khuat)\b/,
      re(
        String.raw`\b${HOW_OR_WANT}\b.{0,30}\b(mua|thue|muon)\b.{0,15}\b(sim|tai khoan|nick|acc|cccd|can cuoc|chung minh|giay to)\b.{0,30}\b(dung ten(?! (toi|tui|minh|chinh minh|chinh chu))|chinh chu|nguoi khac|ten nguoi|cua nguoi|ngan hang|rac)`,
      ),
      re(
        String.raw`\b${HOW_OR_WANT}\b.{0,20}\b(ban|mua|thue|cho thue|cho muon)\b.{0,10}\b(tai khoan ngan hang|sim chinh chu|sim rac|cccd|can cuoc)\b`,
      ),
      /\b(mua|thue|can|kiem|tim)\b (\w+ ){0,3}sim (\w+ ){0,2}(da )?kich hoat san\b|\b(mua|thue|muon)\b.{0,15}\bsim rac\b|\b(mua|thue)\b.{0,15}\b(sim|tai khoan)\b.{0,30}\b(dung ten (nguoi khac|nguoi ta)|ten nguoi khac|khong chinh chu)\b/,
      /\b(mua|ban|thue)\b (lai |giup (\w+ )?|gium (\w+ )?)?(tai khoan|nick|acc) (zalo|facebook|face|tiktok|shopee|momo|zalopay|ngan hang|gmail|vneid)\b.{0,60}\b(o dau|nao|gia|duoc khong|bao nhieu|cho nao|tra (\w+ )?\d+)\b|\b(mua|ban|thue)\b (lai )?(tai khoan|nick|acc|vi|vi dien tu)\b (\w+ ){0,3}(da xac minh|da xac thuc|chinh chu|co san|da dinh danh|da ekyc|xac minh san)\b/,
      /\b(ban|cho thue|cho muon|sang)\b (lai )?(\w+ ){0,3}(sim|tai khoan|the atm|the ngan hang)\b.{0,30}\bcho (nguoi|ho|ai|ben|may nguoi)\b/,
      /\b(sim|tai khoan|the atm|the ngan hang)\b.{0,40}\b(ban|cho thue|cho muon|sang) (lai )?(cho )?(nguoi|ho|ai|ben)\b/,
      /\b(cho (\w+ )?thue|cho (\w+ )?muon|ban)\b (lai )?(\w+ ){0,2}(sim|tai khoan ngan hang|the atm)\b.{0,40}\b(duoc tien|duoc bao nhieu|kiem tien|tien cong|co duoc khong)\b/,
      /\b(muon|thue|mua|muon muon)\b (\w+ ){0,2}((voi|va|ca|lan|kem) )?tai khoan (ngan hang )?(cua )?(tui|toi|minh|ba|ong|em|con)\b.{0,40}\b(nhan tien|chuyen tien|tra cong|tra tien|hoa hong|moi thang)\b/,
      /\b(lam|mua|tao|in)\b.{0,10}\b(cccd|can cuoc|chung minh|giay to|bang lai|bang (cap|tot nghiep|dai hoc|cu nhan)|so do|giay khai sinh)\b.{0,10}\bgia\b(?! (re|bao nhieu|tien|ca|tri|han|hop ly|cao|thap))/,
      re(
        String.raw`\b(dang ky|mo|lap)\b.{0,20}\b(sim|tai khoan)\b.{0,20}\b(bang|dung|voi) (cccd|can cuoc|giay to|ten) (cua )?${OTHER_PERSON}`,
      ),
      /\b(dua|giao|cho muon|cho thue|cho dung)\b (lai )?(\w+ ){0,2}(tai khoan ngan hang|tai khoan|the atm|the ngan hang)\b.{0,15}\bcho (nguoi|ho|ai|ben)\b.{0,80}\b(nhan tien|chuyen tien|chuyen di|huong|hoa hong|phan tram|tien cong)\b/,
      // A SIM or an account rented in someone's name ("thuê sim chính chủ để đăng ký Zalo"); "thuê bao" is a subscriber.
      // Session 28.
      /\bthue (?!bao\b)(\w+ )?(sim|nick|acc|tai khoan)\b (\w+ ){0,2}(chinh chu|dung ten|cua nguoi|ten nguoi)\b/,
      // Money received into one's own account and passed on for a cut ("nhận tiền vào tài khoản rồi chuyển lại cho họ, được
      // hưởng 1%"): the account lent to move someone's money. Session 28.
      /\bnhan (tien|tien hang|tien hang ho|tien ho|tien gium|tien giup|gium tien|ho tien) (\w+ ){0,2}(vao|qua|ve|bang) (\w+ ){0,2}(tai khoan|tk|the)\b.{0,60}\b(chuyen (lai|tiep|di|sang|ra|cho)|rut (ra )?(dua|giao|tra))\b.{0,60}\b(huong|hoa hong|phantram|phan tram|tien cong|tra cong|cho tien|duoc tien|an chia)\b/,
      /\b(ban|mua)\b (lai )?(cai tai khoan |cai nick |cai |tai khoan |nick )(zalo|facebook|face|tiktok)\b (\w+ )?(cu|lau nam|cua (toi|tui|minh|bac|ba|ong))\b/,
      /\b(xin|hoi|muon|doi|nho)\b (\w+ ){0,2}(tai khoan|tk) (vneid|dinh danh|ngan hang|zalo)\b (\w+ ){0,3}(va|voi|ca|kem) (\w+ ){0,2}(mat khau|pass|ma pin|otp)\b/,
      /\bsim (rac|khong chinh chu|ao|dang ky san)\b.{0,30}\b(mua|ban|o dau|cho nao|noi nao|lay)\b/,
      // The learner's ID card rented ("có người trả tiền thuê cccd của tui"); "thuế" folds like "thuê", and the tax code is
      // the ID number now ("mã số thuế căn cước của tôi"). Session 24 (trial28).
      /(?<!\bso )\b(thue|hoi thue|muon thue)\b (\w+ )?(cccd|can cuoc|the can cuoc|chung minh)\b( can cuoc)? (cua )?(toi|tui|minh|ba|ong|me|bac|em)\b/,
      // A SIM already registered or activated in someone's name, bought or sold ("sim đăng ký sẵn mua chỗ nào"); an account or
      // card opened only to be sold or rented out ("làm sao mở tài khoản ngân hàng để bán"). Session 24 (trial28).
      /^(?=.*\b(mua|ban|lay|kiem|tim|o dau|cho nao|noi nao)\b).*\bsim (\w+ ){0,3}(da )?(kich hoat|dang ky|dinh danh|xac thuc|co ten)( \w+){0,2} san\b/,
      /\b(mo|lam|dang ky|lap)\b (\w+ ){0,3}(tai khoan|the atm|the ngan hang|sim)\b (\w+ ){0,2}(de|roi|xong|dem|dang) (ban|cho thue|cho muon|giao lai|giao cho|dua (ho|no|nguoi ta|ben do) (giu|xai|dung|cam))\b/,
      // A SIM bought with no registration or in someone else's name ("mua sim không cần đăng ký thông tin", "sim đứng tên họ,
      // xài luôn không cần sang tên"), or with the bank account tied to it ("mua lại sim của người ta rồi dùng luôn tài khoản
      // ngân hàng gắn với sim đó"). Asking whether it must be in one's name ("có cần chính chủ không") is the procedure.
      /^(?=.*\bsim\b)(?=.*\b(mua|ban|xai|dung|lay)\b).*\b(khong can|khoi can|khong phai|chang can) (phai )?(dang ky|chinh chu|can cuoc|cccd|thong tin|sang ten|dung ten)\b(?! (khong|ko|hong|ha|a|phai khong)\b)/,
      /\bmua (lai )?sim (cua )?(nguoi ta|nguoi khac|nguoi la|ho|no)\b.{0,40}\b(dung|xai) (luon )?(tai khoan|vi|zalo|ngan hang|vneid)\b/,
      ...OTHERS_ID,
    ],
  ],
  // Before account-takeover: "đưa mặt vô điện thoại nó" is a face lent, not a phone got into.
  ['bypass-face', [FACE_LENT]],
  [
    'account-takeover',
    [
      // A parent's or spouse's VNeID or bank app opened while they are away ("đăng nhập VNeID của bố khi bố không có mặt").
      /\b(dang nhap|vao|vo|mo|su dung|dung) (\w+ ){0,2}(vneid|tai khoan dinh danh|app ngan hang|ung dung ngan hang|tai khoan ngan hang|zalo|facebook) (\w+ ){0,2}cua (bo|cha|me|ma|ong|ba|chong|vo|con|nguoi khac|hang xom|anh|chi|em)\b.{0,50}\b(khong co mat|vang nha|khong biet|di vang|khong o nha|di xa|ma khong (cho|de|ai)|len)\b/,
      // The scammers' own account, to get into and see who they are ("chỉ cách vô được Zalo của tụi nó").
      re(
        String.raw`\b(vo|vao|dang nhap|truy cap|hack|doc|xem|coi|mo) (\w+ ){0,3}(zalo|facebook|face|messenger|tai khoan|tin nhan|email|dien thoai) (\w+ ){0,2}cua ${SCAMMERS}\b`,
      ),
      /\bhack\b|\bbe khoa\b|\b(xem|doc|nghe|mo khoa|vao) (trom|len)\b|\b(coi|nhin|rinh) trom\b|theo doi bi mat|\bdinh vi (bi mat|len)\b/,
      re(
        // "Người ta nói…" after the account is hearsay, not its owner: "không biết dùng điện thoại, người ta nói…".
        String.raw`\b(?!doi (dien thoai|may)\b)(?<!\b(chuyen|chuyen khoan|khoan|gui|nop|ck|nghin|ngan|trieu|k|tien) )(vao|dang nhap|truy cap|mo khoa|xem|doc|lay|doi|chiem|kiem soat|theo doi|pha|biet|do|tim ra)\b.{0,30}\b${ACCOUNT}\b.{0,25}\b(cua )?${OTHER_PERSON}\b(?! (noi|bao|keu|dan|nhac|khuyen|huong dan)\b)`,
      ),
      re(
        String.raw`\b(${ACCOUNT}|ma kich hoat|otp)\b.{0,60}\bma (khong (cho|de) (\w+ ){0,2}biet|khong bi (biet|phat hien)|(ho|no|ong|ba|anh|chi|co|vo|chong|nguoi ta|nguoi do|con|chau|em|ban)( \w+){0,2} khong (hay |he )?(bi )?(biet|phat hien))\b`,
      ),
      // Someone's messages read while they are away or asleep ("đọc tin nhắn Zalo trên điện thoại của cha khi cha không có nhà").
      re(
        String.raw`^(?!.*\b(nha minh|cua minh|cua toi|cua tui|nha toi|nha tui)\b).*\b(doc|xem|coi|vao|mo)\b.{0,40}\b${ACCOUNT}\b.{0,40}\b(khi|luc|trong luc|lua luc) (?!(toi|tui|minh|em|bac) )(\w+ ){1,2}(khong co (o )?nha|di vang|vang nha|dang ngu|ngu say|di lam|di tam|khong de y)\b`,
      ),
      // Into the account of someone one is at odds with, to take something out of it.
      re(
        String.raw`\b(vao|dang nhap|mo|xem|doc|lay)\b (\w+ ){0,2}${ACCOUNT}\b.{0,30}\b(cua )?(ong|ba|ho|no|han|sep|cong ty)\b.{0,40}\bde (lay|chup|tai|xoa)\b`,
      ),
      // Money moved into their account ("chuyển khoản vào tài khoản họ") is a transfer, not their account got into.
      // Unlocked with their own face ("dùng mặt nó mở khóa điện thoại của nó"): their own phone.
      /(?<!\b(chuyen|chuyen khoan|khoan|gui|nop|nap|ck|tien|dong) )(?<!\bmat (cua )?no\b.{0,12})\b(mo khoa|be khoa|pha khoa|xem|doc|vao)\b (\w+ ){0,2}(may|dien thoai|zalo|facebook|tin nhan|tai khoan) (cua )?(no(?! (tu|se|hien|bao|ghi|viet|chuyen|dich|doi|keu|hoi)\b)|ong ay|ba ay|chong|vo|con dau|con re|nguoi ta|ho)\b/,
      /\brut tien (tu |trong |o )?(tai khoan|the) (cua )?(nguoi khac|nguoi ta|nguoi la|ho)\b/,
      re(
        String.raw`\b(dinh vi|theo doi|theo dau|biet vi tri)\b (\w+ ){0,3}(dien thoai|may|xe|vi tri)\b.{0,25}\b${OTHER_PERSON}\b`,
      ),
      /\b(zalo|facebook|face|phay|phay buc|mat khau|tin nhan|dien thoai)\b.{0,60}\bde (coi|xem|doc|biet) (\w+ ){0,3}(noi xau|nhan tin|nhan voi|nhan cho|noi chuyen voi|chat|choi voi|quen ai|lam gi|di dau)\b/,
      // Whom a spouse or a child messages, found out behind their back ("biết chồng tui nhắn Zalo với ai").
      /\b(biet|coi|xem|doc|theo doi)\b.{0,20}\b(chong|vo|con dau|con re|nguoi yeu|ban trai|ban gai|con gai|con trai|hang xom|ong xa|ba xa)\b (\w+ ){0,2}(nhan tin|nhan|chat|noi chuyen|goi dien)\b (\w+ ){0,2}voi ai\b/,
      /\b(do|be|hack|lay|tim|bat|xin)\b.{0,15}\bmat khau wifi\b.{0,30}\b(nha ben|ben canh|hang xom|nguoi khac|nha khac|nha ke ben|ke ben)\b|\b(dung|xai|bat) ke wifi\b/,
    ],
  ],
  [
    'bypass-face',
    [
      // Asked to do someone's face check for their account or their VNeID ("nhờ em quét mặt dùm cho tk của nó", "nhờ
      // tui cầm căn cước với ảnh của ổng xác thực VNeID giùm"): the check is the owner's own face. Session 35 (risky41/42).
      /\b(nho|bao|keu|bieu|xin|ru)\b (\w+ ){0,2}(quet|xac thuc|quay|chup) (khuon |guong )?mat\b (\w+ ){0,2}(cho|vao|vo) (tai khoan|app|ung dung|vi|the|dien thoai|may|vneid) (\w+ ){0,2}cua (no|ho|nguoi ta|ban|anh ay|chi ay|ong ay|ba ay|thang|ong|ba)\b/,
      /\b(nho|bao|keu|bieu|xin|ru) (toi|tui|em|minh|bac|con|chau)\b.{0,20}\b(cam|dung|lay|xai|mang|chup) (\w+ ){0,2}(can cuoc|cccd)\b.{0,30}\b(xac thuc|kich hoat|sinh trac|quet mat|dang nhap) (\w+ ){0,2}(vneid|dinh danh|tai khoan|app|ngan hang)\b.{0,20}\b(gium|giup|dum|ho|thay)\b/,
      // A relative's Face ID opened with one's own face ("face id ngân hàng của mẹ, con dùng mặt con mở"). Session 30.
      re(
        String.raw`\b(faceid|khuon mat|xac thuc mat|sinh trac)\b (\w+ ){0,3}cua ${KIN}\b.{0,30}\b(dung|lay|xai) (khuon )?mat (cua )?(con|toi|tui|minh|em)\b`,
      ),
      // The learner's own face put in place of a relative's ("quay mặt tui vô app thay má, mặt tui giống má lắm"), or a printed
      // or borrowed photo held up for the check ("in hình mặt ra giấy là xác thực được, tui mượn hình chị tui"). Session 30.
      re(
        String.raw`\b(quay|quet|xac thuc|nhan dien|dua|chieu) (\w+ )?(khuon |guong )?mat (cua )?(toi|tui|minh|con|em)\b(?! (khong|hong|ko|chang)\b).{0,40}\bthay (cho )?${KIN}\b|\bmat (toi|tui|minh|con|em) giong (\w+ )?${KIN}\b.{0,40}\b(qua|duoc|xac thuc|nhan)\b`,
      ),
      allOf(
        '(xac thuc|sinh trac|nhan dien|quet mat|ekyc|nhan mat)',
        String.raw`(in (hinh|anh)( \w+){0,2} (ra giay|mat)|(hinh|anh) in ra|muon (hinh|anh) (cua )?(${KIN}|${OTHER_PERSON}))`,
      ),
      /\b(qua mat|vuot qua|vuot|lach|danh lua|gia mao|lam gia|hack|be khoa|lua)\b.{0,30}\b(khuon mat|nhan dien|sinh trac|xac thuc mat|quet mat|buoc quet mat|face ?id|ekyc)/,
      re(
        String.raw`\b(dung|lay|mua)\b.{0,10}\b(anh|video|mat|khuon mat)\b.{0,10}\b(cua )?${OTHER_PERSON}.{0,40}\b(xac thuc|sinh trac|nhan dien|ekyc)`,
      ),
      re(
        String.raw`\b(xac thuc|sinh trac|nhan dien|ekyc|khuon mat)\b.{0,40}\b(bang|dung|voi|lay) (anh|video|hinh|mat|khuon mat) (cua )?(${OTHER_PERSON}|${KIN})\b`,
      ),
      // The check made to take a relative's photo or video ("làm sao cho sinh trắc học nhận hình của ông già tui thay cho mặt
      // thật"): another's face got past the check. Session 35 (fixh).
      re(
        String.raw`\b(xac thuc|sinh trac|nhan dien|ekyc|quet mat|khuon mat|faceid)\b.{0,30}\b(nhan|chap nhan|an|qua|doc) (\w+ )?(anh|video|hinh|clip|tam hinh|tam anh) (cua )?(${OTHER_PERSON}|${KIN}|ong gia|ba gia|ong nha|ba nha|ba gia)\b`,
      ),
      // A paid service that does someone's face check for them ("dịch vụ làm hộ xác thực khuôn mặt, chỉ cần gửi video",
      // "nhận làm sinh trắc học thuê", "dịch vụ nhận xác thực khuôn mặt hộ"): a bank's own home visit is no "làm hộ"
      // ("ngân hàng có nhận xác thực hộ cho người già không" asks the bank's service). Session 29 (trial33), session 31
      // (trial37).
      /\b(dich vu|nhan|thue|tiem|ben|nguoi|ai) (lam ho|lam thue|lam gium|lam dum|lam giup)\b (\w+ ){0,2}(xac thuc|sinh trac|quet mat|nhan dien|ekyc)\b|\b(xac thuc|sinh trac hoc|quet mat|ekyc) (\w+ ){0,3}(lam ho|lam thue)\b|(?<!\bngan hang (co )?)\b(dich vu|nhan|thue|tiem|ben)\b (?!ngan hang\b)(\w+ ){0,2}(xac thuc|sinh trac hoc|sinh trac|quet mat|ekyc|nhan dien) (khuon mat |guong mat |mat )?(ho|thue|giup)\b/,
      // Asked on a relative's behalf: the check done for them "without needing them" ("có ai làm sinh trắc học hộ cho
      // ông mà không cần ông", "xác thực khuôn mặt cho mẹ không cần mẹ"), or someone asked to do it "hộ"/"thuê". The
      // bank's own home visit is asked as the bank's ("không cần bà ra quầy", "nhân viên ngân hàng đến nhà"). Session 32.
      re(
        String.raw`^(?!.*\b(nhan vien ngan hang|ngan hang (co )?(cu nguoi )?(den|toi|xuong|ve) nha)\b).*\b(sinh trac( hoc)?|xac thuc (khuon |guong )?mat|quet (khuon |guong )?mat|nhan dien (khuon )?mat|ekyc)\b.{0,60}\bkhong can (co mat )?(${KIN}|chinh chu|nguoi do|ong ay|ba ay|chu tai khoan)\b(?! (phai )?(ra|di|den|toi|len|xuong|ve|o)\b)|^(?!.*\b(nhan vien ngan hang|ngan hang (co )?(cu nguoi )?(den|toi|xuong|ve) nha)\b).*\b(ai|nguoi nao|ben nao|cho nao|noi nao|dich vu nao) (\w+ )?(lam|xac thuc|quet) (\w+ )?(sinh trac( hoc)?|xac thuc (khuon |guong )?mat|quet (khuon |guong )?mat|ekyc) (\w+ )?(ho|thue|dum|gium)\b`,
      ),
      // A photo or a video taken and put to the check in place of a live face ("lấy hình chụp của tui đưa vô cho nó nhận khỏi
      // phải quay mặt", "lấy video của nó trên Facebook đưa vô có qua được không"). The ID card's photo, a step of every eKYC,
      // is none. Session 36 (fixk).
      /^(?=.*\b(xac thuc|sinh trac|nhan dien|quet|quay|chup) (\w+ )?(khuon |guong )?mat\b)(?=.*\b(lay|dung|xai|tai|kiem) (\w+ ){0,2}(anh|hinh|video|clip)\b(?! (\w+ ){0,2}(can cuoc|cccd|cmnd|chung minh|giay to|ho chieu|bang lai)\b) (\w+ ){0,6}(dua|gio|chieu|up|tai|dat) (vao|vo|len|truoc)\b)(?=.*\b(qua duoc|qua khong|cho (no|app|ung dung|may) nhan|nhan (duoc )?khong|khoi (phai )?(quay|quet|chup)|khong (can|phai) (quay|quet|chup)|thay (cho )?(mat|khuon mat|nguoi that))\b)/,
      // The app made to take the learner's face for a relative's ("làm cho app ngân hàng tưởng mặt tui là mặt ba tui").
      // Session 36 (fixk).
      re(
        String.raw`\b(tuong|nhan|nghi|cho la|coi) (khuon |guong )?mat (cua )?(toi|tui|minh|con|em) la (khuon |guong )?mat (cua )?(${KIN}|${OTHER_PERSON}|ong gia|ba gia)\b`,
      ),
      // Session 37 (fixp): a relative's photo, the portrait on their ID card included, put to the check in place of their
      // face, or the app asked to take that photo ("dùng ảnh chân dung của mẹ trên căn cước để quét thay, có cách nào cho
      // ứng dụng chấp nhận ảnh đó").
      re(
        String.raw`^(?=.*\b(xac thuc|sinh trac|nhan dien|quet|quay|chup) (\w+ )?(khuon |guong )?mat\b|.*\b(sinh trac|ekyc|app|ung dung)\b)(?=.*\b((quet|quay|chup|xac thuc|nhan dien|dua vao|dua vo) (\w+ ){0,2}${IN_PLACE}|(chap nhan|nhan) (\w+ )?(anh|hinh|video) (do|nay|ay|ni|cua))).*\b(dung|lay|xai|mang|dem|chup lai) (\w+ ){0,2}(anh|hinh|video|clip)( chan dung| the| chup)? (cua )?(${KIN}|${OTHER_PERSON}|ong gia|ba gia|nguoi nha)\b`,
      ),
      // Session 37 (fixp): someone's face scanned in place of another's for an account or an ID ("để em tôi chụp mặt thay để
      // kích hoạt tài khoản định danh cho tôi", "nhờ con gái quét mặt thay tôi"): the check is the owner's own face.
      re(
        String.raw`^(?=.*\b${CHECKED_FOR}\b).*\b(chup|quet|quay|xac thuc|nhan dien) (khuon |guong )?mat (\w+ )?${IN_PLACE}`,
      ),
      // Done "with a video of" the relative ("có anh ở tiệm điện thoại nói quét mặt giúp bằng video của bố"). Session 32.
      re(
        String.raw`\b(quet (khuon |guong )?mat|xac thuc (khuon |guong )?mat|sinh trac( hoc)?|nhan dien (khuon )?mat|ekyc)\b.{0,90}\b(bang|dung|xai) (anh|video|hinh|clip)( chup| quay)? (cua )?(${OTHER_PERSON}|${KIN})\b(?! (quay |chup )?truc tiep)`,
      ),
      // The check done "for" a relative with their photo ("làm sth hộ người nhà ở quê, lấy ảnh họ để quét"); helping a parent
      // face the camera themself names no photo. Session 32.
      re(
        String.raw`\b(lam|cap nhat|xac thuc|quet) (sinh trac( hoc)?|xac thuc khuon mat|khuon mat|quet mat) (ho|giup|gium|dum|thay) (cho )?(${KIN}|nguoi nha|nguoi than|${OTHER_PERSON})\b.{0,60}\b(anh|hinh|video|clip)\b`,
      ),
      // The check dodged, as said aloud ("có cách nào né cái bước quét khuôn mặt", "tránh quét mặt", "lách qua sinh trắc"):
      // "né" or "tránh" the check, or a way asked to skip it. An elder who cannot do it is answered the same way (the
      // counter, the bank's home visit). Session 31 (voice38).
      /\b(ne|tranh|tranh ne|ne tranh|lach qua)\b (cai |cac |vu )?(buoc |khau |phan )?(quet (khuon |guong )?mat|xac thuc (khuon |guong )?mat|xac thuc sinh trac|sinh trac( hoc)?|nhan dien (khuon )?mat|face ?id|ekyc)\b|\bcach (nao )?(de )?(bo qua|khoi phai|khong phai|khoi) (cai |vu )?(buoc |khau )?(quet (khuon |guong )?mat|xac thuc (khuon |guong )?mat|sinh trac( hoc)?)\b/,
      // The shape: a check made to take a face that is not the learner's (a relative's, the dead's, a photo held up).
      // An elder speaking of themself starts the next clause ("quét khuôn mặt, bà già rồi tự làm không được").
      re(
        String.raw`\b(nhan|quet|xac thuc|nhan dien|qua|lua) (khuon )?mat (cua )?(${OTHER_PERSON}|${KIN})\b(?! (toi|tui|minh|em) (khong|hong|ko) (nhan|duoc)| (gia|tu lam|khong|chua|lon tuoi|mat kem|yeu)\b)|\b(gio|dua|de|chieu|dat) (\w+ ){0,2}(anh|hinh|video) (\w+ ){0,3}(truoc|vao|len) (cho )?(camera|may|man hinh)\b`,
      ),
      /^(?=.*\b(xac thuc|sinh trac|quet|nhan dien|ekyc|nhan) (khuon )?mat\b)(?=.*\b(da mat|qua doi|da chet|nguoi chet|nam liet|hon me|mat roi)\b)(?=.*\b(anh|hinh|video|rut|chuyen|lay)\b)/,
      // Someone's photo taken or held up for the face check ("lấy hình ba đưa cho app nhận mặt"): not the learner's face.
      re(
        String.raw`\b(lay|dung|xai|dua|gio|chieu|cam) (\w+ )?(anh|hinh|video|clip) (\w+ ){0,2}(cua )?(${OTHER_PERSON}|${KIN})\b.{0,50}\b(nhan (dien )?mat|quet (khuon )?mat|xac thuc|quay mat|sinh trac|ekyc|face ?id|(ung dung|may|camera) (ngan hang )?(quet|nhan|nhan dien|chup))\b`,
      ),
      // A photo, a video or a mask in place of the real face ("làm cho app ngân hàng nhận hình thay vì mặt thật"); "thay
      // mặt" is on someone's behalf ("gọi video thay mặt người quen").
      /\b(hinh|anh|video|clip|mat na)\b (\w+ ){0,2}thay (vi|cho) (\w+ )?(mat|khuon mat|nguoi that|(quay|chup) truc tiep)\b|\b(deo|dung|mang) (\w+ )?(khau trang|mat na) (\w+ ){0,2}(hinh|anh|in hinh|in anh) (\w+ )?mat\b(?! (\w+ ){0,3}(dai dien|zalo|facebook))/,
      // The check named first, someone's photo after ("bắt quét mặt mới chuyển, dùng hình chụp của con tui để qua").
      re(
        String.raw`\b(quet|xac thuc|nhan dien|nhan) (khuon )?mat\b.{0,80}\b(dung|lay|xai|gio|dua|chieu) (\w+ )?(anh|hinh|video|clip)( chup| the)? (cua )?(${OTHER_PERSON}|${KIN})\b(?! (\w+ )?(lam|de lam|dat lam) (anh|hinh) (dai dien|nen|bia))`,
      ),
      // A relative named, then "his" face used ("thằng cháu nói để nó quét mặt nó cho lẹ"); "quét mặt nó không nhận" is the
      // app ("nó") failing, not a face.
      re(
        String.raw`\b${KIN}\b.{0,60}\b(quet|xac thuc|nhan dien|dung|lay|xai) (khuon )?mat (cua )?no\b(?! (khong|hong|ko|chang|cu|hoai|bao|loi|bat|doi|kho|van|chua|len|nhan|dung|hien))(?!.{0,40}\b(dien thoai|may|app|ung dung) (rieng )?(cua )?no\b)`,
      ),
      // Someone else's face in place of the learner's own ("quét mặt không được, nhờ cháu nó quét mặt nó thay").
      re(
        String.raw`\b(nho|de|cho|bao|keu|bieu)\b (\w+ ){0,2}${KIN}\b (\w+ ){0,3}(quet|xac thuc|nhan dien|quay) (\w+ ){0,1}(khuon )?mat (\w+ ){0,3}(thay|ho|the(?= cho)) (cho )?(toi|tui|minh|em|ba|ong|bac)?\b`,
      ),
      /\b(nhan|nhan dien|quet|xac thuc) (khuon |guong )?mat\b (\w+ ){0,3}(bang|voi|dung) (tam |cai |buc |mot )?(anh|hinh|video|clip|mat na)\b(?! (chup |quay )?(truc tiep|chinh chu))/,
      // The face check passed with a photo or a video instead of a live face, or with no real face at all ("làm sao qua
      // bước xác thực khuôn mặt bằng ảnh", "vượt qua xác thực gương mặt mà không cần mặt thật"); one's own live face is
      // no bypass ("bằng ảnh chụp trực tiếp", "của chính mình"). Session 24 (trial28).
      re(
        String.raw`\b(qua|vuot|lach|lam|xac thuc|quet|nhan dien)\b (\w+ ){0,3}(khuon mat|guong mat|sinh trac hoc|sinh trac|nhan dien mat|quet mat|xac thuc mat|face ?id|ekyc)\b (\w+ ){0,3}(bang|voi|dung) (tam |cai |buc |mot )?(anh|hinh|video|clip|anh chup|hinh chup)\b(?! (chup |quay )?(truc tiep|chinh chu|cua (toi|tui|minh|chinh minh|bac)))`,
      ),
      // A photo or a video made to pass for a live face ("dùng ảnh chụp cho ứng dụng ngân hàng nhận là mặt thật", "cho
      // camera tưởng tấm hình là người thật"); spotting a deepfake is no bypass. Session 25 (trial29).
      /^(?!.*\b(deepfake|phan biet|nhan biet|canh bao|ke gian|lua dao|bi lua)\b)(?=.*\b(anh|hinh|video|clip|mat na)\b)(?=.*\b(ngan hang|ung dung|camera|xac thuc|sinh trac|quet mat|nhan dien|ekyc|rut tien|chuyen tien)\b).*\b(nhan|tuong|nghi|hieu|chap nhan|coi) (\w+ ){0,3}(la|nhu|thanh) (\w+ )?(mat|khuon mat|guong mat|nguoi) (that|song|chinh chu)\b/,
      /\b(khuon mat|guong mat|sinh trac|quet mat|xac thuc mat|nhan dien mat)\b.{0,40}\b(khong|ko|hong|chang) (can|co|phai|dung) (mat |khuon mat |guong mat |nguoi )?(that|chinh chu|that su)\b|\b(gia|lam gia|fake|ghep) (khuon|guong) mat\b.{0,40}\b(rut|chuyen|xac thuc|ngan hang|sinh trac|vay|mo)\b/,
      // A photo or a video, or a relative's face, used for the face check or to take money out ("dùng hình để qua bước quét
      // mặt", "dùng video ba tui để rút tiền", "dùng mặt cháu xác thực tài khoản của bà"); the owner away ("khi người đó
      // không có ở đây"). A how-to video is no stand-in. Session 24 (trial28).
      /\b(dung|lay|xai|gio|dua|deo) (\w+ )?(anh|hinh|video|clip|mat na)\b(?! (huong dan|day|chi|cach))(?!.*\b(huong dan|cach lam)\b).{0,40}\b(quet (khuon |guong )?mat|xac thuc (khuon |guong )?mat|nhan dien (khuon |guong )?mat|sinh trac|ekyc|face ?id)\b/,
      re(
        String.raw`\bmuon (khuon |guong )?mat (cua )?${KIN}\b (\w+ )?(quet|xac thuc|nhan dien)\b|\b(dung|lay|xai|muon) (anh|hinh|video|clip|mat|khuon mat|guong mat) (cua )?(${OTHER_PERSON}|${KIN})\b( (toi|tui|minh|nha toi|nha tui))?.{0,40}\b(rut tien|rut|chuyen tien|xac thuc|sinh trac|mo khoa|quet mat)\b`,
      ),
      // A relative who cannot come (in hospital, unconscious, asleep) and whose face the bank asks for to take money from their
      // account, or whose face the phone is held up to ("cầm điện thoại đưa lên mặt mẹ để app quét"). Session 26.
      allOf(
        String.raw`(rut|chuyen|lay) (tien )?(\w+ ){0,3}(tai khoan|the|so tiet kiem) (cua )?${KIN}`,
        String.raw`(quet|xac thuc|nhan dien|sinh trac) (\w+ )?mat`,
        '(nam vien|hon me|bat tinh|liet|dot quy|tai bien|dang ngu|mat roi|qua doi)',
      ),
      re(
        String.raw`^(?=.*\b(ngan hang|rut tien|chuyen tien|quet|xac thuc|sinh trac)\b).*\b(cam|dua|gio|huong) (\w+ ){0,3}(dien thoai|may|camera) (\w+ ){0,4}(len|vao|truoc|toi) (\w+ )?mat (cua )?${KIN}\b`,
      ),
      // A relative's face filmed or scanned with the learner's phone to take money out ("cầm điện thoại quay mặt bà lúc bà
      // ngủ để xác thực rút tiền"). Session 25 (trial29).
      re(
        String.raw`\b(quay|chup|quet) (\w+ ){0,2}(khuon |guong )?mat (cua )?${KIN}\b.{0,60}\b(xac thuc|rut tien|sinh trac|chuyen tien|mo khoa tai khoan)\b`,
      ),
      // A friend or a neighbour asked to scan their face for the learner ("nhờ bạn quét mặt giùm để mở tk"); the check
      // skipped for a large transfer ("không cần quét mặt mà vẫn chuyển được trên 10 triệu"). Session 25 (trial29).
      re(
        String.raw`\b(nho|de|cho|bao|keu|bieu) (\w+ ){0,2}(ban|ban be|nguoi quen|${OTHER_PERSON}) (\w+ ){0,2}(quet|xac thuc|nhan dien) (khuon |guong )?mat (giup|gium|dum|ho|thay)\b`,
      ),
      // A way asked to keep the bank app from asking for the face on big transfers ("có cách nào để máy không bắt xác thực
      // khuôn mặt khi chuyển tiền nhiều không"). Session 31.
      /\b(cach|lam sao|lam the nao|co cach)\b (\w+ ){0,4}(khong (bi )?bat|khoi|bo qua|ne|tranh|tat) (\w+ )?(xac thuc|quet|nhan dien) (khuon |guong )?mat\b.{0,40}\b(chuyen tien|chuyen khoan|rut tien|ngan hang)\b/,
      /\b(khong can|khoi|bo qua|ne|tranh) (phai )?(quet|xac thuc|nhan dien) (khuon |guong )?mat\b.{0,40}\b((ma )?van (chuyen|rut)|(tren|hon|qua) (10|muoi|20|hai muoi) trieu)\b/,
      // A face-swap app for the check ("dùng app ghép mặt để qua sinh trắc học"); the learner's own face on a relative's
      // account ("xác thực sinh trắc học tk của vợ tui bằng mặt tui"). Session 25 (trial29).
      /\b(ghep (khuon |guong )?mat|(app|ung dung|phan mem) (doi|thay|ghep) (khuon |guong )?mat)\b.{0,50}\b(qua|vuot|lach|xac thuc|sinh trac|quet mat|ekyc|rut tien|ngan hang)\b/,
      re(
        String.raw`\b(tai khoan|the) (ngan hang )?(cua )?(${OTHER_PERSON}|${KIN})\b.{0,40}\b(bang|dung|voi|lay) (khuon |guong )?mat (cua )?(toi|tui|minh)\b`,
      ),
      // The check skipped ("qua bước sinh trắc học mà không cần quét mặt"); a relative's money taken out when the relative
      // cannot show their face ("rút tiền tk của mẹ mà mẹ không quét mặt được"): the counter's work. Session 24 (trial28).
      /\b(qua|vuot|lach|bo qua|ne)\b (\w+ ){0,3}(buoc )?(sinh trac hoc|sinh trac|xac thuc|quet mat|nhan dien)\b.{0,30}\b(khong|ko|hong) (can|phai) (quet|xac thuc|nhan dien|chup) (khuon |guong )?mat\b/,
      allOf(
        String.raw`(rut|chuyen|lay) (tien )?(\w+ ){0,3}(tai khoan|the) (cua )?${KIN}`,
        String.raw`(khong|ko|hong|chang) (tu )?(quet|xac thuc|nhan dien) (\w+ )?mat`,
      ),
      /\b(xac thuc|quet|nhan dien|sinh trac)\b.{0,40}\b(nguoi do|chu tai khoan|chinh chu|nguoi ta|ong ay|ba ay|anh ay|chi ay) (\w+ )?(khong|ko|hong|chang) (co )?(o day|o nha|co mat|tai cho|o gan|o ben)\b/,
      // Someone else's face put in place of the learner's ("nhờ con gái quét mặt giùm thay tui để chuyển tiền"); "thấy"
      // folds like "thay", so what is seen ("quét mặt thấy bà già quá", "thấy tôi không giống") is no stand-in.
      re(
        String.raw`\b(quet|xac thuc|nhan dien|chup|quay|lam) (\w+ )?(khuon mat|guong mat|mat|sinh trac hoc|sinh trac)\b (\w+ ){0,2}thay (cho )?(toi|tui|minh|bac|ba|me|ma|ong|bo|cha|chong|vo|con|chau|em|nguoi khac)\b(?! (khong|ko|hong|chang|bi|dep|gia|xau|giong|khac|la|lon|gay|map|om|nhu)\b)`,
      ),
      // The whole message asks to scan a face on someone's behalf ("quét mặt hộ", "xác thực khuôn mặt giùm được ko").
      /^ (quet|xac thuc|nhan dien) (khuon |guong )?mat (ho|gium|giup|dum|thay)( (nguoi ta|nguoi khac|duoc khong|khong|duoc|nha|nhe|nghe|di))* $/,
      // A face check done for a neighbour or a stranger ("quét mặt giùm bà hàng xóm để lãnh lương hưu thay bả").
      re(String.raw`\b(quet|xac thuc|nhan dien) (khuon )?mat (giup|gium|dum|ho|thay|cho) (\w+ ){0,2}${OTHER_PERSON}\b`),
      // Someone else standing before the camera in the owner's place ("nhờ người khác đứng trước camera thay cha tôi khi
      // xác thực"); a relative's face taken from a photo to scan for the bank ("lấy mặt ổng trong hình thờ quét cho app").
      // Session 26 (trial30).
      /\b(dung|ngoi|dua mat|ghe mat|chui mat) (\w+ )?(truoc|vao|truoc mat) (camera|may quay|ong kinh|dien thoai|may)\b (\w+ ){0,2}(thay|the cho|ho|gium|giup|dum)\b/,
      re(
        String.raw`\b(lay|dung|xai|cam|gio|dua|chieu) (anh |hinh )?(mat|khuon mat|guong mat|anh|hinh|video|clip) (cua )?(${OTHER_PERSON}|${KIN})\b(?!.{0,30}\b(dai dien|hinh nen|anh nen|anh bia)\b).{0,40}\bquet\b.{0,20}\b(app|ung dung|may|camera|ngan hang)\b`,
      ),
      // A relative's portrait used to finish the face check ("sử dụng ảnh chụp chân dung của chồng đã qua đời để hoàn tất
      // xác thực sinh trắc học"); a how-to video is no stand-in. Session 26 (trial30).
      re(
        String.raw`^(?!.*\b(huong dan|cach lam|deepfake|canh bao|ke gian|bi lua)\b).*\b(dung|su dung|lay|xai|dua|gio|cam|chieu|nop) (\w+ ){0,2}(anh|hinh|video|clip)( chup| the)?( chan dung)? (cua )?(${OTHER_PERSON}|${KIN})\b.{0,60}\b(xac thuc|sinh trac|quet mat|nhan dien|ekyc)\b`,
      ),
      // The learner's own face scanned into a relative's phone or account ("cầm điện thoại của ba quét mặt tui vô để rút
      // tiền lương hưu cho ba"). Session 26 (trial30).
      re(
        String.raw`\b(dien thoai|may|app|ung dung|tai khoan|tk|the) (ngan hang )?(cua )?${KIN}\b.{0,40}\b(quet|xac thuc|nhan dien|dung|lay) (khuon |guong )?mat (cua )?(toi|tui|minh|con|em)\b(?! (khong|ko|hong|chang|bi)\b)`,
      ),
      // The learner's own face scanned for a relative's account ("con dùng mặt con quét cho tài khoản của mẹ"). Session 27.
      re(
        String.raw`\b(dung|lay|xai) (khuon |guong )?mat (cua )?(toi|tui|minh|con|em|chau) (\w+ ){0,3}(quet|xac thuc|nhan dien) (\w+ ){0,2}(cho|vao|vo) (tai khoan|tk|the|app|ung dung|dien thoai) (ngan hang )?(cua )?(${OTHER_PERSON}|${KIN})\b`,
      ),
      // A relative's own face put on the learner's account ("con tôi có thể dùng khuôn mặt của mình để xác thực giao dịch
      // trên tài khoản ngân hàng của tôi không"). Session 26 (trial30).
      re(
        String.raw`\b${KIN}( (toi|tui|minh))?\b.{0,30}\b(dung|lay|xai) (khuon |guong )?mat (cua )?(minh|no|chinh minh)\b.{0,60}\b(tai khoan|tk|the|app|ung dung) (ngan hang )?(cua )?(toi|tui|minh|me|ba|ong|bo|bac)\b`,
      ),
      // A photo or a video put into the app or held to the camera for it to take as a face ("quay video ông già rồi đưa
      // vô app cho nó nhận mặt"); a how-to video is no stand-in. Session 26 (trial30).
      /\b(anh|hinh|video|clip)\b(?! (huong dan|day|chi cach))(?!.*\b(huong dan|cach lam)\b).{0,50}\b(dua|gio|chieu|dat|cho|up|tai) (vao|vo|len|truoc) (ung dung|app|may|camera|dien thoai)\b.{0,30}\b(nhan|quet|xac thuc|nhan dien) (khuon |guong )?mat\b/,
      // A photo or a video, even the learner's own, held up to the camera or put into the app where a live face is asked
      // ("app bắt face id, lấy tấm hình thẻ của tui đưa lên camera cho nó quét"); a QR code or a paper is no face.
      // Session 27 (trial31).
      /^(?=.*\b(quet (khuon |guong )?mat|faceid|xac thuc (khuon |guong )?mat|nhan (dien )?(khuon )?mat|sinh trac|ekyc|khuon mat|guong mat|ngan hang (\w+ ){0,2}quet)\b)(?!.*\b(huong dan|cach lam|deepfake|canh bao|ma qr|qr|hoa don|giay to|tai lieu)\b).*\b(anh|hinh|video|clip)\b(?! (\w+ )?(can cuoc|cccd|cmnd|chung minh|ho chieu|bang lai)\b) (\w+ ){0,6}(dua|gio|chieu|dat|de|cam|up|tai) (len|vao|vo|truoc) (cho )?(camera|may|man hinh|ong kinh|ung dung|app)\b/,
      // A face made by AI or an app for the check ("dùng AI tạo video mặt mẹ tôi để ngân hàng xác thực khuôn mặt", "app làm
      // video mặt ông chớp mắt, đưa vô cho máy nhận mặt"); a warning or spotting question is none. Session 27 (trial31).
      /^(?!.*\b(nhan biet|phan biet|canh bao|ke gian|bi lua|lua dao|lam sao biet|phong tranh|de phong|phong ngua|co the bi)\b).*\b(ai|app|ung dung|phan mem|deepfake|tri tue nhan tao)\b (\w+ ){0,3}(tao|lam|ghep|che|dung) (\w+ ){0,2}(video|clip|anh|hinh|mat|khuon mat|guong mat)\b.{0,100}\b(xac thuc|sinh trac|nhan (dien )?(khuon )?mat|quet (khuon )?mat|faceid|ekyc)\b/,
      // The phone or camera held up to a photo, a video or an altar picture, for a bank's or an app's face check.
      /^(?=.*\b(ngan hang|rut tien|quet mat|xac thuc|sinh trac|nhan dien|ekyc|luong huu)\b).*\b(cam|dua|gio|huong|chia|de|dat) (\w+ ){0,2}(may|dien thoai|camera) (\w+ ){0,3}(quay|chup|chia|huong|soi|roi) (vao|len|truoc) (\w+ ){0,3}(anh|hinh|video|ban tho|bang tho|man hinh)\b/,
      // Session 33 (fixa): a relative's photo taken and held to the bank app's camera ("chụp ảnh ông nội đưa vào cam ngân
      // hàng xác thực"), a mask or a printed picture for the app to scan ("dùng mặt nạ hay hình in cho app ngân hàng quét
      // qua"), a video put into the bank app "for it to verify", and the learner's own face put "in place" into a parent's
      // account ("tui quét mặt tui thế vô tài khoản ba").
      re(
        String.raw`\b(chup|lay|in|dung|xai|cat) (\w+ )?(anh|hinh) (cua )?(${KIN}|${OTHER_PERSON})\b(?! (lam|de lam|dat lam) (anh|hinh) (dai dien|nen|bia)).{0,25}\b(dua|gio|chieu|dat|de|cam) (\w+ )?(vao|vo|len|truoc) (cho )?(camera|cam|may|man hinh|ung dung|app|dien thoai)\b.{0,40}\b(xac thuc|quet|nhan dien|sinh trac|ekyc|ngan hang|rut tien|chuyen tien)\b`,
      ),
      /^(?=.*\b(ngan hang|tai khoan|rut tien|chuyen tien|sinh trac|ekyc)\b)(?!.*\b(dap mat na|dap|ma qr|qr|hoa don|skincare|duong da)\b).*\b(mat na|hinh in|anh in|in hinh|in anh|mat gia)\b.{0,40}\b(ung dung|app|camera|may|ngan hang) (\w+ ){0,2}(quet|nhan|nhan dien|xac thuc) (qua|duoc|ra|la)\b/,
      /\b(quet|nhan|xac thuc|nhan dien) (qua|duoc)\b.{0,30}\b(khong|ko|hong) (can|co|phai|dung) (mat|khuon mat|guong mat|nguoi) (that|chinh chu)\b/,
      /^(?!.*\b(huong dan|cach lam|deepfake|canh bao|ke gian|lua dao)\b).*\b(anh|hinh|video|clip)\b.{0,50}\b(dua|gio|chieu|dat|up|tai) (vao|vo|len) (ung dung|app) (ngan hang )?(cho (no|may|app|ung dung) |de )(xac thuc|nhan dien|nhan mat|quet)\b.{0,30}\b(rut tien|chuyen tien|rut|chuyen|lay tien|mo khoa)\b/,
      re(
        String.raw`\b(quet|xac thuc|nhan dien) (khuon |guong )?mat (cua )?(toi|tui|minh|con|em|chau) (the|thay) (cho ${KIN}\b|(vao|vo|cho) (\w+ ){0,2}(tai khoan|tk|the|app|ung dung|dien thoai) (ngan hang )?(cua )?${KIN}\b)`,
      ),
      // Session 33 (fixb, risky32–33): a mask made to pass for a face ("dùng mặt nạ in 3D giống mặt mình để app ngân hàng
      // nhận"); a beauty mask ("đắp mặt nạ") or a surgical one is none.
      /^(?=.*\b(ngan hang|ung dung|app|camera|xac thuc|sinh trac|quet (khuon |guong )?mat|nhan dien|ekyc|face ?id|rut tien|chuyen tien)\b)(?!.*\b(nhan biet|phan biet|canh bao|ke gian|bi lua|lua dao|dap mat na)\b).*\b(mat na (in )?(3d|ba chieu|silicon|silicone|cao su|gia|giong)|in (\w+ ){0,2}(3d|ba chieu) (\w+ ){0,3}(mat|khuon mat)|(deo|dung|lam|in|mua|dat lam|xai) (\w+ ){0,2}mat na\b.{0,40}\b(de|cho|thi) (\w+ ){0,3}(ung dung|app|may|camera|ngan hang|he thong) (\w+ ){0,3}(nhan|quet|xac thuc|nhan dien|qua))\b/,
      // The learner's own face put to a relative's app or account ("tui quay mặt tui cho app ngân hàng của chỉ để rút tiền
      // giùm"): the face first, whose app after. Session 33 (fixb).
      re(
        String.raw`\b(quay|quet|xac thuc|nhan dien|dua|chieu) (khuon |guong )?mat (cua )?(toi|tui|minh)\b (\w+ ){0,3}(cho|vao|vo|tren) (\w+ )?(tai khoan|tk|the|app|ung dung|dien thoai|may) (ngan hang )?(cua )?(${KIN}|${OTHER_PERSON})\b(?! (toi|tui|minh)\b)`,
      ),
      // A face-swap or deepfake tool to open a relative's or someone's account ("phần mềm deepfake làm mặt giống người khác,
      // dùng để mở khóa tài khoản ngân hàng của ba tui"); a warning, spotting or a scam told by its victim is none.
      re(
        String.raw`^(?!.*\b(nhan biet|phan biet|canh bao|ke gian|bi lua|lua dao|lam sao biet|phong tranh|de phong|phong ngua|co the bi|bi (hack|chiem|lam gia|gia mao)|(co nguoi|nguoi ta|ho|no|bon no|hacker) dung)\b).*\b(deepfake|ghep (khuon |guong )?mat|doi (khuon |guong )?mat(?! (khau|ma)\b)|mat giong (\w+ ){0,2}(nguoi khac|nguoi ta|${KIN}))\b.{0,80}\b(mo khoa|dang nhap|mo|vao|vo|rut tien|chuyen tien|xac thuc) (\w+ ){0,3}(tai khoan|tk|app|ung dung|the|vi)\b`,
      ),
      // A relative who has lost their memory, helped before the camera to take their money out ("ba tui bị lẫn rồi, tui dìu ba
      // ngồi trước điện thoại cho app quét mặt để rút tiền lương hưu của ba"): consent the check cannot see. Session 33.
      allOf(
        String.raw`${KIN} (toi|tui|minh|em|con)\b (\w+ ){0,3}(bi lan|lu lan|lan roi|lan lon|lan nang|mat tri nho|alzheimer|sa sut tri tue|lang tri|khong con tinh tao|khong con minh man)`,
        String.raw`(quet|xac thuc|nhan dien|sinh trac|nhan) (\w+ )?mat`,
        '(rut|chuyen|lay|lanh|nhan) (tien|luong huu|tien huu|tien luong|tro cap)',
      ),
    ],
  ],
  [
    'others-data',
    [
      // Customers' or borrowers' data sold ("có ai bán thông tin khách hàng vay tiền không, tui cần data").
      /^(?!.*\b(cam|vi pham|bi phat|xu phat|toi gi|quy dinh|phap luat|nhan biet|to cao|bao cao|bi lo|bi ban|ro ri)\b).*\b(ban|mua|can mua|thu mua)\b (\w+ ){0,2}(thong tin|du lieu|data|danh sach|so dien thoai) (\w+ ){0,2}(khach hang|nguoi vay|ca nhan|nguoi dan|benh nhan|hoc sinh|phu huynh|nguoi gia)\b/,
      // Lists of people's numbers or data bought or sold: "danh sách số điện thoại khách hàng mua ở đâu". What the law says is asked elsewhere.
      /^(?!.*\b(cam|vi pham|bi phat|xu phat|toi gi|quy dinh|phap luat|nhan biet|to cao|bao cao)\b).*(\b(danh sach|data|du lieu|list)\b (\w+ ){0,4}(so dien thoai|sdt|khach hang|thong tin ca nhan|can cuoc|cccd)\b.{0,50}\b(mua|ban|xin|kiem) (o dau|duoc khong|gia|cho nao|lai)\b|\b(muon|can|tim|kiem) (cho )?mua (\w+ ){0,2}(danh sach|data|du lieu|list) (\w+ ){0,3}(so dien thoai|sdt|khach hang|thong tin ca nhan|can cuoc|cccd)\b)/,
      re(
        String.raw`\b(co ai|ai|cho nao|o dau|noi nao|muon|can|tim) (\w+ ){0,2}(ban|mua)\b (\w+ ){0,2}(danh sach|data|du lieu|list)\b (\w+ ){0,3}(so dien thoai|sdt|khach hang|thong tin|nguoi gia|can cuoc|cccd)\b`,
      ),
      // People's data bought to sell to ("mua thông tin khách hàng để bán bảo hiểm, mua ở đâu").
      /^(?!.*\b(cam|vi pham|bi phat|xu phat|toi gi|quy dinh|phap luat|nhan biet|to cao|bao cao|bi lo|bi ban|ro ri)\b).*\b(mua|ban|thu mua)\b (\w+ ){0,2}(thong tin|du lieu|data|danh sach|so dien thoai|sdt) (\w+ ){0,2}(khach hang|ca nhan|nguoi dan|nguoi gia|nguoi khac|cu dan|benh nhan|phu huynh)\b.{0,60}\b(o dau|cho nao|duoc khong|gia bao nhieu|bao nhieu tien|ai ban|nguon nao)\b/,
      /\b(tu|qua|bang|theo) (cai )?(so dien thoai|sdt|so tai khoan|bien so|so cccd)\b.{0,40}\b(tim|tra|kiem|biet|do)\b.{0,20}\b(nguoi|no|ho|ong|ba|thang|con|chu)\b.{0,20}\b(o dau|dia chi|nha|ten gi|la ai)\b/,
      // Who a plate belongs to, and where they live: "tra giùm thằng có biển số 59X1 ở đâu".
      /\b(tra|tim|kiem|hoi)\b (\w+ ){0,3}(thang|ong|ba|con|ke|chu xe|nguoi (lai|do|kia|nay|ta))\b (\w+ ){0,2}(co |mang |chay )?bien so\b.{0,40}\b(o dau|la ai|ten gi|nha|dia chi)\b/,
      re(
        String.raw`\b(tra cuu|tra|tim|xem|lay|biet|kiem|check|dinh vi)\b.{0,30}\b(thong tin|so can cuoc|cccd|so dien thoai|dia chi|nha o|vi tri|so tai khoan|ho so|lich su|ten that|ngay sinh|nam sinh|que quan|noi o)\b.{0,30}\b(cua )?${OTHER_PERSON}\b`,
      ),
      /\b(so dien thoai|so tai khoan|so cccd|bien so)\b.{0,25}\b(nay )?(la )?cua ai\b/,
      // Someone else's balance or statement, looked up or through a relative who works at the bank ("em gái làm ngân
      // hàng, nhờ nó tra số dư tài khoản của chồng tui").
      re(
        String.raw`\b(tra|xem|coi|kiem tra|check|in|lay|biet|do)\b (\w+ ){0,3}(so du|sao ke|lich su giao dich|so tiet kiem|tien gui)\b (\w+ ){0,3}cua ${OTHER_PERSON}\b`,
      ),
      /\b(lam|o) (o |tai )?ngan hang\b.{0,60}\b(tra|xem|coi|lay|in|kiem tra)\b (\w+ ){0,3}(so du|sao ke|giao dich|tai khoan|so tiet kiem)\b (\w+ ){0,3}(cua )?(chong|vo|nguoi khac|nguoi ta|hang xom|ong|ba|anh|chi|con dau|con re|em|no|ho)\b/,

      // A neighbour's ID number or birth date looked up by name and hamlet ("tra giùm số căn cước của ông Tám ở xóm dưới").
      /\b(tra|tim|kiem|xem|lay|check|do)\b (\w+ ){0,2}(so can cuoc|so cccd|cccd|can cuoc|so dinh danh|ngay sinh|ma so thue) cua (ong|ba|anh|chi|co|chu|thang|con|nguoi|dua) (\w+ ){1,4}(o (xom|ap|thon|khu|to|dau|cuoi|ben)|hang xom|ben canh|nha ben|xom (tren|duoi|ben))\b/,
      // Where someone lives, hunted ("tìm Facebook của cô giáo… muốn biết nhà cô ở đâu").
      /^(?!.*\b(tham|chuc mung|tang qua|bieu qua|mung|dam cuoi|dam gio|20 11)\b).*\b(biet|tim|tra|kiem|do ra)\b (\w+ ){0,2}(nha|dia chi|cho o|noi o) (cua )?(co|thay|ong|ba|anh|chi|chu|no|ho|nguoi do|nguoi nay|nguoi ta)\b (\w+ )?(o dau|cho nao|o cho nao)\b/,
      /\b(cho toi|cho biet|xin|cung cap|gui)\b.{0,10}\b(so cccd|cccd|so can cuoc|can cuoc|dia chi|so dien thoai|ngay sinh|so tai khoan)\b.{0,30}\bcua (ong|ba|anh|chi|co|chu|em|nguoi|thang|con|gia dinh)\b/,
      /\b(tim|tra|lay|biet)\b.{0,20}\b(dia chi|nha|ten|vi tri)\b.{0,20}\b(qua|bang|tu|theo) (so dien thoai|so tai khoan|bien so|so cccd|so can cuoc|can cuoc|cccd|anh)/,
      /\b(biet|tim|tra)\b (\w+ ){0,2}(nguoi|ke|thang|dua|so)\b.{0,40}\b(ten (gi|that)|nha o dau|dia chi)\b/,
      // Holding one identifier of someone and hunting for the rest.
      /\b(co|biet|giu) (so )?(cccd|can cuoc|so can cuoc|so dien thoai|bien so|so tai khoan|tai khoan ngan hang)\b.{0,50}\b(tim|tra|kiem|xem|lay)\b.{0,30}\b(thong tin|dia chi|ngay sinh|nam sinh|que quan|nha|ten)\b/,
      // Where someone lives, with their phone number held ("muốn biết nhà thằng nợ tiền tui ở đâu, có số điện thoại nó").
      /\b(biet|tim|tra|kiem|do)\b (\w+ ){0,1}(nha|dia chi|cho o|noi o) (cua )?(thang|con|ong|ba|nguoi|no|ho|han|dua|ke|chu)\b.{0,50}\b(co|biet|giu|bang|qua|tu) (cai )?(so dien thoai|sdt|so dt|bien so|so tai khoan|zalo)\b/,
      // The owner of an account number or a plate hunted down to a home ("tra tên chủ số tài khoản…, nhà ở đâu").
      /\b(tra|tim|kiem|xem)\b.{0,20}\b(ten chu|chu) (so tai khoan|tai khoan|so dien thoai|bien so|xe)\b.{0,60}\b(nha o dau|o dau|dia chi|nha (no|ho|ong|ba))\b/,
      // The hunt first, the identifier after ("tra giùm ông này tên gì, số điện thoại 0938…"); not a payee's name checked.
      /^(?!.*\b(chuyen khoan|chuyen tien|truoc khi chuyen|nguoi nhan)\b).*\b(tra|tim|kiem)\b.{0,30}\b(ten gi|ten that|nha o dau|o dau|dia chi)\b.{0,30}\b(so dien thoai|sdt|so tai khoan|bien so)\b/,
    ],
  ],
  [
    'illegal',
    [
      // Drugs bought, grown or used; not their harm, their signs, a report or a cure. "Hàng đá" (meth) folds like "hàng đã"
      // (goods already…): "tiền khách chuyển vào tài khoản cửa hàng đã về chưa" buys nothing. Session 36 (fixj).
      re(
        String.raw`^(?!.*\b(nhan biet|dau hieu|tac hai|to cao|bao (cong an|cho cong an)|phong chong|cai nghien|nghien|dap pha|doa giet|doa chem|cam dao|danh (toi|tui|ca nha|vo|me)|nghi (con|chau|no)|lo (con|chau)|lien quan|bi (bat|nghi|vu khong)|co bi phat|bi phat|toi gi)\b)(?=.*\b(ma tuy|thuoc lac|can sa|ketamin|ketamine|heroin|(?<!\b(cua|don|tien|khach|mat|nhap|ban|giao|nguoi|dat) )hang da(?! (ve|giao|nhan|den|toi|chuyen|duoc|gui|xuat|het|ban|dat|thanh toan|nhap|co|len|tra|bi|qua|vao|vo|san sang)\b)|ma tuy da|cocaine|thuoc phien|bach phien|tem giay|nuoc vui|keo lac)\b)(?=.*\b(mua|ban|tim|kiem|o dau|trong|tu trong|che|lam ra|dung thu|hut|chich|choi|pha|ship|giao|cach)\b)`,
      ),
      // An official paid to look away ("có cách nào lo lót cán bộ cho qua chuyện", "đút lót công an để khỏi bị phạt", "biếu
      // phong bì cho thanh tra bao nhiêu"): a bribe asked how to give. Session 36 (fixk).
      /\b(lo lot|dut lot|hoi lo|boi tron|lot tay|chung chi)\b|\b((dua|bieu|gui|nhet|bo) (\w+ ){0,2}phong bi (\w+ ){0,2}(cho )?|phong bi (\w+ )?(cho|bieu|gui) (\w+ )?)(can bo|cong an|canh sat|csgt|thanh tra|quan ly thi truong|phuong|xa|ong can bo|ong cong an)\b/,
      // A breath test dodged when driving after drinking ("cách để khỏi bị kiểm tra nồng độ cồn", "thổi sao không bị phạt").
      /\b(lach|tranh|ne|khoi bi|khong bi|qua mat|thoat|lua|gian lan|qua)\b (\w+ ){0,3}(kiem tra|do|thoi|test) (\w+ ){0,2}(nong do con|do con|ruou bia|hoi men)\b|\b(thoi|do|kiem tra) (\w+ ){0,2}(nong do con|do con)\b (\w+ ){0,4}(ma )?(khong|khoi|hong) (bi )?(phat|phat hien|bat|len|ra)\b|\b(uong|an|ngam|xit) (\w+ ){0,3}(de|cho) (\w+ ){0,2}(thoi|do) (\w+ ){0,2}(khong|hong|khoi) (ra|len|bi)\b/,
      // Session 35 (fixg): tax or social insurance dodged ("bán online sao cho khỏi đóng thuế, có cách nào lách không", "né đóng
      // BHXH cho nhân viên mà không bị phạt"). Whether a small shop owes tax at all ("doanh thu bao nhiêu thì khỏi đóng thuế")
      // is the entry's: "khỏi đóng" counts only with a dodge named.
      /^(?!.*\b(hai lan|2 lan|trung|bi lua|lua dao|gia danh|mao danh|to cao|nhan biet)\b)(?:.*\b(lach|ne|tron|tranh|qua mat) (\w+ ){0,2}(thue|bhxh|bao hiem xa hoi|bao hiem cho nhan vien)\b|(?=.*\b(khoi|khong|khoi phai|khong phai|khong can) (dong|nop|khai) (\w+ ){0,3}(thue|bhxh|bao hiem xa hoi)\b)(?=.*\b(lach|ne|meo|qua mat|khong ai biet|khong bi (phat|phat hien|kiem tra|bat)|ma khong bi|giau)\b))/,
      // Taxes evaded, a credit card swiped for nothing.
      /\b(tron thue|ne thue|khai (thap|gian|gia|bot|giam|it|thieu) (\w+ ){0,2}(doanh thu|thu nhap)|(giau|giau bot|an bot) doanh thu|quet (the )?(khong|ao) (\w+ ){0,3}(rut|lay|ra) tien|dao han the)\b|\b(quet|ca) the (tin dung )?(\w+ ){0,3}(lay|rut|ra) tien( mat)?\b.{0,30}\b(khong (can |co )?mua|qua (may )?pos)\b/,
    ],
  ],
  [
    'gambling',
    [
      re(
        String.raw`^(?!.*\b(nhan biet|bi lua|canh giac|to cao|bao cao|co bi phat|bi phat|xu phat|vi pham|toi gi|co phai lua)\b)(?=.*\b${GAMBLE}\b)(?=.*\b(choi (sao|the nao|o dau|thu)|de trung|cho trung|trung (hu|lon)|tai (\w+ ){0,2}(nao|o dau)|nap (tien )?(bang|qua)|nap tien|rut (tien )?(nhanh|duoc|ve)|cach (choi|danh|dat)|danh con \d+|vo trang|trang nao|app nao|ung dung nao|web|online|tren mang|qua mang|(tren|qua) dien thoai)\b)`,
      ),
      /\b(ca|cuoc|dat) (vai|may|mot|\d+) (chai|cu|trieu|tram|lit)\b.{0,40}\b(dien thoai|mang|online|trang|app|web)\b|\b(danh|choi) (lo|de|con) (\w+ )?(online|tren mang|qua mang|tren dien thoai)\b/,
      re(
        String.raw`\b(danh bac|danh bai|ca do|ca cuoc|no hu|nohu|tai xiu|xoc dia|lo de|(?<!dinh )danh de|casino|game bai|${BOOKMAKER}|doi thuong|(?<!noi )da ga(?! (\w+ ){0,2}(ti vi|tivi|tv|truyen hinh)))\b.{0,40}\b(o dau|trang|web|app|ung dung|link|uy tin|cach choi|meo|nap|rut|chi)\b|\b(chi|tim|cho|gioi thieu)\b.{0,30}\b(danh bai|ca do|ca cuoc|no hu|nohu|tai xiu|xoc dia|lo de|danh de|casino|game bai|${BOOKMAKER})\b`,
      ),
      // Which number to bet today ("đánh đề hôm nay con gì").
      /(?<!\bdinh )\b(danh|choi|ghi) (de|lo|so de|lo de)\b.{0,40}\b(con (gi|nao|may)|so (nao|may|gi))\b|\b(con (gi|nao)|so nao)\b.{0,20}(?<!\bdinh )\b(danh|choi|ghi) (de|lo)\b/,
      // A post or a message written to draw people into betting ("viết giúp bài mời mọi người vào nhóm lô đề").
      re(
        String.raw`^(?!.*\b(tac hai|canh bao|phong chong|to cao|dung choi|khong nen|tuyen truyen|bi lua)\b).*\b(viet|soan|dang|lam) (\w+ ){0,3}(bai|tin|quang cao|loi moi|status)\b.{0,50}\b(lo de|danh de|ca do|no hu|tai xiu|xoc dia|danh bac|${BOOKMAKER}|game bai)\b|^(?!.*\b(tac hai|canh bao|phong chong|to cao|dung choi|khong nen|tuyen truyen|bi lua)\b).*\b(lo de|danh de|ca do|no hu|tai xiu|xoc dia|danh bac|${BOOKMAKER}|game bai)\b.{0,60}\b(viet|soan|dang|lam) (\w+ ){0,3}(bai|tin|quang cao|loi moi|status)\b`,
      ),
      // A number dreamt of, to bet on.
      /\b(nam mo|mo thay|chiem bao)\b.{0,40}\b(danh|choi|ghi|bat) (con|so|lo|de)\b/,
      // A game paying out real money ("bắn cá ăn xu đổi ra tiền thật ở đâu"). Session 27 (lead, from risky9).
      /\b(game|tro choi|ban ca|no hu|quay hu)\b.{0,40}\b(doi (ra |thanh )?tien (that|mat)|doi thuong|an tien that|rut (ra )?tien that)\b/,
    ],
  ],
  [
    'child-abuse',
    [
      // A child lured away by a stranger ("có ông lạ vừa dụ con tui 5 tuổi đi mua kẹo"): 113 now, 111 after.
      /\b(nguoi la|ong la|ba la|ke la|thang la|chi la|anh la|ai do|mot nguoi)\b (\w+ ){0,3}(du|ru|dat|bat|om|dan|keo|cho keo|bong)\b (\w+ ){0,2}(con|chau|be|thang be|con be|dua nho|thang nho|con nho)\b (\w+ ){0,4}(di|len xe|theo|mua keo|cho keo|choi|mat)\b/,
      // Beaten by a group at school and filmed; a stranger luring children away with sweets.
      /\b(danh hoi dong|hoi dong danh|bi bat nat|bat nat (\w+ ){0,2}(hoai|suot|moi ngay))\b.{0,60}\b(lop|truong|hoc|clip|so)\b|\b(lop|truong|ban cung lop|ban hoc)\b.{0,40}\b(danh hoi dong|hoi dong danh|bat nat)\b/,
      /\b(ru|du|lua|keo)\b (\w+ ){0,3}(tre|tre con|con nit|hoc sinh|tui nho|may dua nho|be|chau)\b (\w+ ){0,2}(di theo|len xe|theo (no|han|ong ta))\b|\b(cong truong|truong hoc|truong tieu hoc|truong mau giao)\b.{0,60}\b(ru|du|cho keo)\b (\w+ ){0,3}(di theo|len xe)\b/,
      re(String.raw`\b${CHILD}\b.{0,50}\b(bi )?(${HARM}|bo doi|nhot|xich|bat coc)\b`),
      // A pupil beaten and filmed, the clip posted ("bị bạn cùng lớp quay clip đánh rồi đăng lên mạng").
      /^(?=.*\b(lop|truong|ban cung lop|ban hoc|hoc sinh|con (toi|tui|minh)|chau)\b)(?=.*\bquay (clip|video|lai|phim)\b)(?=.*\b(danh|bat nat|lam nhuc|xe ao|lot do|tat)\b)/,
      // A child given away or left to be rid of ("làm sao cho con tui bỏ đi mà không ai hay, tui chán nuôi nó rồi").
      /\b(chan|khong muon|het muon|het suc|khong the) nuoi (no|con|dua nho|thang nho|con nho|be|chau|tui nho)\b.{0,60}\b(bo|vut|cho di|gui di|de lai|dem cho|ban)\b|\b(bo|vut|bo roi|dem bo|de) (\w+ ){0,2}(con|dua nho|thang nho|con nho|be|chau)( \w+)? (o|truoc|ngoai|tai) (cong chua|chua|benh vien|cho|duong|cua)\b|\b(bo|vut|cho) (con|dua nho|be|chau) (\w+ ){0,3}(di|mat) (ma )?(khong ai (hay|biet)|cho khuat mat)\b/,
      // A stranger leading a child away ("người lạ cho bé kẹo rồi dắt đi đâu không biết").
      re(
        String.raw`\b(nguoi la|nguoi nao do|ai do|ke la|ong la|ba la|mot ong|mot ba|thang la)\b.{0,50}\b${CHILD}\b.{0,40}\b(dat|dan|bong|bat|keo|cho|ru) (di|mat|len xe|ve nha (no|ho|han))\b`,
      ),
      // The one beaten named first is no child ("đánh tui, đứa nhỏ đứng đó khóc", "đánh e, con nhỏ khóc"): violence,
      // below. "Em" is the writer unless a child word follows it ("đánh em bé", "đánh em 8 tuổi").
      re(
        String.raw`\b(xam hai|lam dung|hiep dam|sam so|bao hanh|danh dap|${HARM})\b(?! (toi|minh|vo|me|ba|ong|bac|chong|tui|e)\b| em\b(?! (be|nho|gai|trai|lop|\d)\b)).{0,30}\b${CHILD}\b`,
      ),
      re(String.raw`\b${CHILD}\b.{0,80}\b${CHILD_HARM}\b|\b${CHILD_HARM}\b.{0,60}\b${CHILD}\b`),
      // A child pulled into a room behind a closed door by an adult, again and again ("hay kéo nó vô phòng đóng cửa, con bé ra
      // là khóc"). Session 32.
      /\b(keo|dan|goi|du|dat|bat|loi) (\w+ ){0,2}(no|con be|be|chau|chau be|con nho|thang be|dua nho|dua be|em be) (\w+ )?(vo|vao) (trong )?phong\b.{0,30}\b(dong cua|khoa cua|khoa trai|dong kin)\b/,
      // A carer slapping or hitting little ones, seen on the class camera ("thấy cô giáo tát con nít liên tục"). "tắt" folds
      // like "tát": not before a device or a light. Session 33 (fixc).
      re(
        String.raw`\b(co giao|thay giao|co day|thay day|bao mau|co giu tre|nguoi giu tre|vu nuoi|giao vien|co nuoi day|nguoi giup viec|giup viec|osin)\b (\w+ ){0,2}(tat|danh|dap|nhet|bop mieng|bop co|xo|dui|quat|vut|cau|nhan dau|dap dau)\b(?! (sach|gia|thuc|so|dau|van|rang|tieng|cap|lua|trao|thue|dan|den|dien|may(?! (dua|be|chau|em|con|tre))|quat|nuoc|tivi|ti vi|may lanh|dieu hoa|nhac|loa|bep|dien thoai|camera|chuong|bao thuc|trong|dan|chu|may tinh|bai|co|cau)\b) (\w+ ){0,2}${CHILD}\b`,
      ),
      // A carer's punishment in the sun or for hours ("cô giáo dạy thêm bắt cháu quỳ ngoài nắng cả buổi").
      /\b(co giao|thay giao|co day|thay day|bao mau|co giu tre|nguoi giu tre|vu nuoi|giao vien)\b.{0,40}\bbat (\w+ ){0,3}(quy|dung|phoi|nhin an|nhin doi)\b.{0,30}\b(ngoai nang|giua nang|ca buoi|ca ngay|may tieng|hang gio|ca dem)\b/,
      // A child called over alone by an outsider, with money or sweets ("ông hàng xóm hay cho con gái tui tiền rồi kêu qua nhà
      // chơi một mình").
      allOf(
        '(hang xom|nguoi la|chu tro|ong chu|ong ta|thang cha|ong gia|ong ke ben|chu ke ben)',
        CHILD,
        String.raw`(keu|goi|ru|dan|du|bieu) (\w+ ){0,3}(qua|vao|vo|sang|len) (nha|phong|buong)\b.{0,30}\b(mot minh|rieng|khong cho (ai|ba me|cha me) biet)`,
      ),
      // Children lured into a house and something bad suspected ("mấy đứa nhỏ bị ông bán kem dụ vô nhà, tui nghi ổng làm bậy").
      // Session 30.
      allOf(
        CHILD,
        String.raw`(du|ru|dan|keo|goi|bieu|cho keo) (\w+ ){0,7}(vao|vo|qua|sang) (nha|phong|buong)`,
        String.raw`(lam bay|lam chuyen bay|lam chuyen xau|sam so|so mo|ro mo|xam hai|dong cham|khoa cua|khong cho (\w+ )?(ve|ra))`,
      ),
      // A step-parent beating a child, told by the child or a neighbour ("nó nói bà ghẻ đánh bằng roi mỗi ngày", "mẹ kế hay
      // nhốt nó"): the child's carer is the one who hurts. Session 36 (fixk).
      allOf(
        String.raw`(${CHILD}|chau ruot|dua chau|con rieng)`,
        '(di ghe|ba ghe|me ghe|cha ghe|bo ghe|me ke|cha duong|bo duong|ong duong)',
        String.raw`(di ghe|ba ghe|me ghe|cha ghe|bo ghe|me ke|duong|ghe)\b (\w+ ){0,2}(${HARM}|nhot|xich|troi|bo doi|quat|vut|tat|dap)`,
      ),
      // Marks on a child, with screams at night or again and again ("đêm nào cũng nghe con nhỏ khóc thét, tay bầm tím"):
      // the signs a neighbour sees. A fall or a game ("té xe đạp bầm đầu gối") is no abuse.
      re(
        String.raw`^(?!.*\b(te|nga|va (vao|phai)|dung (xe|phai)|choi (da|bong)|tai nan|xe dap|tiem|chich)\b)(?=.*\b${CHILD}\b)(?=.*\b(bam tim|tim bam|bam dap|vet roi|lan roi|noi lan|lan do|bi phong|vet phong|vet bong|vet (dao|cat|thuoc la))\b)(?=.*\b(dem nao|ngay nao|bua nao|hoai|suot|thuong xuyen|lien tuc|moi (ngay|bua|toi|dem|lan)|ngay ngay|bua bua|khoc (thet|ret|thau|la)|la het|xin tha|keu cuu)\b)`,
      ),
    ],
  ],
  [
    'harmful-content',
    [
      // Sexual content asked for: a story, pictures, a site, a message to someone, a hidden camera.
      // Not a victim's own story: a fake of their face, money demanded, threats (sextortion).
      re(
        String.raw`^(?!.*\b(bi(?! chan)|nhan duoc|(?<!\bbi )chan|bao cao|to cao|phong tranh|bao ve|nhan biet|lo (con|chau)|doi tien|tong tien|de doa|doa|ghep (mat|anh|hinh) (cua )?(toi|tui|minh|em|ba|bac|ong|chau|con))\b)(?=.*\b${SEXUAL}\b)(?=.*\b(viet|ke|gui|tim|cho (tui|toi|em|xem|coi)|chi|soan|tao|ve|trang|web|link|xem|coi|quay|chup|dang)\b)`,
      ),
      // Hate against a group: a post, a comment, a call to drive them out.
      allOf(GROUP, HOSTILE, '(viet|soan|dang|bai|status|post|binh luan|keu goi|cho (ca|moi)|tao)'),
    ],
  ],
  [
    'fire',
    [
      /\b(chay nha|nha (toi |minh )?(bi |dang )?chay(?! (nuoc|dot|mau|khong|cham|nhanh|tot|em|on|di|ve|bo)\b)(?! (\w+ ){0,2}(mot lan|hoi xua|hoi nam|hoi truoc|ngay xua|nam \d+|may nam (truoc|roi)))|hoa hoan|dam chay|dang chay lon|boc chay|khoi (den )?mu mit|no binh gas|ro ri gas|ro gas|xi gas)\b/,
      /\b(sap|kho|nha kho|xuong|nha xuong|bep|phong|cua hang|tiem|quan) (\w+ ){0,4}(dang|bi) chay(?! (khach|hang|ve|phong|tui|tien|no|don|cho))( (rui|lon|du doi|het|roi))?\b|\b(dang )?bi chay (lon|du doi)\b|\bbi chay (rui|het|trui)\b|\b(boc khoi|khoi den|lua bat|lua boc|lua chay|toe lua|ngon lua|chay len rem|chay o cam|o cam (dien )?chay)\b/,
      // A short circuit with smoke, sparks or fire ("chập điện từ công tơ, khói bay ra", "điện chập cháy khét lẹt"), or
      // one that bursts ("chập nổ"): "nó" (it) folds like "nổ", so only within two words, and not when a verb follows
      // ("chập, nó không lên nữa").
      /\b(chap dien|chap mach|chap chay|(?<!\b(?:tin|the) )chap)\b(.{0,40}\b(khoi|tia lua|toe lua|boc lua|lua|mui khet|chay)| (\w+ ){0,2}no\b(?! (khong|hong|ko|chang|chua|van|cu|da|lai|tat|het|mat|bi|hu|sap|len|chi|dung|treo)\b))/,
      /\b(day|ngap|mu mit) khoi\b|\bkhoi (mu|nghi ngut|cuon)\b|\bkhoi (day|tran|bao trum|cuon cuon)\b|\bchuong bao chay\b.{0,20}\b(keu|reo|hu)\b/,
      /\bmui gas\b|\b(co |nghe |ngui thay |bi )mui ga\b(?! (nuong|luoc|ran|chien|quay|kho|tan|con))|\bchay bep\b(?! (ga|dien|tu|tot|deu|khong|ko|hong)\b)|\bgas\b.{0,40}\b(bi xi|xi ra|ro ri|bi ro|bi ri|dang xi|dang ro)\b|\b(binh|ong|day|van|cuc|lon|bep) (ga|gas)\b (\w+ ){0,4}xi (mui|hoi|ra|lien|hoai|xi)\b|\b(binh|ong|day|van|bep) (ga|gas)\b (\w+ ){0,3}(co|bi|boc|toan|day|nghe|ngui thay) mui (nong|hac|la|ga|gas|kho chiu|thum|bay)\b/,
      // Fire caught on something ("lửa bén vô mùng rồi", "lửa lan qua rèm").
      re(
        String.raw`\blua (dang |da |vua |cu )?(ben|lan|bat|chay) (\w+ )?(vo|vao|qua|sang|len|toi) (\w+ ){0,2}(${CATCHES_FIRE}|nha|phong|bep|quan ao|xe|day dien|cua)\b`,
      ),
      // Session 33 (fixa): where the fire came from said first ("lửa từ bếp bén lên mái lá rồi"); gas smelt rising or
      // hissing from the bottle ("mùi ga bốc lên từ cái bình dưới bếp, nghe xì xì"). "Mùi gà" (chicken) folds alike.
      re(
        String.raw`\blua (tu|o|trong|duoi|sau|ngoai) (\w+ ){1,3}(dang |da |vua |cu )?(ben|lan|bat|chay) (\w+ )?(vo|vao|qua|sang|len|toi) (\w+ ){0,2}(${CATCHES_FIRE}|nha|phong|bep|quan ao|xe|day dien|cua)\b`,
      ),
      /^(?!.*\b(ga (nuong|luoc|chien|ran|kho|quay|rang|hap|ta|con|trong|mai)|thit ga|long ga|chuong ga|nuoi ga|canh ga|dui ga|com ga|chao ga|pho ga)\b).*(\bmui ga\b (\w+ ){0,2}(boc|bay|xoc|toa) (len|ra|day)\b|\b(mui ga|binh ga|ong ga|van ga|day ga)\b.{0,60}\b(xi xi|nghe xi|keu xi|tieng xi)\b|\b(xi xi|nghe xi|keu xi|tieng xi)\b.{0,40}\b(binh ga|ong ga|van ga|day ga|binh gas|mui ga)\b)/,
      // What to do when a fire is found, asked ahead in formal words ("khi phát hiện cháy thì gọi số nào, làm gì trước"):
      // the same steps as a fire now.
      /\b(khi|neu|truong hop|luc) (phat hien|co|xay ra|gap|thay|bi) (dam |vu )?(chay|hoa hoan)\b.{0,60}\b(goi (so )?(nao|ai|gi)|lam gi|xu ly|thoat|bao (cho )?(co quan|ai|noi|dau|so) ?(nao|gi|o dau)?)\b/,
      // A gas pipe or bottle burning, a fire with a cry for help ("ống gas cháy", "cháy rồi cứu với"). Session 24 (trial28).
      // Flames rising ("bếp đang bốc lửa lên trần"); a stove that will not light ("không bắt lửa") is a repair.
      /(?<!\b(khong|ko|hong|chang|chua|kho|de) )\b(boc lua|ben lua|(dang|vua|da) bat lua)\b|\bchay (bep|nha kho|kho hang|xuong)( \w+)? (roi|lon|kia|do)\b/,
      /\b(ong|binh|day|van|cuc|lon) (ga|gas) ((\w+ )?(bi |dang )?(chay|boc chay|bat lua|phat lua|xi lua|toe lua)|(\w+ ){0,4}(bi |dang )?(phi|phut|phun|xi|toe|boc) lua)\b|\bchay (roi |lon |nha |qua )?(\w+ )?cuu (voi|toi|tui|em|con|chau|bac)\b|\bcuu (voi|toi|tui) (\w+ ){0,2}chay (nha|roi|lon|qua)\b|\bchay (roi|nha roi|lon roi) (ba con|moi nguoi|lang xom|xom|ca xom)\b/,
      // A stove, an appliance or a vehicle on fire, big ("bếp ga cháy lớn rồi", "xe máy cháy dữ dội"); a flame set high on
      // a stove ("bếp cháy to quá, chỉnh nhỏ sao") is no fire. Session 28.
      /\b(bep|bep ga|bep gas|bep dien|bep tu|noi com|noi chien|may giat|tu lanh|quat|tivi|may lanh|xe|xe may|o to|xe dien|nha|phong|mai nha) (\w+ ){0,2}chay ((lon|to|manh) roi|du doi|ngun ngut|lan ra|lan rong)\b/,
      // A set burning with a flame ("cái quạt máy cháy khét lẹt có lửa"), smoke filling the house from nowhere seen ("khói bay
      // đầy nhà mà không biết cháy chỗ nào"). Session 31.
      /\b(quat|quat may|tivi|tu lanh|may giat|noi com|noi com dien|am dien|o dien|o cam|day dien|bep|xe may|xe dien|cuc sac|sac|pin|may lanh|dieu hoa)\b (\w+ ){0,3}(chay|khet|boc khoi|ra khoi)\b.{0,30}\b(co lua|boc lua|ra lua|toe lua|phat lua|lua chay|lua bung|xet lua)\b|^(?!.*\b(nau|nuong|chien|rang|dot rac|nhang|hut thuoc|xong|thuoc la)\b).*\bkhoi\b (\w+ ){0,2}(day|kin|mit mu|mu mit|tum lum|nghi ngut) (\w+ )?(nha|phong|bep|hanh lang|cau thang|xom)\b/,
      // A socket, a plug or a charger melting or smelling burnt ("ổ cắm sạc nóng chảy nhựa"): cut the power before it
      // catches. Session 32.
      /\b(o cam|o dien|phich cam|cuc sac|cu sac|day sac|cau dao|aptomat|cong to|day dien)\b (\w+ ){0,4}(nong chay|chay nhua|chay khet|boc mui khet|mui khet|nong ran|chay ca nhua)\b/,
      // A building next door burning big, its smoke coming in ("nhà bên cạnh cháy lớn, khói bay qua nhà em"). Session 32.
      // The house next door told burning in three words ("nhà kế bên cháy rồi"). Session 37.
      /\b(nha|phong tro|can ho|chung cu|toa nha|day tro|xuong|nha kho|kho hang|cua hang|hang xom|ben canh)\b (\w+ ){0,2}chay (lon|to|du doi|ngun ngut|du qua|lan)\b|\bnha (ke ben|ben canh|hang xom|ke) chay (roi|lon roi)\b|\b(cho|sap|kiot|ki ot|quay hang|sap hang)\b (\w+ ){0,3}chay (lon|to|du doi|ngun ngut|lan)\b|^(?!.*\b(nau|nuong|chien|rang|dot rac|dot la|nhang|hut thuoc|xong|thuoc la|bep cui)\b).*\bkhoi (\w+ ){0,2}(bay|tran|lan|tat|ua|phu) (qua|sang|vao|vo|kin|day) (\w+ ){0,2}(nha|phong)\b(?=.*\bchay\b)/,
      // Flames seen on a bed, a curtain or a ceiling ("mở cửa ra thấy lửa trên nệm rồi"). Session 25 (trial29).
      re(String.raw`\b(thay|co|bi) lua (\w+ ){0,2}(tren|trong|o|duoi|ben|sau) (${CATCHES_FIRE}|phong ngu|tuong)\b`),
      // Sparks flying, a pole or a line burning, big flames by a fire ("cháy chợ… lửa to lắm"). Session 25 (trial29).
      /\btia lua (ban|toe|xet|phat|bung|chop|bay)\b|\b(cot dien|day dien|tram bien ap|may bien ap|tram dien)\b (\w+ ){0,3}(chay|(?<!\btra )no|boc khoi|toe lua|xet lua|boc lua)\b|\bchay (day dien|dien) (\w+ ){0,2}(cot|tren cot)\b|^(?=.*\bchay\b).*\blua (to|lon|du|ngun ngut|boc cao|rat to)\b/,
      // A market or a lodging burning, told as the place "đang cháy ở…" ("chợ xã đang cháy ở dãy quần áo"); "chạy" (run)
      // folds like "cháy", so only a place just before and a spot or a size after. Session 30.
      /\b(cho|sap|day tro|nha tro|khu tro|chung cu|can ho|day nha|day phong)( \w+)? (dang|bi) chay (o|tu|lon|du doi|ngun ngut|rui|roi|het)\b|\b(lam|bi) chay (cai |tam )?(man|rem|mung|nem)\b/,
      // Fuel or gas spilt from a tanker or a cart ("xe bồn chở xăng lật, xăng chảy lênh láng"): 114 before a spark. Session 30.
      // An electrical board or a meter burning or bursting ("tủ điện tổng tầng hầm cháy nổ, mất điện"); burning plastic
      // smelt with smoke from a set ("tivi phát ra mùi nhựa cháy, có khói"). Session 30.
      /\b(tu dien|cau dao|cong to|dong ho dien|bien the|tram bien ap|may bien ap|o dien|o cam|binh gas|binh ga|binh nong lanh|may lanh|tivi|tu lanh|may giat)\b (\w+ ){0,6}(chay no|no chay|boc chay|chap chay|chay khet)\b|^(?!.*\b(nau|nuong|chien|rang|dot rac|nhang)\b).*(\bmui (nhua|day dien|cao su|dien) (chay|khet)\b.{0,60}\bkhoi\b|\bkhoi\b.{0,60}\bmui (nhua|day dien|cao su|dien) (chay|khet)\b)/,
      // Wires burning with smoke in a lift or a stairwell ("thang máy chung cư bị cháy dây điện, khói bay ra ở tầng tui").
      // Session 30.
      /\b(thang may|cau thang|hanh lang|tang ham|chung cu)\b.{0,30}\b(bi )?chay (day dien|dien)\b.{0,40}\bkhoi\b/,
      // Flames on a roof ("lửa đỏ rực trên nóc nhà bếp"), sparks blown onto one ("tàn lửa bay qua mái nhà tui"), a lamp or a
      // candle knocked over and burning. Session 30.
      /^(?!.*\b(bai hat|phim|tho|truyen)\b).*\blua (\w+ ){0,2}(tren|o) (noc|mai|tran)\b|\btan lua (\w+ )?(bay|roi|rot|bat) (qua|sang|vao|vo|xuong|len|toi) (\w+ ){0,2}(mai|nha|san|rom|mung|man|rem|nem|cho|kho|vuon)\b|\b(den dau|den cay|nen|ngon nen|den hot vit)\b.{0,40}\b(do|nga|rot|nghieng|nga do)\b.{0,30}\bchay\b/,
      /\bxe (bon|cho xang|cho dau|cho gas|cho ga|cho binh gas|cho binh ga|cho hoa chat) (\w+ ){0,3}(lat|do|tai nan|ro|xi)\b|\b(xang|dau hoa|dau diesel|gas|hoa chat)\b (\w+ ){0,2}(chay|tran|do|ro) (lenh lang|tum lum|khap|ra duong|ra dat|day duong)\b/,
      /\b(rom|rom ra|dong rom|cui|dong cui|mai la|mai tranh|co kho|bao bi|rem|nem|man|mung|kho|vuon|rap|rap cuoi|rap dam cuoi|lieu|bat che|mai che)\b (\w+ ){0,4}(bat lua|ben lua)\b(?! (khong|hong|chua)\b)|\bchay no (lop bop|dung|ram|lien tuc|du doi|lon|tung)\b|^(?=.*\b(chay|khoi|lua)\b).*\bno (lop bop|dung dung|ram ram)\b|\blua (lan|bung|trum|chay lan)\b|\b(chay|lua) lan (qua|sang|toi|vao|len)\b|\bmui khet\b.{0,40}\b(dien|khoi|o cam)\b/,
      // A gas canister or bottle swelling, or flames wrapped round it ("bình ga mini trong bếp nướng bị phồng lên, lửa bao quanh
      // bình"): it can burst, 114. Session 33 (fixc).
      /\b(binh|lon|ong|cuc) (ga|gas)\b (\w+ ){0,7}(bi phong|phong (len|to|ra|cang|u)|cang phong|bi phu|bop meo)\b|\blua (\w+ )?(bao quanh|bao trum|trum|liem|quan quanh|vay quanh) (\w+ ){0,2}(binh|ong|cuc|van)\b(?=.*\b(ga|gas)\b)/,
      // Gas smelt or leaking, typed "ga" ("mùi ga xì trong bếp", "ngửi mùi ga nồng nặc"); "mùi gà" (chicken) folds alike.
      // Session 26 (trial30).
      /^(?!.*\b(ga (nuong|luoc|chien|ran|kho|quay|rang|hap|ta|con|trong(?! (bep|nha|phong|binh))|mai)|thit ga|long ga|chuong ga|nuoi ga|canh ga|dui ga|com ga|chao ga|pho ga)\b).*(\bmui ga\b (\w+ ){0,3}(xi|ro|ro ri|nong nac|nong|hac|bay|khap|tran|nang|thum)\b|\bmui ga\b.{0,40}\b(cho ro|bi ro|ro ri|xi ra)\b|\b(xi|ro ri|bi ro) ga\b|\b(binh|ong|bep|van) ga (\w+ ){0,2}(bi )?(xi|ro ri|bi ro)\b)/,
      // Smoke with a burning smell ("khói ở đâu bay vô nhà tui khét lẹt"); a socket burnt ("ổ cắm nồi cơm điện cháy xém");
      // a cry of fire to the neighbours ("cháy chợ rồi bà con ơi"). Cooking smoke is no fire. Session 26 (trial30).
      /^(?!.*\b(nau|nuong|chien|rang|bep cui|dot rac|dot la|dot rom|rom ra|hun|xong|nhang|huong|thuoc la|hut thuoc|com (bi )?khet|noi (bi )?khet|chao)\b).*(\bkhoi\b.{0,40}\bkhet\b|\bkhet\b.{0,40}\bkhoi\b)|\bo (cam|dien) (\w+ ){0,4}(bi chay|chay (xem|den|khet|roi|het|sem)|khet|boc khoi|toe lua)\b|\bchay (\w+ )?(roi|lon roi) (ba con|moi nguoi|lang xom|xom|ca xom)\b/,
      // Smoke pouring out of a house or a window ("nhà hàng xóm đi vắng mà khói cứ bốc ra từ cửa sổ"); a kitchen's wood
      // smoke or incense is no fire. Session 26 (trial30).
      /^(?!.*\b(bep cui|nau|nuong|hun|xong nha|dot la|dot rac|nhang|huong|thuoc la|hut thuoc)\b).*\bkhoi (\w+ ){0,2}(boc|bay|tuon|phut|xi|toa) (ra )?(\w+ ){0,2}(tu|o) (\w+ ){0,2}(cua so|can ho|phong|mai nha|ong khoi|nha (hang xom|ben|ben canh|ong|ba|bac|chu|co))\b|\b(nha|can ho|phong|mai nha|cua so|nha kho)\b (\w+ ){0,4}(co )?khoi (\w+ ){0,2}(boc|bay|tuon|phut|toa|xi) (ra|len)\b (\w+ ){0,2}(nghi ngut|mu mit|cuon cuon|den kit|um|du lam|nhieu lam|qua troi)\b/,
    ],
  ],
  [
    'rescue',
    [
      // Someone fallen into a well, a pit or a drain ("thằng nhỏ té xuống giếng"), or into water and not got out
      // ("té xuống ao, không kéo lên được"); a fall long ago or already rescued is a story.
      re(
        String.raw`\b(be|em be|con|con nho|chau|thang|thang nho|dua|dua nho|nguoi|ong|ba|me|em|anh|chi|ai|no|ho)\b (\w+ ){0,3}(te|nga|rot|roi|lot|sa|sut|truot chan) (xuong|vao|vo) (\w+ ){0,2}((gieng|ho sau|ho ga|ho cong|cong(?! (veo|queo|lung))|ham|ho voi|vuc)\b|(be nuoc|song|ao|kenh|muong)\b(?=.{0,80}\b((khong|hong|chang|ko) (\w+ ){0,2}(keo|leo|lay|vot|cuu|dua|bo) (\w+ ){0,2}(len|ra)|khong ai (xuong|cuu|keo)|keu cuu|khoc|mac ket|ket duoi)\b))(?!.{0,60}\b(nam ngoai|nam truoc|hoi truoc|ngay xua|hoi nho|da duoc cuu|cuu len roi|keo len roi)\b)`,
      ),
      // Stuck in a lift now ("đang ở trong thang máy bị kẹt, hết điện").
      /\b(o|dang o|nhot|ket|mac ket) trong thang may\b.{0,40}\b(ket|dung|mat dien|het dien|khong mo|cup dien)\b|\bthang may (\w+ ){0,3}(bi )?(ket|ket cung|dung giua|mat dien)\b.{0,40}\b(trong|ben trong|dang o|nhot|ket lai)\b/,
      /\bnuoc (lu )?(dang )?(dang |len |ngap |tran )+(vao |trong |toi |den )?(nha|san|gac|nguc|co|mai)\b|\blu quet\b/,
      /^(?!.*\b(thang truoc|nam ngoai|nam truoc|hom truoc|tuan truoc|dot lu (vua qua|truoc|nam)|nuoc (da )?rut|sau (dot |tran )?lu|xin ho tro|ho tro (sau|khac phuc))\b).*(\bnuoc (\w+ )?len (nhanh|qua nhanh|gap|cao)\b|\bngap (toi|den|qua|ngang|gan) (cua so|nguc|co|mai|noc|gac|nua nha|noc nha)\b|\b(nuoc|ngap|lu)\b.{0,80}\b(dang|con|phai)( o| ngoi| tru)? (tren|len) (gac|mai|noc)\b|\bnuoc (\w+ )?(len|dang len|ngap) (toi|den|ngang|qua) (bung|nguc|co|eo|cua so|mai|noc)\b)/,
      /\b(do|sap|sat|lo) (\w+ ){0,3}(de|vui|lap|chon) (len )?(\w+ )?(nguoi|em|con|ba|me|ong|chau|anh|chi|chong|vo)\b|\bdat (sat|lo) (\w+ ){0,3}(nha|vach|tuong|vui)\b/,
      /\b(ket|bi ket|cuon|bi cuon|ep|bi ep|kep|bi kep) (\w+ )?(tay|chan|nguoi|toc|ao|ngon tay|canh tay) (\w+ )?(vao|trong|giua) (\w+ )?(may|may ep|may cuon|may xay|may tron|may cat|bang chuyen|truc|banh rang|may dap)\b|\b(mac ket|ket lai|ket|bi ket|bi de) (tren|trong|duoi) (gac|mai|noc|nha|tang|thang may|nuoc|dong do|xe|gam xe|gam|banh xe|dong gach|do nat|tuong sap|may ep|may cuon)\b|\b(sat lo|sap) (\w+ ){0,2}(vui|de len|lap)\b/,
      // Water rising where one cannot get out (a car, a room); earth slid onto a house, someone buried.
      allOf(
        '(nuoc|lu|ngap)',
        String.raw`(khong (mo|ra|thoat|leo|bo) (\w+ ){0,3}(duoc|noi)|ket (trong|tren|duoi|lai)|mac ket)`,
        '(len|dang|ngap|tran|toi|ngang|chay xiet|bao vay|co lap|vay quanh|chia cat)',
      ),
      // Swept by water, waiting on a roof or a tree ("nước cuốn trôi mất mái, cả nhà đang ngồi trên cây"). A boundary
      // marker, a fence, papers or crops swept away ("lũ cuốn mất cột mốc, giờ hàng xóm lấn đất") are a loss told after
      // the flood, no one to rescue. Session 34 (fixe).
      /\b(nuoc|lu) (\w+ ){0,3}(cuon|cuon troi|cuon trot|cuon mat)\b(?! (\w+ ){0,2}(cot moc|moc (gioi|ranh gioi|dat)|ranh gioi|hang rao|bo rao|tuong rao|giay to|so do|so hong|hoa mau|lua|ruong|vuon|ao ca|chuong|kho lua)\b)|\b(nuoc|lu|ngap|dong nuoc|giua dong)\b.{0,60}\b(ngoi|dung|bam|tru|tranh|om|viu) (tren|vao|vo|lay) (goc |canh |than |ngon )?(cay|noc nha|mai nha|noc|cot dien|tang da|tang da)\b/,
      // Someone pinned under a fallen tree or wall.
      /\b(cay|tuong|mai nha|cot dien|tran nha|gian|nha|bo tuong|cong) (\w+ )?(do|sap|nga) (\w+ ){0,2}(de|ngang|chan|trung|len)\b.{0,40}\b(nam duoi|ket|mac ket|khong ra|khong (\w+ )?duoc|bi thuong|ke ben duoi)\b/,
      // A boat capsized, people adrift in the river ("ghe chở 5 người bị lật giữa sông, người ta đang trôi").
      /\b(ghe|thuyen|xuong|ca no|be|tau ca)\b (\w+ ){0,4}(bi )?(lat|chim|dam|lat up)\b(?! (keo|bai|trang|mat|ong|ba|toi|anh|chi|em|chau|vo|chong|nguoi|con|may|bon|(vao|vo) (mat|nguoi|bung|dau|mieng|mom))\b)|\b(nguoi|no|ho|con|chau|may nguoi|nguoi ta) (\w+ )?(dang )?(troi|chim|vung vay|chat vat) (giua|tren|duoi|theo) (song|dong|nuoc|bien|ho)\b/,
      /\b(sat lo|dat sat|lo dat|sat (nui|dat|ta luy)|nha sap|sap nha|sap cau)\b.{0,60}\b(vui|lap|chon|mac ket|mat tich|keu cuu|bi de)\b|\bbi (vui|chon vui|dat vui|dat lap)\b/,
    ],
  ],
  [
    'harm-others',
    [
      // A drug slipped into someone's drink or food unseen ("chỉ cách pha thuốc ngủ vào nước cho người khác uống mà họ
      // không biết"), role-played or not: harm to refuse, not a dose to ask a pharmacist about.
      /\b(pha|bo|cho|tron|tha)\b (\w+ ){0,2}thuoc\b (\w+ ){0,3}(vao|vo) (nuoc|com|do an|ly|coc|tra|ca phe|ruou|bia|chao|canh|sua)\b.{0,50}\b(khong (biet|hay|phat hien)|len|lan|bi mat|giau)\b/,
      // Going after someone to beat them, asked ("đuổi theo đánh nó được không"): harm to stop, the police to call.
      // Session 28.
      /\b(duoi theo|chay theo|di tim|ra tim|toi nha) (\w+ ){0,2}(danh|dap|xu|chem|dam) (no|han|thang|ho|ong ta|ba ta|tui no|may thang)\b/,
      // Thugs hired to beat someone ("thuê người dần cho nó một trận", "thuê giang hồ xử thằng đó"): the learner's own harm,
      // asked where to buy. "Thuê người đánh máy" names no one to hurt. Session 36 (fixk).
      re(
        String.raw`\b(thue|muon|nho|goi) (\w+ ){0,2}(nguoi|giang ho|dan anh|xa hoi den|con do|bon|may thang|dan em|dau gau|xa hoi)\b (\w+ ){0,2}(danh|dan|xu|chem|dap|dam|tat axit|dot nha|dap pha|do xang) (cho )?(\w+ )?${TARGET}\b|\b(thue|muon) (\w+ ){0,2}(giang ho|dan anh|xa hoi den|con do|dau gau)\b`,
      ),
      // Spite: "cho bõ ghét", fake orders sent to someone's shop.
      re(
        String.raw`\bcho (bo|bo cai) ghet\b|\b(bom hang|dat hang ao|dat don ao|dat hang gia)\b.{0,40}\b(${TARGET}|nha (no|ho|han)|cho (no|ho|han))\b`,
      ),
      re(
        String.raw`\b(tra thu(?! (tien|phi|truoc|bang|qua|\d))|tra dua|(?<!thong )bao thu(?! (tien|phi|thue)))\b|\bcho (\w+ ){0,2}biet (tay|mat)\b(?! (khau|ma|ong|ba|nhau|moi|truoc))|\b(tinh|dinh|muon|se) (\w+ ){0,3}(tong|can|hat|ban|dam xe vao) (\w+ ){0,2}${TARGET}\b|\bcho ${TARGET} (\w+ )?(mot )?bai hoc\b`,
      ),
      /\b(thuoc doc|thuoc chuot|thuoc diet|thuoc tru sau|ba chuot)\b.{0,30}\b(cho|vao) (\w+ ){0,2}(no|han|ho|hang xom|cho|ga|heo|nha ben|thang|gieng|bon nuoc|ao ca)\b|\bbo thuoc (cho|vao)\b.{0,40}\b(bai hoc|chet|biet tay|tra thu|bo ghet|khong ai biet)\b/,
      /\b(che|tu che|rap|lam) (\w+ ){0,2}(sung|bom xang|thuoc no|kip no|min tu che)\b|\bmua (\w+ ){0,2}(sung|thuoc no|kip no|ma tau|dao phong|kiem)\b|\bban (nguoi|duoc nguoi)\b/,
      // "thịt" is to kill someone ("thịt nó"), not meat chopped ("chặt thịt gà").
      /\b(kiem|cam|mang|lay|vac) (cay |con |cai )?(dao|rua|gay|mac tau|ma tau|xa beng|sung|bua)\b.{0,30}\b(xu|chem|danh|dap|dam|thit (no|han|thang|ho|ong|ba|may|mi|tui no|bon no))\b/,
      WEAPON_INTENT,
      // Something slipped into their food or water so that they fall ill or die ("trộn thuốc vô cục xương cho nó chết",
      // "bỏ cái gì vô lu nước nhà bả cho bả đau bụng").
      /\b(bo|tron|rai|nhet|do|xit|cho|tam|pha)\b (\w+ ){0,4}(vo|vao) (\w+ ){0,4}(com|nuoc|lu nuoc|lu|gieng|bon nuoc|canh|do an|thuc an|xuong|cuc xuong|thit|ca|mam|banh|gao|co|mang|ao|be|chuong|mang an|thuc uong|tra|ruou)\b.{0,30}\bcho (\w+ ){0,2}(chet|ngo doc|dau bung|non oi|oi mua|tieu chay|lan ra|dui)\b/,
      // An accident made to happen to someone, asked how or kept secret ("chỉ cách làm cho nó bị tai nạn mà không ai biết").
      re(
        String.raw`\b(lam|khien|gay) (cho )?${TARGET} (\w+ ){0,2}(bi )?(tai nan|te xe|nga xe|gay (tay|chan|xuong)|tan phe|mu mat|chet|bi thuong|thuong tat)\b.{0,40}\b(khong ai biet|khong bi (ai )?(biet|phat hien|bat)|khong de lai dau vet|nhu (la )?tai nan)\b|\b(cach|chi (toi|tui|minh|em)|lam sao|lam the nao)\b.{0,20}\b((lam|khien|gay) (cho )?|cho )${TARGET} (\w+ ){0,2}(bi )?(tai nan|te xe|nga xe|gay (tay|chan|xuong)|tan phe|mu mat|chet|bi thuong)\b`,
      ),
      // Damage done in secret: "chỉ cách làm hỏng xe máy nó mà không ai biết".
      re(
        String.raw`\b(lam|pha|dap|choc|cat|xi) (hong|thung|nat|be)\b (\w+ ){0,3}(xe|nha|cua|do|vuon|cay|lop|may)\b.{0,40}\b(khong ai biet|khong bi (ai )?(biet|phat hien)|bo ghet|tra dua|cho (no|han|ho) (chua|biet))\b`,
      ),
      re(
        String.raw`\b(chem|dam|giet|thit|dap|danh|xu|tat axit|tat)\b (cho )?(\w+ ){0,2}${TARGET}\b.{0,40}\b(mot tran|mot nhat|mot trận|biet tay|bai hoc|bo ghet|khong bi bat|khong ai biet|the nao|nhu the nao|cach nao)\b|(?<!\b(doa|noi|bao|tuyen bo|thach|ham|de doa|la lo|chui) )\b(tinh|muon|dinh|se) (chem|giet|dam|thit|dot nha|tat axit)\b`,
      ),
      re(
        String.raw`\b(muon|se|${INTENT})\b (\w+ ){0,5}(danh|chem|dam|dap|xu|tat|chan duong) (\w+ ){0,3}cho (gay|chet|tan|nat|vo|bo|tan phe)\b|\b(cho|de) (khoi|khong|ma khong) bi (bat|cong an bat)\b`,
      ),
      re(
        String.raw`\b(dot|phong hoa|pha)\b (\w+ ){0,2}(nha|choi|xe|quan|cua hang|vuon|chuong)\b.{0,30}\b(${TARGET}|nha ben canh|cua (no|han|ho|thang))\b`,
      ),
    ],
  ],
  [
    'missing-person',
    [
      re(
        String.raw`^(?!.*\b(khi|neu|phong khi|lo|de phong|sau nay|lo mai|lo khi) (\w+ ){0,2}(di lac|bi lac|lac)\b)(?=.*\b(${CHILD}|con gai|con trai|ong|ba|me|ma|tia|cha|bo|ba noi|ong noi|chong|vo|ong gia|ba gia|thang|con)\b)(?=.*\b(di lac|bi lac|lac mat|lac duong|mat tich|bo nha (di|ra di|theo)|khong (thay )?ve nha|(tu|tu hom|tu sang|tu chieu|tu trua) (\w+ ){0,4}(toi gio|den gio|toi nay|gio) (\w+ ){0,2}(khong|chua|hong) (thay|ve|lien lac|tim|bat may|nghe may|tra loi)|kiem (khap|hoai|ca) (\w+ ){0,3}khong (thay|co|ra)|di dau mat( tieu)?|(?<!\b(cai|tai|ung dung|app|vssid|vneid|zalo|nut|muc|chu|so|giay|the)\b.{0,30})(tim|kiem) (\w+ )?(khong|hong|chang) (thay|ra))\b)`,
      ),
      // Not home yet, with a sign that it is no ordinary delay: "con gái đi học chưa về, gọi máy không được,
      // lo quá". "Con đi làm chưa về" alone is an everyday remark.
      allOf(
        String.raw`(${CHILD}|con gai|con trai|ong|ba|me|cha|bo|ba noi|ong noi|chong|vo|ong gia|ba gia|thang|con|chau)`,
        String.raw`(chua ve|chua thay ve|khong thay ve|khong ve|(toi|den) gio (\w+ )?(chua|khong|hong) thay|tre (\w+ )?(\d+|may|mot|hai|ba|bon|nam) tieng)`,
        MISSING_SIGNS,
      ),
    ],
  ],
  [
    'violence',
    [
      // Hurt by someone, told formally to report it ("bị hàng xóm hành hung gây thương tích, đề nghị hướng dẫn trình báo"). Session 32.
      // Bleeding now without a wish to report is the ambulance's first (medical-emergency, with 113 added).
      /^(?=.*\b(trinh bao|to cao|to giac|bao cong an|lam don|viet don|huong dan|thu tuc)\b).*\bbi (\w+ ){0,3}(hanh hung|danh dap|danh|dam|chem|tan cong)\b (\w+ ){0,3}(gay thuong tich|bi thuong|chay mau|nhap vien|bam tim|gay tay|gay chan)\b/,
      // Strangers banging on the door to get in at night ("có người lạ cứ đập cửa đòi vào nhà lúc 12 giờ đêm"). Session 32.
      /\b(nguoi la|ke la|thang la|dua la|may thang|co nguoi|co thang|ai do|nhom nguoi|bon nguoi|may nguoi|nguoi say)\b (\w+ ){0,3}(dap cua|pha cua|cay cua|dap cong|pha cong|dap cua sat|xo cua|day cua)\b.{0,50}\b(doi vao|doi vo|doi mo|nua dem|ban dem|dem khuya|khuya|gio dem|toi nay|giua dem)\b/,
      // Someone following the learner or a child home day after day ("có kẻ theo dõi con gái tôi từ trường về nhà mấy hôm
      // nay"): the police, 113 if it happens now. Session 32.
      /\b(ke la|nguoi la|thang la|ong la|gan la|mot nguoi|mot thang|mot ong|co ke|co nguoi|co thang|ai do|thang do|ong do)\b (\w+ ){0,2}(theo doi|bam theo|bam duoi|rinh rap|rinh|di theo|lang vang)\b (\w+ ){0,2}(con gai|con trai|con|chau|vo|toi|tui|em|me|nha toi|nha tui)\b.{0,40}\b(may hom|may ngay|nhieu ngay|moi ngay|hang ngay|ca tuan|tu truong|ve nha|di hoc|toi nao|dem nao)\b/,
      // A threat to kill or burn the learner's household ("hàng xóm dọa sẽ giết cả nhà tôi", "nó nói sẽ giết tui"): 113.
      // The learner's own "sẽ giết" is harm-others'; "bảo đảm" (to ensure) folds like "bảo đâm". Session 28.
      /\b(doa|noi|tuyen bo|thach|de doa|ham|la lo|nhan tin) (la )?(se (giet|chem|dam|dot nha|tat axit|xu dep)|giet|chem|dot nha|tat axit)\b/,
      // The whole message only names who hits ("chồng đánh", "bị chồng đánh"): violence at home told in two words.
      /^ (bi )?(chong|ong xa|bo|cha|con re|hang xom|no|thang chong) (toi |tui |em |no )?(danh|dap|danh dap)( (toi|tui|em|me con|vo con|con))?( roi| qua| hoai| nua)? $/,
      // A relative held by lenders or thugs until money is paid ("ba tui bị bọn cho vay nặng lãi giữ lại không cho về, đòi
      // 50 triệu mới thả"): unlawful detention, 113 now. Session 31.
      /\b(ba|bo|cha|me|ma|con|chong|vo|chau|em|anh|chi|ong|ba noi|ba ngoai|ong noi|ong ngoai) (toi |tui |minh |em )?(bi|dang bi) (\w+ ){0,6}(giu lai|bat giu|bat nhot|nhot|giam long|bat di|giu)\b.{0,60}\b(moi tha|moi cho ve|khong cho ve|khong tha|tien chuoc|chuoc)\b/,
      // Someone beating the learner's relative, told plainly ("có người đánh ba tui ngoài chợ", "tụi nó đánh thằng con tui"):
      // 113. Session 31.
      /^(?!.*\b(bi phat|xu phat|toi gi|hanh vi|danh nhau choi|choi)\b).*\b(co nguoi|co thang|co dua|co may thang|bon no|bon|may thang|tui no|tui|ai do|nguoi ta|thang|nhom|dam) (\w+ ){0,2}(dang )?(danh|dap|hanh hung|uynh|dam) (ba|me|bo|cha|ma|con|con trai|con gai|thang con|chong|vo|ong|ba noi|ba ngoai|ong noi|ong ngoai|chau|em|anh|chi) (toi|tui|minh|em|con)\b/,
      // A scream next door, then silence ("nghe tiếng la thất thanh rồi im bặt"): someone hurt now, 113.
      /\b(la|het|keu|tieng) (that thanh|cuu voi|cuu|thet len)\b.{0,40}\b(roi|xong|sau do|thi) (\w+ ){0,2}(im bat|im lang|im luon|im re|khong nghe (gi|tieng) nua)\b/,
      // A house broken into and a sound still inside ("cửa bị cạy, đồ lục tung, trong nhà còn tiếng động"): 113 before going in.
      /\b(cua (nha |phong )?(bi )?(cay|pha|be|mo toang)|bi cay cua|khoa (cua )?bi (pha|be|cat)|(do dac|nha cua) (bi )?luc tung)\b.{0,80}\b(con (nguoi|tieng dong|tieng|ai)|co (nguoi|tieng dong|tieng nguoi|ai)|chua dam (vao|vo))\b/,
      // An intruder still in the house: "bị trộm vào, nó còn đang ở trong nhà, tui trốn trong phòng".
      /\b(trom|ke trom|ke gian|cuop|nguoi la)\b.{0,40}\b(dang o|con o|van o|dang trong|con trong|van trong|con dang o)\b (\w+ )?(nha|trong nha|phong|duoi nha)\b|\b(tron|nap) (trong|duoi|sau) (\w+ ){0,2}(phong|tu|gam giuong|nha ve sinh)\b.{0,40}\b(trom|cuop|ke gian)\b/,
      // A door or a lock being forced now ("tụi nó đang cạy cửa sau, tui ở nhà một mình").
      /^(?!.*\b(quen|mat|lam mat|lam roi|gay|ket) (\w+ )?(chia|chia khoa|khoa|o khoa)\b|.*\bkhoa trai\b).*\b(dang|vua|toi nay|gio|(nghe|thay) (co )?(nguoi|ai|ke|con|bon|tieng)\b(?! (noi|ke|bao|doc))( \w+)?) (\w+ ){0,2}(cay|be|pha|dap|pha khoa) (\w+ )?(cua|khoa|o khoa|cong|song cua|cua so)\b/,
      // Beaten at home and hiding now: "chồng say rượu đánh đập mẹ con tôi, tôi đang trốn nhà hàng xóm".
      /\b(danh dap|danh|dap|hanh hung|bop co)\b (\w+ ){0,2}(me con|vo con|ba chau|toi|tui|em|con toi|con tui)\b.{0,50}\b(dang (tron|tranh|tru|chay|tam lanh|o nha hang xom|khoa cua)|tron (sang|qua|o|vao)|chay (sang|qua|ra))\b/,
      /\b(bi|dang) (chem|dam)\b|\bdanh nhau\b.{0,50}\b(chem|dam|chay mau|bi thuong|hung khi|dao)\b|\b(rinh|rinh rap) (\w+ ){0,3}(cong|nha|cua)\b.{0,60}\b(doa|de doa)\b|\b(doa|de doa)\b.{0,40}\bbiet tay\b/,
      // A stranger following or watching a girl, a child or the house again and again ("có người đàn ông lạ đi theo con gái
      // tui từ trường về mấy hôm nay"): 113 before it turns into an attack. Session 29.
      /\b(nguoi|dan ong|thang|con|ke|ong|ga|xe|may thang|may con|nhom|trai|thanh nien) (la|la mat)\b (\w+ ){0,3}(di theo|bam theo|chay theo|(chay|di|lai) xe (may )?theo|dung (\w+ )?(truoc|ngoai|o|quanh) (cong|cua)|theo doi|rinh|rinh rap|dung rinh|lang vang|ngo nghieng)\b(?! (\w+ ){0,2}(facebook|zalo|tiktok|instagram|trang|tai khoan|kenh|bai|dien thoai|tin nhan)\b) (\w+ ){0,4}(con gai|chau gai|be gai|con toi|chau toi|vo toi|toi|nha toi|phong|cua so|truong)\b/,
      // A stranger watching a school or a child's way home for days ("người đàn ông lạ ngồi trong xe hơi trước trường cháu
      // mấy ngày nay cứ nhìn vô sân trường"). Session 30.
      /^(?=.*\b(nguoi|dan ong|con|ke|ong|ga|xe) (la|la mat)\b)(?=.*\b(may (ngay|hom|bua) nay|ngay nao cung|hom nao cung|bua nao cung|lien tuc|cu (nhin|dung|ngoi|rinh|theo))\b).*\b(truong|cong truong|lop|san truong|nha tre|mau giao)\b/,
      // A bare cry of a robbery or a burglar now ("có cướp", "trộm vô nhà rồi"). Session 28.
      /^ (co|bi|dang co|nha co) (cuop|an cuop|trom|ke trom|ke cuop)( (roi|kia|vo nha|vao nha|trong nha|nha oi|ba con oi|cuu voi))* $/,
      /\b(dang|vua) bi (danh|hanh hung|chem|dam|cuop|doa giet|bat coc(?! online))\b|\bcam (dao|hung khi|sung|gay) (xong|doa|danh|vao)\b|\bbi (\w+ ){0,3}(giat|cuop) (\w+ ){0,2}(day chuyen|dien thoai|tui|bop|vi|xe)\b.{0,40}\b(dang|con|van) (\w+ ){0,2}(chay|ruot|duoi|theo|o|dung)\b|\b(an cuop|cuop giat|bi cuop|trom dot nhap|dot nhap vao nha|dang danh nhau|doa giet|bat coc(?! online| tren mang| qua mang))\b/,
      // Not a question about the offence itself ("hành vi đe dọa hành hung bị phạt thế nào").
      /^(?!.*\b(bi phat|xu phat|phat (bao nhieu|the nao|ra sao)|toi gi|vi pham gi|hanh vi)\b).*\b(doi|doa) (chem|giet|danh|hanh hung|tat axit|tat a xit|dot nha|dam|chat (tay|chan|ngon)|cat (tay|chan|gan|co)|bat (con|chau))\b/,
      // Someone being beaten right now, told by a witness ("tụi thanh niên đang đánh ông già ngoài đầu hẻm"); a child hitting a
      // sibling is the squabble's, a game ("đánh bài", "đánh cờ") no one's.
      /\b(dang|vua|dua nhau|xum vao|hua nhau) (\w+ )?danh (ong|ba|ong gia|ba gia|ong cu|ba cu|nguoi|me|cha|vo|chong|hang xom|bac|anh|chi|thanh nien|mot nguoi|co ay|co do|co kia)\b(?! (bai|co|tuong|tennis|cau|bong|golf|bida|bi a|dan|dau|may|nhac|trong|phom|tien len|chan|mat chuoc|vong))/,
      // A husband beating his wife now, told by a neighbour with pronouns ("chồng nó đang đánh nó dữ lắm ở nhà bên cạnh"):
      // 113. Session 35 (fixh).
      /\b(chong|ong chong|thang chong|lao chong|bo|cha|con re)( (no|co ay|ba ay|co ta|ba ta|chi ay|nha ben|hang xom|ben canh|ke ben|con nho do|chi do|co do))? (dang|lai dang|vua) (\w+ )?(danh|dap|danh dap|bop co|dam|chem) (no|co ay|ba ay|co ta|ba ta|chi ay|vo|vo no|me con no|me con|con no)\b(?! (choi|nhau|bai|co|may)\b)/,
      // Chased and beaten now ("mấy đứa côn đồ đang đuổi đánh thằng con tui ngoài đường"). Session 27 (trial31).
      /\b(dang|vua|lai) (\w+ )?(duoi|ruot|vay) (danh|chem|dam|dap|theo danh|theo chem)\b/,
      // A gang beating someone ("đám thanh niên đang đánh hội đồng một ông già ngoài chợ"). Session 27 (trial31).
      /\b(dang|vua|bi|moi) (\w+ ){0,4}danh hoi dong\b|\bdanh hoi dong (\w+ ){0,2}(ong|ba|nguoi|thang|con|chau|mot|anh|chi|em)\b/,
      // A child beaten now by an adult ("một người đàn ông đang đánh một em nhỏ ngoài đường"). Session 26 (trial30).
      /\b(dang|vua) (\w+ )?(danh|dap|danh dap) (mot )?(em nho|em be|dua nho|thang nho|con nho|dua be|con nit|be gai|be trai|dua tre|tre em|hoc sinh)\b(?! (choi|nhau)\b)/,
      // A brawl with weapons in formal words ("đang xảy ra ẩu đả, có người cầm hung khí").
      /^(?!.*\b(bi phat|xu phat|phat (bao nhieu|the nao|ra sao)|toi gi|vi pham gi|quy dinh)\b).*(\b(dang|vua) (xay ra )?(au da|hon chien|xo xat|danh lon)\b|\b(cam|mang|vac|rut|cau) (theo )?hung khi\b)/,
      // A threat made a condition of paying ("nói nếu mai chưa trả thì đốt nhà"): said without "dọa".
      /\b(neu|ma|noi|doa|bao) (\w+ ){0,4}(khong|chua|hong|ko) (chiu )?(tra|dong|nop|chuyen|dua|gui)\b (\w+ ){0,5}(thi|la|se) (\w+ ){0,2}(dot nha|dot xe|chem|giet|danh(?! (dau|gia|so|thue|dan|chu|may|bai|ma|lua|thuc))|dap (pha|nha)|tat (axit|a xit|son|mam tom)|cho (\w+ )?biet tay|(toi|den|xuong) (tan )?nha (\w+ )?xu|xu (dep|ca nha|toi|tui|may|het))\b/,
      // Someone at home who beat a relative until they bled or broke a bone ("ông chồng đập bà chị tui chảy máu đầu"); a
      // racket, a ball or a game ("đánh cầu lông", "đánh cờ") is no blow. Told as "bị … đánh chảy máu", it stays the
      // emergency reply with 113 added (trial28); the learner's own plan to hurt is the refusal's. Session 25 (trial29).
      re(
        String.raw`^(?!.*\b(toi|minh|em) (\w+ )?(muon|dinh|tinh|sap|quyet) (\w+ ){0,3}(danh|dap|chem|dam|chan|tra thu|xu|cho (no|han|thang))\b).*(?<!\bbi (\w+ )?)\b(chong|ong chong|vo|no|han|thang|ong|con re|bo|cha|con trai|thang con|anh|em|hang xom|nguoi ta|ho|anh ta|ong ta|ong ay|kia|ke|ga|ke la)\b (\w+ ){0,1}(danh|dap|chem|dam|tat|bop co)\b(?! (${NOT_HARM}|cau|bong|co|bai|roi|dan|nhau)\b) (\w+ ){0,4}(chay mau|gay (tay|chan|xuong|rang|mui)|bat tinh|ngat xiu|bi thuong|be dau|vo dau|bam dap|tim bam)\b`,
      ),
      // Someone hitting a person with whatever was at hand, someone hurt or the smashing still going on ("khách cầm ghế đánh
      // nhân viên chảy máu, giờ đang đập phá", "thằng say lấy chai bia đập đầu ông chủ quán"): 113. Not a question of the
      // offence, nor the learner's own plan. Session 36 (fixj).
      /^(?!.*\b(bi phat|xu phat|phat (bao nhieu|the nao|ra sao)|toi gi|vi pham gi|hanh vi|(toi|tui|minh|em) (\w+ )?(muon|dinh|tinh|sap) )).*\b(cam|lay|vac|cam ca|quo|vung) (cai |cay |chiec |mot )?(ghe|ghe nhua|ghe inox|chai|chai bia|chai ruou|vo chai|gach|cuc gach|da|cuc da|gay|cay gay|ong tuyp|tuyp sat|ong nuoc|mu bao hiem|non bao hiem|coc|ly|bua|xeng|cuoc|cay sat|thanh sat|khuc cay|ban phim|dui cui|gay bong chay)\b (\w+ ){0,2}(danh|dap|nem|phang|choi|quat|giang|dap vao|nem vao)\b.{0,60}\b(chay mau|be dau|vo dau|bat tinh|ngat|bi thuong|gay tay|gay chan|nam bat|dang dap|dang dap pha|dang pha|dang danh|van danh|con danh|khong chiu dung)\b/,
      // A stranger luring or pulling someone into a vehicle ("bị một thằng lạ mặt dụ lên xe"). Session 25 (trial29).
      /\b(la mat|nguoi la|ke la|thang la|ong la|ke gian)\b.{0,30}\b(du|ru|keo|bat|om|loi|dan) (\w+ ){0,3}(len xe|vao xe|vo xe|di theo|di mat)\b/,
      // Session 33 (fixa): a stranger who followed a child, then pulls them into a vehicle ("ông lạ mặt đi theo con bé học
      // sinh rồi nắm tay kéo nó lên xe"): an abduction under way, 113.
      /\b(la mat|nguoi la|ke la|thang la|ong la|ba la|ke gian)\b.{0,80}\b(keo|bat|loi|om|bong|ep|dat|dan) (\w+ ){0,3}(len xe|vao xe|vo xe|len oto|len o to)\b/,
      // A robbery just now, someone knocked down ("tụi cướp vừa giật túi của má tui, má té chảy máu"); "giặt" folds like
      // "giật", so only a thing snatched. Session 25 (trial29).
      /\b(vua|moi|dang) (bi )?(\w+ ){0,3}(cuop|giat (\w+ ){0,2}(tui|day chuyen|dien thoai|bop|vi|xe|vong|bong tai))\b|\b(tui|bon|dam|thang|ke|may thang) cuop\b.{0,60}\b(giat|lay|dam|chem|danh|xo|chay mau|te|nga)\b/,
      // Session 34 (fixd): a thing snatched ("túi" reads "toi" once "tui" is "tôi"), then someone beaten down or the robbers
      // still near ("giật túi bà e, đánh bà té, giờ tụi nó còn đứng đầu hẻm"): 113. An electric shock or a start ("điện giật
      // tôi", "giật mình") is none.
      /^(?=.*(?<!\bdien )\b(giat|giut|cuop) (\w+ ){0,2}(toi|tui|toi xach|tui xach|day chuyen|dien thoai|bop|vi|xe|vong|bong tai|nhan|tien|gio|cap)\b(?! (minh|dien)\b))(?=.*\b((danh|xo|dap|dam|dap) (\w+ ){0,2}(te|nga|chay mau|bat tinh|bi thuong|be dau|vo dau|u dau|gay (tay|chan))|(bon no|tui no|chung no|bon cuop|tui cuop|may thang|may dua|bon|ho|no) (\w+ )?(con|van|dang|van dang|van con) (\w+ )?(dung|o|ngoi|loanh quanh|lang vang|rinh|dau|quanh quan|cho)\b))/,
      // Snatched by strangers on the road, hurt in the fall ("bị mấy thằng lạ chặn xe giật túi xách, tui té trầy hết tay").
      // "giặt" folds like "giật": only a thing snatched, by someone named. Session 27 (trial31).
      /\bbi (\w+ ){0,4}(la|la mat|thang|con|ke|bon|tui|nhom|dua|xe may) (\w+ ){0,3}(giat|cuop) (\w+ ){0,2}(tui|tui xach|toi xach|cai toi|day chuyen|dien thoai|bop|vi|xe|vong|bong tai|nhan)\b/,
      // Someone stopped in the street and beaten, or surrounded still ("bị một nhóm thanh niên chặn đường đánh, hiện vẫn đang
      // bị vây"). Session 25 (trial29).
      // A wife or a family beaten now, heard from next door ("ông hàng xóm say rượu về đánh vợ con ầm ầm", "thằng chồng nó
      // đang dạy vợ bằng roi ngoài sân"): "dạy vợ" with a rod or a stick is a beating. The learner's own act is harm-others'.
      // Session 36 (fixk).
      /^(?!.*\b(toi|tui|minh) (\w+ )?(danh|dap|day)\b)(?=.*\b((danh|dap) (\w+ )?(vo|vo con|me con|con vo|ca nha)|day vo (\w+ )?(bang|voi) (roi|cay|gay|that lung|day nit|roi may|day dien))\b)(?=.*\b(am am|dang|bay gio|luc nay|nay gio|la het|keu cuu|khoc thet|inh oi|rung troi|ngoai san|kia)\b)/,
      // A road ambush or a beating told by its force ("chặn đường ông nhà tui đánh tới tấp, giật luôn cái xe", "đánh hội đồng
      // nó tới bất tỉnh"). Session 36 (fixk).
      /\b(chan duong|chan xe|chan dau|vay|bao vay|xong vao|ap toi|ap vao)\b (\w+ ){0,4}(danh|dap|chem|dam|hanh hung) (\w+ )?(toi tap|tan bao|du man|nhu mua|lien tuc|hoi dong)\b|\b(danh|dap) (\w+ ){0,2}(toi tap|tan bao|du man|nhu mua)\b.{0,60}\b(giat|cuop|nam (ngoai duong|duoi dat|bat tinh)|bat tinh|chay mau|be dau|gay)\b/,
      /\bbi (\w+ ){0,5}(chan duong|chan dau|chan lai|vay lai|vay) (danh|dap|chem|dam|hanh hung)\b|\b(dang|van dang|van con|hien dang|hien van dang) bi (\w+ ){0,4}(vay|bao vay|vay danh|vay dap)\b/,
      // Stopped on the road and beaten, told with the attackers first ("mấy thằng cho vay nặng lãi chặn đường đánh thằng con tui
      // gãy tay"); debt collectors at the door throwing filth and threatening blows ("đến nhà đòi nợ, ném mắm tôm và dọa
      // đánh"). A film or a story told is none. Session 33 (fixc).
      /^(?!.*\b(phim|truyen|tieu thuyet|bao chi|clip tren mang)\b).*\b(chan duong|chan dau|chan xe|vay lai) (danh|dap|chem|dam|hanh hung) (\w+ ){0,2}(toi|tui|con|chau|vo|chong|me|ba|bo|cha|ong|em|anh|chi|nguoi)\b|\b(den|toi|vao|vo) nha (\w+ ){0,4}(nem|tat|hat) (\w+ )?(mam tom|son|phan|chat ban|xang|nuoc ban)\b|\b(nem|tat|hat) (\w+ )?(mam tom|chat ban|phan)\b.{0,30}\b(doa|de doa) (danh|chem|giet|dot|xu)\b/,
      // The house attacked: its door or windows smashed, stones thrown at it ("tới nhà ném đá, đập kính cửa").
      /\b(dap|pha|xong vao) cua nha\b|\btat (axit|a xit|xang|dau hoa)\b|\b(dap|dap vo|dap be|pha) (\w+ )?(kinh cua|cua kinh|cua so|kinh (cua so|nha|cua nha))\b|\bnem (da|gach|chai|mam tom) (\w+ ){0,2}(vao |vo )?(nha|cua|kinh|mai)\b|\b(toi|den|vao|vo) nha (\w+ ){0,2}nem (da|gach|chai|mam tom)\b/,
      // An old parent or a wife beaten again and again, told by a neighbour ("thằng con trai bả đêm nào cũng về đòi tiền đập
      // bả, bả không dám báo"): violence at home, 113. "ba" is also "three": not before a count. Session 30.
      /^(?=.*\b(dem nao cung|ngay nao cung|bua nao cung|lan nao cung|hoai|suot ngay|thuong xuyen|lien tuc|nhieu lan|hoai hoai)\b)(?=.*\b(khong dam (bao|noi|ke|trinh bao|keu)|so qua|tim (mat|het|bam)|bam (tim|dap)|chay mau|cuu|bao (cong an|ai)|lam sao|phai lam|lam gi)\b).*\b(danh|dap|danh dap|bop co|tat|xo) (ba|ong|me|bo|cha|ba gia|me gia|ong gia|vo)\b(?! (van|cai|lan|tran|ngay|bai|con|nguoi|tieng|dua|chuc|chu|so|dong|tram|hiep|vong|\d+)\b)/,
      // A brawl with chairs, bottles or knives, someone down ("hai nhóm choảng nhau bằng ghế, một thằng bị đập vô đầu nằm đó").
      // Session 30.
      /\b(danh nhau|choang nhau|oanh nhau|uynh nhau|dam nhau|dap nhau)\b.{0,60}\b(ghe|chai|gach|cay|dao|rua|chay mau|bi dap|bi chem|nam (do|im|bat dong|guc)|bat tinh|vo dau|be dau)\b/,
      // Stopped on the road by a gang, fled, and the danger not over ("bị mấy thằng say chặn xe ở cầu, tui bỏ xe chạy về,
      // giờ tụi nó biết nhà"); a traffic stop by the police is none. Session 30.
      /^(?!.*\b(csgt|cong an|canh sat|giao thong|kiem tra)\b).*\bbi (\w+ ){0,5}(chan|vay) (xe|duong|dau|lai|o|truoc)\b.{0,60}\b(bo (xe )?chay|chay thoat|tron|biet nha|doa|danh|cuop|giut|giat)\b/,
      // A door forced or beaten at while someone hides behind it ("say rượu đập cửa phòng con gái tui, nó đang trốn").
      /^(?=.*\b(dang|van|con) (tron|nap|khoa cua|chot cua|o) (trong|duoi|sau)\b)(?=.*\b(dap|pha|be|cay|dach|dap pha|tong) (\w+ )?(cua|khoa|cong)\b)/,
      // Robbed at knife point ("bị thằng cầm dao chặn lấy giỏ"); a death threat quoted ("tao mà gặp mày là tao giết"); a gun
      // fired at the house ("say rượu bắn bể kính nhà tui"). Session 30.
      /\bcam (dao|ma tau|mac tau|sung|hung khi|keo|dao gap) (\w+ ){0,2}(chan|cuop|giat|lay|doa|ep)\b/,
      /\b(tao|tau|bon tao|tui tao) (\w+ ){0,5}(giet|chem|dam|thit|xu) (may|mi|bay|het|chet|ca nha)\b|\b(tao|tau) (\w+ ){0,3}la (tao|tau) (giet|chem|dam|thit|xu)\b/,
      /\bsung\b.{0,40}\bban (\w+ ){0,2}(be|vo|trung|vao|vo) (\w+ ){0,2}(kinh|cua|nha|nguoi|ong|ba|con|chau|toi|tui|chong|vo|xe)\b/,
      // An old parent beaten by their own child ("ông bà ngoại bị con trai út đánh, lấy hết lương hưu"). Bleeding or a bone
      // broken stays the emergency reply, which adds 113 (trial28). Session 30.
      re(
        String.raw`^(?!.*\b(chay mau|gay (tay|chan|xuong)|bat tinh|be dau|vo dau|ngat)\b).*\b(ong|ba|me|bo|cha|ong ba|cha me|bo me|ba me|ong ba (noi|ngoai))\b (\w+ ){0,2}bi (\w+ ){0,2}(con trai|con gai|con dau|con re|chau|thang con|dua con|con ut|con) (\w+ ){0,2}(danh|dap|danh dap|bop co|xo|tat|hanh hung)\b(?! ${NOT_HARM}\b)`,
      ),
      // Someone locked up or held by a person and crying for help ("con gái tui bị thằng bồ cũ nhốt trong phòng trọ, nó lén
      // nhắn tin cầu cứu"); stuck in a lift is the rescue's. Session 30.
      /^(?!.*\bthang may\b)(?=.*\b(cau cuu|keu cuu|cuu (voi|toi|em|con|me)|khong cho (\w+ )?(ra|ve|di|lien lac|goi)|len (nhan|goi)|giut (mat )?dien thoai|khoc)\b).*\b(bi (\w+ ){0,2}(bo cu|ban trai|nguoi yeu|chong|chong cu|con re|bon|may con|nguoi la|ke|chu|chu nha|chu tro|chu no|con kia|han|nguoi ta|nhom|dam|giang ho)|(ho|bon no|tui no|chung no)) (\w+ ){0,2}(nhot|giam long|khoa trai|xich|troi)\b/,
      SMASHING_AT_HOME,
      // A weapon in hand and someone hit with it now ("thằng chồng đang cầm ghế đập con nhỏ tui"). Session 27 (trial31).
      /\b(dang|vua|lai|van) (cam|vac|xach|lay|quo) (\w+ )?(cay|khuc cay|gay|ghe|dao|dao phay|rua|bua|chai|gach|xeng|cuoc|roi|that lung|day nit|ong tuyp|cay sat|xa beng|ma tau|mac tau|liem|keo) (\w+ )?(danh|dap|chem|dam|phang|nem|quat|choi) (\w+ ){0,2}(toi|tui|con|chau|vo|me|ba|ong|chong|em|nguoi|bo|cha|no|nhau|anh|chi)\b(?! (cho|meo|ga|vit|heo|lon|chuot|ran|ruoi|muoi|gian|bo|trau)\b)/,
      // Someone at home whipped or beaten with a cord, a belt or a stick, told by a neighbour ("ông chồng bả say về lấy dây
      // điện quất bả"); an animal driven is none. Session 30.
      /\b(chong|ong chong|ong xa|no|han|ong ta|anh ta|con re|bo duong|cha duong|me ke|con trai|hang xom)\b (\w+ ){0,5}(lay|cam|xach|dung) (\w+ )?(day dien|day nit|that lung|roi|roi may|cay|khuc cay|gay|ong tuyp|cay sat|moc ao) (\w+ )?(quat|danh|dap|vut|phang) (\w+ ){0,2}(ba|vo|me|con|chau|toi|em|chi|co|nguoi)\b(?! (cho|meo|ga|vit|heo|lon|trau|bo|de|ngua|chuot|ran)\b)/,
      // A weapon carried after someone ("thằng em cầm rựa rượt chị nó quanh nhà").
      /\b(cam|vac|xach|lay|mang) (\w+ )?(dao|rua|dao rua|ma tau|mac tau|gay|bua|xa beng|cay sat|liem|keo|pho|riu|ong tuyp|chai)\b (\w+ ){0,2}(ruot|duoi (theo|danh|chem)|xong (vao|toi|den|qua)|doi (chem|dam|giet|danh))\b/,
      // Not a kitchen knife at work ("cầm dao chặt thịt gà").
      /\b(tay )?(cam|rut) (dao|mac tau|ma tau|cay sat|hung khi|sung|kiem|bua)\b(?! (\w+ ){0,2}(chat|thai|cat|bam|got|lam|nau|bo|xe|loc|mo|cao|sua|chuot|tia|chan|rau|thit|ca|ga|vit|heo|cu|trai|dua|mia|go|cui|tre)\b)|\btreo tuong (vao|vo)\b|\bcam (cuc |vien |hon )?(gach|da)\b.{0,30}\b(doi|doa|chui|dap|nem|choi)\b|\b(doi|doa) (dap|nem|choi) (ai|nguoi|het|chet|bay|may)\b/,
      /\b(bop|siet) co\b|\b(no|han|thang|chong|con|con re|ong|ho|ke)\b (\w+ )?(tat|dam|da|danh) (toi|em|me|vo|con|ba|bo|ong|minh)\b(?! (cho|meo|ga|heo|lon|trau|de|vit|chuot|ngua|ca|ran|van|hiep|tran|bai)\b)/,
      /\bxo (\w+ ){0,3}(nga|te)\b|\b(dap pha|pha phach) (do|nha|cua|quan|tiem|sap|cong|xe)|\bho hoan\b/,
      // Being beaten right now by someone at home ("chồng tôi đang đánh tôi", "ổng lại đang đập mẹ con tui").
      /\b(chong|ong xa|ong chong|vo|no|han|thang|ho|ong ta|ba ta|ong ay|ba ay|bo|cha|con re|con trai|thang con|anh ay|chong cu|nguoi yeu|ban trai|hang xom|nguoi la)\b (\w+ ){0,2}(dang|lai dang|van dang|van con|lai) (danh|dap|danh dap|bop co|tat|da|dam|chem|xo|dui|nem do vao) (\w+ ){0,1}(toi|tui|em|me|me con|vo|vo con|ba chau|me chau|chau|minh|ca nha|con toi|con tui|con nho)\b/,
      // Threatened now by people at the door ("đang bị một nhóm người lạ đe dọa, họ đứng chặn trước cửa nhà").
      /\b(dang )?bi (\w+ ){0,4}(de doa|doa|khung bo|bao vay|vay)\b.{0,60}\b(chan|dung|dung chan|tu tap|bao vay|vay) (\w+ ){0,1}(truoc|ngoai|o) (cua|cong|nha)\b|\b(chan|vay|bao vay) (\w+ ){0,1}(cua|cong|nha) (\w+ ){0,2}(de doa|doa|chui|dap cua|nem)\b/,
      // Beaten at home, again and again, and asking for protection ("chồng thường xuyên say rượu và đánh đập tôi, làm gì để
      // được bảo vệ"); a divorce or a lawsuit asked is the legal reply's.
      /^(?!.*\b(ly hon|ly di|kien|thu tuc|toa an|chia tai san)\b).*\b(chong|vo|bo|cha|con trai|con re|ong xa|ong chong|ong ay|no|han)\b (\w+ ){0,6}(danh dap|danh|dap|hanh hung|bao hanh|tat|dam da|bop co) (\w+ ){0,1}(toi|tui|em|e|minh|me con|vo con|ba chau|me)\b(?! (bai|co|may|chu|rang|giay|bong|thuc|tennis|cau))/,
      // Someone beaten with a stick or a weapon and bleeding, the attacker still there ("cầm cây đánh con tui chảy máu đầu,
      // giờ nó còn đứng ngoài cổng la").
      /^(?!.*\b(nam ngoai|nam truoc|thang truoc|hom truoc|tuan truoc|hoi truoc|kien|toa an|khoi to)\b).*\b(cam|vac|lay|xach) (\w+ )?(cay|khuc cay|gay|dao|rua|gach|da|chai|ghe|bua|xeng|cuoc)\b (\w+ ){0,1}(danh|dap|chem|dam|phang|nem) (\w+ ){0,2}(toi|tui|con|chau|vo|me|ba|ong|chong|em|nguoi|bo|cha)\b.{0,80}\b(chay mau|be dau|bat tinh|bi thuong|con (dung|o|dang|ngoai|trong|cho)|van (dung|o|con)|dang (dung|la|cho|rinh))\b/,
      // Followed home by a stranger who is still outside ("bị kẻ lạ theo sau từ chợ về, giờ nó đứng ngoài cổng").
      // Strangers climbing the fence or the wall of the home ("mấy thằng lạ mặt lảng vảng, có đứa trèo rào"): 113.
      /^(?=.*\b(la mat|nguoi la|ke la|thang la|ke gian|trom|dem)\b).*\bleo (qua |vao |vo |len )?(rao|hang rao|tuong|cong|mai nha|ban cong|cua so)\b/,
      /\b(bi|co) (\w+ ){0,2}(ke la|nguoi la|thang la|ong la|mot nguoi|nguoi|may thang|bon)\b (\w+ ){0,2}(theo|bam theo|di theo|rinh)\b.{0,60}\b(dang|con|van|gio) (\w+ ){0,1}(dung|dau|ngoi|rinh|lang vang|o) (\w+ ){0,1}(ngoai|truoc|trong|quanh|gan) (cong|cua|nha|hem|ngo)\b/,
      // A cry for help heard next door ("nghe nhà bên la cứu với"). Session 24 (trial28).
      /\b(nghe|nghe thay) (\w+ ){0,4}(la|het|keu|ho|goi) (cuu voi|cuu toi|cuu tui|cuu em|that thanh)\b/,
      // A beating heard with a cry for help ("ông hàng xóm đánh vợ, nghe bả la cứu với").
      /\b(danh|dap|bop co|xo|tat) (\w+ ){0,2}(vo|chong|me|ba|con|chi|em)\b.{0,60}\b(keu cuu|la cuu|cuu (voi|toi|em|me|tui)|la het|van xin)\b/,
      // Session 34 (fixd): the one beaten sends or cries for help ("say về đập phá, đánh nó, nó nhắn cứuuu").
      /\b(danh|dap|danh dap|bop co|xo|tat) (\w+ ){0,2}(no|con gai|con|vo|chong|me|ba|chi|em|chau|con dau)\b.{0,60}\b(nhan|nhan tin|goi|keu|la|het|xin) (\w+ ){0,2}cuu+\b(?! (tro|ho tro|net|doi|the gioi))/,
      // The learner beaten at home, the danger not over ("ông chồng nhậu say về là đánh tui… giờ ổng đang cầm cây đập cửa").
      /^(?=.*\b(danh|dap|tat|bop co|xo|dam|da) (toi|me con|vo con|ba chau|ca nha)\b)(?=.*\b(dang (cam|dap|pha|dung|ngoi|chui|rinh|tim|doa)|(con|van) (dang|o|ngoi|dung|cam|chui)|toi nay|dem nay|vua (danh|dap|tat)|lai (danh|dap|tat|cam)|(cam|vac|lay) (cay|dao|gay|roi|ghe))\b)/,
      // A fight in the street or at the door, with no child named ("có người đánh nhau ngoài đường"); a thief in the house
      // now, not one guarded against or reported later ("trộm vô nhà"). Session 24 (trial28).
      /^(?!.*\b(dua nho|con nit|tre con|be|con toi|con tui|chau toi|chau tui|hoc sinh|may dua nho|hai dua nho|anh em|chi em)\b).*\b(danh nhau|dam nhau|chem nhau|hon chien|xo xat)\b (\w+ ){0,3}(ngoai duong|truoc nha|truoc cong|trong hem|dau hem|ngoai ngo|ngoai cho|ngoai quan|giua duong|o quan|mau me|be dau|chay mau|du qua|du lam|ghe qua)\b/,
      /^(?!.*\b(hom qua|hom truoc|tuan truoc|thang truoc|nam ngoai|chong trom|phong trom|camera|bao dong|khai bao|trinh bao|mat trom|bi mat)\b).*\b(trom|ke trom|an trom|ke gian|cuop)\b (\w+ )?(vo|vao|dot nhap|leo vao|leo vo|dang o trong|trong) (nha|phong|san nha)\b/,
      // Beaten by someone at home, told as "bị chồng đánh", the attacker still at it or the marks named ("con gái tôi bị
      // chồng đánh tím mặt, anh ta vẫn đang đập phá"); beaten by a gang ("ba tui bị mấy đứa xăm trổ đánh"). Session 26.
      // Someone set upon now by strangers ("ông nội em đang bị mấy người lạ xô đẩy giật túi ngoài chợ"); a phone that "bị
      // giật" (stutters) has no one doing it. Session 32 (trial40 probes).
      /\b(dang|vua) bi (\w+ ){0,2}(nguoi la|ke la|thang|bon|may con|may thang|may nguoi|ke gian|nhom|ai do|con nghien|cuop|giang ho)( \w+){0,2} (xo day|giat|cuop|chan duong|vay|khong che|keo|loi|danh|dap|dam|chem)\b(?! (lag|lac|hinh|tieng|man hinh)\b)/,
      /\bbi (\w+ ){0,2}(nguoi la|ke la|may con|may thang|may nguoi|ke gian|nhom|con nghien|giang ho)( \w+){0,2} (chan duong\b.{0,30}\b(doi|cuop|giat|doa|danh|lay|dao|sung|gay)|vay (lai|danh)|khong che|xo day|cuop)\b/,
      // A partner or a relative beating someone now, told by their sibling ("em gái tôi đang bị bạn trai đánh").
      /\bdang bi (\w+ )?(ban trai|nguoi yeu|nguoi yeu cu|chong|chong cu|vo|ong chong|ong xa|bo duong|cha duong|me ke|con re|con trai|anh re|em re|hang xom)( no| cua no| minh)? (danh|dap|danh dap|hanh hung|bop co|tat|dam|chem|xo day)\b(?! (thuc|gia|dau|dong|so|vong|bai|rang|giay|trong|dan|co|bong|cau)\b)/,
      // Told by a relative from afar: someone drunk or raging beating a family member now ("chú em say rượu đang đánh thím",
      // "ông ấy say xỉn lại đang đập bà"); a stranger or a gang with a weapon at the elder's gate ("có người lạ cầm gậy
      // đứng trước nhà bà em đòi vào"). Session 32 (trial40).
      /\b(say|say xin|say ruou|xin ruou|noi dien|noi khung|len con|phe thuoc|ngao da)\b.{0,30}\b(dang|lai dang|van dang|van con) (danh|dap|danh dap|bop co|chem|dam|dua dao|cam dao|hanh hung)\b(?! (bai|co tuong|co vua|tennis|cau|bong|dan|giay|rang|trong|vong|bac|do|mat)\b)/,
      /\b(nguoi la|ke la|thang|bon|may thang|may con|nhom|dam|toan|ai do|mot nguoi|mot dam|mot nhom|co nguoi|con nghien|giang ho)\b (\w+ ){0,3}(cam|mang|vac|cam theo|mang theo|cam san|vac theo) (\w+ )?(gay|dao|ma tau|mac tau|bua|cay sat|kiem|sung|gach|tuyp sat|ong tuyp|ong sat|gay go|gay sat|riu|xa beng|hung khi)\b.{0,50}\b(nha|cong|cua|ngo|phong)\b/,
      /\bbi (\w+ )?(chong|vo|bo|cha|con re|con trai|ong chong|ong xa|bo duong|cha duong|me ke) (\w+ )?(danh|dap|danh dap|hanh hung|bop co|tat)\b(?! (bai|co|may|chu|dan|bong|cau)\b).{0,80}\b(dang|van dang|van con|con dang|hien (van )?dang|toi nay|dem nay|tim (mat|het|bam)|bam (tim|dap)|sung (mat|vu|het)|chay mau|be dau|rach mat)\b|\bbi (\w+ ){0,2}(may dua|may thang|bon|nhom|dam|toan|giang ho|con an do|xa hoi den|xam tro)\b (\w+ ){0,2}(danh|dap|chem|dam|hanh hung|vay danh)\b/,
      // Thugs collecting "protection" money with blows or a stall overturned ("bọn bảo kê chợ bắt đóng tiền, không đóng
      // tụi nó lật sạp đánh người"): extortion with violence, 113. A film or the news about it is no threat. Session 30.
      /^(?!.*\b(phim|truyen|bao chi|tin tuc|video|clip|youtube|tiktok|la gi)\b)(?=.*\b(bao ke|tien bao ke|tien xau|giang ho|con do|xa hoi den|xam tro)\b).*\b(danh|dap|chem|dam|lat (sap|ban|ghe|xe|quay|hang)|dap pha|pha (sap|quan|tiem|hang)|doa|de doa|thu tien|dong tien|nop tien)\b/,
      /\b(doa|de doa|ham doa)\b.{0,40}\b(toi tan nha|den tan nha|cho nguoi (toi|den|xuong)|xu ly|xu dep|chem|tat axit|dot nha|bat con|lam hai)\b/,
    ],
  ],
  [
    'medical-emergency',
    [
      // Struck by someone and bleeding now: 115 first, 113 added by its situation line. Session 37 (fixn).
      STRUCK_BLEEDING,
      // A fever of days with dengue's warning signs ("sốt cao 3 ngày không hạ, lừ đừ, nổi chấm đỏ").
      // A fever of 41 degrees or more, or of 40 that will not come down ("bé sốt 41 độ"). Session 28.
      /\bsot (cao )?(len )?(4[1-2]|41 5)( do)?\b|\bsot (cao )?(len )?40( do| 5)?\b.{0,40}\b(khong ha|khong giam|khong ha duoc|li bi|lu du|me man|tim tai)\b/,
      /\bsot (cao )?(\w+ ){0,3}(\d+|hai|ba|bon|nam|may|nhieu) ngay\b.{0,60}\b(lu du|li bi|lim dim|cham do|chan rang|chay mau|non ra mau|dau bung du|mat mau|tay chan lanh|vat va)\b/,
      // Told in three words ("ông nhà ngất", "má tui xỉu"): someone fainted now; "ngắt máy", "ngắt điện" is a call or power cut.
      /\b(ong|ba|me|bo|cha|chong|vo|con|chau|nguoi|ong nha|ba nha|dua nho|be|em be|tre em|con nho|hoc sinh) (\w+ )?(ngat|xiu|ngat xiu)\b(?! (may|dien|ket noi|mang|cuoc goi|lien lac|nuoc|sim))/,
      // Whole strips or boxes of pills swallowed ("uống 2 vỉ thuốc"): an overdose. Session 27 (lead).
      re(
        String.raw`\b(uong|nuot|an) (het |luon |ca |nguyen )?(\d+|hai|ba|bon|nam|may|ca|nguyen|mot) (vi|hop|lo|chai|nam|nhum) thuoc\b(?! (gi|nao|la|bao|co|dung|de))${OVER_DAYS}`,
      ),
      // Low blood sugar with the mind clouding ("đường huyết 30, người lạnh toát lơ mơ"). Session 27 (lead).
      /\b(ha duong huyet|tut duong( huyet)?|duong huyet (thap|tut|xuong|con|do duoc|chi) ?(\w+ )?)\b.{0,40}\b(lo mo|li bi|lim dim|me man|lanh toat|va mo hoi|ngat|xiu|khong tinh|noi lan nhan|noi nham|la di|la nguoi|lu di|run run|run bun|run tay|tay run|run lay bay)\b/,
      // Poison swallowed, by mistake or on purpose, told by someone who found them ("uống thuốc sâu tự tử, giờ sùi bọt mép").
      /\b(uong|nuot|an|tu) (\w+ )?(thuoc sau|thuoc tru sau|thuoc diet co|thuoc chuot|thuoc diet chuot|bả chuot|ba chuot|nuoc tay|thuoc tay|xang|dau hoa|axit|a xit)\b|\bsui bot mep\b|\b(tu tu|tu sat|tu van)\b.{0,40}\b(gio|dang|bat tinh|hon me|non|sui|khong tho|lim)\b/,
      // Sudden, severe belly pain with fever or vomiting ("đau bụng dữ dội bên phải, sốt, nôn").
      /\bdau bung (du doi|du|quan quai|ghe gom|khung khiep|khong chiu noi|qua troi)\b|\bdau bung (\w+ ){1,3}(du doi|quan quai|ghe gom|khung khiep|khong chiu noi)\b|\bdau (quan|du doi) (\w+ )?bung\b.{0,40}\b(sot|non|oi|xiu)\b/,
      /\bnguc (\w+ )?(dau|tuc|nhoi|that)\b.{0,40}\b(lan|tay trai|mo hoi|kho tho)\b|\b(lan (ra|xuong|sang) (canh )?tay trai|va mo hoi)\b|\b(dau (that )?nguc|kho tho|khong tho duoc|ngat xiu|bi ngat|ngat di|bat tinh|dot quy|tai bien(?! lai)|co giat(?! (mi|mat|bap|co bap|nhe|khoe))|meo mieng|liet nua nguoi|chay mau (nhieu|khong cam)|ngo doc|uong nham|nga dap dau|dap dau(?! (xanh|do|den|nanh|phong|tuong|ha lan))|soc phan ve|sot cao co giat|hon me|tim ngung|ngung tho)\b/,
      // A heart attack under way, told by whoever is there ("chồng chị hàng xóm đang lên cơn đau tim"). Session 32.
      /\b(dang|bong|tu nhien|dot nhien) (bi )?(len )?(con )?(dau tim|nhoi mau( co tim)?|dau that nguc)\b|\b(dang|vua) len con (dau tim|nhoi mau|dau that nguc)\b/,
      // A fall or a crash with a bone broken or the person lying where they fell ("ngã xe máy, chân gãy, nằm dưới mương").
      /\b(nga|te|va cham|dung xe|tai nan|lat xe)\b.{0,40}\b(gay (chan|tay|xuong|co|lung)|(chan|tay|xuong|co|lung) (bi )?gay|(chan|tay) (\w+ ){0,2}(cong veo|cong queo|bien dang|trat khop|lech han)|nam (im|duoi|giua|bat dong|sap)|khong (dung|ngoi|cu dong|nhuc nhich) (day |len )?(duoc|noi))\b(?!.{0,50}\b(bao hiem|boi thuong|tro cap|giay|ho so|thu tuc|nam (ngoai|truoc)|hoi nam|lau roi|da lanh|tai kham|kham lai|xuat vien)\b)/,
      // Slurred speech with a sign it came on suddenly or with a stroke's other signs; a child's lisp is no emergency.
      /\bnoi (hoi |bi )?ngong\b(?=.{0,40}\b(tu (sang|trua|chieu|toi|hom qua)|dot nhien|tu nhien|bong nhien|vua|te|yeu|meo|lech|xe|chong mat|khong nhac)\b)|\b(tu nhien|dot nhien|bong nhien|tu (sang|trua|chieu|toi)|(sang|trua|chieu|toi|hom) nay|ngu day|te|yeu|meo|lech|xe|chong mat)\b.{0,60}\bnoi (hoi |bi |tu nhien |dot nhien )?ngong\b/,
      /\b(yeu nua nguoi|te nua nguoi|te nua mat|te (mot|1) ben( (mat|nguoi|tay|chan))?|yeu (mot|1) ben( (nguoi|tay|chan))?|(tay|chan|tay chan) (\w+ )?(yeu|te|liet) (mot|1) ben|an nham|nam doc|non (ra mau|mua lien tuc))\b/,
      // Something poisonous swallowed by mistake or with signs ("cháu 3 tuổi lỡ uống nửa chai dầu gió, đang nôn, lờ đờ").
      /^(?=.*\b(lo|vo y|nham|non|oi|lo do|li bi|kho tho|ngat|co giat|tim tai|sui bot|dau bung|khoc thet)\b).*\b(uong|nuot|an|liem|ngam|hit) (\w+ ){0,3}(dau gio|dau hoa|xang|nuoc tay|thuoc tay|hoa chat|thuoc chuot|thuoc tru sau|nuoc rua chen|nuoc lau san|axit|acid|cuc pin|vien pin|long nao|thuoc diet (chuot|co|con trung|muoi)|chat tay)\b/,
      // A button battery or a magnet perhaps swallowed ("thằng bé chơi cái pin, không biết có nuốt không"): 115 now.
      /\b(pin|vien pin|pin cuc|pin cuc ao|pin dong ho|nam cham)\b.{0,60}\b(khong biet (co |no )?nuot|nghi (\w+ )?nuot|hinh nhu (\w+ )?nuot|so (\w+ )?nuot|chac (\w+ )?nuot|co le (\w+ )?nuot|nuot (mat )?roi)\b|\b(nghi|hinh nhu|so|chac|co le) (\w+ ){0,2}nuot (\w+ ){0,2}(pin|vien pin|nam cham)\b/,
      // A pesticide or a chemical sprayed or breathed, then poisoning signs ("phun thuốc trừ sâu về chóng mặt, nôn ói, chảy
      // nước miếng"): 115, not a phone tip. Session 30.
      /^(?=.*\b(phun|xit|hit|ngui|dinh|tiep xuc|pha) (\w+ ){0,2}(thuoc tru sau|thuoc sau|thuoc diet co|thuoc co|hoa chat|thuoc bvtv|thuoc diet chuot|thuoc diet muoi)\b)(?=.*\b(non|oi|choang|chong mat|kho tho|chay nuoc mieng|sui bot|run|co giat|lu du|ngat|xiu|te (tay|chan|mat)|dau bung)\b)/,
      // Wild mushrooms, a puffer fish or a toad eaten, then sick ("ăn nấm ngoài rừng về rồi nôn ói, choáng váng").
      /\b(an|hai|nau) (\w+ ){0,2}(nam (rung|la|dai|hai ngoai)|ca noc|coc|nam ngoai rung|la ngon)\b.{0,60}\b(non|oi|choang|chong mat|dau bung|tieu chay|te|kho tho|lu du|ngat|run)\b/,
      // Swallowed or drunk by mistake, a large burn: "ăn phải thuốc chuột", "bỏng nước sôi phồng rộp cả cánh tay".
      /\b(an|uong|nuot|liem) phai (\w+ ){0,2}(thuoc|nuoc tay|hoa chat|xang|dau hoa|pin|la ngon|nam doc|thuoc chuot|thuoc tru sau)\b|\b(bong|phong rop)\b (\w+ ){0,4}(ca|khap|het|rong) (canh tay|chan|nguoi|mat|lung|nguc|bung|mang)\b|\bbong (nang|sau|rat rong)\b/,
      /\b(te|nga)\b.{0,30}\b(nam im|bat tinh|(khong|hong) (tinh|day|cu dong))\b/,
      // A poison or a battery already in someone's mouth, told after the fact ("thằng cháu vừa cầm gói thuốc chuột
      // lên liếm rồi", "nuốt mất viên pin"): a poisoning, 115 first, whatever the question asks.
      /^(?=.*\b(vua|lo|nham|roi|mat)\b)(?=.*(\b(thuoc chuot|ba chuot|thuoc tru sau|thuoc diet co|thuoc diet chuot|nuoc tay|thuoc tay|hoa chat|dau hoa|vien pin|pin cuc|pin nut|pin dong ho)\b.{0,60}\b(liem|nuot|uong|ngam|nhai|bo (vao|vo) mieng|cho (vao|vo) mieng)\b|\b(liem|nuot|uong|ngam|nhai)\b (\w+ ){0,4}(thuoc chuot|ba chuot|thuoc tru sau|thuoc diet co|thuoc diet chuot|nuoc tay|hoa chat|dau hoa|vien pin|pin cuc|pin nut|pin dong ho)\b))/,
      // Heat stroke: collapsed after the sun, burning hot, no sweat ("ngã lăn ra, người nóng như lửa, không đổ mồ hôi").
      // Drowsy and not waking ("say nắng, lơ mơ, không tỉnh"): consciousness going, 115. Session 25 (trial29).
      /\b(lo mo|li bi|mat y thuc|me man)\b.{0,30}\b(khong|ko|hong|chang) (tinh|tinh lai|tinh tao|goi duoc|day|biet gi)\b/,
      allOf(
        '(nga|xiu|ngat|lan ra|guc|lam nham|me sang|noi sang|noi nham|lo mo|lu du|li bi|mat y thuc|lu lan|co giat)',
        '((ngoai|giua|duoi) (troi )?nang|trua nang|nang (gat|nong|to)|nong (ham hap|nhu lua|ran|bong)|khong (do|ra) mo hoi|say nang|soc nhiet)',
      ),
      // Choking: stuck, no cough, lips blue ("mắc nghẹn miếng bánh, ho không ra, tím môi").
      // "nghẹn" is read as the particle "nghen" (nhé): "bị nghẹn kẹo không thở" comes as "bi nhe keo khong tho". Session 24.
      /\b(mac|bi) (nghen|nhe)\b.{0,30}\b(khong (tho|ho|noi)|tim tai|tim moi)\b/,
      /\b(mac nghen|bi nghen|nghen (\w+ ){0,2}(thit|com|banh|do an|keo|xuong))\b.{0,40}\b(khong (tho|ho|noi)|tim|ho khong ra)\b|\b(tim moi|moi tim)\b/,
      // Scalded or burnt over the body ("nồi nước sôi đổ lên người thằng nhỏ, da phồng rộp hết"; "lửa táp vô mặt").
      // A scald told verb first or with the pot named ("kéo đổ ly nước sôi lên người", "làm đổ nồi canh nóng trúng chân thằng bé"):
      // blisters on a small child or over a wide area are 115's, a finger's are first aid. Session 36 (fixk).
      re(
        String.raw`^(?=.*\b(nuoc soi|dau (an )?soi|nuoc nong|canh nong|chao dau|noi dau|dau nong|chao mo|nuoc dang soi|sua nong|chao canh|noi canh)\b)(?=.*\b(do|tat|vang|bung|doi|trut|truot|lat|dung)\b)(?=.*\b(phong rop|phong len|phong het|bi phong|bong (nang|rong|het|ca)|do ung|tuot da|chay da|lot da)\b)(?=.*(\b${CHILD}\b|\b(ca nguoi|het nguoi|khap nguoi|nguc|bung|lung|mat|co|canh tay|ca tay|ca chan|het|khap|rong)\b))`,
      ),
      /\b(nuoc soi|dau (an )?soi|nuoc nong|chao dau|canh nong|lua|xang|gas|axit)\b.{0,40}\b(do|tat|tap|vang|bat|bung|xi) (\w+ )?(len|vao|vo|trung) (\w+ ){0,4}(nguoi|mat|lung|nguc|bung|dau|minh|chan|tay)\b.{0,40}\b(phong|bong|rop|do (rop|ung|het)|chay da|tuot da|khong mo (duoc|ra|mat)|mu|dau (qua|lam)|khoc thet)\b/,
      /\bnam im\b.{0,20}\bgoi (khong|hong|ko) (tra loi|tinh|day|thua)\b/,
      // Stroke, heart, breathing, falls, stings, electricity: the signs, however they are said.
      /\b(noi (lap bap|ngong nghiu|khong ro|lui)|mieng (meo|xech|lech)|meo xech|(om|tuc|dau) nguc|tho (kho khe|doc|gap|hon hen|khong noi)|dien giat|bi giat dien(?! thoai)|bi set danh|set danh (trung )?(\w+ ){0,3}(nguoi|ong|ba|chau|con|chong|vo|anh|chi|em|toi|no|ho)|nhuc dau du doi|dau dau du doi|oi mua|duoi nuoc|chet duoi)\b/,
      // An electric shock said as "bị giật" near the socket or wire, or someone still stuck to it ("còn dính ở đó").
      /\b(o dien|o cam|day dien|cau dao|dien(?! (thoai|tu|luc|may|nuoc)))\b.{0,30}\bbi giat\b|\bbi giat\b.{0,30}\b(con|van) dinh\b|\b(con |van )?dinh (vao |vo )?(o dien|day dien|o cam|dien(?! thoai))\b/,
      // Fallen into water and pulled out: "té xuống ao vớt lên mà không khóc".
      /\b(te|nga|lot|tuot chan) xuong (ao|song|gieng|ho boi|ho nuoc|muong|kenh|be nuoc|lu)\b.{0,40}\b(khong (khoc|tho|tinh|cu dong|thay len)|tim tai|sac nuoc|chim)\b|\bvot (\w+ ){0,2}len\b.{0,30}\b(khong (khoc|tho|tinh|cu dong)|tim tai)\b/,
      // Something swallowed, then breathing goes wrong ("thằng cu nuốt cái nắp chai nhỏ, giờ thở rít"). Session 27 (trial31).
      /\bnuot\b.{0,50}\b(tho rit|tho khan|tho kho|kho tho|tho khong (duoc|noi)|ho sac|tim tai|tim moi|tim mat)\b|\bnuot (\w+ ){0,2}(nap chai|nap but|khuy ao|nut ao|cuc tay|dong xu|hat ngoc|vien ngoc)\b/,
      // Lying limp and not answering ("uống rượu xong ói liên tục rồi nằm lịm không trả lời"). Session 27 (trial31).
      /\b(nam|guc|xiu|ngu) (lim|lim di|li bi|me man|thiep di)\b(?! dim).{0,30}\b(khong|hong|chang|ko) (tra loi|tinh|day|biet gi|nhuc nhich|thua)\b(?! (tin nhan|zalo|dien thoai|may|cuoc goi))|\blim (di|luon)\b (\w+ ){0,3}(khong|hong|chang|ko) (tra loi|tinh|day)\b/,
      // A whole bottle or box of a medicine swallowed ("em bé uống cả chai siro ho"). Session 27 (trial31).
      re(
        String.raw`\b(be|em be|con|chau|thang|nho|ong|ba|me|bo|cha|chong|vo)\b.{0,20}\b(uong|nuot|an) (het|ca|nguyen|luon|sach) (\w+ )?(chai|lo|vi|hop|goi|nam|vien) (\w+ ){0,2}(thuoc|siro|vitamin|vien sat|vien)\b${OVER_DAYS}`,
      ),
      // A nosebleed that will not stop ("chảy máu cam gần 30 phút không ngừng, bóp mũi rồi vẫn chảy"): 115, not morning.
      // Session 27 (trial31).
      /\b(chay mau (cam|mui)|mau cam|mau mui|cam mau)\b.{0,60}\b((khong|ko|hong|chang) (chiu )?(ngung|dung|cam|het|bot|cam duoc)|nua tieng|mot tieng|\d+ phut|may chuc phut|(van|con|cu) (chay|ra)|(mai|hoai|van|ma) (chua|khong|hong) (dut|ngung|cam|het|dung|ngot)|chua (dut|ngung|cam duoc|het|dung)|chay hoai|hoai (khong|hong|chang)|cam (khong|hong|ko|chang) (duoc|noi)|(\d+|nua|mot|hai|ba|may|gan) (phut|tieng|gio) (\w+ )?(roi|nay|khong|hong|van|chua))\b(?!.*\b(tu het|da het|het roi|tu cam|tu ngung|ngung roi|cam duoc roi|dung roi)\b)/,
      // Blood pouring from a wound ("dao phát trúng chân máu phun ra nhiều lắm"). Session 26 (trial30).
      /\bmau (phun|vot|tuon|trao) (ra )?\b|\bmau (chay|ra) (\w+ ){0,2}(nhieu lam|rat nhieu|nhieu qua|qua troi|lenh lang|xoi xa|ong ong|ua ua|dam dia|khong cam|khong ngung|khong dung|cam khong (duoc|noi))\b/,
      /\b(khong nhan ra ai|mat (nhin|lech) mot ben|chay mau (rong rong|xoi xa|lenh lang|khong ngung))\b|\b(te|nga|tai nan|dung xe|dap|dap dau|va dau|dam xe|te xe|te lau|te cau thang)\b.{0,40}\bchay (nhieu )?mau (dau|o dau|tu dau|nhieu|qua|rat nhieu|lenh lang)\b|(?<!\bphong )\bbi cho (dai )?can\b|\bbi cho (\w+ ){0,4}can (\w+ ){0,3}(rach|chay mau|mau|sau|nat)\b|\bcho (dai )?can (\w+ ){0,3}(chay mau|sung)\b/,
      // A person lying or slumped and not moving ("thấy thằng nhỏ nằm gần hồ bơi không nhúc nhích").
      /^(?!.*\b(ngu say|ngu ngon|dang ngu|nam ngu|ngu trua|ngu quen|ngu mot giac)\b).*\b(nguoi|ong|ba|be|chau|thang|con|dua|me|bo|cha|chong|vo|anh|chi|em|nho|co|chu|bac|ma|tia)\b(?! (meo|cho|ga|vit|heo|lon|ca|chim|bo|trau|de|chuot|sau|ran|nhen|gian|ech|thu|rua|tho|bup be))(?! \w+ (meo|cho|ga|vit|heo|lon|ca|chim|bo|trau|de|chuot|rua|tho)\b) (\w+ ){0,5}(nam|guc|nga|te|ngoi gue|nam sap|nam ngua)\b (\w+ ){0,5}(khong|hong|chang|ko) (con )?(nhuc nhich|cu dong|dong day|dong dau|phan ung|tho nua)\b/,
      /\b(lan ra (bat dong|bat tinh|ngat|xiu)|guc xuong|bat dong(?! (phi|san|tien|gia|nhau|quan diem|y kien|thue|coc|them|truoc|(\w+ ){0,2}(trieu|nghin|ngan|phi|thue|tien)))|tim tai|loang choang|nua nguoi|hoc (xuong|hot|mau|ra mau)|soi bot|mat y thuc|li bi|noi khong ra tieng)\b|\bnuot (\w+ ){0,2}(hot|xuong|do choi|pin|dong xu|nam cham|vien bi|dinh|kim|oc vit)\b|\b(tho|hit tho) khong (duoc|noi)\b(?! deu)|\bkhong tho (duoc|noi)\b|(?<!\b(dien thoai|dt|may|iphone|vi|chia khoa|sim|the|kinh|dep)\b.{0,30})\brot xuong (ao|song|gieng|ho|nuoc|muong|kenh)\b/,
      /\b(goi|lay|keu) (hoai |mai |may lan |hoi )?(khong|hong|chang|ko) (tinh|day|tra loi|thua)\b(?! (tien|phi|cuoc))|\bguc (dau|xuong|mat)\b|\b(dau|mieng|mui) (bi )?chay mau\b|(?<!\b(nhap|go|dien|bam|ghi|bo|de|dat|cat|luu|di|chay|vao|cho|xai|dung) )\bvo dau\b|\bgay (xuong|tay|chan|co xuong)\b(?!.{0,50}\b(bao hiem|boi thuong|tro cap|giay|ho so|thu tuc|nam (ngoai|truoc)|hoi nam|lau roi|da lanh|tai kham|kham lai|xuat vien)\b)/,
      // Diarrhoea or vomiting with dehydration's signs ("tiêu chảy cả chục lần, mắt trũng, môi khô, lả người"): 115. Session 30.
      /^(?=.*\b(tieu chay|ia chay|di ngoai|di cau|non oi|oi mua|non mua|oi lien tuc|non lien tuc)\b).*\b(mat trung|trung mat|moi kho|kho moi|la nguoi|la di|li bi|lu du|khong (di )?tieu|tieu (rat )?it|thop lom|lom thop|da nhan|khat nuoc du)\b/,
      // Breathing stopped, told in a few words ("cứu với ông nhà tui ko thở"), fits typed "co giựt", breath short said
      // "thở khó" with something stuck in the nose or throat. Session 30.
      /\b(ong|ba|me|ma|bo|cha|chong|vo|con|chau|be|em be|nguoi|no|ong nha|ba nha|ong xa)\b (\w+ ){0,2}(khong|ko|hong|chang) (con )?tho( nua)?( roi)?( (con|chau|oi|bac|co|ba|em|cuu|voi))* $|\b(dang|bi|len con) co giut\b|\b(nhet|nuot|hit|mac) (\w+ ){0,3}(vao |vo )?(mui|hong|co)\b.{0,30}\b(tho kho|kho tho|tho rit|tim tai|khong tho)\b/,
      // An asthma attack the inhaler does not stop, stridor ("lên cơn suyễn, thở rít, môi tái, bình xịt hết rồi"); blood
      // pressure past 180 with a stroke's or a crisis's signs; lime or a chemical in the eye; a finger cut off. Session 30.
      /\btho rit\b|\b((len )?con (hen|suyen)|len con nhe)\b.{0,60}\b(moi tai|moi tim|tim tai|xit (\w+ ){0,2}(khong do|khong bot|het)|binh xit het|het binh xit|khong (tho|noi) (duoc|noi))\b/,
      /\bhuyet ap (\w+ ){0,2}(1[89]\d|2\d\d)\b.{0,60}\b(nhuc dau|dau dau|dau nguc|noi (hoi |bi )?(do|dot|ngong|lap bap)|mo mat|te (tay|chan|mat|nua)|yeu (tay|chan)|oi|non|kho tho)\b/,
      /\b(voi|hoa chat|axit|xut|nuoc tay|thuoc tay|xi mang|nuoc rua chen|thuoc tru sau|dau nong|dau soi|nuoc soi)\b (\w+ ){0,3}(vang|van|bay|bat|dinh|xit|rot|ban|dinh) (\w+ ){0,2}(vo|vao|trung) (\w+ ){0,1}mat\b/,
      /\b(dut lia|cut mat|cut|dap nat|dut han|dut gan|dut roi ra) (\w+ ){0,2}(ngon tay|ngon chan|ban tay|ban chan|canh tay)\b|\b(ngon tay|ngon chan|ban tay|ban chan) (\w+ ){0,2}(bi )?(dut lia|cut mat|dut roi ra|dap nat|dut han)\b/,
      // Food stuck in the throat with the face going blue ("mắc ngang cổ, mặt tím ngắt"); venom spat in the eye; a fever with
      // the mind going ("sốt run, lơ mơ"). Session 30.
      /\bmac (\w+ ){0,2}(ngang co|o co|trong co|co hong)\b.{0,40}\b(tim|khong (tho|ho|noi)|tho khong)\b|\b(mat|moi|mieng) tim (ngat|tai|dan|lai|di)\b|\b(phun|ban|xit) (\w+ )?(noc|noc doc) (\w+ ){0,2}(vo|vao|trung) (\w+ ){0,1}mat\b/,
      /^(?=.*\b(sot|sot cao|sot run|lanh run)\b).*\b(lo mo|li bi|me man|mat y thuc|noi nham|noi sang|khong tinh tao|khong nhan ra)\b/,
      // Urine held back for hours with the belly tight ("sáng nay bí tiểu hoàn toàn, bụng dưới căng cứng"). Session 30.
      /\bbi tieu (hoan toan|ca ngay|tu (sang|hom qua|toi qua|chieu|trua)|\d+ tieng|may tieng)\b|\bbi tieu\b.{0,40}\b(cang (cung|tuc)|dau (nhieu|du|qua|lam))\b/,
      // Confusion come on suddenly ("bà nội tự nhiên nói nhảm, không nhận ra con cháu"): delirium or a stroke, 115; memory
      // failing for months is the doctor's question. Session 30.
      /^(?=.*\b(tu nhien|dot nhien|bong nhien|tu (sang|trua|chieu|toi|hom qua)|sang gio|sang nay|hom nay|toi nay)\b)(?!.*\b(may|nhieu|vai) (thang|nam) (nay|roi|truoc)\b).*\b(noi nham|noi sang|me sang|khong (con )?nhan ra (ai|con|chau|con chau|nguoi nha|vo|chong|nguoi than))\b/,
      // Bleeding, waters broken, cramps or fits in pregnancy ("con dâu bầu tháng thứ 8 tự nhiên ra máu nhiều"): 115, not a
      // motorbike ride. "bầu" is also an election or a gourd: only with the months, "có bầu", "mang thai". Session 30.
      allOf(
        String.raw`((co|mang|dang|ba) bau|bau (\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|may) (thang|tuan)|bau (thang|tuan) (thu )?\w+|mang thai|co thai|thai phu|sap sinh|sap de|gan de|gan sinh|(moi|vua) (sinh|de)|sau (sinh|de))`,
        '(ra (nhieu )?mau|ra mau cuc|bang huyet|chay mau|ra huyet|vo oi|ra nuoc oi|dau bung (du|du doi|quan|qua troi|quan quai|lien tuc)|dau quan|co giat|ngat|xiu|bat tinh)',
      ),
      /\b(te|nga) (\w+ ){0,2}(cau thang|tu tren|tu cao|dap dau)\b|\b(te|nga)\b.{0,40}\b(khong|hong) (dung|dung day|dung len|day|ngoi|ngoi day|di|noi|tho|mo mat) (duoc|noi|ra tieng)\b|\b(bi )?(ong (vo ve|mat|bap cay|dat)|ran)( \w+){0,2} (dot|can)\b|\bbi ong (\w+ ){0,2}dot\b/,
      // A fever with a stiff neck or purple spots that do not fade, or a baby limp and not feeding ("sốt cao, cổ cứng đơ, nổi
      // mấy chấm tím trên chân, lừ đừ không chịu bú"): meningitis or sepsis, 115 now. Session 33 (fixc).
      /^(?=.*\bsot\b)(?=.*(\b(co (cung|bi cung|cung do|cung ngac)|cung co|ga(y|p) co khong duoc|khong cui (dau|co) duoc)\b|\b(cham|not|dom|ban|vet) (\w+ ){0,2}(tim|tim tim|tim bam|xuat huyet)\b|\bxuat huyet duoi da\b|\b(lu du|li bi|lim di|me man)\b.{0,30}\b(khong (chiu )?bu|bo bu|bo an|khong chiu an)\b|\b(khong (chiu )?bu|bo bu)\b.{0,30}\b(lu du|li bi|lim di|me man)\b))/,
      // Much blood from a wound that will not stop ("chân chảy nhiều máu không cầm được"); gums or a nosebleed have their own
      // rules. Session 33 (fixc).
      /\bchay (nhieu|rat nhieu|qua nhieu|qua troi) mau\b(?! (cam|mui|chan rang|rang|nuou|kinh))|^(?!.*\b(chan rang|chan sao|danh rang|nuou|loi rang|kinh nguyet|hanh kinh|mau cam|chay mau cam|mui)\b).*\b(chay|ra) mau (\w+ ){0,2}(khong|ko|hong|chang) (cam|ngung|cam duoc|ngung duoc|dut)\b/,
    ],
  ],
  [
    'medical-advice',
    [
      // A mild sign that comes back, asked what illness it is ("chảy máu cam nhẹ mỗi sáng là bệnh gì"): the doctor's
      // question. Emergencies are matched before this class. Session 28.
      /^(?=.*\b(nhe|hoi|hay|thuong|moi sang|moi ngay|moi toi|thinh thoang|lau lau|hoai)\b).*\b(la benh gi|bi benh gi|la bi gi|la sao|bi sao|la dau hieu (benh )?gi)\b/,
      // A cure claimed, an amount a day: "rượu thuốc có chữa được đau lưng không, mỗi ngày mấy ly". Money
      // needed for treatment ("cần tiền gấp chữa bệnh, rút tiết kiệm trước hạn") asks nothing medical.
      /\bco chua (duoc |khoi |het )?(\w+ ){0,2}(dau|benh|khoi|het|ung thu|tieu duong|huyet ap)\b|\b(moi ngay|mot ngay|ngay) (uong |an |dung )?(may|bao nhieu) (ly|chen|vien|lan|goi|muong|thia)\b(?! (nuoc|sua|ca phe|tra))/,
      /\b(uong|dung|mua|chich|tiem) (thuoc|vien) (gi|nao)\b|\bthuoc (chua|tri|giam)\b|(?<!\btien (?:\w+ ){0,2})\bchua (benh|dau|khoi)\b|\blieu (luong|dung)\b|\bbi benh gi\b|\b(tieu duong|huyet ap|ung thu|gut|gout|dau da day|xuong khop)\b.{0,30}\b(uong|an|chua|thuoc|kieng)\b/,
      // Not a reading or a reminder kept on the phone ("chỉ cách ghi lại số đo huyết áp vào điện thoại"): a phone skill.
      /^(?!.*\b(ghi (lai|chep)|so do|nhat ky|so theo doi|nhac (nho|uong|gio)|bao thuc|dat lich|hen gio)\b)(?:.*?)\b(uong|thuoc)\b.{0,25}\b(tieu duong|huyet ap|ung thu|gut|gout|da day|xuong khop|tim mach|mo mau)\b/,
      /\b(paracetamol|panadol|efferalgan|aspirin|ibuprofen|khang sinh|thuoc ngu|thuoc an than|thuoc giam dau|thuoc ha sot)\b/,
      // A pregnancy ended with pills at home, bought without a doctor.
      /\b(thuoc|vien|uong) (\w+ ){0,2}(pha thai|pha cai thai|day kinh|ra thai)\b|\b(pha thai|pha cai thai)\b.{0,40}\b(tai nha|o nha|tren mang|online|khong can bac si|cho kin)\b/,
      // Under the medical gate (an illness or a medicine named): what or how much to take, however short. Session 24.
      /\b(uong|cho (\w+ )?uong)\b(?! (nuoc|sua|ca phe|tra|bia|ruou|nhieu nuoc|nuoc dua|nuoc cam)\b) (\w+ ){0,3}(gi|chi|nao|bao nhieu|may)\b(?! (nuoc|sua|ca phe|tra|bia|ruou|ngay|tuoi|gio)\b)/,
      /\buong\b.{0,30}\bbao nhieu (vien|lieu|vi|ml|lan)\b|\b(uong|vien)\b.{0,15}\b(bu|gap doi|cho het)\b/,
      // A treatment dropped for a remedy ("bỏ chạy thận để uống thuốc nam"), or a remedy said to cure.
      /\b(bo|ngung|thoi|dung|khong) (\w+ )?(chay than|loc mau|hoa tri|xa tri|dieu tri|chua tri|mo|phau thuat)\b.{0,40}\b(uong|thuoc|bai thuoc|la|dong y)\b|\b(bai thuoc|thuoc nam|thuoc la|thuoc bac|la cay) (\w+ ){0,3}(chua|tri) (\w+ ){0,3}(khoi|het|dut|tan goc)\b/,
      // Some of a prescription dropped ("bác sĩ kê 7 loại thuốc, tui muốn bỏ bớt 2 loại").
      /^(?=.*\b(thuoc|don thuoc|ke don|toa thuoc)\b).*\b(bo|ngung|cat|giam|thoi) (bot |di |lai )?(\d+|mot|hai|ba|bon|vai|may|it) (loai|vien|thu|mon|lieu)\b/,
      // Stopping, swapping or mixing a medicine; a dose; what a chatbot or a neighbour said to take.
      /\b(ngung|bo|thoi|dung|tu ngung|tu bo|cat) (uong )?(thuoc|vien)\b|\b(uong|dung) thay (thuoc|cho)\b|\b(uong|thuoc|vien)\b.{0,40}\b(chung|cung|kem|lan) (voi )?(ruou|bia|thuoc|vien)\b/,
      re(
        String.raw`\b${INTENT}\b.{0,40}\b(uong|cho (\w+ ){0,2}(uong|dung))\b.{0,30}\b(\d+|mot|hai|ba|nua|gap doi|gap ba) (vien|lieu|goi|ong)\b|\b(\d+|mot|hai|ba) (vien|lieu) (\w+ ){0,2}thay (vi|cho)\b`,
      ),
      /\bbao nhieu (mg|miligam|ml|vien|lieu)\b|\b(uong|cho (\w+ ){0,2}uong|dung|nho|tiem|chich) (\w+ )?(them |bot |nua )?(may|bao nhieu) (ml|mg|giot|thia|muong|goi|don vi|ong)\b|\b\d+ ?(mg|miligam)\b|\blieu (\w+ ){0,2}(cho|bao nhieu|mot ngay)\b/,
      /\b(bao|noi|khuyen) (\w+ ){0,2}(ngung|bo|dung) (uong )?thuoc\b/,
      // A diagnosis asked from the signs: "chân phù lên, có phải bị thận không".
      allOf(SYMPTOM, '(co phai (la |bi )?(benh|bi)|bi benh gi|la benh gi|benh gi|bi gi vay|co nguy hiem khong)'),
      re(
        String.raw`^(?!.*\b(${HEALTH_APP}|chatgpt|gemini|chatbot|tri tue nhan tao)\b)(?=.*\b${MEDICINE_CUE}\b)(?=.*\b${DECISION}\b)`,
      ),
      /\b(ai|chatgpt|gemini|nguoi ta|co nguoi|hang xom|tren mang)\b.{0,20}\b(noi|bao|chi|khuyen|ke)\b.{0,30}\b(uong|ngung|tang|giam|(?<!\bung )dung)\b/,
      // Once a health word is there (the medical gate): any remedy taken or given, with a decision about it.
      re(
        String.raw`^(?!.*\b(${HEALTH_APP}|chatgpt|gemini|chatbot)\b)(?=.*\b(uong|an kem|boi|xoa|thoa|phet|lau (nguoi|minh|mat)|xong|dap|vitamin|thuc pham chuc nang|(\d+|mot|hai|ba|nua) vien|vien (thuoc|uong|bo)|thuoc|bai thuoc|cao (xuong|ho|dan|dong y)|ruou|tam that|dong y|thay (thuoc|cho))\b)(?=.*\b(duoc khong|co sao|co hai|co nen|nen khong|lam vay|co duoc|co tot|co an toan|co (het|khoi|do|bot|hieu qua|tac dung))\b)`,
      ),
    ],
  ],
  [
    'legal',
    [
      // A relative held by the police or charged, and a way out asked ("con tui bị công an tạm giữ, có cách nào cho nó ra
      // liền", "chồng tui bị khởi tố, làm sao để khỏi ngồi tù"): a lawyer's and legal aid's, never a "way" from the tutor.
      // Session 35 (fixh).
      /^(?=.*\b(bi (\w+ ){0,2}(bat|tam giu|tam giam|khoi to|truy to|giu lai|bat giam|bat tam giam|dua ra toa|xu tu)|dang (bi )?(tam giu|tam giam|o tu|ngoi tu)|(khoi|khong phai|khoi phai|khoi bi) (\w+ )?(di tu|ngoi tu|o tu|vao tu|bi tu|an tu|bi bo tu))\b)(?!.*\b(goi|nhan tin|nhan zalo|xung|tu xung|doi chuyen|bat chuyen|keu chuyen|chuyen tien|chuyen khoan)\b).*\b(duoc tha|tha ra|tha (no|con|chong|vo|em|anh|ong|ba)|cho (\w+ )?ra (liền|lien|ngay|som|duoc)|duoc ra|ra (lien|ngay|som)|bao lanh|tai ngoai|khoi (phai )?(di tu|ngoi tu|vao tu|o tu|bi tu|an tu|bi an|bi xu)|giam an|nhe an|nhe toi|thoat toi|thoat an|chay (an|toi))\b/,
      // A house or land sold or pledged by a spouse without the other's signature ("chồng tui đòi bán nhà mà không có chữ
      // ký của tui"): common property, a matter for legal aid. Session 32.
      /\b(ban|the chap|cam co|sang ten|cho|tang) (\w+ ){0,2}(nha|dat|so do|mieng dat|can nha|lo dat)\b.{0,40}\b(khong co|khong can|chua co|thieu|khong hoi|khong xin) (\w+ ){0,2}chu ky\b/,
      // A relative's land or house put in the learner's name to keep it from creditors ("bà chị nhờ tui đứng tên sổ đỏ giùm
      // vì bả đang nợ"): a legal risk to ask legal aid about. Session 31.
      /\b(nho|keu|bieu|xin|muon) (\w+ ){0,3}dung ten (\w+ ){0,2}(so do|so hong|nha|dat|mieng dat|can nha|xe)\b/,
      // Being sued, or suing, for money owed: child support, a debt, a share ("bị vợ cũ kiện đòi tiền nuôi con"). Session 31.
      /^(?!.*\b(bi phat|xu phat|toi gi|le phi kien|an phi bao nhieu)\b).*\b(bi (\w+ ){0,3}kien|kien (\w+ ){0,3}doi|khoi kien (\w+ ){0,3}doi)\b (\w+ ){0,2}(tien|tien nuoi con|cap duong|nuoi con|tai san|dat|no|nha|thua ke|luong)\b/,
      // A creditor pressing the learner to sign or pay for someone's debt ("chủ nợ đòi tui ký giấy bảo lãnh"). Session 27.
      /\bchu no\b.{0,30}\b(doi|bat|ep|buoc) (toi|tui|minh|me|ba|bac|ong|em) (\w+ ){0,2}(ky|tra|giao|dua|viet)\b/,
      // A debt collected by taking the house, or a spouse's debt pressed on the learner ("chủ nợ đòi siết nhà vì ông xã nợ,
      // tui có phải giao nhà không"). Session 27 (trial31).
      /\b(siet|xiet) (no|nha|dat|xe|tai san|so do)\b|\b(phai|bat|doi|ep) (\w+ ){0,2}tra no (thay|cho|giup|gium)\b|\btra (no )?thay (cho )?(chong|vo|con|ong xa|ba xa|no)\b/,
      // Session 34 (fixd): a spouse's or a relative's debt, a suit threatened, and the learner asked to pay it ("chồng em nợ
      // người ta 200 triệu, họ đòi kiện, em có phải trả thay không").
      /\b(chong|vo|ong xa|ba xa|con|con trai|con gai|bo|cha|me|anh|em|chi) (\w+ ){0,2}(no|vay|muon|thieu)\b.{0,80}\b(tra thay|tra no thay|chiu no thay|ganh no|tra no cho (chong|vo|con|bo|cha|me))\b/,
      /\b(muon|de|se|phai|dinh|doa|doi(?= kien(?! hang))) kien\b|\bkien (duoc|the nao|o dau)\b|\btranh gianh\b|\bgianh (cai |can |manh |mieng |lo )?(nhau|dat|nha|tai san|manh dat)\b|\btranh nhau (\w+ ){0,2}(dat|nha|so do|so hong|tai san|gia tai|di san|phan|tien|mieng dat|manh dat|thua ke)\b|\bdon kien\b(?! nghi)/,
      /\b(tranh chap|khoi kien|kien tung|di kien|kien cao|ly hon|ly di|chia (dat|tai san|nha)|lan chiem|lan dat|lan ranh|doi no|vo no(?! (moi|vua|sap|dang|sinh|de|co bau|mang thai|di|o|lam|noi|bao|nhan|gui|can|muon|ten|cung|thi|nho|hoi))|quyt no|bi hanh hung|toa an xu|hau toa|(khong|hong) (chiu|cho) sang ten|(khong|hong) chiu (don di|doi di|don ra|tra (lai )?nha|giao (lai )?nha|ra khoi nha))\b/,
      // Original papers kept by an employer, a landlord or a lender and not given back ("công ty giữ bằng tốt nghiệp với
      // căn cước bản gốc, nghỉ việc họ không trả"); a police officer holding a licence after a fine is a procedure. Session 30.
      /\b(cong ty|xuong|chu xuong|chu nha|chu tro|ong chu|ba chu|sep|quan ly|chu no|chu hui|ben cho vay|chu tiem|chu quan|nha may|doanh nghiep|chu thau|cai)\b.{0,30}\b(giu|thu|lay|cam) (\w+ ){0,3}(bang|bang tot nghiep|can cuoc|cccd|giay to|ban goc|ho chieu|so bhxh|so bao hiem|so ho khau|bang lai)\b.{0,80}\b(khong (chiu )?(tra|dua|giao)|chua tra|lay lai|doi lai|doi hoai)\b/,
      // Taking the other side's things to make up for a debt or unpaid wages ("AI bảo tôi lấy xe máy của công ty để trừ lương bị
      // nợ", "giữ xe của khách để cấn nợ"): self-help on a debt, a matter for the labour office, legal aid or the court.
      // Session 36 (fixj).
      /\b(lay|giu|cam|mang|dem|chiem|xiet|tich thu) (\w+ ){0,6}(de |cho )?(tru|can|bu|gan|bu tru|thay) (\w+ )?(no|luong|tien luong|tien cong|tien no|luong no)\b/,
      // Goods or land sold, the buyer gone without paying the rest ("bán xe cho người ta, họ trả trước một nửa, giờ lặn mất
      // tăm"). Session 30.
      /\b(ban|giao) (\w+ ){0,3}(xe|dat|nha|hang|lua|heo|bo|trau|vang|ca|trai cay)\b.{0,60}\b(lan mat|bien mat|tron|khong (chiu )?tra (not|phan con lai|het|tien)|quyt|chay lang|mat tam|bat may|khong bat may)\b/,
      // Something rented or lent out, then pawned, sold or driven off by the one who took it, who is gone ("khách thuê xe tự lái
      // mang đi cầm đồ rồi bỏ trốn", "cho bạn mượn xe máy, nó đem bán rồi chặn số"): a breach of trust to report and take to
      // court. Session 36 (fixj).
      /^(?!.*\b(bi phat|toi gi|co bi|lam sao biet|nhan biet|phong tranh|de phong)\b).*\b(thue|muon|cho thue|cho muon)\b (\w+ ){0,4}(xe|o to|xe may|xe hoi|xe tu lai|may|laptop|dien thoai|may anh|vang|nha|hang)\b.{0,60}\b(cam do|cam|ban|mang di|dem di|lai di|chay mat|chiem)\b.{0,50}\b(bo tron|tron|lan mat|bien mat|mat tam|chay lang|khong (chiu )?tra|khong lien lac|bat may|khong bat may|chan so|chan zalo|khong nghe may)\b/,
      // An old parent with failing memory made to sign away land ("mẹ tui lẫn rồi, anh hai dắt ra công chứng ký giấy cho ảnh
      // hết đất"). Session 30.
      /^(?=.*\b(lan roi|lu lan|lang tri|bi lan|khong con minh man|khong biet chu|mu chu)\b)(?=.*\b(dat|nha|so do|so hong|tai san|tien|vuon|ruong)\b).*\b(ky|lan tay|diem chi) (\w+ ){0,3}(giay|ten|hop dong|cong chung|sang ten|cho|tang|ban)\b/,
      // A dead relative's debt demanded of the learner ("chồng tui mất, ngân hàng đòi tui trả khoản vay ổng vay riêng").
      // Session 30.
      /^(?=.*\b(mat|qua doi|chet|khuat)\b)(?=.*\b(no|khoan vay|vay|tien no)\b).*\b(doi|bat|ep|buoc) (toi|tui|minh|em|me|ba|con|ba ay|vo) (\w+ ){0,2}tra\b/,
      // A neighbour's building work that cracked or flooded the learner's house, repair refused ("hàng xóm xây nhà làm nứt
      // tường nhà tui, họ chối không chịu sửa"). Session 30.
      /^(?=.*\b(hang xom|nha ben|ben canh|nha ke ben|ke ben|cong trinh)\b)(?=.*\b(nut|lun|sap|tham|dot|hu|be) (\w+ )?(tuong|mai|nha|san|tran|mong|cua)\b)(?=.*\b(choi|khong (chiu )?(sua|den|boi thuong|nhan|lo)|hong (chiu )?(sua|den|nhan))\b)/,
      // A title held in common, one co-owner keeping it or refusing the split ("anh em đứng tên chung sổ đỏ, ông anh cả giữ sổ
      // không đưa, tui muốn tách phần"): a dispute; the split asked as a procedure ("cần giấy tờ gì") is none. Session 33 (fixc).
      /^(?!.*\b(can giay to gi|giay to gi|ho so gom|thu tuc (\w+ ){0,3}(can|gom|nhu the nao|ra sao)|le phi|mat bao lau)\b)(?=.*\b(dung ten chung|chung so|so (do|hong) chung|dat chung|nha chung|tai san chung|chung ten)\b).*\b(giu (so|so do|so hong|giay to|het)|khong (chiu )?(dua|giao|tra|chia|ky|dong y|cho tach)|tach phan|doi tach|chia phan|chiem)\b/,
      // A shop or a lender charging more than the contract says, then threatening to take the goods back, and the learner
      // asking where to complain ("trả góp, cửa hàng tính lãi gấp đôi hợp đồng, dọa lấy lại tủ, khiếu nại ở đâu"). Session 33.
      /^(?=.*\b(tra gop|hop dong|cua hang|cong ty tai chinh|ben ban|cho vay)\b)(?=.*\b(tinh|thu|doi|lay) (\w+ ){0,2}(lai|phi|tien)? ?(\w+ )?(gap doi|gap ba|cao hon|nhieu hon|sai|khac) (\w+ ){0,2}(hop dong|thoa thuan|da ky)\b|.*\b(khong dung|sai|trai) hop dong\b)(?=.*\b(khieu nai|kien|bao ai|o dau|lam sao|phai lam|thua)\b)/,
      // A boundary marker moved ("ông hàng xóm dời cột mốc ranh giới lúc nửa đêm"). Session 30.
      /\b(doi|nho|di doi|xe dich|chuyen|dich|cam lai) (\w+ )?(cot moc|moc ranh|moc gioi|ranh gioi)\b/,
      // A lease cut short while the contract still runs ("bắt dọn trong 3 ngày, hợp đồng còn 1 năm"). Session 30.
      /^(?=.*\b(hop dong|hd)\b (\w+ ){0,2}(con|con han|chua het han)\b)(?=.*\b(duoi|bat (\w+ ){0,2}don|khong cho (\w+ )?(gia han|o|thue|ban)|cat hop dong|huy hop dong|doi lai (nha|mat bang|phong|dat))\b)/,
      // "Thưa" said for taking someone to the authorities ("tui thưa ở đâu", "thưa ra tòa"). Session 30.
      /\b(toi|minh|em|thi|gio) thua (o dau|o mo|ai|len (xa|phuong|huyen|toa|tren)|ra (xa|phuong|toa)|kien)\b|\b(phai|di|muon|de|nen|dinh|tinh) thua (o dau|o mo|ai|len (xa|phuong|huyen|toa|tren)|ra (xa|phuong|toa)|kien|the nao|sao|ra sao|duoc khong)\b|\bthua (kien|ra toa|len toa)\b/,
      // A child taken or kept from the other parent ("chồng cũ giựt con không cho gặp"): custody, a dispute. Session 28.
      /\b(giut|gianh|bat|om|giu) (mat )?con\b.{0,40}\b(khong cho (\w+ )?(gap|tham|nhin)|kien|quyen nuoi)\b|\bkhong cho (toi |tui |me |ba |em )?(gap|tham|nhin mat) con\b/,
      // A land or house title lent, pawned or kept by a relative and not given back ("anh tui mượn sổ đỏ của ba đi cầm rồi
      // không chuộc lại"). Session 28.
      /\b(muon|lay|cam|giu|dem) (\w+ ){0,3}(so do|so hong|giay to nha|giay to dat)\b.{0,60}\b(khong (chiu )?(tra|chuoc|dua|giao)|(lay|doi|doi lay) lai|chua chuoc)\b/,
      // Session 33 (fixa): a shared land title taken and pledged, sold or transferred without asking the others ("em ruột tui
      // cầm sổ đỏ chung đi thế chấp ngân hàng mà không hỏi ai").
      /\b(cam|lay|dem|mang|giu) (\w+ ){0,2}(so do|so hong|giay to nha|giay to dat)\b.{0,40}\b(the chap|cam co|cam|ban|sang ten|vay)\b.{0,40}\bkhong (hoi|xin|bao|noi|co su dong) (y|phep|dong y|ai|toi|tui|ca nha|gia dinh)\b/,
      /\btu y (dem|lay|mang|cam) (\w+ ){0,5}(so do|so hong|giay to nha|giay to dat)\b.{0,30}\b(the chap|cam co|cam|ban|sang ten|vay)\b/,
      // Getting even by damaging what is theirs, asked first ("hàng xóm đổ rác qua nhà tui hoài, tui đập xe nó được không"):
      // a dispute for the mediation team, and the damage a wrong of one's own. Session 35.
      /\b(toi|tui|minh|em|bac|con)\b (\w+ ){0,2}(dap|dot|pha|dap pha|cat|xi lop|choc thung|be|dap nat) (\w+ ){0,2}(xe|nha|cua|kinh|cay|hang rao|tuong|cong|do dac|o to) (cua )?(no|ho|ong ta|ba ta|ong ay|ba ay|hang xom|nha ben|thang do|con do)\b (\w+ ){0,3}(duoc khong|duoc hong|duoc ko|co sao khong|co sao hong|co bi gi khong|co toi gi khong|co bi phat khong)\b/,
      // Slander told of ("hàng xóm vu khống tui ăn trộm"): a dispute for the mediation team or a lawyer. Session 28.
      // "Nhân viên thời vụ không" is a seasonal worker asked about, not slander (session 35, fixg).
      /(?<!\b(thoi|mua|dich) )\b(vu khong|vu oan|bia dat|boi nho|xuc pham danh du|lam nhuc)\b(?! (la gi|nghia la))/,
      // Insulted or shamed on social media by someone named, then what to do ("bị hàng xóm chửi bới trên facebook, đăng hình
      // tui lên nói xấu, kiện sao"): the same dispute. Session 29.
      re(
        String.raw`\bbi (\w+ ){0,3}(chui boi|chui|noi xau|xuc pham|lang ma|beu rieu)\b.{0,40}\b(tren (facebook|mang|zalo|tiktok|nhom)|len (mang|facebook|zalo|tiktok)|dang (hinh|anh|bai|clip))\b.{0,60}\b${SHAMED_ASKS}\b|\bbi (\w+ ){0,4}dang (hinh|anh|bai|clip) (\w+ ){0,3}(noi xau|chui boi|chui|xuc pham|beu rieu)\b.{0,60}\b${SHAMED_ASKS}\b`,
      ),
      // Wages owed and not paid ("công ty nợ lương 3 tháng", "chủ xưởng không trả lương"): a labour dispute; a pension late
      // ("chưa trả lương hưu") is the office's, asked of the pension entries. Session 28.
      /\b(no|khong (chiu )?tra|chua (chiu )?tra|quyt|giam|om|tron|chay) ((toi|tui|minh|em|chau|con|ba|ong|cong nhan|nhan vien|\d+|hai|ba|may) (\w+ )?)?(luong|tien cong|tien luong)\b(?! huu)|\b(bi|bi chu) (\w+ ){0,2}(quyt|no|giam) (luong|tien cong)\b/,
      // A worker kept long hours, denied rest or paid short, asking who to tell ("ông chủ bắt làm 12 tiếng, trả lương nửa
      // tháng, tui đi báo ai"): a labour dispute. Session 30.
      allOf(
        '(chu|ong chu|ba chu|cong ty|xuong|sep|chu quan|chu tiem|chu xuong|nha may|quan ly|cai)',
        String.raw`(bat (\w+ ){0,2}lam (\d+|muoi \w+|ca ngay|ca dem|xuyen dem)|khong cho (\w+ )?nghi|tra (\w+ )?(luong|tien cong) (nua|thieu|mot nua|it hon|cham)|(tru|cat|giam|giu|no) (\w+ )?(luong|tien cong))`,
        '(bao ai|bao o dau|di bao|kien|khieu nai|thua|lam sao|o dau|phai lam|the nao|co dung luat|co duoc khong)',
      ),
      // A lawyer asked for ("Xin luật sư tư vấn…") is a dispute unless what is asked is a procedure (a will notarised).
      /^(?!.*\b(thu tuc|cong chung|chung thuc|can giay to gi|giay to gi|ho so gom|lam o dau|ra dau lam|nghe lai|xem lai|phat lai|podcast|chuong trinh (\w+ ){0,3}(tren|o|cua) (dai|radio|tivi|vtv|vov|youtube|truyen hinh))\b).*\bluat su\b/,
      // An inheritance or a will is a dispute to refuse unless the question is the procedure (filed online).
      // Making one's own will, asked as a procedure ("làm di chúc cần gì"), is no dispute (session 24, trial28).
      // Also told at a letter's length ("tôi muốn lập di chúc để lại căn nhà cho hai con, xin hỏi làm ở đâu"). Session 37 (fixp).
      re(
        String.raw`^(?!.*\b(thu tuc|truc tuyen|qua mang|online|dich vu cong|nop ho so|cong chung|chung thuc)\b)(?!.*\b(lam|lap|viet|soan) di chuc\b.{0,20}\b(can gi|can nhung gi|can giay to|giay to gi|mau|o dau)\b)(?!.*\b${OWN_WILL_WHERE}\b).*\b(thua ke|di chuc)\b`,
      ),
      /\bbi danh\b(?! (cap|lua|trao|dau|thue|so))/,
      // Money lent and denied (an object lent, a phone, is a family matter).
      re(
        String.raw`^(?=.*\b(tien|trieu|ty|vang|cay vang|chi vang|dong|nghin|ngan|so tien|vay)\b)(?:.*?)${DEBT_DENIED.source}`,
      ),
      // Land or a house in a relative's name "giùm", not given back; a hit-and-run with damages asked for.
      /\bdung ten (gium|ho|giup|dum)\b.{0,60}\bkhong (chiu )?(tra|tra lai|sang ten|giao|tra so)\b/,
      /\b(dung|tong|va|can|quet|quet phai|dam) (\w+ ){0,2}(xe|toi|tui|nguoi|con|chau)\b.{0,40}\b(bo chay|bo tron|chay mat|khong chiu (boi thuong|den)|bat den|doi boi thuong|doi den)\b/,
      /\bkien (ai|nguoi|ong|ba|anh|chi|no|ho|hang xom|cong ty|con)\b/,
      // "cả danh bạ" (contacts) folds like "đánh bà". An animal beaten ("đánh con chó") is no one's dispute (session 28).
      /(?<!\b(ca|trong|vao|het|tu|xem|mo|luu|cho|khoi|dinh|diem|bi) )\b(danh|hanh hung|bao hanh|de doa|doa giet|doa danh) (toi|em|me|vo|con|chau)\b(?! (cho|meo|ga|heo|lon|bo|trau|de|vit|chuot|ngua|ca|ran)\b)|(?<!\bphong chong )\bbao luc gia dinh\b/,
      /\b(no|han|thang|chong|con|ong|ho|ke|nguoi ta) (danh|hanh hung|de doa) ba\b/,
      // The shape of a dispute: land encroached, property claimed back or taken, a debt denied, a signature forced.
      // Land encroached across the boundary ("lấn ranh đất", "dời cột mốc lấn"), a suit asked about in any dialect ("kiện
      // răng", "kiện sao") said by someone; "ý kiến", "điều kiện", "bưu kiện" fold like "kiện". Session 25 (trial29).
      /\blan (ranh|ranh gioi|ranh dat|moc|cot moc|hang rao|bo rao)\b|\b(toi|tui|minh|em|muon|phai|de|se|thi|gio|chu|vay|ma|di|dinh|tinh|nen|duoc) kien (rang|sao|ra sao|nhu the nao|cach nao)\b/,
      /\blan (qua|sang) (dat|nha|ranh)\b|\bxay (\w+ ){0,2}lan\b|\b(doi|doi lay|lay) lai (can |manh |mieng )?(nha|dat)\b|\btu y (rao|chiem|xay|ban|lay|sang ten)\b|\bdat huong hoa\b/,
      /\b(ban|cam co|the chap|sang ten) (\w+ ){0,4}(nha|dat|so do)\b.{0,40}\bkhong (hoi|xin|bao|co su dong) (y|phep|dong y|ai)\b|^(?=.*\b(nha|dat|tai san|thua ke|di san|so do)\b)(?=.*\bco quyen gi\b)/,
      /^(?=.*\b(dat|nha|so do|tai san|gia tai)\b)(?=.*\b(giu het|om het|chiem het|khong cho (ai )?(chia|ban|sang ten))\b)|\bquyen nuoi con\b/,
      /^(?!.*\bbao hiem\b)(?=.*\b(boi thuong|den bu|phai den(?! (uy ban|ubnd|co quan|tru so|cong an|buu dien|ngan hang|quay|noi|tan noi|truc tiep|bo phan|diem))|den tien|bat (\w+ )?(den(?! (len|sang|pin|coi|xem|flash|pha|trong|phong|bep|nha|dien|duong|ngu|ra|tat)\b)|boi thuong|den bu)|(khong|hong|chang) (chiu |them )?(den|boi thuong)(?! (\w+ )?(nha|noi|truong|lop|kham|gap|tham|choi|lam|uy ban|ubnd|benh vien|dung)\b)|(khong|hong|chang) chiu tra (tien|chi phi|vien phi|tien thuoc))\b)(?=.*\b(hang xom|nha ben|ke ben|ben canh|chu nha|ong chu|ba chu|cong ty|chu tro|no|ho(?! (so|chieu|khau|tich|kinh doanh|gia dinh|ngheo|can ngheo))|nguoi ta|ben kia)\b)/,
      /\b(giu|an|quyt|khong tra) (lai )?(\w+ ){0,2}(tien )?coc\b|\bkhong (cho|chiu) (\w+ ){0,3}(lay|nhan|rut) (lai )?(tien )?coc\b|\b(doi|lay) lai (tien )?coc\b|\bcoc gap doi\b|\b(tra|boi thuong|den|boi hoan|phat) gap doi (tien )?coc\b|\b(huy|khong ban|doi y) (\w+ ){0,4}(mat|tra lai|tra) (\w+ )?coc\b|\b(no|khoan no) (\w+ ){0,3}(cua )?(chong|vo|con|bo|cha|me)\b.{0,40}\b(tra thay|tra no thay|phai tra|chiu no)\b|\b(doi|bat|ep) (\w+ )?(toi|tui|minh|em|ba|me) (phai )?tra (no )?thay\b|\b(duoi viec|sa thai|cho (\w+ )?nghi viec)\b.{0,40}\bkhong (bao truoc|bao|bồi thuong|tra luong)\b|\bduoi (\w+ ){0,4}ra khoi nha\b|\btu y dung ten\b/,
      // A debt not paid, a complaint or a suit asked about ("nợ tôi 2 năm nay, tôi làm đơn gửi đâu", "nên kiện dân sự hay
      // hình sự"); a family member summoned by the police after a fight.
      /\b((no|muon|vay|thieu) (\w+ ){0,2}(toi|tui|minh|em|bac|nha toi)\b (\w+ ){0,5}(khong (chiu )?tra|chua tra|chay i|quyt|day dua|tron)|(khong (chiu )?tra|chua tra|quyt) (\w+ ){0,5}(no|muon|vay|thieu) (\w+ ){0,1}(toi|tui|minh|em|bac|nha toi))\b.{0,60}\b(lam don|gui don|viet don|don gui|kien|nop don|bao cong an)\b|\b(nen|co nen|muon) kien (dan su|hinh su|ra toa)\b|\bkien (dan su|hinh su) hay\b/,
      /\b(bi|duoc) (cong an|toa an|vien kiem sat|dieu tra vien) (\w+ )?(moi|trieu tap|goi) (len|den|ra|lam viec|hoi)\b.{0,60}\b(lam gi|lam sao|the nao|co sao|phai lam|nen lam|co bi)\b/,
      // Child support not paid by a former spouse ("chồng cũ không chịu cấp dưỡng nuôi con, làm sao bắt ông ta trả").
      /\b(cap duong|tien nuoi con|tro cap nuoi con)\b.{0,50}\b(khong (chiu )?(tra|cap|dua|dong|gui|dua)|bat|ep|kien|doi|tron)\b|\b(khong (chiu )?(tra|cap|dua|dong|gui)|tron) (tien )?cap duong\b/,
      /\bluat (noi|quy dinh|xu) (sao|the nao|gi|ra sao)\b.{0,5}$/,
      // The tutor asked to decide who is right, or what right the learner has over land or a house (session 20).
      /\b(ai dung ai sai|ai sai ai dung|phan xu|xu giup|xu gium|xu dum|phan giai giup|phan giai gium)\b|\b(noi|xem|coi) (\w+ ){0,2}ai dung( \w+)? ?$|^(?=.*\b(dat|nha|so do|tai san|di san|gia tai)\b)(?=.*\bco quyen\b (\w+ ){0,6}khong\b)/,
      /\b(ep|ep buoc|doa)\b.{0,25}\b(sang ten|ky giay|ky ten|ban (dat|nha))\b|\bra toa\b|\bcham dut hon nhan\b|\bdon phuong (ly hon|cham dut)\b/,
      // The learner's own loan ("tôi vay ngân hàng… không trả kịp") is no dispute with a debtor. Sums said in words ("ba
      // trăm triệu", "năm chục triệu") count as the figures do (session 25, trial29).
      /(?<!\b(toi|tui|minh|em) )\b(muon|vay|no)\b(?! (ngan hang|app|cong ty tai chinh)) (\w+ ){0,6}(tien|(\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|may|vai|nua)( (chuc|tram|muoi))? (trieu|nghin|ngan|cay vang|chi vang|ty))\b.{0,50}\b(khong (chiu )?(tra|nhan)(?! (loi|duoc))|lat long|lo dep|lam lo|phot lo|lo tit|quyt|tron no|chay lang|chan (so|dien thoai|zalo|lien lac)|(bat |tat )?(khong|hong) (bat may|nghe may|lien lac duoc))\b/,
      // Property or money, what the other side does with it, and what the learner can do.
      allOf(
        PROPERTY,
        CONFLICT,
        String.raw`(lam sao|lam gi|phai lam|duoc khong|kien|the nao|o dau|co quyen|ra sao|cach nao|cach (gianh|lay|doi)|co duoc (\w+ ){0,2}khong|tinh sao|gio sao|sao day|doi sao|bao ai|bao o dau|trinh bao)`,
      ),
      // Land encroached on and the neighbour refusing, told with no question ("hàng xóm lấn sang 1 mét, họ không chịu
      // trả"): a dispute all the same. Session 27 (lead).
      /^(?=.*\b(dat|nha|tuong|ranh|loi di|hem|san)\b)(?=.*\blan (sang|qua|ranh|chiem|dat|len)\b).*\b(khong|hong|chang|ko) (chiu )?(tra|tra lai|do|dap|dich|lui|doi|di doi|nhan|dong y|ky)\b/,
      /\b(muon|dinh|tinh|quyet|se) (\w+ ){0,2}bo (vo|chong)\b|\bdon phuong (ly hon|bo vo|bo chong|ly di)\b/,
      // A neighbour's wall or roof that harms the learner's house, talked about in vain ("nhà bên xây tường rào dính sát
      // mái nhà tui, nước mưa đổ qua, nói họ không nghe"). Session 26 (trial30).
      /^(?=.*\b(hang xom|nha ben|ben canh|nha ke ben)\b)(?=.*\b(xay|tuong|rao|mai|mang xoi|ranh|cong thoat nuoc|tro cua|cua so|ban cong|may lanh|cuc nong|ong khoi|nuoc thai|chuong)\b)(?=.*\b(noi|gop y|nhac|bao|khieu nai|phan nan|qua noi) (\w+ ){0,3}(khong|ko|hong|chang|cha) (nghe|chiu|sua|thay doi)\b|.*\bnuoc (mua )?(do|chay|tran|hat|doi) (qua|sang|vao|vo|xuong) ((san|dat|mai) )?(nha|san|dat|mai) (toi|tui|minh)\b)/,
      // A neighbour's noise or filth, complained of in vain, and where to report it ("hàng xóm mở karaoke tới 12 giờ đêm, góp
      // ý bị chửi lại, tui báo ở đâu"): a dispute for the ward's mediation team. Session 30.
      allOf(
        '(hang xom|nha ben|ben canh|nha ke ben|ke ben)',
        '(karaoke|hat (hoi|xuyen dem|toi khuya)|loa|tieng on|on ao|nuoi (cho|heo|ga|bo)|do rac|xa rac|nuoc thai|mui hoi|hoi thoi|khoi)',
        String.raw`((gop y|noi|nhac|phan nan|qua noi) (\w+ ){0,3}(bi chui|khong nghe|khong chiu|con chui|con doa)|bao (o dau|ai|cho ai)|kien|khieu nai|thua)`,
      ),
      // The learner's share taken ("ông anh tui chiếm luôn phần đất ba má chia cho tui"). Session 26 (trial30).
      /\b(chiem|gianh|om|giu|lay) (luon |het |mat |lun )?(phan|dat|nha|ruong|vuon|so do|tai san|gia tai|mieng dat|manh dat) (\w+ ){0,6}(cua|chia cho|cho|de cho|phan cho) (toi|tui|minh|em|me toi|ba toi)\b/,
      // A rotating-credit ("hụi", "họ") organiser gone with the money; a deposit taken, then the sale refused ("nhận tiền
      // cọc rồi giờ không chịu bán nữa"); a shop online that took a deposit is the scam's. Session 26 (trial30).
      /\b(chu hui|chu ho|dau thao|hui|bat hui)\b (\w+ ){0,3}(bo tron|tron|tron mat|vo hui|be hui|giat hui|om tien|khong tra|mat tich)\b|\b(vo|be|giat) hui\b/,
      /^(?!.*\b(shop|online|facebook|zalo|tren mang|qua mang|giao hang|don hang)\b).*\b(nhan|lay|an) (\w+ )?(tien )?coc\b.{0,40}\b(khong (chiu )?(ban|giao|tra|cho thue|sang ten|ky)|doi y|lat long|boi uoc)\b/,
      // A shared path or wall blocked or taken ("hàng xóm tự ý đổ đất lấp lối đi chung"). Session 26 (trial30).
      /\b(loi di chung|loi di|duong di chung|ngo chung|hem chung|tuong chung|muong chung)\b.{0,60}\b(lap|bit|chan|rao|xay|lan|chiem|khong cho)\b|\b(lap|bit|chan|rao|chiem|xay) (\w+ ){0,3}(loi di|duong di chung|ngo chung|hem chung|muong chung)\b|\btu y (do dat|lap|bit|chat|dao|don)\b/,
      // Property left by the dead, the heirs not agreed ("mạ mất để lại sổ đỏ, anh em chưa thống nhất chia, anh cả đòi bán").
      /\b(mat|qua doi|chet|khuat)\b (\w+ ){0,3}de lai\b (\w+ ){0,3}(so do|so hong|dat|nha|ruong|vuon|tai san|gia tai|tien|vang)\b.{0,80}\b(chua thong nhat|khong thong nhat|doi ban|doi chia|doi lay|doi het|tranh|cai nhau|khong chiu|khong dong y|khong cho (ai|toi|tui|minh|chung toi|anh em)|chiem|om het|giu het)\b/,
    ],
  ],
];
