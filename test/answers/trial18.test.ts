import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.ts';
import { type Answerer, createAnswerer } from '../../src/features/answers/answerer.ts';
import { repoContent } from '../support/test-app.ts';

let answerer: Answerer;
// Building the index takes a while on a busy machine.
beforeAll(async () => {
  answerer = createAnswerer({ content: await repoContent(), logger: silentLogger });
}, 120_000);

/** The biometrics rules for transfers: no answer to a login problem. */
const BIOMETRICS = ['tt-sinh-trac-hoc-10-trieu', 'nh-sinh-trac-bat-buoc-2025', 'tt-cap-nhat-sinh-trac-hoc'];

describe('bank app login trouble gets the case asked (session 18, trial18)', () => {
  it('answers "cannot log in" case by case, never with the biometrics rule', async () => {
    const a = await answerer.answer('ứng dụng ngân hàng của tui không đăng nhập được');
    expect(a.entry).toBe('nh-app-khong-dang-nhap');
    expect(a.text).toMatch(/Quên mật khẩu/);
    expect(a.text).toMatch(/tổng đài/);
    expect(a.text).toMatch(/không bao giờ hỏi mật khẩu hay mã OTP/);
  });

  it('answers a forgotten password with "Quên mật khẩu" and the warning', async () => {
    const a = await answerer.answer('tui quên mật khẩu app Vietcombank rồi cháu ơi');
    expect(BIOMETRICS).not.toContain(a.entry);
    expect(a.text).toMatch(/Quên mật khẩu/);
    expect(a.text).toMatch(/không bao giờ hỏi/);
  });

  it('sends a locked app to the hotline or the counter', async () => {
    const a = await answerer.answer('nhập sai mật khẩu nhiều lần nên app ngân hàng bị khóa rồi');
    expect(BIOMETRICS).not.toContain(a.entry);
    expect(a.text).toMatch(/tổng đài/);
    expect(a.text).toMatch(/quầy/);
  });

  it('warns when someone on the phone asks for the code to unlock the app', async () => {
    const a = await answerer.answer('người xưng ngân hàng gọi nói app tui bị khóa, biểu đọc mã OTP để mở khóa');
    expect(a.kind).toBe('safety');
    expect(a.text).toMatch(/KHÔNG đọc mã OTP/);
  });
});

describe('a paper for someone without a smartphone gets the counter (session 18, trial18)', () => {
  it('sends the criminal-record certificate to the Sở Tư pháp, not the VNeID steps', async () => {
    const a = await answerer.answer('bà không có điện thoại thông minh, muốn xin lý lịch tư pháp thì làm sao?');
    expect(a.entry).toBe('ltp-khong-co-vneid');
    expect(a.text).toMatch(/Sở Tư pháp/);
  });

  it('sends a residence confirmation to any commune police station, free', async () => {
    const a = await answerer.answer('Không có điện thoại thông minh thì xin giấy xác nhận cư trú ở đâu?');
    expect(a.entry).toBe('cu-tru-xac-nhan-khong-smartphone');
    expect(a.text).toMatch(/công an xã, phường/);
    expect(a.text).toMatch(/Không mất phí/);
  });
});

describe('a physical limitation gets the accessibility advice (session 18, trial18)', () => {
  it('answers shaking hands with speaking instead of typing, not the teachers entry', async () => {
    const a = await answerer.answer('tay run, bấm hay sai');
    expect(a.entry).toBe('dt-tay-run-bam-sai');
    expect(a.entry).not.toBe('dt-day-nguoi-cao-tuoi');
    expect(a.text).toMatch(/micro/);
  });

  it('answers weak hearing with volume, the loudspeaker and captions', async () => {
    const a = await answerer.answer('tai nghe kém');
    expect(a.entry).toBe('dt-nghe-kem');
    expect(a.text).toMatch(/Loa ngoài/);
    expect(a.text).toMatch(/Phụ đề/);
  });
});

describe('the criminal-record certificate fee and time are stated (session 18, trial18)', () => {
  it('gives the fee with its reductions', async () => {
    const a = await answerer.answer('lệ phí xin phiếu lý lịch tư pháp bao nhiêu tiền?');
    expect(a.entry).toBe('ltp-le-phi');
    expect(a.text).toMatch(/200\.000 đồng/);
    expect(a.text).toMatch(/người cao tuổi/);
  });

  it('gives the processing time', async () => {
    const a = await answerer.answer('xin lý lịch tư pháp thì mấy ngày mới có?');
    expect(a.entry).toBe('ltp-thoi-han');
    expect(a.text).toMatch(/10 ngày làm việc/);
  });
});
