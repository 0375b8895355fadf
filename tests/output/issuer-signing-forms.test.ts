// The signing forms by the kind of the agency each signer signs for: Q. on a Party document (the Party writes it as
// the state does), and a joint document's partner of another kind (agency.partner.kind) checked by its own forms.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parsePlan } from '../../src/plan/load-plan';
import { repoRoot } from '../helpers/build-plan';
import { diagnosticsOf } from '../helpers/plan-diagnostics';

const read = (name: string) => fs.readFileSync(path.join(repoRoot, 'plans', name), 'utf8');
const party = read('2025-huyen-uy.yaml');
const joint = read('2024-lien-tich-sgddt-tinh-doan.yaml');
const partyLines = 'lines: [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ]';
const jointLeftLines = 'lines: [TM. BAN THƯỜNG VỤ, PHÓ BÍ THƯ]';

describe('Q. on a Party document', () => {
  it('is accepted in lines and as signer.authority, as the Party writes it (Q. BÍ THƯ)', () => {
    expect(party).toContain(partyLines);
    expect(parsePlan(party.replace(partyLines, 'lines: [Q. BÍ THƯ]'), 'p.yaml').plan.signer?.lines).toEqual(['Q. BÍ THƯ']);
    expect(parsePlan(party.replace(partyLines, 'authority: Q.\n  title: BÍ THƯ'), 'p.yaml').plan.signer?.authority).toBe('Q.');
  });
});

describe('a joint document whose partner is of another kind', () => {
  const partyPartner = joint.replace('  partner:\n', '  partner:\n    kind: dang\n');

  it('checks the left signer (the partner\'s) by the partner\'s forms: T/M accepted, TM. refused with T/M suggested', () => {
    expect(joint).toContain(jointLeftLines);
    expect(partyPartner).toContain('    kind: dang\n');
    expect(parsePlan(partyPartner.replace(jointLeftLines, 'lines: [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ]'), 'p.yaml').plan.signers?.[0]?.lines?.[0]).toBe('T/M BAN THƯỜNG VỤ');
    const [tm] = diagnosticsOf(partyPartner);
    expect(tm!.path).toBe('signers.0.lines.0');
    expect(tm!.en?.hint).toBe('write "T/M BAN THƯỜNG VỤ"');
  });

  it('checks the right signer (the lead agency\'s) by the lead\'s forms, and the partner by the lead\'s when it names no kind', () => {
    const [left] = diagnosticsOf(joint.replace(jointLeftLines, 'lines: [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ]'));
    expect(left!.path).toBe('signers.0.lines.0');
    expect(left!.en?.message).toContain('a state document writes "TM."');
    const partyLeft = partyPartner.replace(jointLeftLines, 'lines: [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ]');
    const rightSigner = '  - authority: KT.\n    head: GIÁM ĐỐC\n    title: PHÓ GIÁM ĐỐC\n';
    expect(partyLeft).toContain(rightSigner);
    const [right] = diagnosticsOf(partyLeft.replace(rightSigner, '  - lines: [K/T GIÁM ĐỐC, PHÓ GIÁM ĐỐC]\n'));
    expect(right!.path).toBe('signers.1.lines.0');
    expect(right!.en?.hint).toBe('write "KT. GIÁM ĐỐC"');
  });
});
