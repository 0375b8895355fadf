// Amounts as Vietnamese writes them: thousands grouped with dots, decimals after a comma (1.250.000; 2,5).

/** An amount read from a cell: its value and how many decimals it was written with (kept when printed). */
export interface Amount {
  value: number;
  decimals: number;
}

/** "1.250.000", "1250000", "2,5", "-300.000": the forms a clerk writes an amount in. */
const written = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/** The amount in a cell (a number, or text written as above), null for an empty cell, undefined when it is no amount. */
export function readAmount(value: string | number | null | undefined): Amount | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return undefined;
    return { value, decimals: String(value).split('.')[1]?.length ?? 0 };
  }
  const text = value.trim();
  if (text === '') return null;
  if (!written.test(text)) return undefined;
  const [whole = '', fraction = ''] = text.replace(/\./g, '').split(',');
  return { value: Number(`${whole}.${fraction || '0'}`), decimals: fraction.length };
}

/** 1250000 → "1.250.000"; 2.5 with one decimal → "2,5". */
export function formatAmount({ value, decimals }: Amount): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** The sum of amounts, exact to the most decimals any of them has (0.1 + 0.2 is 0,3, not 0,30000000000000004). */
export function sumAmounts(amounts: readonly Amount[]): Amount {
  const decimals = Math.max(0, ...amounts.map((amount) => amount.decimals));
  const scale = 10 ** decimals;
  const total = amounts.reduce((sum, amount) => sum + Math.round(amount.value * scale), 0);
  return { value: total / scale, decimals };
}
