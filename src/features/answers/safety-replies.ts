import type { SafetyClass } from './safety-class.ts';

const SCAM_HEADER = '⚠️ DỪNG LẠI: đây rất có thể là LỪA ĐẢO.\n';

/**
 * What the tutor says for each safety class ({xung_ho}/{toi} are personalised). The scam
 * warning comes before the normal answer; the others replace it.
 */
export const SAFETY_REPLIES: Record<SafetyClass, string> = {
  scam:
    SCAM_HEADER +
    'KHÔNG đọc mã OTP cho bất kỳ ai. KHÔNG gửi mật khẩu, ảnh hay số căn cước cho người lạ. KHÔNG chuyển tiền. KHÔNG bấm link, KHÔNG cài ứng dụng theo lời người lạ.\n' +
    'Việc cần làm ngay:\n' +
    '1. Cúp máy (tin nhắn thì thôi trả lời), không nói chuyện tiếp, không gọi lại số hay nhắn lại tài khoản đó.\n' +
    '2. Lỡ đọc mã, chuyển tiền hay cài ứng dụng lạ rồi: tắt mạng, gọi ngay tổng đài ngân hàng (số in sau thẻ) để khóa tài khoản.\n' +
    '3. Kể ngay cho con cháu trong nhà.\n' +
    '4. Báo số lừa đảo về 156 hoặc nhắn tin 5656, hoặc đến công an xã/phường.',
  injection:
    'Dạ, {toi} không thể thay đổi cách làm việc hay các quy tắc an toàn của mình ạ. ' +
    '{toi} chỉ giúp về kỹ năng số: điện thoại, Zalo, VNeID, dịch vụ công, thanh toán và cách tránh lừa đảo. {xung_ho} cứ gõ câu hỏi nhé.',
  'fake-message':
    'Dạ, {toi} xin lỗi, {toi} không thể soạn tin nhắn, biên lai hay thông báo giả (giả ngân hàng, giả cơ quan nhà nước), kịch bản lừa hay lời đánh giá giả như khách thật. ' +
    'Những nội dung như vậy dùng để lừa người khác và vi phạm pháp luật.\n' +
    'Nếu {xung_ho} muốn biết cách NHẬN RA tin nhắn giả để khỏi bị lừa, {toi} chỉ ngay ạ. ' +
    'Gặp tin giả: báo về 156 hoặc nhắn 5656.',
  'identity-fraud':
    'Dạ, {toi} xin lỗi, {toi} không thể giúp mua, thuê hay làm tài khoản, SIM, giấy tờ đứng tên người khác, ' +
    'cũng không thể giúp cho mượn, cho thuê, bán tài khoản ngân hàng, tài khoản VNeID, SIM hay căn cước đứng tên mình. ' +
    'Tài khoản và SIM “không chính chủ” là công cụ của kẻ lừa đảo; mua bán, cho thuê, cho mượn chúng là vi phạm pháp luật: ' +
    'người đứng tên có thể bị phạt tiền, bị điều tra, thậm chí bị xử lý hình sự khi kẻ gian dùng chúng.\n' +
    'KHÔNG cho thuê, cho mượn, bán tài khoản ngân hàng, thẻ ATM, SIM hay căn cước của mình cho ai, dù được trả tiền.\n' +
    '{xung_ho} giữ căn cước, mật khẩu VNeID cho riêng mình, kể cả với người quen, và chỉ dùng SIM, tài khoản đứng tên chính mình ạ. ' +
    'Ai rủ mua, bán, thuê, mượn tài khoản, SIM hay căn cước: báo về 156 hoặc công an xã/phường.',
  'scam-report':
    'Dạ, bị lừa mất tiền thì {xung_ho} làm ngay, càng sớm càng tốt ạ:\n' +
    '1. Gọi tổng đài ngân hàng của {xung_ho} (số in sau thẻ) báo bị lừa, nhờ khóa tài khoản và tra soát giao dịch.\n' +
    '2. Đến công an xã/phường trình báo, mang theo tin nhắn, số điện thoại, số tài khoản đã nhận tiền và biên lai. Đang bị đe dọa: gọi 113. Báo số lừa đảo về 156.\n' +
    '3. Lấy lại tiền là việc công an điều tra, không cần thuê ai trên mạng. Ai hứa “lấy lại tiền” mà bắt đóng phí trước là lừa lần hai: KHÔNG chuyển thêm đồng nào, ' +
    'KHÔNG gửi ảnh căn cước, mật khẩu hay mã OTP cho họ.\n' +
    'Cần người làm luật giúp: Trung tâm Trợ giúp pháp lý nhà nước của tỉnh, thành phố (miễn phí cho người thuộc diện được trợ giúp).',
  forgery:
    'Dạ, {toi} xin lỗi, {toi} không thể giúp làm giấy tờ, con dấu giả hay video, giọng nói, hình ảnh giả một người thật. ' +
    'Làm giả giấy tờ, dùng mặt, giọng của người khác để lừa, trêu chọc hay bôi nhọ là vi phạm pháp luật, và người bị giả có thể bị hại thật.\n' +
    'Cần giấy tờ thật: {xung_ho} hỏi UBND xã/phường hoặc nơi cấp giấy đó. Muốn biết cách NHẬN RA video, giọng nói giả để khỏi bị lừa, {toi} chỉ ngay ạ.',
  gambling:
    'Dạ, {toi} xin lỗi, {toi} không thể chỉ chỗ đánh bài, cá độ, chơi “nổ hũ” trên mạng. Cờ bạc qua mạng ở Việt Nam là vi phạm pháp luật, ' +
    'và các trang này thường là lừa đảo: nạp vào thì dễ, rút ra thì bị đòi nạp thêm “phí”.\n' +
    'Nếu đã lỡ nạp tiền hay đang bị đòi nợ, đe dọa, {xung_ho} đừng nạp thêm đồng nào, kể với con cháu và trình báo công an xã/phường; bị dọa ngay lúc này thì gọi 113.',
  'loan-shark':
    'Dạ, {toi} không thể chỉ app hay chỗ cho vay “không cần thẩm định”, “duyệt 5 phút”, “chỉ cần căn cước” ạ. ' +
    'Những nơi này thường là tín dụng đen hoặc lừa đảo: lãi cắt cổ, đòi “phí” trước, đòi quyền xem danh bạ, ảnh rồi đòi nợ bằng cách khủng bố cả người thân.\n' +
    'Cần vay: {xung_ho} hỏi ngân hàng nơi nhận lương hưu, Ngân hàng Chính sách xã hội (qua tổ tiết kiệm và vay vốn ở thôn, tổ dân phố) hoặc quỹ tín dụng nhân dân ở xã, phường.\n' +
    'KHÔNG gửi ảnh căn cước, ảnh chân dung hay danh bạ cho app, người cho vay lạ.\n' +
    'Đã lỡ vay mà bị đe dọa, bôi nhọ: không chuyển thêm đồng nào, kể với con cháu và trình báo công an xã/phường; bị dọa ngay lúc này thì gọi 113.',
  'harmful-content':
    'Dạ, {toi} xin lỗi, {toi} không thể viết, tìm hay gửi nội dung khiêu dâm, quay lén người khác, hay lời lẽ chửi bới, kỳ thị, kích động ghét bỏ một nhóm người ạ. ' +
    'Những nội dung này làm tổn thương người khác và có thể vi phạm pháp luật.\n' +
    '{toi} chỉ giúp về kỹ năng số: điện thoại, Zalo, VNeID, dịch vụ công, thanh toán và cách tránh lừa đảo. Đang mâu thuẫn với ai: {xung_ho} nhờ tổ hòa giải hoặc UBND xã/phường ạ.',
  'bypass-face':
    'Dạ, {toi} xin lỗi, {toi} không thể chỉ cách qua mặt bước xác thực khuôn mặt hay sinh trắc học. ' +
    'Bước này có để chặn kẻ gian dùng ảnh, video của người khác để rút tiền. ' +
    'Dùng mặt người khác hay thuê người “làm sinh trắc học hộ, không cần chính chủ” là vi phạm pháp luật và thường là lừa đảo. {xung_ho} đừng gửi căn cước, ảnh hay video khuôn mặt cho ai.\n' +
    'Chỉ chính chủ tài khoản tự quét mặt mình; người thân ốm nằm một chỗ hay ở xa thì {xung_ho} gọi tổng đài ngân hàng (số in sau thẻ) hỏi cách được hỗ trợ.\n' +
    'Nếu máy không nhận ra khuôn mặt của chính {xung_ho}, {xung_ho} mang căn cước ra quầy giao dịch của ngân hàng để được giúp ạ.',
  'account-takeover':
    'Dạ, {toi} xin lỗi, {toi} không thể hướng dẫn vào tài khoản, đọc tin nhắn hay lấy mã của người khác. ' +
    'Làm vậy khi họ không đồng ý là xâm phạm đời tư, vi phạm pháp luật và có thể bị xử lý.\n' +
    'Nếu lo cho người thân, {xung_ho} nói chuyện thẳng với họ. Nếu chính tài khoản của {xung_ho} bị người khác chiếm, {xung_ho} hỏi {toi} cách lấy lại nhé.',
  'others-data':
    'Dạ, {toi} xin lỗi, {toi} không thể tìm hay cung cấp thông tin cá nhân của người khác (số căn cước, số điện thoại, địa chỉ, ngày sinh…). ' +
    'Thông tin này được pháp luật bảo vệ; tự ý thu thập, mua bán là vi phạm.\n' +
    'Cần liên lạc hay xác minh, {xung_ho} hỏi thẳng người đó, hoặc nhờ công an xã/phường giúp ạ.',
  'self-harm':
    'Dạ, {toi} rất lo khi nghe {xung_ho} nói vậy. {xung_ho} không phải chịu một mình đâu ạ.\n' +
    '1. Nếu {xung_ho} hay người nhà đã uống thuốc, đã làm hại bản thân hoặc sắp làm: gọi ngay 115 (cấp cứu). ' +
    'Ai đó nhắn lời từ biệt mà không liên lạc được: gọi 113 hoặc nhờ người đến ngay chỗ họ.\n' +
    '2. Xin {xung_ho} gọi ngay một người thân, hàng xóm hay bạn bè đến ở bên cạnh, ' +
    'tâm sự với họ điều đang làm {xung_ho} khổ. Cất thuốc, dây, vật nguy hiểm ra xa hoặc nhờ người giữ giúp.\n' +
    '3. Trẻ em, học sinh có ý nghĩ như vậy: gọi 111 (Tổng đài quốc gia bảo vệ trẻ em, miễn phí, cả ngày đêm).\n' +
    'Bác sĩ ở trạm y tế, bệnh viện có thể giúp những lúc buồn khổ kéo dài như thế này.',
  'child-abuse':
    '🧒 Xin {xung_ho} gọi ngay 111: Tổng đài quốc gia bảo vệ trẻ em (miễn phí, cả ngày đêm), ' +
    'nói rõ em bé ở đâu, chuyện gì xảy ra.\n' +
    'Em bé đang gặp nguy hiểm ngay lúc này: gọi 113 (công an). Bị thương: gọi 115.\n' +
    'Có thể báo thêm công an xã/phường hoặc UBND xã/phường. ' +
    'Không tự đối đầu với người gây hại; người báo tin được giữ bí mật.',
  fire:
    '🚒 Xin {xung_ho} gọi ngay 114 (cứu hỏa, cứu nạn) và ra khỏi nhà NGAY, đến chỗ thoáng.\n' +
    'Lửa đang cháy: ngắt cầu dao điện, khóa van bình gas nếu làm được mà không nguy hiểm. Đi thấp người khi có khói, không quay lại lấy đồ. Hô to gọi hàng xóm giúp.\n' +
    'Có người bị thương: gọi thêm 115.',
  rescue:
    '🚒 Xin {xung_ho} gọi ngay 114 (cứu nạn, cứu hộ), nói rõ địa chỉ và có mấy người bị kẹt.\n' +
    'Trong lúc chờ: lên chỗ cao, ở yên chỗ an toàn, không lội qua nước chảy xiết, ngắt cầu dao điện nếu làm được. Hô to hoặc gọi hàng xóm, công an xã/phường giúp.\n' +
    'Có người bị thương: gọi thêm 115.',
  violence:
    '🚓 Xin {xung_ho} gọi ngay 113 (công an) và tìm chỗ an toàn: vào nhà hàng xóm, chỗ đông người, khóa cửa lại.\n' +
    'Không đối đầu với kẻ có hung khí. Có người bị thương: gọi 115.\n' +
    'Sau đó trình báo công an xã/phường; bị bạo lực gia đình có thể nhờ UBND xã/phường và Trung tâm Trợ giúp pháp lý giúp đỡ.',
  'harm-others':
    'Dạ, {toi} không thể chỉ cách làm hại, trả thù hay đe dọa người khác, kể cả vật nuôi của họ ạ. ' +
    'Làm vậy có thể gây thương tích thật và bị xử lý theo pháp luật.\n' +
    'Đang mâu thuẫn với hàng xóm, người quen: {xung_ho} nhờ tổ hòa giải hoặc UBND xã/phường giúp hai bên nói chuyện. ' +
    'Bị đe dọa, bị đánh hay thấy sắp xảy ra xô xát: gọi ngay 113 hoặc báo công an xã/phường.',
  // Card cash-out with no purchase is unlawful: VCCI, "Rút khống thẻ tín dụng tự chuốc lấy rủi ro"
  // (2025-12-10, vcci.com.vn) and truyenhinhthanhhoa.vn "Rút tiền mặt từ thẻ tín dụng qua máy POS:
  // Phạm pháp và nhiều rủi ro"; reviewed 2026-12-04.
  illegal:
    'Dạ, {toi} xin lỗi, {toi} không thể chỉ cách mua, trồng hay dùng ma túy, trốn thuế hay quẹt thẻ tín dụng khống để rút tiền mặt ạ. ' +
    'Những việc này vi phạm pháp luật: có thể bị phạt tiền, thậm chí bị xử lý hình sự.\n' +
    'Cần hỏi về thuế, thẻ hay thủ tục: {xung_ho} hỏi cơ quan thuế, ngân hàng nơi mở thẻ hoặc UBND xã/phường. ' +
    'Người nhà dính vào ma túy: {xung_ho} báo công an xã/phường hoặc trạm y tế để được giúp cai nghiện ạ.',
  'missing-person':
    '🚓 Xin {xung_ho} gọi ngay 113 (công an) hoặc đến công an xã/phường gần nhất báo người bị lạc, ĐỪNG chờ qua ngày.\n' +
    'Nói rõ tên, tuổi, quần áo đang mặc, nơi thấy lần cuối; mang theo ảnh mới nhất. Nhờ hàng xóm, người thân chia nhau tìm ở những chỗ quen.\n' +
    'Là trẻ em hay học sinh: gọi thêm 111 (Tổng đài quốc gia bảo vệ trẻ em, miễn phí, cả ngày đêm).',
  'own-secret':
    'Dạ, {xung_ho} đừng gửi mã PIN, mật khẩu, mã OTP hay số căn cước cho ai, kể cả {toi} ạ. ' +
    '{toi} không cất giữ, không kiểm tra giúp những mã này; gõ vào tin nhắn là có thể bị người khác thấy.\n' +
    'KHÔNG đọc mã OTP cho bất kỳ ai, kể cả người xưng nhân viên ngân hàng: mã chỉ để {xung_ho} tự nhập vào ứng dụng của mình.\n' +
    'Lỡ gửi mã PIN, mật khẩu cho ai rồi: đổi ngay trong ứng dụng, hoặc gọi tổng đài ngân hàng (số in sau thẻ) để khóa. ' +
    'Sợ quên mã: nhờ con cháu giúp đặt lại mã dễ nhớ, đừng ghi mã chung với thẻ. ' +
    'Ai xin mật khẩu, mã OTP qua điện thoại hay tin nhắn, dù xưng cán bộ phường hay ngân hàng: {xung_ho} báo số đó về 156 hoặc công an xã/phường.',
  'medical-emergency':
    '🚑 Xin {xung_ho} gọi ngay 115 (cấp cứu) hoặc đưa người bệnh đến bệnh viện gần nhất NGAY BÂY GIỜ.\n' +
    'Đừng chờ nhắn tin, đừng tự cho uống thuốc khi chưa hỏi bác sĩ. Ở bên cạnh người bệnh và gọi thêm người nhà, hàng xóm đến giúp.\n' +
    '{toi} là trợ lý học kỹ năng số, không thay được bác sĩ ạ.',
  'medical-advice':
    'Dạ, về thuốc men và bệnh tật, {toi} không thể tư vấn thay bác sĩ ạ. ' +
    '{xung_ho} hỏi bác sĩ hoặc dược sĩ nơi {xung_ho} khám; đừng tự tăng, giảm liều theo lời trên mạng hay của AI.\n' +
    'Nếu thấy khó thở, đau ngực, méo miệng, yếu tay chân: gọi ngay 115.',
  // The court step: regional people's courts (Tòa án nhân dân khu vực) hear civil cases at first instance since 1/7/2025
  // (Luật Tổ chức Tòa án nhân dân, sửa đổi 2025), https://www.toaan.gov.vn/; a land dispute is mediated at the commune
  // first (Luật Đất đai 2024, Điều 235), https://moj.gov.vn/. Reviewed 2026-12-07.
  legal:
    'Dạ, chuyện tranh chấp, kiện cáo, thừa kế… {toi} không thể tư vấn thay người làm luật ạ. {xung_ho} có thể:\n' +
    '1. Đến UBND xã/phường nơi ở: cán bộ tư pháp hướng dẫn thủ tục, tổ hòa giải giúp hai bên hòa giải.\n' +
    '2. Hỏi Trung tâm Trợ giúp pháp lý nhà nước của tỉnh, thành phố (miễn phí cho người thuộc diện được trợ giúp, như người cao tuổi có khó khăn về tài chính).\n' +
    '3. Hòa giải không thành mà muốn kiện: nộp đơn ở Tòa án nhân dân khu vực nơi người kia cư trú (tranh chấp đất thì nơi có đất); tranh chấp đất phải hòa giải ở UBND xã/phường trước.\n' +
    '4. Bị đánh, đe dọa, bạo lực hay lừa đảo: gọi ngay 113 hoặc trình báo công an xã/phường.',
  political:
    'Dạ, {toi} là trợ lý học kỹ năng số nên xin phép không bàn chuyện chính trị ạ. ' +
    '{xung_ho} cần hỏi về điện thoại, VNeID, dịch vụ công, thanh toán hay cách tránh lừa đảo thì {toi} giúp ngay nhé.',
};

/** The lesson worth offering after a safety reply, if any. */
export const SAFETY_LESSON: Partial<Record<SafetyClass, string>> = {
  scam: 'nhan-biet-lua-dao',
  'fake-message': 'nhan-biet-lua-dao',
  'identity-fraud': 'nhan-biet-lua-dao',
  'scam-report': 'nhan-biet-lua-dao',
  'loan-shark': 'nhan-biet-lua-dao',
};

/** The scam warning that fits: what the net recognised (who, what they want), then what to do now. */
export function scamWarning(lines: readonly string[]): string {
  if (lines.length === 0) return SAFETY_REPLIES.scam;
  return `${SCAM_HEADER}${lines.map((l) => `• ${l}`).join('\n')}\n${SAFETY_REPLIES.scam.slice(SCAM_HEADER.length)}`;
}

/** The reply with the steps that fit the situation told (`lines`) right after its first line. */
export function withSituation(reply: string, lines: readonly string[] | undefined): string {
  if (!lines || lines.length === 0) return reply;
  const cut = reply.indexOf('\n');
  if (cut < 0) return `${reply}\n${lines.join('\n')}`;
  return `${reply.slice(0, cut + 1)}${lines.join('\n')}\n${reply.slice(cut + 1)}`;
}

/** One line of advice before an ordinary answer about money aimed at someone. */
export const cautionText = (lines: readonly string[]) => `💡 ${lines.join(' ')}`;
