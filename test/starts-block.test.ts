import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { startsBlock, startsBlockByPattern } from '../src/normalize/layout/layout-lines.js';
import { corpusDir, corpusFiles } from './helpers/corpus.js';

// startsBlock rules out most lines by their first two characters before trying the patterns
// of numbering, bullets, rules and labels; it must never rule out a line the patterns take.
describe('startsBlock', () => {
  test('agrees with the patterns on every line of the corpus', () => {
    for (const file of corpusFiles()) {
      for (const raw of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
        const line = raw.trim();
        expect(startsBlock(line), line).toBe(startsBlockByPattern(line));
      }
    }
  });

  test.each([
    'PHẦN THỨ NHẤT',
    'Phần I: Mục tiêu',
    'A. NHIỆM VỤ CHUNG',
    'B) Tổ chức thực hiện',
    'Đ. Khác',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'XIV- NHIỆM VỤ',
    'XL/ Khác',
    '2.1. Phòng Tư pháp',
    '1. Mục đích',
    '3) Đề nghị',
    'a) Phòng Nội vụ',
    'đ. Thanh tra huyện',
    '- Phòng Nội vụ;',
    '+ Thời gian',
    '• Nội dung',
    '➢ Nội dung',
    '-----------------',
    '___',
    '* * *',
    '======',
    '...---',
    'Nơi nhận:',
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'TUQ. CHỦ TỊCH',
    'Q. CHỦ TỊCH',
    'Căn cứ Luật Tổ chức',
    'Số: 21/KH-UBND',
    'V/v triển khai',
    '(Ban hành kèm theo Kế hoạch)',
    '(kèm theo)',
    'Điều 1. Phạm vi',
  ])('takes %j as the patterns do', (line) => {
    expect(startsBlockByPattern(line)).toBe(true);
    expect(startsBlock(line)).toBe(true);
  });

  test('agrees with the patterns on random lines', () => {
    const pieces = [
      'P',
      'HẦN',
      'hần',
      'I',
      'V',
      'X',
      'L',
      'A',
      'Đ',
      'a',
      'đ',
      'z',
      '1',
      '2',
      '.',
      ')',
      '-',
      '/',
      ' ',
      '•',
      '*',
      '_',
      '=',
      'N',
      'ơi nhận',
      'T',
      'M',
      'K',
      'Q',
      'C',
      'ăn cứ ',
      'S',
      'ố',
      ':',
      '(',
      'Kèm theo',
      'iều',
      'Ủy',
      'x',
      '\u00a0',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const line = parts.join('');
        expect(startsBlock(line)).toBe(startsBlockByPattern(line));
      }),
      { numRuns: 20_000 },
    );
  });
});
