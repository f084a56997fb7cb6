import { CLOSE_ONES, SCAMMERS, THEM } from './account-owners.ts';
import type { Language } from './language.ts';
import type { DangerCue } from './danger-cues.ts';
import type { NearRisk } from './near-risk.ts';
import type { ScamNet, ScamVerdict } from './scam-net.ts';
import {
  CHILD_WITNESS,
  DEBT_DENIED,
  LAPSED_EXCUSE,
  PRESCRIBED,
  MISSING_SIGNS,
  OTHERS_ID,
  RULES,
  SMASHING_AT_HOME,
  CRASH_PAID_IN_PERSON,
  SUING_FOR_DEBT,
  WEAPON_INTENT,
} from './safety-rules.ts';
import type { SafetyClass } from './safety-class.ts';
import { situationLines } from './safety-situations.ts';

export type { SafetyClass };

const POLITICAL_ALWAYS =
  /\b(bieu tinh|phan dong|da dang(?! (nhap|ky|xuat|bai|tai|anh|tin|len|video|nhan))|lat do|doc tai|viet tan|chong pha|chong (nha nuoc|chinh quyen|chinh phu)|che do cong san|tu nhan luong tam|cong san hay tu ban|tu ban hay cong san|ung ho dang nao|theo phe nao|dung ve phe nao)\b/;
const POLITICAL_TOPIC =
  /\b(chinh phu|nha nuoc|chinh quyen|tong bi thu|thu tuong|chu tich nuoc|chinh tri|cong san|lanh dao|bau cu|di bau|quoc hoi|hoi dong nhan dan|dai bieu|chu tich (xa|phuong|huyen|tinh|thanh pho))\b/;
const OPINION =
  /\b(nghi gi|nghi sao|nghi the nao|thay the nao|thay sao|danh gia|tot khong|tot hay|chui|ghet|ung ho|phan doi|tham nhung|bat tai|noi xau|quan diem|co nen tin|lua dan|doi tra|sai lam|nen bau|bau (cho )?(ai|ong nao|ba nao|nguoi nao)|tay chay|an hai|to (ong|ba|ho)|cho ca nuoc biet)\b/;
/** A rumour about the state or its leaders ("chính phủ sắp sụp", "bầu cử gian lận"), to share or to write. */
const RUMOUR =
  /\b(sap sup|sup do|sap do|tan ra|sap tan|bo tron|tron ra nuoc ngoai|sap loan|dao chinh|bau cu (\w+ ){0,8}gian lan|gian lan (trong )?bau cu|bi bat het|mat nuoc|ban nuoc|tay chay bau cu|dung di bau)\b/;
const MOVEMENT = /\b(binh dan hoc vu so|hoc vu so|phong trao|chuyen doi so)\b/;

function political(raw: string, folded: string): boolean {
  if (MOVEMENT.test(folded)) return false;
  if (POLITICAL_ALWAYS.test(folded)) return true;
  // "Chống Đảng" folds like "chồng đang" ("thằng chồng đang cầm ghế"): only with its tones, or typed with none at all.
  const lowered = raw.toLowerCase().normalize('NFC');
  if (/chống\s+đảng/.test(lowered) || (!/[^\x00-\x7f]/.test(lowered) && /\bchong dang\b/.test(folded))) return true;
  const topic = POLITICAL_TOPIC.test(folded) || /(^|[^\p{L}])đảng([^\p{L}]|$)/u.test(lowered);
  return topic && (OPINION.test(folded) || RUMOUR.test(folded));
}

/**
 * The learner is the victim ("Facebook bị hack", "sợ có người đọc trộm tin nhắn của tôi"): that
 * is a request for help, never a request to get into someone else's account or data.
 */
/** Reporting a scammer ("biết số tài khoản tụi lừa, báo ở đâu") is no hunt for someone's data. */
const REPORTING = [
  // "bao nhiêu", "bao giờ", "bao lâu", "bảo hiểm", "bảo vệ" fold like "báo" (report): they report nothing. Nor does a notice
  // ("thông báo của công an phường"), unless it is given to someone ("thông báo cho công an").
  /\b((?<!\bthong )bao(?! (nhieu|gio|lau|lam|nhieu tien|hiem|ve|chi|thuc|dong)\b)|thong bao (cho|voi|den|toi)|to cao|trinh bao)\b.{0,40}\b(o dau|cho ai|cong an|156)\b/,
  /\b(tui|bon|ke|dua) lua\b|\bbi (dan de|dan chong|lua|gia mao)\b/,
];
const VICTIM =
  /\b(so|lo|nghi|phat hien|thay) (co )?(nguoi|ai|ke)\b|\bbi ((nguoi ta|ai do|ai|ke gian|ke xau|tui no|dua nao|hacker) )?(hack|chiem|mat|lay|doc trom|xem trom|danh cap|theo doi)\b|\bbi (\w+ ){1,2}(hack|chiem|danh cap)\b|\bcua (toi|minh|tui|em)\b|\b(ghep|dan) (mat|khuon mat|anh|hinh) (toi|minh|tui|em)\b|\b(tong tien|doa (gui|tung|phat tan|dang))\b|\bdoi tien\b.{0,30}\b(khong thi|neu khong)\b/;
/**
 * Whose fake it is: the learner's own face, voice or photo ("ghép ảnh của tôi"). A bare "của tôi" elsewhere ("thuốc
 * của tôi" in "dùng AI làm video bác sĩ nói thuốc của tôi chữa khỏi") makes no victim of a fake.
 */
const OWN_THING = /\bcua (toi|minh|tui|em)\b/;
/** A fake made by someone else and used on the learner ("kẻ gian dùng AI giả giọng con trai tui gọi về xin tiền"). Session 31. */
const FAKE_USED_ON_ME =
  /\b(co nguoi|ke gian|nguoi ta|bon lua dao|bon no|lua dao|so la|ho|no) dung (ai|aido|app|phan mem|ung dung|deepfake|cong nghe)\b|\bbi (nguoi ta |ke gian |ho |no |ai do )?(lam gia|gia mao|ghep mat|lam gia giay to)\b/;
const MY_LIKENESS =
  /\b(mat|khuon mat|anh|hinh|video|clip|giong|giong noi|tai khoan|zalo|facebook)( \w+){0,2} cua (toi|minh|tui|em)\b/;
/**
 * A victim who asks to get into someone else's account or data ("bị lừa rồi, chỉ cách hack Facebook của nó", "sợ có
 * người biết, chỉ cách đọc lén Zalo của chồng tui"): the victim's words exempt nothing then.
 */
const INTRUDE = new RegExp(
  String.raw`\b(hack|vao|vo|doc|xem|coi|nghe|mo|dang nhap|truy cap|lay|tra|tim|kiem|cai|gan|dinh vi)( \w+){0,5} (zalo|facebook|face|messenger|tai khoan|tin nhan|dien thoai|email|gmail|mat khau|dia chi|so can cuoc|so cccd|can cuoc|cccd|que quan|ngay sinh)( \w+){0,3} cua (${THEM}|${SCAMMERS}|${CLOSE_ONES})\b`,
);
const OWN_LOST =
  /\bbi (\w+ ){0,2}(hack|chiem|khoa|danh cap)\b|\bbi mat (\w+ )?(zalo|facebook|tai khoan|dien thoai|mat khau)\b/;
const VICTIM_EXEMPT: ReadonlySet<SafetyClass> = new Set(['account-takeover', 'others-data', 'forgery']);
/** A case taken to court or a dispute named ("khởi kiện", "đơn kiện", "tranh chấp"). */
const COURT_CASE = 'khoi kien|don kien|tranh chap';
/** A deposit claimed back ("đòi lại tiền cọc", "cọc gấp đôi", "trả gấp đôi cọc"): a dispute, never money lost to a scam. */
const DEPOSIT_CLAIMED = String.raw`(doi|lay) lai (tien )?coc|coc gap doi|(tra|boi thuong|den|boi hoan) gap doi (tien )?coc`;
/** A deposit kept by the other side ("phạt cọc", "mất cọc", "không chịu trả cọc"). */
const DEPOSIT_KEPT = String.raw`phat coc|mat coc|(khong|chua) (chiu )?tra (lai )?(tien )?coc`;
/**
 * Going to court or a dispute over land, an inheritance, a marriage, or the other side to be made to do something
 * ("tui muốn nó phải đập bỏ"): legal advice even after a scam or with an AI tool asked to write the letter.
 */
const LEGAL_ACTION = new RegExp(
  String.raw`\b(kien|${COURT_CASE}|toa an|thua ke|di chuc|ly hon|ly di|chia (dat|tai san|nha)|lan chiem|${DEPOSIT_CLAIMED})\b|\b(muon|bat|buoc|ep) (no|ho|han|thang do|ong ta|ba ta|nha do|ben do|hang xom) (phai )?(dap|pha|do bo|tra lai|den|boi thuong|don di|doi di|chia)\b|\b(doi|doi lai|gianh|chiem) (lai )?(\w+ ){0,2}(dat|mieng dat|manh dat|nha|can nha|tai san|so do|so hong)\b.{0,60}\b(cua (ong|ba|no|ho|han|ong ay|ba ay)|de cho|cho (toi|tui|minh|em))\b`,
);
const DEBT_PRESSED: ReadonlySet<string> = new Set(['pressure:urgency', 'pressure:emergency', 'pressure:oddity']);
/** A child or grandchild of the learner ("cháu nội", "con gái"). */
const YOUNG_KIN = String.raw`(chau|con|con gai|con trai|chau noi|chau ngoai|chau gai|chau trai)`;
/**
 * The learner's own screen shown to family in a call so they can teach ("chia sẻ màn hình để cháu chỉ bác"):
 * nobody asked for it, so it is no remote-control scam.
 */
const FAMILY_HELP = new RegExp(
  String.raw`\b(de|cho) (con chau|${YOUNG_KIN})( \w+)? (chi|huong dan|xem|coi|giup|cai giup|sua giup|cai dat giup)\b|^ ?${YOUNG_KIN}( (toi|tui|minh|em))? (tu )?(cai|tai|cai dat) (\w+ ){1,2}(tren|vao) (may|dien thoai) (cua )?(toi|tui|minh|me|ba|bo|ong|em)\b`,
);
/**
 * Money lost to a scam or a loan app ("luật sư có lấy lại được tiền bị lừa không", "vay app bị khủng
 * bố đòi nợ"): the answer is the report route (bank, police, 156), not a legal refusal.
 */
const SCAMMED =
  /\b(bi lua|lua dao|lua mat|mat tien|(lay|doi) lai (duoc )?tien(?! coc)|thu hoi tien|vay app|app vay|vay qua app|vay online|tin dung den|khung bo)\b/;

/**
 * Asking an AI assistant to draft a letter to an office ("nhờ ChatGPT viết đơn gửi phường") about a
 * neighbour's wall is a question about the tool, answered from the knowledge base; going to court,
 * an inheritance or a divorce (`LEGAL_ACTION`) still gets the legal reply.
 */
const AI_TOOL = String.raw`(chatgpt|gemini|copilot|tro ly ao|tro ly ai|tri tue nhan tao|nho ai|ai viet|ai soan)`;
const LETTER = String.raw`(viet|soan|lam|thao) (\w+ ){0,2}(don|la don|thu|van ban|kien nghi|phan anh)`;
const DRAFTS_LETTER = new RegExp(String.raw`\b${AI_TOOL}\b.{0,40}\b${LETTER}\b|\b${LETTER}\b.{0,60}\b${AI_TOOL}\b`);

/**
 * A debt collected with harm done or threatened at the learner's home ("ném mắm tôm vào nhà, dọa đốt nhà"): violence to
 * report to 113, not money asked for by a stranger. Narrower than the violence rules on purpose: a threat told by a
 * scammer ("dọa xử lý", "dọa giết con nếu không chuyển tiền chuộc") keeps the scam warning.
 */
const HARM_AT_HOME =
  /\b(nem|tat|hat|do|xit) (\w+ )?(mam tom|chat ban|phan|son|xang|dau nhot|nuoc ban|mau)\b.{0,20}\b(vao|vo|len|truoc) (\w+ )?(nha|cua|cong|tuong)\b|\b(doa|de doa|doi) (\w+ ){0,2}(dot nha|tat axit|tat a xit|dap pha)\b/;

/**
 * A lawsuit, a judgement or a deposit kept asked about ("có nên kiện ra tòa không", "phân xử giùm ai đúng", "đòi lại
 * tiền cọc gấp đôi"): money lent or paid earlier in the story ("em tui mượn 100 triệu") is the dispute, not a demand.
 */
const LAWSUIT_ASKED = new RegExp(
  String.raw`\b(kien (ra toa|len toa|duoc khong|duoc ko)|(co )?nen kien|${COURT_CASE}|phan xu|${DEPOSIT_CLAIMED}|${DEPOSIT_KEPT})\b`,
);

/**
 * The learner's own road crash ("xe tui đụng xe người ta", "tôi va quẹt xe với một người"): damages asked on the spot
 * are a dispute to settle with the police or the commune, not money asked by a caller, when the legal rules see the
 * dispute. Session 28.
 */
const OWN_CRASH =
  /\b(xe (toi|tui|minh|em|bac|ong|ba)|toi|tui|minh|em|bac) (?!bi )(\w+ )?(dung|va|va quet|quet|quet phai|tong|dam|cha) (\w+ ){0,2}(xe|nguoi|ong|ba|chiec|mot)\b/;

/** Medicine and illness words: a medical refusal never answers a question without them. */
const MEDICAL =
  /\b(benh|om|sot|tieu chay|ia chay|oresol|bi bong|phong rop|bi phong (nhe|nang|rop|do|het|ca)|vet bong|bong nuoc soi|(bi )?phong (nuoc soi|nuoc nong|dau|lua|bo|xang)|di ung|noi man|bac si|duoc si|uong thuoc|thuoc (gi|nao|chua|tri|giam|bo|tay|nam|ha|tim)|(?<!\b(ra|den|toi|o|vao|vo|cua|chu|tai|qua|mang|dem) )tiem(?! (dien thoai|sua|vang|tap hoa|cam do|net|toc|giat|uon|bac|may|chup|in|quan ao))|chich|lieu (luong|dung)|huyet ap|cao mau|mau cao|duong huyet|uong bu|quen cu|gap doi lieu|lieu gap doi|tang lieu|giam lieu|(hai|ba|\d+) cu|tieu duong|ung thu|gut|gout|mo mau|tim mach|xuong khop|da day|dau (dau|bung|lung|chan|tay|rang|nguc|khop)|kho tho|ngat|dot quy|tai bien|co giat|ngo doc|chay mau|bat tinh|ngung tho|phan ve|hon me|tao bon|day hoi|dau rang|nhiet mieng|so mui|cam cum|cam lanh|zona|thuy dau|quai bi|hen suyen|sot xuat huyet|thoai hoa|loang xuong|viem (gan|phoi|hong|da day|khop|xoang|phe quan|tai|mui|amidan|ruot|than|bang quang|da))\b/;
/** Medicine names and doses: a medical word too. */
const MEDICINE =
  /\b(paracetamol|panadol|efferalgan|aspirin|ibuprofen|khang sinh|thuoc ngu|an than|giam dau|ha sot|vien thuoc|ha ap|chong dong|suy (than|tim|gan)|thuoc (dau|bo|chong|nam|bac|dong y|la|xit)|xit mui|vien bo|mat ngu|dau khop|siro|insulin|khang viem|thuoc het han|ruou thuoc|ruou ngam|ngam ran|ruou ran|ruou ho cot|thuoc (cam|sot|di ung|xo giun|nho mat|nho mui)|thuoc ho (cua|cho|tre|nguoi lon|siro|long dom)|(chai|lo|vien|goi|uong|lay) thuoc ho|pha thai|pha cai thai|thuoc tranh thai|bi ho|ho dem|bi phu|chong mat|hoa mat|lu lan|quen truoc quen sau|tieu dem|run tay)\b/;
/** A drug's international name, by its usual endings ("amlodipin", "warfarin", "metformin"). */
const DRUG_NAME = /\b[a-z]{3,}(pin|rin|min|cin|mol|pril|sartan|statin|cillin|profen|zole|olol|azepam)\b/;
const DOSE = /\b(bao nhieu|uong|tiem|mot|hai|ba|nua|may|\d+) (vien|ml|giot|don vi|mg|muong|thia|goi|ong)\b/;

/**
 * Asking whether a health claim or an advert is made up by AI ("mẹo chữa bệnh trên TikTok do AI
 * bịa không") is a question about spotting fakes, answered from the knowledge base, not refused.
 */
const FAKE_CHECK = [
  /\b(do|co phai|phai|la) (ai|tri tue nhan tao|deepfake)\b|\b(ai|tri tue nhan tao) (bia|lam|tao|che|ghep)\b/,
  /\b(tiktok|youtube|quang cao|video|tren mang)\b.{0,60}\b(bia|gia|lua|that khong|co that|tin duoc)\b/,
  /\b(mua|ban) thuoc\b.{0,30}\b(tren mang|livestream|online|tiktok|facebook)\b|\blivestream\b.{0,20}\bthuoc\b/,
];
/**
 * Asking where to get one made or bought ("mua bằng lái ở đâu không cần thi, có chỗ nào làm bằng thật không"):
 * "thật không" there asks for a fake that passes, not how to spot one.
 */
const PROCURE =
  /\b(mua|lam|dat|xin)\b.{0,40}\b(o dau|cho nao|noi nao|ai (lam|ban)|dich vu|bao nhieu tien|gia bao nhieu)\b/;
/** Spotting a fake ("làm sao nhận biết video giả mạo") is a knowledge question, never a forgery refused. */
/** Spotting words no procurement overrides ("làm bằng lái ở đâu, phân biệt thật giả ra sao"). */
const SPOTTING_HOW =
  /\b(nhan biet|phan biet|nhan ra|phat hien|lam sao biet|kiem tra|canh giac|de phong|tra cuu (\w+ ){0,2}(that|gia))\b/;
const SPOTTING =
  /\b(nhan biet|phan biet|nhan ra|phat hien|lam sao biet|co phai|that khong|co that|that hay gia|kiem tra|canh giac|de phong|phong (sao|the nao|nhu the nao|ra sao|tranh|ngua)|lam sao (de )?(khoi|khong) bi lua|tranh bi lua)\b/;
/** Made so nobody notices ("làm sao cho người ta không phát hiện"), or made for the learner: no spotting asked. */
const EVADE =
  /\b(cho|de) (\w+ ){0,3}(khong|khoi|dung|chang) (ai )?(\w+ )?(phat hien|nhan ra|biet|nghi|soi ra)\b|\b(lam|ghep|tao|che) (giup|gium|dum|ho) (toi|minh|em|bac)\b|\bthu (xem|coi)\b (\w+ ){0,3}(co )?(nhan ra|phat hien|biet|nghi)\b|\b(lam|tao|che|in|ve|ky) (\w+ ){0,3}cho (giong|nhu|y nhu|y chang|y het|giong nhu) that\b/;
const spotting = (folded: string) =>
  SPOTTING.test(folded) && !EVADE.test(folded) && !(PROCURE.test(folded) && !SPOTTING_HOW.test(folded));
/** An advert or a video asked about ("quảng cáo bác sĩ bán thuốc… làm sao biết thật giả"): anywhere in the message. */
const ADVERT = /\b(quang cao|livestream|video|clip|tiktok|youtube|facebook|tren mang)\b/;
const IS_IT_FAKE =
  /\b(that gia|that hay gia|gia mao|deepfake|ghep mat|gia giong|co that|dang tin|tin duoc|lua dao|phan biet|co phai (ai|tri tue nhan tao)|(giong|nhu) that)\b/;
/**
 * Taking a medicine asked about: the advert question still gets the medical reply. So does a prescribed treatment
 * dropped for the advertised cure ("có nên bỏ insulin để uống thuốc ni"). Session 34 (fixe).
 */
const INTAKE = new RegExp(
  String.raw`\b((bo|ngung|ngung han|thoi|cat|dung han|bo han) (\w+ )?${PRESCRIBED}|thay (\w+ ){0,2}${PRESCRIBED} bang|bao nhieu vien|uong (the nao|sao|ra sao|may|duoc khong|duoc ko|dc|cach ngay|them|bot|thay|do)|lieu (luong|dung)|co nen uong|nen uong|(mua|dat) (\w+ ){0,5}(ve )?uong|pha thai|pha cai thai)\b`,
);
/** "Khám chữa bệnh" is the name of the service (the insurance card, the clinic), not a treatment asked for. */
const CARE_SERVICE = /\b(kham chua benh|co so kham|kham benh bao hiem)\b/g;
/** What the health insurance covers or hands out ("thuốc huyết áp theo BHYT mỗi lần cấp bao nhiêu ngày"): a benefit. */
const INSURANCE_ASKED =
  /\b(bhyt|bao hiem y te|the bao hiem)\b.{0,60}\b(cap|chi tra|thanh toan|huong|muc huong|dung tuyen|trai tuyen|bao nhieu ngay|may ngay|danh muc)\b|\b(cap|chi tra|thanh toan|danh muc)\b.{0,40}\b(bhyt|bao hiem y te)\b/;
/** A bill paid at the clinic ("quầy có mã QR của bệnh viện, tui quét trả được không"): a payment, not a treatment. */
const PAYING = /\b(quet (ma|qr)|ma qr|chuyen khoan|thanh toan|vien phi|tra (them|tien|bang)|dong tien)\b/;
/** A reminder or a booking about medicine is a question about the phone, not about the medicine. */
const REMINDER =
  /\b(bao thuc|nhac (\w+ ){0,2}uong|dat nhac|app nhac|ung dung nhac|dat lich (kham|tiem|hen)|(de|cho|sao|cach) (khoi|khong|do|dung) quen( uong)?|hay quen uong|nho (uong|gio uong))\b/;
/** A song, a film, a story or a book asked for by its title, to download, hear or watch. */
const TITLE_ASKED =
  /\b(bai hat|ca khuc|bai nhac|phim|truyen|bai tho|cuon sach)\b (\w+ ){1,6}(tai|nghe|xem|coi|tim|doc|mua|mo) (\w+ ){0,3}(o dau|sao|the nao|duoc khong|tren)\b|\b(tai|nghe|xem|coi|tim|mo) (\w+ )?(bai hat|ca khuc|bai nhac|bo phim|phim|truyen|bai tho)\b/;
const TITLE_KINDS: ReadonlySet<SafetyClass> = new Set(['fire', 'violence', 'medical-emergency']);
/**
 * Where or how a medicine is bought ("mua thuốc huyết áp ở nhà thuốc có cần toa không"): an errand, not a treatment asked.
 * Buying without the prescription, or a sleeping pill, an antibiotic, a diet pill, stays the medical reply's.
 */
const BUYING =
  /^(?!.*\b(khong can (toa|don)|thuoc ngu|an than|khang sinh|giam can|pha thai)\b).*(\b(co can|can|phai co|phai xin|co phai) (\w+ )?(toa|don thuoc|toa thuoc|don bac si|toa bac si)\b|\bmua (\w+ ){0,4}(o dau|o nha thuoc|online|tren app|qua app|giao tan nha|ship)\b)/;
/**
 * What a medicine is for, asked in general ("thuốc paracetamol dùng để làm gì"), or where to see a doctor for a
 * prescription ("đi khám ở đâu để bác sĩ kê đơn thuốc huyết áp"): no one to treat, nothing to take. Someone named
 * taking it, a dose or a decision stays the medical reply's. Session 35 (fixg).
 */
const CARE_ASKED =
  /^(?!.*\b(uong|cho (\w+ ){0,2}(uong|dung)|lieu|bao nhieu|may vien|co nen|nen dung|duoc khong|dc khong|co sao|con toi|chau toi|be|tre|me toi|ba toi|bo toi|thay the|thay cho|bi (\w+ ){0,2}(sot|dau|benh))\b)(?:.*\b(thuoc|vien|paracetamol|panadol|efferalgan|aspirin|ibuprofen)\b (\w+ ){0,3}(dung de lam gi|de lam gi|dung lam gi|la thuoc gi|co tac dung gi|tac dung (la )?gi)\b|.*\b(di kham|kham) (o dau|cho nao|noi nao)\b|.*\b(o dau|cho nao|benh vien nao|phong kham nao) (\w+ ){0,2}(kham|ke don|ke toa)\b)/;
const DOSE_DECISION = /\b(bao nhieu|lieu|tang|giam|ngung|co sao|gap doi|uong bu)\b/;
/** "Tại sao ngân hàng nói không được đọc OTP cho ai": the rule asked about, not a code asked for. */
const NEVER_RULE_ASKED =
  /^(?=.*\b(tai sao|vi sao|sao lai|co dung|dung khong|that khong|co phai)\b)(?=.*\b(khong (duoc|nen|bao gio)|(day|nhac|dan|khuyen|dan do) (\w+ ){0,2}khong) (doc|dua|gui|cung cap|noi) (ma )?(otp|ma|mat khau|pin)\b)/;
/**
 * "Làm sao phòng bị kẻ gian giả giọng con cháu gọi xin tiền": how to prevent a scam, asked before anything
 * happened. The message opens with the prevention; a story told ("có người đang gọi…") does not.
 */
const PREVENTION_ASKED =
  /^ (xin hoi |cho (toi|tui) hoi |chau oi |con oi )?((lam sao|lam the nao|the nao|cach|can lam gi|phai lam gi|nen lam gi)( de)? (phong(?! (chu|to|lon|anh|hinh|man hinh)\b)|de phong|phong ngua|phong tranh|ngan|ngan chan|tranh|khong bi|dung bi|nhan ra|nhan biet|phan biet|phat hien)|(de phong|phong ngua|phong tranh|ngan chan) (\w+ ){0,2}(lua|gia giong|nhai giong|deepfake|gia mao))\b/;
/**
 * The signs of a scam asked to teach or pass on ("đề nghị hướng dẫn các dấu hiệu nhận biết cuộc gọi giả danh cán bộ thuế để
 * tuyên truyền"): an official's or a volunteer's question, answered from the entry. Session 34 (risky37).
 */
const SIGNS_ASKED =
  /\b(huong dan|chi|day|giai thich|tuyen truyen|pho bien|tong hop|liet ke|neu) (\w+ ){0,3}(dau hieu|cach|meo) (\w+ )?(nhan biet|phan biet|phat hien|nhan dien|phong tranh|phong ngua)\b/;
/** Someone at it now ("khi có người đang gọi bắt tui cài app lạ"): a scam under way, whatever the question's opening. */
const UNDER_WAY = /\b(dang|vua|moi) (\w+ ){0,2}(goi|nhan tin|bat|doi|yeu cau|hoi|gui|nhan)\b/;
/**
 * A photo of the ID card or a code put into an AI tool ("chụp căn cước gửi cho ChatGPT điền giúp"): the
 * learner's own privacy question, answered from the entry on what never to give an AI, not a scam told.
 */
const TO_AI_TOOL =
  /\b(gui|dua|tai|up|nhap|dan|go|chup)( \w+){0,3} (cho|len|vao|vo|qua) (chatgpt|gemini|copilot|meta ai|grok|tro ly ai|chatbot|ung dung ai|app ai)\b/;
/** A site or an app that demands it ("trang web ChatGPT bắt tui chụp hai mặt căn cước"): someone asks, not the learner. */
const DEMANDED =
  /\b(trang web|web|website|trang|ung dung|app|phan mem|ho|no|nguoi ta|ben do)\b (\w+ ){0,5}(bat|yeu cau|doi|bieu|keu|buoc|danh phai)\b/;
/**
 * Reading one's own code to type it in ("cách đọc mã OTP trên tin nhắn để nhập vào ứng dụng"), or looking for it in the
 * message ("đọc mã OTP ở đâu trong tin nhắn"): handed to no one. A relative paid in the same app ("mẹ em muốn đọc mã OTP để
 * nhập vào app chuyển tiền cho em") is who the money goes to, not who gets the code. Session 32.
 */
const SELF_ENTRY =
  /^(?!.*\bcho (ho|no|nguoi|ai|ben)\b)(?!.*(?<!\b(chuyen|tien|khoan) )\bcho (anh|chi|ong|ba|em|toi|tui)\b)(?!.*\b(nho|bieu|keu|bat|biu|yeu cau|doi|xin) (toi|minh|ba|me|bac|em|con|chau)\b)(?!.*\bnhap (giup|gium|dum|ho)\b)(?!.*\b(may|app|ung dung|tai khoan|dien thoai) (cua )?(no|ho|nguoi ta|ong ay|ba ay)\b).*(\bdoc (\w+ ){0,2}(ma|otp)\b.{0,30}\bde (tu )?(nhap|go|dien)\b|\b(doc|nhap|go|dien) (\w+ ){0,2}(ma|otp)\b (\w+ ){0,2}(vao|vo) (app|ung dung)\b.{0,20}\b(nhap|go|dien|bam) (o dau|cho nao|vao dau|sao)\b|\b(doc|xem|tim|thay) (\w+ ){0,1}(ma )?otp (nam )?o (dau|cho nao|cho nao trong))/;
/** Farming questions: illness of plants and animals is no medical question (herbal remedies are). */
const NOT_HUMAN = [
  // A farm animal the one that is ill ("con heo bị tiêu chảy", "đàn gà bị dịch").
  /\b(con|dan|bay|chuong) (heo|lon|ga|vit|bo|trau|meo|de|ngan|ngong|ngua|tho)\b (\w+ ){0,3}(bi|benh|om|sot|tieu chay|ia chay|bo an|dich)\b/,
  /\b(benh|chua|thuoc) (\w+ ){0,2}(cho|cua) (cay|lua|rau|ga|vit|heo|lon|bo(?<!cua bo)|trau|ca|tom|vat nuoi|cho|meo)\b(?! (toi|minh|em|nha|chong|vo|no|ay|anh|chi|con|chau))/,
  /^(?!.*\b(uong|thuoc nam|cay thuoc|la thuoc)\b).*\b(cay|vuon|ruong|hoa mau|vat nuoi|gia suc|gia cam|heo|trau|tom|sau benh|vang la|thoi re|bao ve thuc vat|khuyen nong|thu y|phun thuoc)\b/,
  // A crop named without "cây": "lá sầu riêng bị vàng đốm, bệnh gì".
  /^(?!.*\b(uong|thuoc nam|cay thuoc|la thuoc)\b).*\b(sau rieng|ca phe|thanh long|cao su|ca chua|dua hau|dua leo|ho tieu|xoai|buoi(?! (sang|chieu|trua|toi|dem|hop|hoc|le|som|khuya|nay))|mang cau|chom chom|vai thieu|khoai lang|mia|bap|(la|ruong|dong|hat|bong) lua|dao on|ray nau)\b/,
];

/**
 * What the law says about an act, asked as such ("cho mượn căn cước có bị phạt không", "phạt bao
 * nhiêu"), with no step toward doing it: a question for the knowledge base, not the learner's own
 * unlawful act refused. Someone about to do it ("tôi sắp cho mượn…"), or an offer made to the learner
 * ("người quen đề nghị thuê tài khoản của tôi 2 triệu mỗi tháng, có phạm pháp không"), or a price named for the deal
 * ("bán tài khoản ngân hàng cũ cho người ta 1 triệu có vi phạm gì không"; a fine is no price), is still refused.
 */
const LAW_ASKED =
  /\b(co bi phat|bi phat (bao nhieu|gi|the nao|khong|sao)|phat bao nhieu|muc phat|xu phat (the nao|ra sao|bao nhieu)|vi pham (gi|khong|phap luat khong)|co pham (toi|phap|luat)|pham (phap|luat) khong|toi gi|bi xu ly (gi|the nao|khong))\b/;
// A buyer or a borrower who is a stranger ("bán tài khoản facebook nhiều bạn bè cho người lạ có phạm pháp không") is a deal
// under way, not the law read in the abstract. Session 33 (fixb).
const ABOUT_TO =
  /\b(sap|dinh|tinh|chuan bi|quyet dinh|da hua|hua (cho|voi)|nhan loi|dang (cho|ban|dua)|roi (gui|dua)|gui luon|lam luon|ban luon|de nghi|nho (toi|minh|em|con)|ru|tra cong|tra (toi|minh|em|con)|moi (thang|tuan|ngay|lan|cai)|mot (thang|tuan)|hoa hong|gia \d+|tra gia|(hua|chiu) tra|(co nguoi|nguoi ta|ben kia|ho|no) (tra|hoi|tra gia) \d+|hoi (mua|thue|muon)|xin muon|muon thue|muon mua)\b|\b(ban|cho thue|cho muon) ((?!phat\b)\w+ ){0,8}\d+ (trieu|tr|nghin|ngan|k)\b|\b(ban|cho thue|cho muon) (\w+ ){0,8}cho (nguoi la|ke la|nguoi khong quen)\b/;
/** The learner's own acts the law question exempts; harm to others, scams in progress and emergencies never are. */
const LAW_QUESTION_CLASSES: ReadonlySet<SafetyClass> = new Set(['identity-fraud', 'forgery', 'gambling', 'illegal']);

/**
 * An illness of the past told as background ("bị tai biến từ năm ngoái, nay liệt nửa người", "nằm một
 * chỗ sau đợt tai biến năm 2023") before a question about papers or benefits (disability allowance, an
 * ID card made at home): no emergency is happening. Anything happening now ("vừa", "đột nhiên", "gọi
 * không tỉnh", "cấp cứu") keeps the emergency reply.
 */
const PAST_ILLNESS = [
  /\b(tai bien|dot quy|benh|liet)\b.{0,25}\b(tu nam|tu thang|nam ngoai|nam truoc|nam (19|20)\d\d|(\d+|mot|hai|ba|may|nhieu) (nam|thang) (nay|truoc|roi|qua)|da (\d+|mot|hai|ba|may|nhieu) (nam|thang)|da lau|lau nay|lau roi)\b/,
  /\b(sau (khi|dot|lan|cu|con|tran|lan bi) (bi )?|di chung )(tai bien|dot quy)\b/,
  // Already cared for in hospital ("bị đột quỵ nằm viện, tui muốn rút tiền của ba"): papers asked, no one to call 115 for.
  /\b(tai bien|dot quy|benh|liet|hon me)\b.{0,25}\b(dang nam vien|nam vien|nam benh vien|dang dieu tri)\b/,
  /\b(tai bien|dot quy)\b.{0,40}\b(nam mot cho|liet nua nguoi|di lai kho khan|khong tu di|can nguoi (giup|cham|do))\b/,
];
const PAPERS_ASKED =
  /\b(tro cap|khuyet tat|thu tuc|ho so|can cuoc|cccd|giay to|bao hiem|che do|luong huu|chinh sach|xin hoi|de nghi|huong dan|dinh danh|vneid|tai khoan|sinh trac|ngan hang|rut tien)\b/;
const HAPPENING_NOW =
  /\b(vua (bi|nga|te|ngat|lan|tai bien|dot quy)|dang (bi|co dau hieu)|dot nhien|tu nhien|(sang|trua|chieu|toi|dem) nay|toi qua|hom nay|luc nay|nay gio|moi nay|vua nay|hoi nay|ban nay|khi nay|tu dung|lai bi|bi lai|tai phat|bay gio (bi|khong)|cap cuu|115|goi (khong|hong|ko) (tinh|day))\b/;
/**
 * First aid or a stroke's signs learnt ahead ("cách sơ cứu người bị rắn cắn học ở đâu", "học cách nhận biết dấu hiệu
 * đột quỵ ở đâu"): a course or a lesson asked for, nobody hurt now.
 */
const FIRST_AID_LEARNT =
  /^(?!.*\b(vua|dang|gio|bay gio|khong (tho|tinh|khoc|cu dong)|bat tinh|co giat|ngat|xiu|chay mau|tim tai)\b).*\b(clip|video|phim) (\w+ ){0,2}(day|huong dan|cach)? ?so cuu\b.{0,60}\b(tren (youtube|mang|tiktok|facebook)|o dau|xem (o )?dau|coi (o )?dau)\b|\b(hoc|tim hieu|lop|khoa hoc|tap huan|bai hoc|tai lieu) (\w+ ){0,3}(so cuu|((nhan biet|phat hien) (\w+ ){0,2})?(dau hieu|trieu chung))\b|\b(so cuu|(nhan biet|phat hien) (\w+ ){0,2}(dau hieu|trieu chung))\b.{0,60}\b(hoc o dau|hoc (\w+ )?(nao|dau)|lop (hoc|nao)|khoa hoc|tap huan|bai hoc|tai lieu)\b/;
/** What first aid is for, named as the subject learnt ("sơ cứu người ngất xỉu"), not someone fainting now. */
const FIRST_AID_OF =
  /\b(so (cap )?cuu) (cho )?(nguoi )?(bi )?(ngat xiu|ngat|xiu|bat tinh|co giat|chay mau|ngung tim|ngung tho)\b/g;
const firstAidLearnt = (folded: string) =>
  FIRST_AID_LEARNT.test(folded.replace(FIRST_AID_OF, '$1')) && !HAPPENING_NOW.test(folded);
/**
 * How to check for a danger, nothing sensed yet ("cách kiểm tra bình ga có bị rò không"): the entry answers, no 114.
 * A smell or a hiss now is the emergency ("ngửi thấy mùi gas, làm sao biết có rò không"). Session 34.
 */
const CHECK_HOW =
  /\b(cach|lam sao|lam the nao|the nao de|bang cach nao) (\w+ ){0,2}(kiem tra|thu|phat hien|nhan biet)\b|^ (nhung )?dau hieu\b/;
const SENSED_NOW =
  /\b(ngui thay|nghe mui|co mui|thay mui|mui ga|mui gas|mui khet|nghe xi|xi xi|dang|vua|bay gio|luc nay)\b/;
const checkAsked = (folded: string) => CHECK_HOW.test(folded) && !SENSED_NOW.test(folded);
/**
 * Recovery after a stroke asked about ("vợ tui bị tai biến, giờ tập vật lý trị liệu ở đâu"): rehabilitation, no one to
 * call 115 for, unless a sign of a new attack is told. Session 28.
 */
const REHAB =
  /^(?!.*\b(bat tinh|ngat|kho tho|co giat|khong tho|meo mieng|mieng meo|dot ngot|tu nhien|tu dung|vua bi|dang bi|lai bi|noi ngong|noi lap|khong cu dong|yeu nua|bay gio|chieu nay|chieu ni|sang nay|toi nay|hom nay|vua roi)\b).*\b(tai bien|dot quy)\b.{0,40}\b(vat ly tri lieu|phuc hoi chuc nang|tap phuc hoi|tap vat ly|tap di|tap noi|nam mot cho|nam liet|liet giuong|liet nua nguoi|di chung|may nam nay|may thang nay|lau roi|tu nam ngoai)\b/;
const pastIllness = (folded: string) =>
  (PAST_ILLNESS.some((p) => p.test(folded)) && PAPERS_ASKED.test(folded) && !HAPPENING_NOW.test(folded)) ||
  REHAB.test(folded);

/**
 * Children of one family fighting ("thằng anh hay đánh thằng em, dạy nó sao", "hai đứa nhỏ giành đồ chơi đánh
 * nhau"), asked about by the parent: how to bring them up, not violence, revenge, abuse or a dispute. Someone hurt, a
 * weapon or an adult's hand named keeps the safety reply.
 */
const SIBLING = /\b(con|thang|dua|be|chi) (anh|chi|em|lon|nho|ut|hai|ba)\b/g;
const SIBLING_PAIR = /\b(anh em|chi em|hai (dua|thang|con|be|chau|dua nho|dua con)|may dua|tui nho|tui con nit)\b/;
const SQUABBLE = /\b(danh|cai nhau|cau|xo|gianh|choi nhau|chi choe|bat nat|ghen ti)\b/;
const UPBRINGING =
  /\b(day|lam sao|the nao|phai lam gi|nen lam gi|xu ly|ra sao|thuong nhau|hoa thuan|nhuong nhau|can ngan|(nen|phai) (noi|bao|lam)|voi (co|thay) (giao|chu nhiem))\b/;
const HURT =
  /\b(cam|cay|con|bang|lay|vac|xach) (\w+ )?(ma tau|mac tau|rua|dao rua|bua|cay sat|xa beng|sung|xang)\b|\b(doi|doa|dinh|tinh) (chem|giet|dam|dot|tat axit)\b|\bdot (nha|xe)\b|\b(chay mau|bam tim|tim bam|gay (tay|chan|xuong|rang)|cay (gay|roi)|(cam|cay|con|bang|lay) (dao|keo|kim)|ngat|bat tinh|bi thuong|nhap vien|cap cuu|bi bong|chet|nguoi lon|cha duong|bo duong|me ke|di ghe|ca nha|dat|so do|tai san|thua ke|di san|gia tai|di chuc|(nha|can nha|ruong|vuon|tien|vang) (\w+ ){0,4}de lai|de lai (\w+ ){0,2}(nha|can nha|dat|mieng dat|ruong|vuon|tien|vang|tai san|so tiet kiem)|hoi dong|quay clip|so di hoc|khong dam di hoc|tu tu|ly hon|ly di|quyen nuoi|tranh chap|kien)\b|\b(chong|vo|bo|cha|me|ong|ba|chu|cau|di|co|thay|nguoi ta|hang xom|no|han) (\w+ )?(danh|dap|xo|bat nat)\b/;
const SQUABBLE_KINDS: ReadonlySet<SafetyClass> = new Set(['harm-others', 'violence', 'child-abuse', 'legal']);
/**
 * Martial arts or self-defence learnt ("thầy dạy tụi nó tự vệ khi bị đánh, lớp võ cho con nít mấy tuổi"): a class asked
 * about, nobody beaten now. Someone hurt (`HURT`) keeps the safety reply. "Võ" alone folds like "vợ" (a wife): only
 * right after a class word, never "dạy vợ". Session 36 (fixk).
 */
const SELF_DEFENCE_LEARNT =
  /\b(hoc|tap|day|lop|khoa|clb|cau lac bo|vo duong) (\w+ ){0,3}(vo thuat|vo co truyen|tu ve|karate|taekwondo|vovinam|judo|boxing|quyen anh)\b|\b(hoc|tap|lop|clb|thay day|mon) vo\b/;
/**
 * Fighting watched on a screen ("coi phim thấy cảnh đánh nhau dữ quá, con nít coi có sao không"): what a child watches,
 * nobody beaten. A clip of someone real being beaten ("quay clip con tui bị đánh") names its filming. Session 36 (fixk).
 */
const ON_SCREEN =
  /^(?!.*\b(quay|ghi hinh|ghi lai|dang len|tung len|bi danh|danh (toi|tui|con|chau|be|no))\b).*\b(coi|xem) (\w+ )?(phim|tivi|ti vi|hoat hinh|game|tro choi|youtube|tiktok|video|clip)\b (\w+ ){0,4}(canh )?(danh nhau|bao luc|chem giet|ban giet|ban nhau|mau me|danh dam)\b/;
/** Someone being or just been beaten, cut or stabbed ("đang bị đánh", "vừa chém"): a real fight, now. */
const BEATEN_NOW = /\b(dang|vua|moi) (bi )?(danh|dap|chem|dam)\b/;
/** Fighting learnt in a class or watched on a screen: no one to protect. */
const fightingNotReal = (folded: string) =>
  ON_SCREEN.test(folded) || (SELF_DEFENCE_LEARNT.test(folded) && !HURT.test(folded) && !BEATEN_NOW.test(folded));
/** A child hitting or fighting a peer ("bé 5 tuổi hay đánh bạn ở lớp"): the child does it, no one is beaten. */
const CHILD_HITS =
  /\b(be|con|chau|em be|tre|con toi|con tui|con minh|chau toi|chau tui|thang be|con be)\b (\w+ ){0,3}(hay |cu |thuong |hoi |lai )?(danh|can|cau|xo|gianh|cai nhau) (\w+ )?(ban|cac ban|ban be|ban cung lop|em|anh|chi|nhau|con meo|con cho|vat nuoi)\b/;
/** A child hit or teased by a classmate ("con tôi bị bạn cùng lớp đánh, nói với cô giáo sao"): school, not a crime. */
const PEER_HITS =
  /\b(con|chau|be)\b.{0,30}\bbi (ban|ban cung lop|ban hoc|ban be|may ban|dua ban|thang ban|con ban)\b (\w+ ){0,2}(danh|cau|xo|trieu|choc|bat nat)\b/;
const siblingsSquabble = (folded: string) =>
  ((folded.match(SIBLING)?.length ?? 0) >= 2 ||
    SIBLING_PAIR.test(folded) ||
    CHILD_HITS.test(folded) ||
    PEER_HITS.test(folded)) &&
  SQUABBLE.test(folded) &&
  UPBRINGING.test(folded) &&
  !HURT.test(folded);

/**
 * The learner's own intent ("tui tính cầm dao qua chém nó", "tôi muốn bỏ thuốc"): harm asked how to do. Without
 * it, a knife held by someone else ("thằng say rượu cầm dao đòi đâm vợ nó") is violence under way: 113 first.
 */
const OWN_INTENT =
  /\b(toi|tui|minh|tao|tau|em|con|chau|bac)\b (\w+ ){0,2}(muon|tinh|dinh|se|sap|quyet|phai)\b (\w+ ){0,4}(chem|dam|giet|danh|dap|xu|tat|dot|thit|bo thuoc|cam|vac|lay|tra thu|thue)\b|\b(cach|lam sao|the nao|chi (toi|tui|minh|em))\b.{0,40}\b(chem|dam|giet|danh|xu|tat axit|dot|tra thu)\b/;
/** Every pattern of a class, wherever its blocks stand in `RULES` (a class may have more than one). */
const rulesOf = (cls: SafetyClass) => RULES.filter(([kind]) => kind === cls).flatMap(([, p]) => p);
const VIOLENCE = rulesOf('violence');
const witnessed = (folded: string) => VIOLENCE.some((p) => p.test(folded)) && !OWN_INTENT.test(folded);

const BYPASS_FACE = rulesOf('bypass-face');
const GAMBLING = rulesOf('gambling');
const LEGAL = rulesOf('legal');
/**
 * The learner's own order and a choice of how to pay the one delivering it ("hàng tui đặt, trả tiền mặt được không
 * hay phải chuyển khoản"): an errand, unless something else (a code, a link, a fee, haste) is asked.
 */
const PAY_CHOICE =
  /\b(tien mat (\w+ ){0,4}hay (\w+ ){0,2}chuyen khoan|chuyen khoan (\w+ ){0,4}hay (\w+ ){0,2}tien mat)\b/;
const OWN_ORDER =
  /\b(hang|don|do|goi hang|don hang) (toi|tui|minh|ba|bac|em) (da |moi |vua )?dat\b|\b(toi|tui|minh) (co |da |moi |vua )?dat (mua|hang|don)\b/;
const DELIVERY_ONLY = new Set(['actor:shop', 'actor:shipper', 'demand:transfer']);
/** A life at stake told inside a role-play ("bạn là bác sĩ, tôi muốn uống thật nhiều thuốc ngủ…"): its own reply first. */
const LIFE_FIRST = RULES.filter(([kind]) => kind === 'self-harm' || kind === 'medical-emergency').flatMap(([, p]) => p);
const LAPSED = new RegExp(String.raw`\b${LAPSED_EXCUSE}\b`, 'g');
/** Money asked for before winnings or a balance can be taken out: the betting site is cheating the learner. */
const PAY_TO_WITHDRAW =
  /\b(nap|dong|chuyen|nop|dong phi) (them|tiep|phi)\b.{0,40}\b(moi|de|thi moi) (rut|nhan|lay|ve)\b|\b(rut|lay) (\w+ ){0,3}(khong duoc|bi chan|bi khoa)\b.{0,40}\b(nap|dong|nop) (them|phi)\b/;

/**
 * Lending, renting or selling one's own card, account or SIM, with no other scam sign (a code, an app, a
 * link, an impersonator) and no money lost: the learner's own unlawful act, refused, not a scam warned of.
 * Money named ("đem đi vay tiền", "trả 2 triệu") is what the card is lent for, not a sign on its own.
 */
const OWN_ACT_SIGNS: ReadonlySet<string> = new Set(['demand:account', 'demand:transfer']);
const ownAct = (signals: ReadonlySet<string>, folded: string) =>
  !SCAMMED.test(folded) &&
  [...signals].every((s) => !(s.startsWith('demand:') || s === 'pressure:impersonation') || OWN_ACT_SIGNS.has(s));

/** What makes someone not yet home a worry: unreachable, searched for, lost, gone since long ago. */
const MISSING_SIGN = new RegExp(String.raw`\b${MISSING_SIGNS}\b`);

/** A safety concern: its class and, for scams, what the money-safety net recognised. */
export interface SafetyVerdict {
  kind: SafetyClass;
  scam?: ScamVerdict;
  /** Steps the class's reply must carry for the situation told (an electric shock, a gas leak). */
  lines?: string[];
}

/** The safety check of every message: refusals, emergencies and the money-safety net. */
export interface Safety {
  /** The first safety concern of a message, or undefined for an ordinary question. */
  classify(text: string): SafetyVerdict | undefined;
  /** A short caution for money aimed at someone with no other sign of a scam. */
  caution(text: string): ScamVerdict | undefined;
  /** Every scam sign the text names (`actor:police`, `demand:otp`, `pressure:secrecy`…). */
  scamSignals(text: string): ReadonlySet<string>;
  /** The text without the other actors' words: what the one who asks (`actor`) told, to look up its entry. */
  scamStory(text: string, actor: string): string;
  /** An emergency told in plain words no rule knows, for a message no entry answers for sure. */
  dangerCue(text: string): SafetyVerdict | undefined;
}

/** `near`: the example-based net, asked only when the rules say nothing; `cue`: danger words, asked by the answerer. */
export function createSafety(lang: Language, net: ScamNet, near?: NearRisk, cue?: DangerCue): Safety {
  const classify = (text: string): SafetyVerdict | undefined => {
    const folded = ` ${lang.read(text)} `;
    const verdict = firstConcern(text, folded);
    if (!verdict) return undefined;
    const lines = situationLines(verdict.kind, folded);
    return lines.length > 0 ? { ...verdict, lines } : verdict;
  };
  return {
    classify,
    caution(text) {
      const verdict = net.check(text);
      return verdict?.level === 'caution' ? verdict : undefined;
    },
    scamSignals: (text) => net.signals(text),
    scamStory: (text, actor) => net.storyOf(text, actor),
    dangerCue(text) {
      const folded = ` ${lang.read(text)} `;
      const kind = cue?.check(folded);
      if (kind === undefined) return undefined;
      const lines = situationLines(kind, folded);
      return lines.length > 0 ? { kind, lines } : { kind };
    },
  };

  function firstConcern(text: string, folded: string): SafetyVerdict | undefined {
    const lawAsked = LAW_ASKED.test(folded) && !ABOUT_TO.test(folded);
    // Risky acts recognised by their shape in flows/safety/scam-signals.yaml (`shapes` with a `kind`).
    const act = net.act(text);
    if (act && !(lawAsked && LAW_QUESTION_CLASSES.has(act))) return { kind: act };
    const victim =
      (VICTIM.test(folded) || REPORTING.some((r) => r.test(folded))) &&
      !(INTRUDE.test(folded) && !OWN_LOST.test(folded));
    const victimOfFake =
      VICTIM.test(folded.replace(OWN_THING, ' ')) || MY_LIKENESS.test(folded) || REPORTING.some((r) => r.test(folded));
    const health = folded.replace(CARE_SERVICE, 'kham');
    const fakeCheck = FAKE_CHECK.some((f) => f.test(folded)) || (ADVERT.test(folded) && IS_IT_FAKE.test(folded));
    // A reason to read the question as no medical advice (a fake checked, a bill, a reminder, a purchase, care asked
    // about), unless it also says something that still asks for it (how to take a medicine, a dose).
    const notMedical = (reason: boolean, ...stillMedical: readonly RegExp[]) =>
      reason && !stillMedical.some((m) => m.test(folded));
    const medical =
      [MEDICAL, MEDICINE, DRUG_NAME, DOSE].some((m) => m.test(health)) &&
      !notMedical(fakeCheck, INTAKE) &&
      !NOT_HUMAN.some((n) => n.test(folded)) &&
      !notMedical(INSURANCE_ASKED.test(folded) || PAYING.test(folded), INTAKE, DOSE) &&
      !notMedical(REMINDER.test(folded), DOSE_DECISION) &&
      !notMedical(BUYING.test(folded), DOSE_DECISION, INTAKE) &&
      !notMedical(CARE_ASKED.test(folded), INTAKE, DOSE);
    const scammed = SCAMMED.test(folded) && !LEGAL_ACTION.test(folded);
    const general = net.general(text);
    let scam: ScamVerdict | undefined;
    const scamOf = () => {
      scam ??= net.check(text);
      return scam;
    };
    let signals: ReadonlySet<string> | undefined;
    const signalsOf = () => {
      signals ??= net.signals(text);
      return signals;
    };
    const squabble = siblingsSquabble(folded);
    const notReal = fightingNotReal(folded);
    let cautioned = false;
    for (const [kind, patterns] of RULES) {
      if ((squabble || notReal) && SQUABBLE_KINDS.has(kind)) continue;
      if (kind === 'injection' && LIFE_FIRST.some((p) => p.test(folded))) continue;
      if (victim && VICTIM_EXEMPT.has(kind) && !(kind === 'forgery' && !victimOfFake)) continue;
      // Someone else's ID card to borrow with is identity fraud, refused as such, not a lender asked about.
      // A card lent to borrow with ("nhờ tui lấy căn cước vay tiền trên app giùm nó"): the identity lent comes first.
      if (kind === 'loan-shark' && (OTHERS_ID.some((p) => p.test(folded)) || scamOf()?.demand === 'account')) continue;
      if (kind === 'medical-advice' && !medical) continue;
      if (kind === 'medical-emergency' && (pastIllness(folded) || firstAidLearnt(folded))) continue;
      if (kind === 'fire' && checkAsked(folded)) continue;
      if (kind === 'legal' && (scammed || (DRAFTS_LETTER.test(folded) && !LEGAL_ACTION.test(folded)))) continue;
      if (kind === 'forgery' && (spotting(folded) || FAKE_USED_ON_ME.test(folded))) continue;
      // A face made by an app to pass the bank's face check ("app làm video mặt ông chớp mắt, đưa vô cho máy nhận mặt"): the
      // check cheated, answered with the bank's counter, not a forgery refused. Session 27 (trial31).
      if (kind === 'forgery' && patterns.some((p) => p.test(folded)) && BYPASS_FACE.some((p) => p.test(folded)))
        return { kind: 'bypass-face' };
      // An account opened to be handed over ("mở tài khoản đứng tên bà rồi đưa thẻ cho họ") is the net's account
      // demand, refused below as identity fraud, not an account forged in someone else's name.
      if (kind === 'forgery' && scamOf()?.demand === 'account') continue;
      // A song, a film or a book asked for by its title ("bài hát lửa cháy trong tim tải ở đâu"): no fire, no fight.
      if (TITLE_KINDS.has(kind) && TITLE_ASKED.test(folded)) continue;
      if (kind === 'scam') {
        // Debt collectors smashing things inside the house: violence to report to 113, not a lender's demand. Session 30.
        if (SMASHING_AT_HOME.test(folded)) continue;
        if (CRASH_PAID_IN_PERSON.test(folded) || SUING_FOR_DEBT.test(folded)) continue;
        if (SELF_ENTRY.test(folded) && !scamOf()?.actor) continue;
        if (
          NEVER_RULE_ASKED.test(folded) ||
          ((PREVENTION_ASKED.test(folded) || SIGNS_ASKED.test(folded)) &&
            !victim &&
            !scammed &&
            !UNDER_WAY.test(folded))
        )
          continue;
        const verdict = scamOf();
        if (
          PAY_CHOICE.test(folded) &&
          OWN_ORDER.test(folded) &&
          [...signalsOf()].every((sig) => DELIVERY_ONLY.has(sig))
        ) {
          cautioned = true;
          continue;
        }
        if (
          verdict?.level === 'alarm' &&
          verdict.actor === undefined &&
          TO_AI_TOOL.test(folded) &&
          !DEMANDED.test(folded)
        )
          continue;
        if (
          verdict?.level === 'alarm' &&
          (verdict.actor === undefined || verdict.actor === 'relative') &&
          verdict.demand === 'transfer' &&
          DEBT_DENIED.test(folded) &&
          // A new ask pressed from afar ("giờ nó nhắn Zalo từ số mới, bị tai nạn, chuyển gấp"): a scam, not the old debt.
          // The borrower's "quá hạn rồi" is the excuse, not a caller's haste. Session 34 (fixe).
          ![...net.signals(folded.replace(LAPSED, ' '))].some((s) => DEBT_PRESSED.has(s))
        )
          continue;
        if (
          verdict?.level === 'alarm' &&
          verdict.demand === 'remote-app' &&
          (!verdict.specific || !verdict.reached) &&
          FAMILY_HELP.test(folded)
        )
          continue;
        if (verdict?.level === 'alarm' && verdict.demand === 'transfer' && HARM_AT_HOME.test(folded)) continue;
        // Someone else's ID card taken to borrow or to open an account, asked about ("có đứa cháu hỏi lấy số căn cước của
        // ông ngoại để vay tiền trên app"), with no office or company behind the ask: the identity-fraud refusal.
        // Session 36 (fixk).
        if (
          verdict?.level === 'alarm' &&
          (verdict.demand === 'transfer' || verdict.demand === 'account') &&
          (verdict.actor === undefined || verdict.actor === 'relative' || verdict.specific === false) &&
          OTHERS_ID.some((p) => p.test(folded))
        )
          return { kind: 'identity-fraud', scam: verdict };
        // A relative's photo or video the learner means to pass through the face check ("lấy video của nó trên Facebook
        // đưa vô có qua được không"): no caller asks for the face, the learner cheats the check. Session 36 (fixk).
        if (
          verdict?.level === 'alarm' &&
          verdict.demand === 'biometrics-link' &&
          (verdict.actor === undefined || verdict.actor === 'relative') &&
          BYPASS_FACE.some((p) => p.test(folded))
        )
          return { kind: 'bypass-face' };
        if (
          verdict?.level === 'alarm' &&
          verdict.demand === 'transfer' &&
          !verdict.reached &&
          LAWSUIT_ASKED.test(folded)
        )
          continue;
        // Only when the dispute is recognised: else the warning stands.
        if (
          verdict?.level === 'alarm' &&
          verdict.demand === 'transfer' &&
          !verdict.reached &&
          OWN_CRASH.test(folded) &&
          LEGAL.some((p) => p.test(folded))
        )
          continue;
        // A debt's meeting the learner means to bring a knife to is harm to stop, not money asked for.
        if (verdict?.level === 'alarm' && verdict.actor === undefined && WEAPON_INTENT.test(folded)) continue;
        // Paying into a betting ring is gambling asked about, unless the learner tells of being cheated.
        // A site that wants more paid in before the winnings come out ("nạp thêm 10 triệu mới rút được") is the scam's.
        if (
          verdict?.level === 'alarm' &&
          !victim &&
          !PAY_TO_WITHDRAW.test(folded) &&
          GAMBLING.some((p) => p.test(folded))
        )
          return { kind: 'gambling' };
        // Lending, renting or selling one's own card, account or SIM is the learner's own unlawful act: the refusal.
        // A bank or an office only named ("mượn căn cước để vay tiền ngân hàng") is where the card would go, not who asks.
        if (
          verdict?.level === 'alarm' &&
          verdict.demand === 'account' &&
          !(verdict.specific && verdict.reached) &&
          ownAct(signalsOf(), folded)
        ) {
          // Someone who asked for it ("có người hỏi mua sim chính chủ của tui, bán có phạm pháp không") made an offer.
          if (lawAsked && !verdict.reached) continue;
          return { kind: 'identity-fraud', scam: verdict };
        }
        if (verdict?.level === 'alarm') return { kind, scam: verdict };
        // A question about how things are done gets that office's line as a caution, and no scam pattern alarms;
        // so does a question whether a caller who only claimed an office is real, or a call the learner hung up on.
        if ((general || verdict?.realAsked || verdict?.hungUp) && verdict?.level === 'caution') {
          cautioned = true;
          continue;
        }
      }
      if (lawAsked && LAW_QUESTION_CLASSES.has(kind)) continue;
      const said = kind === 'medical-advice' ? health : folded;
      if (!patterns.some((p) => p.test(said))) continue;
      if (kind === 'harm-others' && witnessed(folded)) return { kind: 'violence' };
      // A child who watched an adult beaten: violence at home, 113 first.
      if (kind === 'child-abuse' && CHILD_WITNESS.test(folded)) return { kind: 'violence' };
      return kind === 'scam' ? { kind, ...(scam ? { scam } : {}) } : { kind };
    }
    if (political(text, folded)) return { kind: 'political' };
    // The rules' exemptions hold for the net too: a victim's worry, spotting a fake.
    const nearest = near?.check(text);
    if (!nearest || (victim && VICTIM_EXEMPT.has(nearest.kind))) return undefined;
    // A question how things are done, already given its caution by the net, is no scam told to the example net either.
    if (nearest.kind === 'scam' && cautioned) return undefined;
    if ((squabble || notReal) && SQUABBLE_KINDS.has(nearest.kind)) return undefined;
    // As for the rules: no medical refusal without a word of medicine or illness ("uống bao nhiêu nước một ngày").
    if (nearest.kind === 'medical-advice' && !medical) return undefined;
    // Someone not home yet is everyday talk ("con tui đi học chưa về") unless something says they are missing.
    if (nearest.kind === 'missing-person' && !MISSING_SIGN.test(folded)) return undefined;
    if (nearest.kind === 'fire' && checkAsked(folded)) return undefined;
    if (lawAsked && LAW_QUESTION_CLASSES.has(nearest.kind)) return undefined;
    if (nearest.kind === 'forgery' && spotting(folded)) return undefined;
    return { kind: nearest.kind };
  }
}
