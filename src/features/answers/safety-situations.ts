import { SCAMMERS, THEM } from './account-owners.ts';
import type { SafetyClass } from './safety-class.ts';
import { FACE_LENT, FORTUNE_CON, PRESCRIBED, STRUCK_BLEEDING } from './safety-rules.ts';

/** One step a safety reply must carry when the message tells this situation, read on the folded text. */
interface Situation {
  kind: SafetyClass;
  when: RegExp;
  line: string;
}

/**
 * Steps the general reply of a class leaves out, for the situations where doing the usual thing harms. Sources (reviewed
 * 2026-12-05): an electric shock, Bệnh viện Đa khoa Thăng Long, https://bvthanglong.vn/?p=117 (cut the power, never
 * touch the person, part them with something dry); a gas leak, Gia đình & Xã hội (Bộ Y tế),
 * https://giadinh.suckhoedoisong.vn/can-lam-gi-khi-khi-gas-bi-ro-ri-172141128171507412.htm (no switch, no flame,
 * close the valve, air the room); someone missing at sea, Báo Pháp luật Việt Nam,
 * https://baophapluat.vn/cuu-nan-7-thuyen-vien-mat-tich-tren-bien-dong-post511481.html and Bộ GTVT (Vishipel),
 * http://mt.gov.vn/cntt/tin-tuc/1152/44955/he-thong-thong-tin-duyen-hai-viet-nam-tro-giup-tim-kiem-ngu-dan-tau-bv-93569-ts-mat-tich-tren-bien.aspx
 * (families tell the border guard station; the coastal radio relays the search to nearby ships).
 */
/** First aid for a burn, said by the medical reply and, while the ambulance comes, by the emergency one. */
const BURN_FIRST_AID =
  'xả vùng bỏng dưới vòi nước mát, sạch 15–20 phút (không dùng đá lạnh); KHÔNG bôi kem đánh răng, mỡ, nước mắm, KHÔNG chọc vỡ bọng nước';

/** Someone named who hit, stabbed or choked the one hurt ("bị thằng con đánh", "chồng nó đánh"). */
const HURT_BY_SOMEONE =
  /\b(bi|no|han|thang|ho|tui no|bon no|chong|ong chong|vo|con re|anh ta|ong ta|ba ta|nguoi ta|ke) (\w+ ){0,3}(danh|dam|chem|dap|hanh hung|bop co|tat axit)\b(?! (trong|nhau|rang|chu|may|dau|bai|cau|co|bong))/;

const SITUATIONS: readonly Situation[] = [
  {
    // Staff's or customers' ID and bank numbers put into an AI chatbot: personal data of others, which the one holding it must
    // protect (Luật Bảo vệ dữ liệu cá nhân 2025, in force 2026-01-01; Nghị định 13/2023/NĐ-CP), https://chinhphu.vn/.
    // Reviewed 2026-12-07. Session 36 (fixj).
    kind: 'own-secret',
    when: /\b(nhan vien|khach hang|khach|cong nhan|hoc sinh|hoc vien|benh nhan|nguoi thue|thanh vien|ho dan|nguoi lao dong|phu huynh)\b.{0,80}\b(so can cuoc|so cccd|can cuoc|cccd|so dinh danh|so tai khoan|so the|so bhxh|so bao hiem|so bhyt)\b|\b(so can cuoc|so cccd|can cuoc|cccd|so dinh danh|so tai khoan|so the|so bhxh)\b.{0,40}\bcua (nhan vien|khach hang|khach|cong nhan|hoc sinh|hoc vien|benh nhan|nguoi thue|thanh vien|ho dan|nguoi lao dong)\b/,
    line: 'Số căn cước, số tài khoản, lương của nhân viên hay khách hàng là dữ liệu cá nhân của họ: đừng dán vào ChatGPT hay ứng dụng AI nào. Muốn nhờ AI tính giúp, {xung_ho} xóa hoặc che tên, số căn cước, số tài khoản trước, chỉ để lại những con số cần tính; tính thuế, làm lương thì dùng phần mềm của công ty hoặc ứng dụng thuế chính thức.',
  },
  {
    // The learner's face lent for someone else's transfer: the check proves the account's owner makes the payment
    // (the face must match the owner's chip ID card). CafeF, https://cafef.vn/nhung-dieu-can-biet-de-dang-ky-xac-thuc-khuon-mat-voi-ngan-hang-nhanh-nhat-de-thuc-hien-nhat-188240628151127161.chn
    // (2024-06-28); reviewed 2026-12-06.
    kind: 'bypass-face',
    when: FACE_LENT,
    line: 'Quét mặt là để ngân hàng biết chính chủ tài khoản đang làm giao dịch. {xung_ho} chỉ quét mặt cho giao dịch chính mình làm, trên máy của mình; đừng quét mặt vào máy hay tài khoản của người khác, kể cả con cháu. Ai cần tiền thì {xung_ho} tự chuyển cho họ; ai hối thúc, năn nỉ mãi thì {xung_ho} gọi tổng đài ngân hàng (số in sau thẻ) hỏi trước.',
  },
  {
    // A relative who has lost their memory: the face check cannot stand for their consent. A pension can be drawn by someone
    // the pensioner authorised, or brought home (BHXH Việt Nam's authorisation form, mẫu 13-HSB); someone
    // who can no longer decide needs a guardian (Bộ luật Dân sự 2015, Điều 22, 46–48: a court rules, then a guardian acts).
    // Reviewed 2026-12-07. Session 33 (fixb).
    kind: 'bypass-face',
    when: /\b(bi lan|lu lan|lan roi|lan lon|lan nang|mat tri nho|alzheimer|sa sut tri tue|lang tri|khong con tinh tao|khong con minh man)\b/,
    line: 'Người thân đã lẫn, không tự quyết được: lương hưu thì {xung_ho} hỏi bảo hiểm xã hội hoặc bưu điện nơi lãnh về việc nhận tại nhà hay người được ủy quyền lãnh thay; tiền trong tài khoản ngân hàng thì hỏi ngân hàng về giấy tờ giám hộ, ủy quyền cần có, đừng tự quét mặt họ để rút.',
  },
  {
    // A loan signed for someone else ("em gái nhờ tui đứng tên vay ngân hàng giùm vì nó bị nợ xấu"): the one who signs owes the
    // bank, and an unpaid loan goes on the signer's credit record (CIC). Bộ luật Dân sự 2015, Điều 463, 466 (the borrower
    // repays); Ngân hàng Nhà nước, Thông tư 11/2021 (overdue debt classed as bad debt). Reviewed 2026-12-07. Session 33 (fixb).
    kind: 'identity-fraud',
    when: /\b(dung ten (\w+ )?vay|vay (\w+ ){0,2}(giup|gium|dum|ho) (\w+ ){0,3}(no xau|bi no)|ky (\w+ )?vay (giup|gium|dum|ho))\b/,
    line: 'Đứng tên vay giùm: hợp đồng đứng tên ai thì người đó chịu trách nhiệm trả nợ. Người kia không trả thì ngân hàng đòi {xung_ho}, và {xung_ho} mang nợ xấu, khó vay lại về sau. Muốn giúp thì {xung_ho} chỉ cho mượn số tiền mình chịu mất được, đừng đứng tên vay thay.',
  },
  {
    // Lost money, and a wish to get into the scammer's account or find their address: the police's work, not the victim's.
    kind: 'scam-report',
    when: new RegExp(
      String.raw`\b(hack|vao|vo|dang nhap|doc|xem|coi|tra|tim|kiem)( \w+){0,5} (zalo|facebook|face|tai khoan|tin nhan|dien thoai|dia chi|so can cuoc|cccd|can cuoc|que quan|nha)( \w+){0,3} cua (${THEM}|${SCAMMERS})\b`,
    ),
    line: '{toi} không thể chỉ cách vào tài khoản hay dò địa chỉ, giấy tờ của kẻ lừa: tự làm là vi phạm pháp luật và dễ làm hỏng việc điều tra. {xung_ho} đưa hết số điện thoại, tài khoản, tin nhắn của họ cho công an.',
  },
  {
    // A false accusation asked for: what it is called and what the true route is. Báo Pháp luật Việt Nam (Bộ Tư pháp),
    // https://phapluatplus.baophapluat.vn/to-cao-sai-su-that-xu-ly-the-nao-199987.html (2024-06-14) and
    // https://thuvienphapluat.vn/hoi-dap-phap-luat/15A74-hd-to-cao-sai-su-that.html (Điều 156 BLHS); reviewed 2026-12-06.
    kind: 'forgery',
    when: /\b(to cao|to giac|khieu nai|phan anh|bia|bia ra|bia dat|dung chuyen|vu khong|vu cao|do toi|gan toi)\b/,
    line: 'Bịa chuyện, tố cáo sai sự thật để người khác bị phạt là vu khống: người làm có thể bị phạt tiền, nặng thì bị phạt tù. Có việc sai thật cần phản ánh, {xung_ho} viết đúng những gì đã thấy rồi gửi UBND hoặc công an xã/phường.',
  },
  {
    // A breath test dodged after drinking: the fines exist (Báo Dân Việt, https://danviet.vn/muc-xu-phat-ve-nong-do-con-nam-2024.html;
    // Luật sư Biên Hòa, https://luatsubienhoa.vn/hoi-dap/muc-phat-nong-do-con-moi-nhat-nam-2024-doi-voi-xe-may-la-bao-nhieu-.html);
    // no amount is quoted here since they changed in 2025. Reviewed 2026-12-06.
    kind: 'illegal',
    when: /\b(nong do con|do con|ruou bia|hoi men)\b/,
    line: 'Đã uống rượu bia thì {xung_ho} đừng cầm lái; {toi} không chỉ cách né việc đo nồng độ cồn. Lái xe khi có cồn bị phạt tiền và rất dễ gây tai nạn cho mình, cho người khác. {xung_ho} nhờ người nhà đón hoặc đi taxi, xe ôm về ạ.',
  },
  {
    // A bribe: giving one is a crime as well as taking it (Bộ luật Hình sự 2015, Điều 364 "Tội đưa hối lộ",
    // https://thuvienphapluat.vn/van-ban/Trach-nhiem-hinh-su/Bo-luat-hinh-su-2015-296661.aspx); a fine thought wrong is
    // complained about. Session 36 (fixk), reviewed 2026-12-07.
    kind: 'illegal',
    when: /\b(lo lot|dut lot|hoi lo|boi tron|lot tay|chung chi|phong bi)\b/,
    line: 'Đưa tiền “lo lót” cán bộ là đưa hối lộ: người đưa cũng bị xử lý như người nhận, nặng thì phạt tù. Bị phạt hay bị buộc tháo dỡ mà thấy chưa đúng, {xung_ho} xin biên bản, hỏi cán bộ tư pháp UBND xã/phường hoặc Trung tâm Trợ giúp pháp lý để khiếu nại đúng cách; ai gợi ý đưa tiền thì {xung_ho} báo công an xã/phường.',
  },
  {
    // Social insurance for staff dodged: the way is to ask the insurance office, not to hide. Session 35 (fixg).
    kind: 'illegal',
    when: /\b(bhxh|bao hiem xa hoi|bao hiem cho nhan vien)\b/,
    line: 'Bảo hiểm xã hội cho người làm công: {xung_ho} hỏi cơ quan bảo hiểm xã hội nơi đặt cửa hàng về việc ai phải đóng, đóng bao nhiêu; né đóng có thể bị phạt và người làm mất quyền lợi khi ốm đau, thai sản.',
  },
  {
    // A burn: cool it, no toothpaste. Bệnh viện Thu Cúc, https://benhvienthucuc.vn/hoi-dap-chuyen-gia/bi-bong-nuoc-soi-so-cuu-nhu-the-nao
    // and Đại Đoàn Kết (BS Bệnh viện Đức Giang), https://daidoanket.vn/khi-bong-nuoc-soi-10106494.html; reviewed 2026-12-06.
    kind: 'medical-advice',
    when: /\b(bong|phong|phong rop)\b/,
    line: `🔥 Bị bỏng: ${BURN_FIRST_AID}; che hờ bằng gạc, vải sạch. Bỏng rộng, ở mặt, tay chân, hoặc người bị là trẻ nhỏ, người già: đưa đi viện hoặc gọi 115.`,
  },
  // A prescribed treatment dropped for an advertised cure ("bỏ insulin để uống thuốc nam"). Session 34 (fixe).
  {
    kind: 'medical-advice',
    when: new RegExp(String.raw`\b(bo|ngung|thoi|cat|dung han|bo han|thay) (\w+ ){0,2}${PRESCRIBED}\b`),
    line: '💊 Không tự bỏ thuốc bác sĩ đã kê (insulin, thuốc huyết áp, thuốc tim…) để uống thuốc quảng cáo trên mạng: bỏ ngang có thể nguy hiểm đến tính mạng. Thuốc nào quảng cáo “chữa dứt điểm” tiểu đường, huyết áp là quảng cáo sai sự thật; muốn đổi cách chữa thì hỏi bác sĩ điều trị trước.',
  },
  {
    kind: 'medical-emergency',
    when: /\b(bong|phong rop)\b/,
    line: `🔥 Trong lúc chờ: ${BURN_FIRST_AID}.`,
  },
  {
    kind: 'medical-emergency',
    when: /\b(dien giat|giat dien(?! thoai)|(o dien|o cam|day dien|cau dao|dien(?! thoai))\b.{0,30}\bbi giat|(cham|dung|dinh) (\w+ ){0,2}(o dien|day dien|o cam|cau dao|dien(?! thoai)))\b/,
    line: '⚡ Người bị điện giật: NGẮT cầu dao, rút phích điện trước; KHÔNG chạm tay vào người còn dính điện, tách họ ra bằng vật khô không dẫn điện (cây gỗ, đồ nhựa).',
  },
  {
    // Someone at sea not back and out of reach: the border guard and the coastal radio search at sea, not the ward police.
    kind: 'missing-person',
    when: /\b(di bien|ra khoi|danh ca|danh bat|tau ca|ghe ca|thuyen|tren bien|ngoai bien|di ghe|ra bien)\b/,
    line: 'Người đi biển quá ngày về, mất liên lạc: báo NGAY đồn, trạm Biên phòng gần nhất và chủ tàu (số tàu, nơi đánh bắt, ngày ra khơi) để phát tin tìm kiếm qua Đài Thông tin duyên hải và các tàu gần đó.',
  },
  {
    // A fortune-teller or a "thầy" met in person, asking money or gold to lift bad luck. Session 37 (fixn); Bộ Công an
    // warns of the online kind (scam-signals.yaml, spiritual).
    kind: 'scam',
    when: FORTUNE_CON,
    line: '🙏 Người tự xưng thầy bói, thầy cúng gặp tận nơi nói nhà có hạn, có vong rồi đòi tiền, vàng để giải hạn, làm phép: {xung_ho} ĐỪNG đưa tiền, vàng hay sổ tiết kiệm, kể ngay với con cháu trong nhà; họ ép, dọa hay không chịu đi thì gọi 113 (công an).',
  },
  {
    // Someone hurt by another ("bị thằng con đánh chảy máu"): the police too, not only the ambulance. Session 24 (trial28).
    // A husband or a son-in-law who did it ("chồng con gái tôi đánh nó gãy tay"): session 25 (trial29).
    kind: 'medical-emergency',
    // Struck with a thing and bleeding, whoever is named ("thằng say đập chai vô đầu tui"): session 37 (fixn).
    when: new RegExp(`${HURT_BY_SOMEONE.source}|${STRUCK_BLEEDING.source}`),
    line: '🚓 Bị người khác đánh, đâm: gọi thêm 113 (công an) và tránh xa người gây hại.',
  },
  // Debt collectors at the door now, threatening to beat ("kéo đến phòng trọ đập cửa, đòi đánh"): the police first, whatever
  // the class read the debt as. Session 34 (risky37).
  ...(['scam', 'loan-shark'] as const).map((kind) => ({
    kind,
    when: /\b(doi danh|doa danh|doa giet|doa chem|doa dam|dap cua|pha cua|xong vao|chan cua|vay nha|vay phong)\b/,
    line: '🚓 Người đòi nợ đang đe dọa, đập cửa: {xung_ho} khóa cửa, đừng ra nói chuyện, gọi ngay 113 (công an) hoặc công an xã/phường.',
  })),
  {
    // A plug or socket melting or smelling burnt, no flame yet: cut the power, stop using it. VnExpress (NITE, Japan),
    // https://vnexpress.net/nguyen-nhan-do-dien-gia-dung-co-the-tu-boc-chay-4925833.html (2025-08-13); reviewed 2026-12-07.
    kind: 'fire',
    when: /\b(o cam|o dien|phich cam|cuc sac|cu sac|day sac|day dien)\b (\w+ ){0,4}(nong chay|chay nhua|chay khet|mui khet|nong ran)\b/,
    line: 'Ổ cắm, phích cắm nóng chảy, có mùi khét mà chưa thấy lửa: NGẮT cầu dao (aptomat) trước, tay khô mới rút phích; không dùng lại ổ, phích đó nữa, nhờ thợ điện thay. Thấy khói, lửa: gọi 114 và ra khỏi nhà.',
  },
  {
    kind: 'fire',
    when: /\b(mui gas|mui ga|gas|binh ga|day ga)\b/,
    line: 'Ngửi thấy mùi gas: khóa van bình gas, mở cửa cho thoáng; KHÔNG bật tắt công tắc, đèn, quạt, KHÔNG bật lửa; ra ngoài rồi mới gọi điện.',
  },
];

/** The steps that fit what the message tells, for the class it was given. */
export const situationLines = (kind: SafetyClass, folded: string): string[] =>
  SITUATIONS.filter((s) => s.kind === kind && s.when.test(folded)).map((s) => s.line);
