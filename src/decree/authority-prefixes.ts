// The signing authorities of Decree 30 (Điều 13): written before the head's title, or none when the head signs.

export const authorityPrefixes = ['', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'] as const;

/** The authorities that sign for someone else, so the head's title or the collective body follows them (KT. GIÁM ĐỐC). */
export const authoritiesNamingTheHead: ReadonlySet<string> = new Set(['KT.', 'TM.', 'TL.', 'TUQ.']);
