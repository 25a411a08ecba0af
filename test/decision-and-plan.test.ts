import { describe, expect, test } from 'vitest';
import { parsePlan } from '../src/index.js';

// A plan issued by a decision printed before it, as provinces publish them: the decision's
// header, 'Căn cứ …' lines, articles, its own 'Nơi nhận' and signer; then the plan, with a
// header of its own.
const TEXT = `ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 12/QĐ-UBND
Gia Lai, ngày 18 tháng 8 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch phòng cháy rừng năm 2026

Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;
Căn cứ Nghị định số 91/2024/NĐ-CP ngày 18 tháng 7 năm 2024 của Chính phủ;

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng cháy rừng năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Quang Thịnh

ỦY BAN NHÂN DÂN
TỈNH GIA LAI

KẾ HOẠCH
Phòng cháy rừng năm 2026
(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 18 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh)

I. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
Chủ trì, phối hợp với Công an tỉnh bố trí kinh phí thực hiện Kế hoạch.
`;

describe('a plan issued by a decision printed before it', async () => {
  const plan = await parsePlan(TEXT);

  test("the decision's 'Nơi nhận' does not end the part of the plan where units get roles", () => {
    expect(plan.units.map((u) => [u.name, u.roles])).toEqual([
      ['Sở Tài chính', ['lead']],
      ['Công an tỉnh', ['cooperate']],
    ]);
    expect(plan.tasks.map((t) => [t.id, t.lead, t.cooperating])).toEqual([
      ['I.1', ['Sở Tài chính'], ['Công an tỉnh']],
    ]);
  });

  test("the documents the decision rests on are the plan's citations; the decision itself is not", () => {
    expect(plan.citations.map((c) => c.id ?? c.title)).toEqual(['Luật Lâm nghiệp', '91/2024/NĐ-CP']);
    expect(plan.meta.issuedWith).toMatchObject({ type: 'Quyết định', number: '12/QĐ-UBND' });
  });
});
