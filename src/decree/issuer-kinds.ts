// The kinds of issuer a plan can come from (state bodies and schools, the Party, the Đoàn) and what each prints
// differently: the right column's title, the motto, the mark under the agency, the number line, the signing forms.
// Sources: Decree 30/2020 (state); Hướng dẫn 36-HD/VPTW and real Party documents (Party); QĐ 367 + HD 29-HD/TWĐTN-VP
// of 2013 and real Trung ương Đoàn documents (Đoàn), as summed up in shared/research §4. Values a source leaves
// uncertain are marked "uncertain" and are settings of the kind here, so they change in one place.
import { motto, nationalTitle } from './national-title';

export const issuerKindNames = ['nha-nuoc', 'dang', 'doan'] as const;
export type IssuerKindName = (typeof issuerKindNames)[number];

/** A signing authority as the layout reads it (the state's KT., TM., TL., TUQ., Q.), and how the kind writes it. */
export type AuthorityPrefix = 'KT.' | 'TM.' | 'TL.' | 'TUQ.' | 'Q.';

export interface IssuerKind {
  /** How messages name a document of the kind. */
  noun: { vi: string; en: string };
  /** The right column's title (ô 1) and the motto under it ('' for none). */
  nation: string;
  motto: string;
  /**
   * Under the agency's name: '' for the short rule (Decree 30), or a mark set as text ("*" for the Party: real
   * documents 36-HD/VPTW, 399-QĐ/TW; "***" for the Đoàn: real Trung ương Đoàn documents of 2013–2024).
   */
  agencyMark: string;
  /**
   * The number line: "Số: 05/KH-SGDĐT" (state); "Số 12-KH/HU" (Party, HD 36: no colon, a hyphen before the type);
   * "Số: 225-KH/TWĐTN-CTTN" (Đoàn, real documents: colon, hyphen; the issuer's code may hold a hyphen itself).
   */
  numberLabel: string;
  /**
   * Under the trích yếu: '' for the state's short rule, or hyphens set as text: "-----" (Party, HD 36 as practitioners
   * sum it up: uncertain), "---------" (Đoàn: real Trung ương Đoàn documents).
   */
  summaryMark: string;
  /** Between the number and the type code ("/" state, "-" Party and Đoàn) and between the type and the issuer. */
  numberJoin: string;
  typeJoin: string;
  /**
   * The code a công văn's symbol carries: none for the state (Decree 30, Phụ lục III: công văn has no abbreviation),
   * "CV" for the Party (HD 36-HD/VPTW: "Số 15-CV/HU") and the Đoàn ("Số: 15-CV/TĐTN-VP").
   */
  letterCode: string;
  /** Each signing authority the kind uses, as written (none for a form the kind lacks). */
  authorities: Partial<Record<AuthorityPrefix, string>>;
  /** The written authorities that combine, before the signer's own title (e.g. "TM. KT."). */
  chains: readonly string[];
  /** The archive line: "- Lưu: VT, P.GDTX." (state, VT required) or "- Lưu Văn phòng Huyện ủy." (no colon). */
  archiveLabel: string;
  archiveNeedsRegistry: boolean;
  /** What ends each recipient line but the archive line. */
  recipientEnd: string;
}

const stateAuthorities: IssuerKind['authorities'] = { 'KT.': 'KT.', 'TM.': 'TM.', 'TL.': 'TL.', 'TUQ.': 'TUQ.', 'Q.': 'Q.' };
const stateChains = ['', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.', 'TM. KT.', 'TL. KT.'];

export const issuerKinds: Record<IssuerKindName, IssuerKind> = {
  'nha-nuoc': {
    noun: { vi: 'văn bản nhà nước', en: 'a state document' },
    nation: nationalTitle,
    motto,
    agencyMark: '',
    numberLabel: 'Số: ',
    summaryMark: '',
    numberJoin: '/',
    typeJoin: '-',
    letterCode: '',
    authorities: stateAuthorities,
    chains: stateChains,
    archiveLabel: 'Lưu: ',
    archiveNeedsRegistry: true,
    recipientEnd: ';',
  },
  dang: {
    noun: { vi: 'văn bản Đảng', en: 'a Party document' },
    nation: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    motto: '',
    agencyMark: '*',
    numberLabel: 'Số ',
    summaryMark: '-----',
    numberJoin: '-',
    typeJoin: '/',
    letterCode: 'CV',
    // HD 36 §II.1.7.1: T/M for a cấp ủy and the bodies like it, K/T for a deputy of a cơ quan tham mưu; T/L and Q.
    // from practice. No TUQ., and no three-line form: a deputy secretary signs T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ.
    authorities: { 'TM.': 'T/M', 'KT.': 'K/T', 'TL.': 'T/L', 'Q.': 'Q.' },
    chains: ['', 'T/M', 'K/T', 'T/L', 'Q.'],
    // Uncertain (HD 36 as summed up by practitioners; real Party documents agree): "- Lưu Văn phòng Tỉnh ủy." without
    // a colon or VT, and recipients ending with ",".
    archiveLabel: 'Lưu ',
    archiveNeedsRegistry: false,
    recipientEnd: ',',
  },
  doan: {
    noun: { vi: 'văn bản Đoàn', en: 'a Đoàn document' },
    nation: 'ĐOÀN TNCS HỒ CHÍ MINH',
    motto: '',
    agencyMark: '***',
    numberLabel: 'Số: ',
    summaryMark: '---------',
    numberJoin: '-',
    typeJoin: '/',
    letterCode: 'CV',
    authorities: stateAuthorities,
    chains: stateChains,
    // Real Trung ương Đoàn documents: "- Lưu VP HĐĐTW." without a colon; recipients end with ";".
    archiveLabel: 'Lưu ',
    archiveNeedsRegistry: false,
    recipientEnd: ';',
  },
};

/** The kind's settings; a plan without agency.kind is a state document. */
export function findIssuerKind(name: IssuerKindName | undefined): IssuerKind {
  return issuerKinds[name ?? 'nha-nuoc'];
}
