import { capitalised } from '../../lexicon/capitalised.js';
import type { Signer } from '../../schema/meta.js';
import { modeLine } from '../../segment/line-kinds.js';
import type { ClosingBlock } from '../../segment/types.js';
import { organisationCase } from './organisation-case.js';

const titleCase = (name: string): string =>
  /\p{Ll}/u.test(name) ? name : name.toLocaleLowerCase('vi').split(/\s+/u).map(capitalised).join(' ');

/**
 * The signer (SPEC §2.1) from the signature block: the mode of the last 'TM.'/'KT.'/'TL.'/
 * 'TUQ.' line, the organisation signed for ('TM. ỦY BAN NHÂN DÂN' → 'Ủy ban nhân dân'), the
 * position in sentence case ('QUYỀN CHỦ TỊCH' → 'Quyền Chủ tịch') and the name. Null when
 * the block gives neither a position nor a name.
 */
export function signerFromClosing(closing: ClosingBlock): Signer | null {
  const name = closing.signerNameLine?.text ?? null;
  const title = closing.signerTitleLine?.text ?? null;
  if (!name && !title) return null;
  const lastMode = closing.modeLines.at(-1);
  const mode = lastMode ? (modeLine(lastMode.text)?.mode ?? null) : null;
  const authorityRest = closing.authorityLine ? modeLine(closing.authorityLine.text)?.rest : undefined;
  return {
    name: name ? titleCase(name) : '',
    title: title ? organisationCase(title) : '',
    authority: authorityRest ? organisationCase(authorityRest) : null,
    mode: mode ?? null,
  };
}
