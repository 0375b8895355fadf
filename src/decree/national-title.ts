// The national title and motto of the header (Decree 30, Phụ lục I, ô 1), word for word.

export const nationalTitle = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

export const motto = 'Độc lập - Tự do - Hạnh phúc';
