/*
 * slug.c - turning a headline or a name into a directory name (see slug.h).
 *
 * The input is decoded one code point at a time.  ASCII letters and digits
 * are kept (lowercased); Latin letters with diacritics, ligatures and a few
 * look-alikes are spelt in ASCII from a table; apostrophes inside a word
 * vanish so that possessives and contractions stay one word; combining
 * marks vanish so that decomposed text ("e" + U+0301) reads like composed
 * text; everything else - punctuation, spaces, other scripts, emoji,
 * invalid bytes - only separates words.
 *
 * The output is written straight into the caller's buffer as it is found,
 * so a megabyte of headline costs no memory, and the scan stops as soon as
 * the slug is full.
 */
#include <stdbool.h>
#include <stdint.h>

#include "articlefs/slug.h"
#include "articlefs/utf8.h"

/*
 * How the non-ASCII letters are spelt.  Upper and lower case share a range
 * wherever Unicode keeps them adjacent, since the slug is lowercase anyway.
 * Sorted by first code point for the binary search; a code point in no
 * range is not a letter we know and separates words.
 */
struct translit {
	uint32_t first, last;
	const char *ascii;
};

static const struct translit translits[] = {
	/* Latin-1 Supplement */
	{0x00AA, 0x00AA, "a"}, /* feminine ordinal */
	{0x00B2, 0x00B2, "2"},
	{0x00B3, 0x00B3, "3"},
	{0x00B5, 0x00B5, "u"}, /* micro sign */
	{0x00B9, 0x00B9, "1"},
	{0x00BA, 0x00BA, "o"}, /* masculine ordinal */
	{0x00C0, 0x00C5, "a"},
	{0x00C6, 0x00C6, "ae"},
	{0x00C7, 0x00C7, "c"},
	{0x00C8, 0x00CB, "e"},
	{0x00CC, 0x00CF, "i"},
	{0x00D0, 0x00D0, "d"},
	{0x00D1, 0x00D1, "n"},
	{0x00D2, 0x00D6, "o"},
	{0x00D8, 0x00D8, "o"}, /* U+00D7 is the multiplication sign */
	{0x00D9, 0x00DC, "u"},
	{0x00DD, 0x00DD, "y"},
	{0x00DE, 0x00DE, "th"},
	{0x00DF, 0x00DF, "ss"},
	{0x00E0, 0x00E5, "a"},
	{0x00E6, 0x00E6, "ae"},
	{0x00E7, 0x00E7, "c"},
	{0x00E8, 0x00EB, "e"},
	{0x00EC, 0x00EF, "i"},
	{0x00F0, 0x00F0, "d"},
	{0x00F1, 0x00F1, "n"},
	{0x00F2, 0x00F6, "o"},
	{0x00F8, 0x00F8, "o"}, /* U+00F7 is the division sign */
	{0x00F9, 0x00FC, "u"},
	{0x00FD, 0x00FD, "y"},
	{0x00FE, 0x00FE, "th"},
	{0x00FF, 0x00FF, "y"},
	/* Latin Extended-A */
	{0x0100, 0x0105, "a"},
	{0x0106, 0x010D, "c"},
	{0x010E, 0x0111, "d"},
	{0x0112, 0x011B, "e"},
	{0x011C, 0x0123, "g"},
	{0x0124, 0x0127, "h"},
	{0x0128, 0x0131, "i"},
	{0x0132, 0x0133, "ij"},
	{0x0134, 0x0135, "j"},
	{0x0136, 0x0138, "k"},
	{0x0139, 0x0142, "l"},
	{0x0143, 0x0149, "n"},
	{0x014A, 0x014B, "ng"},
	{0x014C, 0x0151, "o"},
	{0x0152, 0x0153, "oe"},
	{0x0154, 0x0159, "r"},
	{0x015A, 0x0161, "s"},
	{0x0162, 0x0167, "t"},
	{0x0168, 0x0173, "u"},
	{0x0174, 0x0175, "w"},
	{0x0176, 0x0178, "y"},
	{0x0179, 0x017E, "z"},
	{0x017F, 0x017F, "s"}, /* long s */
	/* Latin Extended-B: the letters of living orthographies */
	{0x0180, 0x0183, "b"},
	{0x0186, 0x0186, "o"},
	{0x0187, 0x0188, "c"},
	{0x0189, 0x018C, "d"},
	{0x018E, 0x0190, "e"}, /* includes schwa */
	{0x0191, 0x0192, "f"},
	{0x0193, 0x0193, "g"},
	{0x0197, 0x0197, "i"},
	{0x0198, 0x0199, "k"},
	{0x019A, 0x019A, "l"},
	{0x019D, 0x019E, "n"},
	{0x019F, 0x01A1, "o"}, /* Vietnamese horned o */
	{0x01A4, 0x01A5, "p"},
	{0x01AB, 0x01AE, "t"},
	{0x01AF, 0x01B0, "u"}, /* Vietnamese horned u */
	{0x01B2, 0x01B2, "v"},
	{0x01B3, 0x01B4, "y"},
	{0x01B5, 0x01B6, "z"},
	{0x01C4, 0x01C6, "dz"},
	{0x01C7, 0x01C9, "lj"},
	{0x01CA, 0x01CC, "nj"},
	{0x01CD, 0x01CE, "a"},
	{0x01CF, 0x01D0, "i"},
	{0x01D1, 0x01D2, "o"},
	{0x01D3, 0x01DC, "u"},
	{0x01DD, 0x01DD, "e"},
	{0x01DE, 0x01E1, "a"},
	{0x01E2, 0x01E3, "ae"},
	{0x01E4, 0x01E7, "g"},
	{0x01E8, 0x01E9, "k"},
	{0x01EA, 0x01ED, "o"},
	{0x01F0, 0x01F0, "j"},
	{0x01F1, 0x01F3, "dz"},
	{0x01F4, 0x01F5, "g"},
	{0x01F8, 0x01F9, "n"},
	{0x01FA, 0x01FB, "a"},
	{0x01FC, 0x01FD, "ae"},
	{0x01FE, 0x01FF, "o"},
	{0x0200, 0x0203, "a"},
	{0x0204, 0x0207, "e"},
	{0x0208, 0x020B, "i"},
	{0x020C, 0x020F, "o"},
	{0x0210, 0x0213, "r"},
	{0x0214, 0x0217, "u"},
	{0x0218, 0x0219, "s"}, /* Romanian comma below */
	{0x021A, 0x021B, "t"},
	{0x021E, 0x021F, "h"},
	{0x0224, 0x0225, "z"},
	{0x0226, 0x0227, "a"},
	{0x0228, 0x0229, "e"},
	{0x022A, 0x0231, "o"},
	{0x0232, 0x0233, "y"},
	/* Latin Extended Additional: dotted and underdotted letters */
	{0x1E00, 0x1E01, "a"},
	{0x1E02, 0x1E07, "b"},
	{0x1E08, 0x1E09, "c"},
	{0x1E0A, 0x1E13, "d"},
	{0x1E14, 0x1E1D, "e"},
	{0x1E1E, 0x1E1F, "f"},
	{0x1E20, 0x1E21, "g"},
	{0x1E22, 0x1E2B, "h"},
	{0x1E2C, 0x1E2F, "i"},
	{0x1E30, 0x1E35, "k"},
	{0x1E36, 0x1E3D, "l"},
	{0x1E3E, 0x1E43, "m"},
	{0x1E44, 0x1E4B, "n"},
	{0x1E4C, 0x1E53, "o"},
	{0x1E54, 0x1E57, "p"},
	{0x1E58, 0x1E5F, "r"},
	{0x1E60, 0x1E69, "s"},
	{0x1E6A, 0x1E71, "t"},
	{0x1E72, 0x1E7B, "u"},
	{0x1E7C, 0x1E7F, "v"},
	{0x1E80, 0x1E89, "w"},
	{0x1E8A, 0x1E8D, "x"},
	{0x1E8E, 0x1E8F, "y"},
	{0x1E90, 0x1E95, "z"},
	{0x1E96, 0x1E96, "h"},
	{0x1E97, 0x1E97, "t"},
	{0x1E98, 0x1E98, "w"},
	{0x1E99, 0x1E99, "y"},
	{0x1E9A, 0x1E9A, "a"},
	{0x1E9B, 0x1E9B, "s"},
	{0x1E9E, 0x1E9E, "ss"}, /* capital sharp s */
	/* ... and the Vietnamese vowels with tone marks */
	{0x1EA0, 0x1EB7, "a"},
	{0x1EB8, 0x1EC7, "e"},
	{0x1EC8, 0x1ECB, "i"},
	{0x1ECC, 0x1EE3, "o"},
	{0x1EE4, 0x1EF1, "u"},
	{0x1EF2, 0x1EF9, "y"},
	/* Alphabetic presentation forms: typeset ligatures */
	{0xFB00, 0xFB00, "ff"},
	{0xFB01, 0xFB01, "fi"},
	{0xFB02, 0xFB02, "fl"},
	{0xFB03, 0xFB03, "ffi"},
	{0xFB04, 0xFB04, "ffl"},
	{0xFB05, 0xFB06, "st"},
};

static const char *translit_find(uint32_t cp)
{
	size_t lo = 0, hi = sizeof(translits) / sizeof(translits[0]);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < translits[mid].first)
			hi = mid;
		else if (cp > translits[mid].last)
			lo = mid + 1;
		else
			return translits[mid].ascii;
	}
	return NULL;
}

/*
 * Marks that change a letter without being one: combining diacritics
 * (decomposed text), and the invisible format characters that word
 * processors sprinkle into names.  They must not split a word.
 */
static bool is_silent(uint32_t cp)
{
	return (cp >= 0x0300 && cp <= 0x036F) || /* combining diacritics */
	       (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	       (cp >= 0x1DC0 && cp <= 0x1DFF) ||
	       cp == 0x00AD ||			 /* soft hyphen */
	       (cp >= 0x200B && cp <= 0x200D) || /* zero width */
	       cp == 0x2060 || cp == 0xFEFF;
}

/*
 * ASCII apostrophe, the right single quotation mark that typesetting puts
 * in "Zelenskyy’s", the modifier letter apostrophe, and the Hawaiian okina
 * ("Hawaiʻi"), which is one letter of the word it sits in.
 */
static bool is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x02BB;
}

/*
 * The ASCII spelling of cp: its characters, or NULL when cp separates
 * words.  buf holds the one-character answers.
 */
static const char *spell(uint32_t cp, char buf[2])
{
	if (cp < 0x80) {
		if (cp >= 'A' && cp <= 'Z')
			cp += 'a' - 'A';
		else if (!(cp >= 'a' && cp <= 'z') && !(cp >= '0' && cp <= '9'))
			return NULL;
		buf[0] = (char)cp;
		buf[1] = '\0';
		return buf;
	}
	/* Fullwidth forms, as East Asian text writes Latin letters. */
	if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
	    (cp >= 0xFF41 && cp <= 0xFF5A))
		return spell(cp - 0xFEE0, buf);
	return translit_find(cp);
}

/* The slug being written, and where its last complete word ends. */
struct slug {
	char *out;
	size_t len;
	size_t word_end; /* length up to the last hyphen; 0 before one */
	bool gap;	 /* a separator came since the last letter */
	bool full;
};

/*
 * Appends one letter of a word.  When the slug has no room, the word in
 * progress is dropped whole if an earlier word ends before it, else (one
 * word longer than the limit) the slug keeps the first SLUG_MAX bytes.
 */
static void put(struct slug *sl, char c)
{
	if (sl->gap && sl->len > 0) {
		if (sl->len + 1 >= SLUG_MAX) {
			/* Not even one letter of another word fits. */
			sl->full = true;
			return;
		}
		sl->word_end = sl->len;
		sl->out[sl->len++] = '-';
	}
	sl->gap = false;
	if (sl->len == SLUG_MAX) {
		if (sl->word_end > 0)
			sl->len = sl->word_end;
		sl->full = true;
		return;
	}
	sl->out[sl->len++] = c;
}

size_t slug_make(const char *s, size_t n, char *out)
{
	struct slug sl = {.out = out};
	bool in_word = false;
	size_t i = 0;

	while (i < n && !sl.full) {
		uint32_t cp;
		char buf[2];
		const char *ascii;

		/* ASCII, nearly every byte of a name or headline, without
		 * decoding: a letter or digit is put lowercase, an
		 * apostrophe inside a word vanishes, the rest separate. */
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			i++;
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				put(&sl, (char)c);
				in_word = true;
			} else if (c != '\'' || !in_word) {
				sl.gap = true;
				in_word = false;
			}
			continue;
		}
		i += utf8_decode(s + i, n - i, &cp);
		if (is_silent(cp))
			continue;
		if (is_apostrophe(cp) && in_word)
			continue;
		ascii = spell(cp, buf);
		if (!ascii) {
			sl.gap = true;
			in_word = false;
			continue;
		}
		for (; *ascii && !sl.full; ascii++)
			put(&sl, *ascii);
		in_word = true;
	}
	out[sl.len] = '\0';
	return sl.len;
}
