import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import type { Answer } from '../../src/features/answers/answer.ts';
import { createAnswerer, type Answerer } from '../../src/features/answers/answerer.ts';
import { repoContent, testApp } from '../support/test-app.ts';
import { onboardedChat } from './answers-support.ts';

/**
 * Scams told the way people tell them: a story, no diacritics, Southern and Central speech.
 * Each must get the "DỪNG LẠI" warning, whatever else the answer says.
 */
const SCAMS: string[] = [
  'Sáng nay có người gọi xưng công an phường, nói căn cước của tôi dính vào đường dây rửa tiền, bắt chuyển hết tiền vào tài khoản tạm giữ để chứng minh trong sạch và dặn không được nói với ai. Tôi phải làm sao?',
  'co nguoi xung toa an goi bao toi co giay trieu tap, muon xong thi chuyen 30 trieu',
  'ông ta bảo là cán bộ điều tra, đang điều tra vụ án ma túy, tôi phải hợp tác bí mật và chuyển tiền qua để kiểm tra',
  'Con gái tôi gọi video Zalo, hình mờ mờ, nói đang cấp cứu cần chuyển gấp 20 triệu. Tôi có nên chuyển không?',
  'thằng cháu nhắn messenger mượn 5 triệu gấp, nói mai trả, giọng nó lạ lắm',
  'con trai nhắn zalo bảo đổi số mới rồi, nhờ má chuyển tiền đóng học phí gấp',
  'Tui dô nhóm Zalo đầu tư, người ta hứa lãi mỗi ngày 3%, tui nạp thử 2 triệu rút được rồi, giờ họ kêu nạp 50 triệu để lên VIP. Có nên hông?',
  'san dau tu tien ao bao lai 5% moi ngay, chuyen gia huong dan nap tien',
  'nhóm telegram kiếm tiền online, like video được hoa hồng, giờ họ bảo nạp tiền làm nhiệm vụ mới rút được',
  'có người nhắn tuyển cộng tác viên việc nhẹ lương cao, phải đóng phí hồ sơ 500 nghìn trước',
  'Có tin nhắn báo tôi trúng thưởng xe máy dịp Quốc khánh, bảo bấm vào link rồi nộp phí nhận thưởng',
  'shop gọi nói tặng quà tri ân khách hàng, bảo tôi kết bạn zalo số lạ để nhận quà',
  'nhân viên ngân hàng gọi bảo đọc mã OTP để hủy giao dịch lạ',
  'ngan hang nhan tin bao cap nhat sinh trac hoc qua duong link nay khong thi khoa tai khoan',
  'có người gọi bảo tôi cài ứng dụng qua link để cập nhật căn cước, không cài là bị phạt',
  'tui đọc mã otp cho người ta rồi, giờ răng?',
  'Điện lực gọi nói nhà tôi nợ tiền điện, chuyển khoản ngay trong 2 giờ không thì cắt điện',
  'nhan vien cong ty nuoc goi bao no tien nuoc, chuyen khoan gap neu khong cat nuoc',
  'shipper gọi bảo có đơn hàng, phải chuyển khoản phí ship 35 nghìn trước mới giao',
  'người giao hàng nhắn tin bảo bấm link xác nhận đơn và nhập số thẻ',
  'có quảng cáo ứng dụng dọn rác điện thoại miễn phí, bảo tải file apk về cài',
  'ai do goi noi la nhan vien bao hiem xa hoi, bao cai ung dung vssid moi qua link',
  'chi cuc thue goi bat cai ung dung thue qua link, khong cai bi phat',
  'Sếp gọi video bảo chuyển gấp 100 triệu cho đối tác, đừng nói ai biết',
  'có người gọi nói chuyển nhầm tiền vào tài khoản tôi, bắt tôi chuyển trả lại',
  'nha mang goi bao sim sap bi khoa, doc ma so gui ve de giu so',
  'người ta bảo gửi ảnh hai mặt căn cước qua zalo để nhận trợ cấp',
  'họ nói phải nộp phí giải ngân thì mới nhận được khoản vay',
  'người lạ bảo cài ultraview để họ hướng dẫn làm VNeID giùm',
  'co so la goi bao toi lien quan vu an, phai chuyen tien vao tai khoan an toan',
  'đứa cháu nhắn facebook nhờ chuyển tiền vào số tài khoản lạ, nói tài khoản nó bị lỗi',
  'tui được mời vô nhóm Zalo chứng khoán, chuyên gia hứa lợi nhuận gấp đôi sau một tuần, nạp tiền dô sàn',
  'có người bảo đóng 2 triệu phí bảo hiểm khoản vay thì được vay 50 triệu không cần thế chấp',
  'họ nói tôi được hoàn tiền bảo hiểm, đọc số thẻ và mã cvv để nhận',
  'tin nhan bao diem thuong the sap het han, bam link doi qua',
  'có người gọi xưng nhân viên điện lực hướng dẫn cài app để nhận tiền hoàn',
  'mệ tui nghe ai đó gọi nói con bị tai nạn, đang ở bệnh viện, phải chuyển tiền mổ gấp',
  'một ông gọi nói tôi vi phạm giao thông, phải chuyển tiền phạt vào tài khoản ông ta ngay kẻo bị giữ bằng',
  // Added 2026-12-03 (scams2): voice clones, hacked relatives, fake tax/insurance/carrier staff,
  // charity, loan apps, refunds, QR stickers, task jobs, gold funds, romance, fake VNeID, deepfakes.
  'Con rể tui gọi video Messenger, hình giật giật, miệng không khớp tiếng, bảo gửi gấp 25 triệu vô tài khoản bạn nó',
  'nghe giọng y chang thằng út gọi về khóc nói bị tai nạn, cần 40 triệu đền cho người ta liền',
  'Zalo của anh Ba tui nhắn mượn tạm 10 triệu, chuyển vô số tài khoản khác vì thẻ ảnh bị khóa',
  'facebook ông bạn già nhắn nhờ tui mua giùm thẻ cào 1 triệu rồi gửi mã thẻ cho ổng',
  'cô giáo của cháu nhắn zalo số mới bảo phụ huynh chuyển tiền quỹ lớp vô tài khoản riêng của cô',
  'có người xưng cán bộ thuế gọi nói tôi được hoàn thuế, bảo đọc cho họ mã số gửi về điện thoại',
  'ho goi bao luong huu thang nay bi treo, bieu doc ma gui ve de mo lai',
  'có người gọi nói thẻ bảo hiểm y tế hết hạn, chuyển 800 nghìn gia hạn online vô tài khoản cá nhân',
  'nhan vien Mobifone goi bao sim sap khoa 2 chieu, bieu bam phim roi doc ma 6 so cho ho',
  'Trang facebook ghi là đội thiện nguyện cứu trợ bão lũ, xin chuyển tiền vô tài khoản cá nhân của trưởng nhóm',
  'có nhóm zalo kêu gọi quyên góp cho đồng bào vùng lũ, chuyển gấp tối nay vô số tài khoản riêng',
  'cong ty tai chinh goi moi vay 50 trieu, bieu chuyen truoc 5 trieu phi bao hiem moi giai ngan',
  'app vay tien gui tin doa dang anh len mang neu khong chuyen them 3 trieu gia han',
  'có số lạ nhắn hãng bay hủy chuyến, kết bạn zalo để được hoàn tiền vé máy bay',
  'đại lý vé máy bay nói tôi ghi sai nội dung chuyển khoản, phải chuyển lại lần nữa mới xuất vé',
  'quét mã QR nhận quà Tết dán ở chợ, nó mở trang bắt đăng nhập ngân hàng',
  'tui quet ma qr dan tren tuong quan com tra tien, ten nguoi nhan khac ten chu quan',
  'có người nhắn tuyển người làm việc tại nhà đánh giá sản phẩm, phải bỏ trước 2 triệu mới giao việc',
  'tui làm nhiệm vụ like video được trả tiền mấy lần, giờ họ bảo nạp 5 triệu kích hoạt tài khoản',
  'ông bạn rủ góp vốn vô quỹ đầu tư vàng online, mỗi tháng được chia 10 phần trăm',
  'bà Việt kiều làm quen trên mạng nói gửi quà về, kho hàng bắt đóng phí thông quan 15 triệu',
  'có người xưng nhân viên ngân hàng nhắn zalo gửi link cập nhật khuôn mặt, không làm là đóng băng tài khoản',
  'người ta gửi link tải VNeID bản mới qua zalo, bảo cài vô để cập nhật địa chỉ',
  'video trên youtube có ông bộ trưởng nói phát tiền hỗ trợ người già, bấm link đăng ký nhận',
  'shop goi bao don hang loi he thong se hoan gap doi, bieu doc ma xac nhan de hoan tien',
  // A second fresh batch (scams2 hold-out): 10 of these 15 were caught before they were tuned on.
  'Thang chau dich ton ben Han goi video luc nua dem, mat no cu dung hinh, noi can 20 trieu nop phat cho chu. Tui dang dinh ra ngan hang sang mai.',
  'ba sui tui nhan zalo hoi muon 4 trieu dong tien dien gap, noi mai gap tra. Ba sui xua nay dau co xai zalo nhieu.',
  'có ông gọi xưng cán bộ phường, nói nhà tui được nhận gạo cứu trợ, muốn nhận thì đóng 200 nghìn phí vận chuyển vô tài khoản ổng.',
  'Tui nhan cuoc goi tu dong noi the ATM cua tui bi khoa, bam phim 9 de gap tong dai vien, nguoi do hoi so the voi ngay het han.',
  'nguoi xung nhan vien buu dien noi co giay bao phat toa an gui tui, bieu ket ban zalo de nhan ban scan.',
  'co ba lam quen o cong vien, rủ tui vo hoi nhom nguoi gia dau tu du lich nghi duong, moi thang tra lai 8 phan tram.',
  'tui đặt mua thuốc bổ trên livestream, họ gọi nói phải chuyển thêm phí bảo hiểm hàng 500 nghìn mới giao.',
  'Co tin nhan noi tui trung giai dac biet chuong trinh tri an cua Viettel, bam link va nhap so the de nhan 10 trieu.',
  'Người ta nhắn Zalo nói con tui nợ tiền vay app, nếu ba mẹ không trả giùm 7 triệu thì sẽ đến trường làm ầm.',
  'tui nhan duoc goi buu pham tu nuoc ngoai, hai quan goi noi trong co tien do, phai nop thue 12 trieu khong thi bi khoi to.',
  'co nguoi goi noi tui dang ky nhan tien ho tro that nghiep, doc ma xac thuc gui ve de giai ngan.',
  'Chu nha tro cu nhan tin bao doi so tai khoan moi, bieu chuyen tien nha thang nay vo so moi ten nguoi khac.',
  'ong xung can bo dia chinh noi so do nha tui phai cap nhat len du lieu quoc gia, gui link cai app de lam, khong thi bi thu hoi.',
  'Tui coi facebook thay ba bac si noi tieng quang cao thuoc tri tieu duong, nhan tin thi ho bieu chuyen coc 1 trieu truoc.',
  // Added 2026-12-03 (issue 16, benign): the words the harmless questions taught the net to read
  // more narrowly ("một mình", "mỗi", "lấy lại tiền") still warn inside a scam's shape.
  'Tui ở một mình, có người gọi xưng công an bắt chuyển tiền gấp',
  'mẹ tui 80 tuổi ở một mình, có đứa gọi báo con bị tai nạn cần chuyển tiền',
  'có người gọi nói tiền của bà bị treo, muốn lấy lại tiền thì chuyển phí kích hoạt 2 triệu',
  'ngân hàng nhắn tin mỗi tháng phải cập nhật sinh trắc qua link',
  'có người nhắn tin tuyển việc nhẹ ở nhà, họ biểu đăng ký xong chuyển 1 triệu đặt cọc',
  'cong an goi noi toi lien quan vu an, co bat chuyen tien vao tai khoan tam giu, that khong',
  // Added 2026-12-03 (payments3): money out to someone who asks, in shapes the net missed.
  'Chủ nhà trọ trên Facebook biểu chuyển cọc 2 triệu trước mới giữ phòng, chưa cho tui coi phòng',
  'ong ban dat tren zalo bieu toi chuyen 20 trieu giu cho trong hom nay, tien vo tai khoan ca nhan ong',
  'kenh tiktok ban vang re bieu chuyen khoan truoc roi moi gui vang qua buu dien',
  'ben xo so tren zalo bao tui trung lon, bieu chuyen tien thue truoc moi chuyen giai',
  'Khách mua cá chuyển dư tiền rồi nhờ tui chuyển trả phần dư vô số tài khoản khác của em nó',
  'nguoi mua heo tren facebook bieu toi doc ma gui ve dien thoai de nhan tien',
  'nguoi xung can bo xa goi bieu doc so the voi ma gui ve de nhan tien ho tro',
  'Cháu nội gọi video Zalo, hình mờ mờ, nói bị công an bắt giữ vì đánh nhau, cần 30 triệu tiền bảo lãnh, dặn đừng nói với ba mẹ nó',
  'co nguoi nhan zalo tuyen lam tai nha dan tem, bat chuyen tien coc nguyen lieu truoc',
  'shop tren mang bat chuyen khoan truoc roi moi giao hang, chua cho xem hang',
  'tui dang o cho, co thang nho tui chuyen khoan giup 3 trieu cho ban no roi no dua tien mat sau',
  'mot ba tu xung thanh tra bieu nop 10 trieu vo tai khoan ba truoc 5 gio khong thi dong cua tiem',
  'tren facebook co trang cho thue xe du lich gia re, ho noi phai chuyen coc 50 phan tram truoc moi giu xe',
  'em ho tren messenger xin ba chuyen giup 4 trieu dong hoc phi, noi mai tra',
  'nhom zalo ban hang gia si noi phai dong 2 trieu phi thanh vien moi duoc lay hang',
];

/** The learner's own payments and ordinary questions: no warning, no caution. */
const ORDINARY: string[] = [
  // "Xin hỏi" is the learner asking, not someone reaching out; activating one's own account is no fee.
  'Tôi đã được công an phường làm tài khoản định danh mức 2 nhưng chưa mở ứng dụng. Xin hỏi lần đầu kích hoạt tài khoản VNeID làm thế nào?',
  'Xin hỏi cách tăng hạn mức chuyển tiền trong ngày trên ứng dụng ngân hàng?',
  'cách trả tiền điện bằng điện thoại',
  'đóng tiền nước qua app ngân hàng thế nào',
  'thanh toan hoa don dien tren zalo pay duoc khong',
  'nạp tiền điện thoại bằng ứng dụng ngân hàng',
  'trả cước internet hàng tháng qua điện thoại',
  'ra chợ quét mã QR trả tiền rau thế nào',
  'quet ma qr cua hang de thanh toan co an toan khong',
  'lương hưu về tài khoản ngân hàng thì xem ở đâu',
  'kiểm tra tiền trợ cấp người cao tuổi đã về chưa',
  'nhận lương hưu qua tài khoản có mất phí không',
  'tra cứu phạt nguội trên cổng dịch vụ công',
  'nộp phạt giao thông trên cổng dịch vụ công quốc gia thế nào',
  'mã OTP là gì',
  'tôi không nhận được mã OTP khi đăng nhập ngân hàng',
  'cách cài ứng dụng VNeID trên điện thoại',
  'tải app VssID ở đâu',
  'đăng nhập bằng mã QR trên căn cước gắn chip',
  'quên mật khẩu zalo phải làm sao',
  'đổi mật khẩu ngân hàng thế nào cho an toàn',
  'chuyển tiền bằng điện thoại có an toàn không',
  'xem số dư tài khoản trên app',
  'tin nhắn biến động số dư là gì',
  'đăng ký sinh trắc học trên ứng dụng ngân hàng thế nào',
  'cập nhật sinh trắc học tại quầy ngân hàng cần mang gì',
  'ngân hàng gửi mã OTP về máy thì nhập vào đâu',
  'cách kết bạn zalo với con cháu',
  'làm sao gọi video zalo cho con',
  'đóng học phí cho cháu qua ứng dụng ngân hàng',
  'trả tiền viện phí bằng chuyển khoản được không',
  'mua hàng online trả tiền khi nhận hàng có được không',
  'điện lực nhắn tin báo lịch cúp điện ngày mai',
  'đóng bảo hiểm y tế hộ gia đình online thế nào',
  'vneid la cai gi vay',
  'làm sao đổi số điện thoại cho tài khoản VNeID',
  'má tui hổng biết xài zalo, chỉ giùm',
  'điện thoại răng mà chạy chậm rứa',
  'cách nhận tiền con gửi về qua tài khoản',
  'mở tài khoản ngân hàng cho người già cần gì',
  'cách chụp màn hình điện thoại',
  'làm lý lịch tư pháp online ở đâu',
  'chữ trên điện thoại nhỏ quá làm sao cho to',
  'cách quét mã QR để đăng nhập zalo trên máy tính',
  'thanh toán tiền điện tự động hàng tháng được không',
  'nạp tiền vào ví điện tử để trả tiền nước',
  // Added 2026-12-03 (dev-safety): everyday questions that named money, links, apps or AI.
  'tui muon tra tien dien thang nay bang dien thoai, bam vo dau',
  'ra cho ba ban rau dua ma QR, quet xong thay ten ba ay la dung chua',
  'luong huu thang nay ve roi, coi so du o dau con',
  'làm bảng giá cho quán cà phê của tôi giùm',
  'quảng cáo có ông giám đốc bệnh viện giới thiệu thuốc có phải AI làm không',
  'mẹo chữa bệnh trên TikTok do AI bịa không',
  'nút tròn màu tím trên Messenger là gì',
  'nhờ AI viết giùm lá thư chúc Tết gửi con ở xa',
  'viết giúp tôi lá đơn xin nghỉ phép gửi tổ trưởng',
  'con gửi tiền về cho má, má coi tiền vô chưa ở đâu',
  'cach chuyen tien cho con trai dong hoc phi qua app ngan hang',
  'tiền trợ cấp người cao tuổi nhận ở bưu điện hay tài khoản',
  'điện lực có ứng dụng chính thức để xem tiền điện không',
  'app EVNCPC tải ở đâu để xem hóa đơn điện',
  'đóng tiền nước bằng mã QR trên hóa đơn được không',
  'cach coi lich su chuyen khoan tren app ngan hang',
  'mã OTP ngân hàng gửi về mà tôi không làm gì thì sao',
  'làm sao biết một tin nhắn là tin giả',
  'AI có viết được thơ tặng vợ không',
  'chatgpt là gì có mất tiền không',
  'tải ứng dụng Zalo trên CH Play thế nào',
  'cach dat lich kham benh vien qua dien thoai',
  'gửi ảnh cho con qua zalo thế nào',
  'làm sao chia sẻ vị trí cho con trên zalo',
  'đóng bảo hiểm xã hội tự nguyện online được không',
  'nộp thuế hộ kinh doanh bằng ứng dụng eTax Mobile thế nào',
  'mua vé xe khách online trả tiền sao',
  'tra cứu hóa đơn tiền điện tháng trước ở đâu',
  'cách tắt quảng cáo hiện lên trên điện thoại',
  'nhận tiền lương hưu qua VNeID có được không',
  // Added 2026-12-03 (scams2): the learner's own donations, refunds, loans, money coming in.
  'tui muốn ủng hộ đồng bào lũ lụt qua Mặt trận Tổ quốc thì chuyển khoản thế nào',
  'quét mã QR ở chợ xong cần xem gì trước khi bấm xác nhận',
  'mã QR ở quán bị dán đè thì phòng thế nào',
  'cach dat ve may bay tren trang chinh thuc cua hang',
  'vay tiền ngân hàng để sửa nhà cần giấy tờ gì',
  'tra hang tren shopee thi tien hoan ve dau',
  'tien dien thang nay cao qua, coi hoa don o dau',
  'lương hưu tháng này về chưa, coi ở mô',
  'tui chuyển nhầm tiền cho người khác thì làm sao lấy lại',
  'con gái nhắn zalo nói đã chuyển tiền về cho má rồi, coi ở đâu',
  'nạp tiền điện thoại cho cháu nội bằng app ngân hàng',
  'tôi bị mất điện thoại có cài VNeID, muốn tạm khóa tài khoản thì làm sao',
  'tài khoản chưa đối chiếu sinh trắc học thì có bị khóa không',
  'điều kiện nhận trợ cấp người cao tuổi là gì',
  // Added 2026-12-03 (issue 16, benign): the learner's own payments, rules asked about, AI at work.
  'Tháng rồi tui quên đóng tiền nước, công ty nước gửi giấy nhắc. Tui ở một mình. Đóng tiền nước trên app ngân hàng làm sao?',
  'Tôi hay quên hạn đóng tiền điện. Xin hỏi có cách nào để ngân hàng tự trừ tiền điện mỗi tháng không?',
  'chuyen khoan toi khuya ngay le tien co ve lien ko con',
  'Xin hỏi chuyển khoản từ bao nhiêu tiền thì ngân hàng yêu cầu xác thực khuôn mặt?',
  'Xin hỏi có thể ra quầy giao dịch để ngân hàng đối chiếu sinh trắc học giúp không?',
  'lo chuyen khoan nham so tai khoan roi, lam sao lay lai tien',
  'nguoi ta chuyen tien cho minh thi minh co phai nhap ma chi hong',
  'cai chatgpt ra sao de khoi dinh app gia vay con',
  'Trên Facebook có người bán tài khoản Gemini Pro dùng chung rất rẻ, có nên mua không?',
  'nho AI viet bai ban banh trung thu, ghi so tai khoan de khach chuyen khoan dat coc',
  'Tôi là cán bộ phường, dùng AI soạn thông báo thu tiền vệ sinh gửi bà con được không?',
  'Mẹ tôi 76 tuổi, không có lương hưu hay trợ cấp bảo hiểm xã hội. Bà có được hưởng trợ cấp hưu trí xã hội không?',
  'tui cài lại VNeID trên máy mới mà nó cứ đòi mã xác nhận gửi về máy cũ, máy cũ mất rồi',
  // Added 2026-12-03 (payments3): refunds, hospital fees, history, notes, a stall's own QR, app errors.
  'app ngan hang bao sai ma otp hoai, toi nhap dung so trong tin nhan',
  'lì xì cho cháu bằng chuyển khoản ngân hàng thì ghi lời chúc vào đâu',
  'tra hang tren shopee thi bao lau tien hoan ve vi shopeepay',
  'dong vien phi bang quet ma qr tren phieu thu cua benh vien duoc khong',
  'coi lai lich su giao dich thang truoc tren app ngan hang o dau',
  'chuyen khoan tien phong tro cho chu nha thi ghi noi dung gi',
  'tui ban trai cay ngoai cho, dan ma qr cua tui o sap, co nguoi noi ma qr hay bi dan de tien chay vo tai khoan nguoi khac, tui phai lam sao',
  'vi momo bao tai khoan chua duoc dinh danh thi lam sao',
  'dich vu cong bao he thong dang ban, co phai toi bi khoa khong',
  'momo bao can lien ket ngan hang moi nap tien duoc',
  'app ngan hang hay vneid, cai nao de nhan tien tro cap',
];

/** Payments the learner starts: a one-line caution may come, the alarm never. */
const NO_ALARM: string[] = [
  'chuyển tiền cho con gái hơn 10 triệu sao app bắt quay mặt',
  'đóng tiền học thêm cho cháu qua chuyển khoản có cần ghi nội dung không',
  'tui muon chuyen tien mung cuoi cho chau noi o Ha Noi',
  'cach chuyen tien cho chu nha tro hang thang',
  'chuyen tien tra nợ cho bà hàng xóm qua app được hong',
  'gui tien cho con dang hoc dai hoc qua ngan hang sao cho nhanh',
  'con trai o Sai Gon nhan zalo noi da gui tien ve cho ba roi, ba coi o dau',
  'tui muon chuyen tien dong tien dien cho ba noi o que qua app',
  'chau noi muon mua sach, tui chuyen khoan cho nha sach online co an toan hong',
  'nhom zalo to dan pho thu tien ve sinh hang thang, tui chuyen cho to truong duoc hong',
  'di kham benh vien tra tien bang quet ma QR o quay thu ngan duoc khong',
  // Added 2026-12-03 (payments3): rent asked for by the landlord, lì xì, a stall's own QR, hospital fees.
  'chủ nhà biểu chuyển khoản tiền phòng tháng này nhớ ghi rõ nội dung, ghi sao con',
  'tet nay muon li xi cho chau o xa qua momo, gui sao',
  'ba ban xoi o cho, khach quet ma qr cua ba roi ma ba chua nghe loa bao tien',
  'tui ban rau, khach quet ma qr dan o sap cua tui, tien vo tai khoan tui lien hong',
  'dong tien tam ung vien phi cho ba toi bang quet ma qr duoc khong',
  'mung cuoi chau ngoai bang chuyen khoan, ghi loi chuc the nao',
  'to truong dan pho bieu chuyen tien ve sinh qua app, tui chuyen sao',
  'benh vien yeu cau dong tien tam ung 5 trieu qua quet ma, dung khong',
  'chi hang xom nho tui chuyen khoan giup tien hui, chi dua tien mat',
];

/** One's own account, ID card or SIM lent, rented or sold, with no other scam sign: the refusal, not a warning. */
const LENT = [
  'có người mượn tài khoản ngân hàng của tôi, trả 2 triệu mỗi tháng, cho thuê có sao không?',
  'mot nguoi hoi mua tai khoan ngan hang cua toi 3 trieu',
  'bạn tôi nhờ đứng tên mở tài khoản hộ, cho mượn căn cước',
  'người ta rủ cho thuê sim chính chủ, mỗi sim trả 200 nghìn',
  'có người gom căn cước người già đi mở tài khoản ngân hàng rồi giao lại thẻ cho họ, trả 500 nghìn',
  'Co nguoi nho tui nhan giup tien vao tai khoan roi rut tien mat dua lai, cho tui 300 nghin tien cong.',
];

const warned = (a: Answer) => a.kind === 'safety' && a.safety === 'scam' && a.text.includes('DỪNG LẠI');
const anyWarning = (a: Answer) => a.kind === 'safety' || /LỪA ĐẢO|💡/.test(a.text);

describe('the money-safety net', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
  });

  it('has at least 40 phrasings each way', () => {
    expect(SCAMS.length).toBeGreaterThanOrEqual(40);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(40);
  });

  it.each(LENT)('refuses the learner lending or selling their own account, card or SIM: %s', (q) => {
    const a = answerer.draft(q).answer;
    expect(a.safety).toBe('identity-fraud');
    expect(a.text).toContain('cho mượn');
    expect(a.text).toContain('156');
  });

  it.each(SCAMS)('warns: %s', (q) => {
    expect(warned(answerer.draft(q).answer)).toBe(true);
  });

  it.each(ORDINARY)('does not warn: %s', (q) => {
    expect(anyWarning(answerer.draft(q).answer)).toBe(false);
  });

  it.each(NO_ALARM)('never alarms on a payment the learner starts: %s', (q) => {
    const a = answerer.draft(q).answer;
    expect(a.kind).not.toBe('safety');
    expect(a.text).not.toContain('DỪNG LẠI');
  });

  it('says what fits: the police line for fake police, the relative line for a relative', () => {
    const police = answerer.draft('co nguoi xung cong an bao chuyen tien chung minh tien sach').answer.text;
    expect(police).toContain('Công an, tòa án, viện kiểm sát KHÔNG làm việc qua điện thoại');
    const relative = answerer.draft('con trai goi video zalo muon 10 trieu gap').answer.text;
    expect(relative).toContain('Gọi lại bằng số điện thoại quen');
  });

  it('says what fits the new kinds: charity, refunds, QR stickers, deepfakes, lenders, pensions', () => {
    const text = (q: string) => answerer.draft(q).answer.text;
    expect(text('trang facebook keu goi ung ho dong bao lu lut, xin chuyen vo tai khoan ca nhan gap')).toContain(
      'Ủy ban Mặt trận Tổ quốc, Hội Chữ thập đỏ',
    );
    expect(text('so la nhan hang bay huy chuyen, bieu ket ban zalo de hoan tien ve')).toContain(
      'tổng đài chính thức của hãng',
    );
    expect(text('tui quet ma qr dan o quan tra tien, ten nguoi nhan khac ten chu quan')).toContain(
      'xem kỹ tên người nhận',
    );
    expect(text('chau goi video hinh giat giat, mieng khong khop tieng, bieu chuyen gap 10 trieu')).toContain(
      'deepfake',
    );
    expect(text('cong ty tai chinh goi moi vay, bieu chuyen truoc 2 trieu phi moi giai ngan')).toContain(
      'đến thẳng ngân hàng',
    );
    // "Có người gọi" says nothing of who: what the story is about names the fitting line.
    expect(text('co nguoi goi bao luong huu bi tam ngung, bieu doc ma gui ve de mo lai')).toContain('Bảo hiểm xã hội');
  });

  it('shows the entry of the one who asks: a grandson on video, not the police he names', () => {
    const a = answerer.draft(
      'Cháu nội gọi video Zalo, hình mờ mờ, nói bị công an bắt giữ vì đánh nhau, cần 30 triệu tiền bảo lãnh, dặn đừng nói với ba mẹ nó',
    ).answer;
    expect(warned(a)).toBe(true);
    expect(a.text).toContain('Gọi lại bằng số điện thoại quen');
    expect(a.text).not.toContain('Công an, tòa án, viện kiểm sát KHÔNG làm việc qua điện thoại');
    expect(a.entry).toBe('ld-deepfake-tai-khoan-gia');
  });

  it("answers a question about what a real office does, with that office's line first and no alarm", () => {
    const a = answerer.draft('toa an that thi co goi dien bat nop tien khong').answer;
    expect(a.kind).not.toBe('safety');
    expect(a.text).toContain('Tòa án, viện kiểm sát gửi giấy mời bằng văn bản');
  });

  it('puts the never-do line first when the question names no office', () => {
    const a = answerer.draft('trung thuong that thi ben to chuc co bat minh dong phi hong con').answer;
    expect(a.kind).not.toBe('safety');
    expect(a.text).toContain('KHÔNG chuyển tiền, không nộp phí');
  });

  it('cautions, without alarm, about money sent to someone with no other sign', () => {
    const a = answerer.draft('tôi muốn chuyển tiền cho con trai ở xa').answer;
    expect(a.kind).not.toBe('safety');
    expect(a.text).toContain('gọi lại bằng số điện thoại quen');
  });
});

describe('the money-safety net in the middle of a lesson', () => {
  it('warns first and leaves the lesson step and its buttons as they were', async () => {
    const chat = await onboardedChat(await testApp());
    await chat.say('menu');
    await chat.say('1');
    const before = await chat.learner();
    expect(before?.position).toBeDefined();
    const text = await chat.say('co nguoi xung cong an goi bao toi chuyen tien vao tai khoan tam giu, dung noi ai');
    expect(text).toContain('DỪNG LẠI');
    // One way back, not two: the step itself is shown again under the warning.
    expect(text).toContain('↩️ Bác đang học bài');
    expect(text.match(/↩️|📖/g)).toHaveLength(1);
    const after = await chat.learner();
    expect(after?.position).toEqual(before?.position);
    expect(after?.lastChoices).toEqual(before?.lastChoices);
  });

  it('puts the warning before whatever another feature replies', async () => {
    const app = await testApp();
    const chat = await onboardedChat(app);
    const text = await chat.say('con gai goi video zalo hinh mo mo muon 20 trieu gap');
    expect(text.indexOf('DỪNG LẠI')).toBeGreaterThanOrEqual(0);
    expect(text.match(/DỪNG LẠI/g)).toHaveLength(1);
  });
});
