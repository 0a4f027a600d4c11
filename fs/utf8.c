/*
 * utf8.c - decoding and repairing UTF-8 (see utf8.h).
 *
 * The decoder is strict (RFC 3629): no overlongs, no surrogates, nothing
 * above U+10FFFF.  Each byte that cannot start a valid sequence is one
 * U+FFFD, so repair never loses more than the bad byte itself.
 */
#include <stdlib.h>
#include <string.h>

#include "articlefs/utf8.h"

size_t utf8_decode(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c = s[0], min;
	size_t len;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		c &= 0x1F;
		min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		c &= 0x0F;
		min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		c &= 0x07;
		min = 0x10000;
	} else {
		goto bad;
	}
	if (n < len)
		goto bad;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			goto bad;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		goto bad;
	*cp = c;
	return len;
bad:
	*cp = UTF8_REPLACEMENT;
	return 1;
}

size_t utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = 0xC0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = UTF8_REPLACEMENT;
	if (cp < 0x10000) {
		o[0] = 0xE0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3F);
		o[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3F);
	o[2] = 0x80 | ((cp >> 6) & 0x3F);
	o[3] = 0x80 | (cp & 0x3F);
	return 4;
}

/* True when the sequence at s is a genuine U+FFFD, not a decoding error. */
static int is_real_replacement(const char *s, size_t n)
{
	return n >= 3 && memcmp(s, "\xEF\xBF\xBD", 3) == 0;
}

size_t utf8_valid_prefix(const char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (cp == UTF8_REPLACEMENT &&
		    !is_real_replacement(s + i, n - i))
			break;
		i += k;
	}
	return i;
}

size_t utf8_count_invalid(const char *s, size_t n)
{
	size_t i = 0, bad = 0;
	uint32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (cp == UTF8_REPLACEMENT &&
		    !is_real_replacement(s + i, n - i))
			bad++;
		i += k;
	}
	return bad;
}

char *utf8_repair(const char *s, size_t n, size_t *out_len)
{
	/* Worst case: every byte becomes a 3-byte U+FFFD. */
	char *out = malloc(n * 3 + 1), *o = out;
	size_t i = 0;
	uint32_t cp;

	if (!out)
		return NULL;
	while (i < n) {
		unsigned char c = s[i];
		if (c < 0x80) {
			if (c)
				*o++ = c;
			i++;
			continue;
		}
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (cp == UTF8_REPLACEMENT &&
		    !is_real_replacement(s + i, n - i))
			o += utf8_encode(UTF8_REPLACEMENT, o);
		else
			memcpy(o, s + i, k), o += k;
		i += k;
	}
	*o = '\0';
	if (out_len)
		*out_len = o - out;
	return out;
}

bool utf8_is_space(uint32_t cp)
{
	switch (cp) {
	case ' ':
	case '\t':
	case '\n':
	case '\v':
	case '\f':
	case '\r':
	case 0x85:   /* next line */
	case 0xA0:   /* no-break space */
	case 0x1680: /* ogham space mark */
	case 0x2028: /* line separator */
	case 0x2029: /* paragraph separator */
	case 0x202F: /* narrow no-break space */
	case 0x205F: /* medium mathematical space */
	case 0x3000: /* ideographic space */
	case 0xFEFF: /* byte order mark, stray inside text */
		return true;
	}
	/* en quad .. hair space, and the zero-width space */
	return (cp >= 0x2000 && cp <= 0x200B);
}

/* The byte that Windows-1252 (or Latin-1) shows as cp, or -1: the reading
 * that turns UTF-8 into mojibake ("’" becomes "â€™"). */
static int legacy_byte(uint32_t cp)
{
	static const uint16_t w1252[32] = {
		0x20AC, 0,	0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,	0x017D, 0,
		0,	0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,	0x017E, 0x0178};
	if (cp >= 0x80 && cp <= 0xFF)
		return (int)cp;
	if (cp < 0x152 || cp > 0x2122)
		return -1;
	for (int i = 0; i < 32; i++)
		if (w1252[i] == cp)
			return 0x80 + i;
	return -1;
}

/* What mojibake is made of: Latin letters, Greek and Cyrillic, general
 * punctuation ("’", "—"), the euro and the trade mark.  Not "ɒ" from a
 * legitimate "É’", nor a CJK character from "é––". */
static bool plausible(uint32_t cp)
{
	return (cp >= 0x80 && cp < 0x250) || (cp >= 0x370 && cp < 0x530) ||
	       (cp >= 0x2000 && cp < 0x2070) || cp == 0x20AC || cp == 0x2122;
}

static bool unmangle_at(const char *s, size_t n, int depth, uint32_t *cp,
			size_t *used);

/* The character at s, repaired through as many as depth layers. */
static uint32_t layer_char(const char *s, size_t n, int depth, size_t *used)
{
	uint32_t cp;
	for (; depth > 0; depth--)
		if (unmangle_at(s, n, depth, &cp, used))
			return cp;
	*used = utf8_decode(s, n, &cp);
	return cp;
}

/* One character that exactly depth layers of mojibake made into the
 * characters at s: those characters' legacy bytes, each read through
 * depth - 1 layers, are one valid UTF-8 sequence. */
static bool unmangle_at(const char *s, size_t n, int depth, uint32_t *cp,
			size_t *used)
{
	size_t at, k;
	int lead = legacy_byte(layer_char(s, n, depth - 1, &at));
	if (lead < 0xC2 || lead > 0xF4)
		return false;
	size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
	char bytes[4] = {(char)lead};
	for (size_t j = 1; j < len; j++, at += k) {
		if (at >= n)
			return false;
		int b = legacy_byte(layer_char(s + at, n - at, depth - 1, &k));
		if (b < 0x80 || b > 0xBF)
			return false;
		bytes[j] = (char)b;
	}
	uint32_t c;
	if (utf8_decode(bytes, len, &c) != len || !plausible(c))
		return false;
	*cp = c;
	*used = at;
	return true;
}

size_t utf8_unmangle(const char *s, size_t n, uint32_t *cp)
{
	size_t used;
	/* Two layers at most: a text mangled twice ("Ã\u0083Â§" for "ç")
	 * is common in scraped archives; three is not. */
	for (int depth = 2; depth > 0; depth--)
		if (unmangle_at(s, n, depth, cp, &used))
			return used;
	return 0;
}

/* The letters of Latin-1 and Latin Extended-A that Unicode decomposes
 * into an ASCII letter and one combining mark (U+0300 to U+0328), sorted
 * by mark and then base: what NFC makes of the pair. */
static const struct {
	unsigned char mark; /* the mark's code point less U+0300 */
	char base;
	unsigned short letter;
} compositions[] = {{0x00, 'A', 0x0C0}, {0x00, 'E', 0x0C8}, {0x00, 'I', 0x0CC},
		    {0x00, 'O', 0x0D2}, {0x00, 'U', 0x0D9}, {0x00, 'a', 0x0E0},
		    {0x00, 'e', 0x0E8}, {0x00, 'i', 0x0EC}, {0x00, 'o', 0x0F2},
		    {0x00, 'u', 0x0F9}, {0x01, 'A', 0x0C1}, {0x01, 'C', 0x106},
		    {0x01, 'E', 0x0C9}, {0x01, 'I', 0x0CD}, {0x01, 'L', 0x139},
		    {0x01, 'N', 0x143}, {0x01, 'O', 0x0D3}, {0x01, 'R', 0x154},
		    {0x01, 'S', 0x15A}, {0x01, 'U', 0x0DA}, {0x01, 'Y', 0x0DD},
		    {0x01, 'Z', 0x179}, {0x01, 'a', 0x0E1}, {0x01, 'c', 0x107},
		    {0x01, 'e', 0x0E9}, {0x01, 'i', 0x0ED}, {0x01, 'l', 0x13A},
		    {0x01, 'n', 0x144}, {0x01, 'o', 0x0F3}, {0x01, 'r', 0x155},
		    {0x01, 's', 0x15B}, {0x01, 'u', 0x0FA}, {0x01, 'y', 0x0FD},
		    {0x01, 'z', 0x17A}, {0x02, 'A', 0x0C2}, {0x02, 'C', 0x108},
		    {0x02, 'E', 0x0CA}, {0x02, 'G', 0x11C}, {0x02, 'H', 0x124},
		    {0x02, 'I', 0x0CE}, {0x02, 'J', 0x134}, {0x02, 'O', 0x0D4},
		    {0x02, 'S', 0x15C}, {0x02, 'U', 0x0DB}, {0x02, 'W', 0x174},
		    {0x02, 'Y', 0x176}, {0x02, 'a', 0x0E2}, {0x02, 'c', 0x109},
		    {0x02, 'e', 0x0EA}, {0x02, 'g', 0x11D}, {0x02, 'h', 0x125},
		    {0x02, 'i', 0x0EE}, {0x02, 'j', 0x135}, {0x02, 'o', 0x0F4},
		    {0x02, 's', 0x15D}, {0x02, 'u', 0x0FB}, {0x02, 'w', 0x175},
		    {0x02, 'y', 0x177}, {0x03, 'A', 0x0C3}, {0x03, 'I', 0x128},
		    {0x03, 'N', 0x0D1}, {0x03, 'O', 0x0D5}, {0x03, 'U', 0x168},
		    {0x03, 'a', 0x0E3}, {0x03, 'i', 0x129}, {0x03, 'n', 0x0F1},
		    {0x03, 'o', 0x0F5}, {0x03, 'u', 0x169}, {0x04, 'A', 0x100},
		    {0x04, 'E', 0x112}, {0x04, 'I', 0x12A}, {0x04, 'O', 0x14C},
		    {0x04, 'U', 0x16A}, {0x04, 'a', 0x101}, {0x04, 'e', 0x113},
		    {0x04, 'i', 0x12B}, {0x04, 'o', 0x14D}, {0x04, 'u', 0x16B},
		    {0x06, 'A', 0x102}, {0x06, 'E', 0x114}, {0x06, 'G', 0x11E},
		    {0x06, 'I', 0x12C}, {0x06, 'O', 0x14E}, {0x06, 'U', 0x16C},
		    {0x06, 'a', 0x103}, {0x06, 'e', 0x115}, {0x06, 'g', 0x11F},
		    {0x06, 'i', 0x12D}, {0x06, 'o', 0x14F}, {0x06, 'u', 0x16D},
		    {0x07, 'C', 0x10A}, {0x07, 'E', 0x116}, {0x07, 'G', 0x120},
		    {0x07, 'I', 0x130}, {0x07, 'Z', 0x17B}, {0x07, 'c', 0x10B},
		    {0x07, 'e', 0x117}, {0x07, 'g', 0x121}, {0x07, 'z', 0x17C},
		    {0x08, 'A', 0x0C4}, {0x08, 'E', 0x0CB}, {0x08, 'I', 0x0CF},
		    {0x08, 'O', 0x0D6}, {0x08, 'U', 0x0DC}, {0x08, 'Y', 0x178},
		    {0x08, 'a', 0x0E4}, {0x08, 'e', 0x0EB}, {0x08, 'i', 0x0EF},
		    {0x08, 'o', 0x0F6}, {0x08, 'u', 0x0FC}, {0x08, 'y', 0x0FF},
		    {0x0A, 'A', 0x0C5}, {0x0A, 'U', 0x16E}, {0x0A, 'a', 0x0E5},
		    {0x0A, 'u', 0x16F}, {0x0B, 'O', 0x150}, {0x0B, 'U', 0x170},
		    {0x0B, 'o', 0x151}, {0x0B, 'u', 0x171}, {0x0C, 'C', 0x10C},
		    {0x0C, 'D', 0x10E}, {0x0C, 'E', 0x11A}, {0x0C, 'L', 0x13D},
		    {0x0C, 'N', 0x147}, {0x0C, 'R', 0x158}, {0x0C, 'S', 0x160},
		    {0x0C, 'T', 0x164}, {0x0C, 'Z', 0x17D}, {0x0C, 'c', 0x10D},
		    {0x0C, 'd', 0x10F}, {0x0C, 'e', 0x11B}, {0x0C, 'l', 0x13E},
		    {0x0C, 'n', 0x148}, {0x0C, 'r', 0x159}, {0x0C, 's', 0x161},
		    {0x0C, 't', 0x165}, {0x0C, 'z', 0x17E}, {0x27, 'C', 0x0C7},
		    {0x27, 'G', 0x122}, {0x27, 'K', 0x136}, {0x27, 'L', 0x13B},
		    {0x27, 'N', 0x145}, {0x27, 'R', 0x156}, {0x27, 'S', 0x15E},
		    {0x27, 'T', 0x162}, {0x27, 'c', 0x0E7}, {0x27, 'g', 0x123},
		    {0x27, 'k', 0x137}, {0x27, 'l', 0x13C}, {0x27, 'n', 0x146},
		    {0x27, 'r', 0x157}, {0x27, 's', 0x15F}, {0x27, 't', 0x163},
		    {0x28, 'A', 0x104}, {0x28, 'E', 0x118}, {0x28, 'I', 0x12E},
		    {0x28, 'U', 0x172}, {0x28, 'a', 0x105}, {0x28, 'e', 0x119},
		    {0x28, 'i', 0x12F}, {0x28, 'u', 0x173}};

/* The letter base and the mark at s (two bytes, CC 80 to CC BF) make, or
 * 0.  By bisection, the table being sorted by mark and then base: a
 * hostile text of nothing but accented letters stays cheap. */
static unsigned composed(char base, const char *s)
{
	unsigned key = ((unsigned char)s[1] - 0x80u) << 8 | (unsigned char)base;
	size_t lo = 0, hi = sizeof(compositions) / sizeof(*compositions);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned at = (unsigned)compositions[mid].mark << 8 |
			      (unsigned char)compositions[mid].base;
		if (at == key)
			return compositions[mid].letter;
		if (at < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

size_t utf8_compose(const char *s, size_t n, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned cp;
		if (o > 0 && (unsigned char)s[i] == 0xCC && i + 1 < n &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0xBF &&
		    (cp = composed(out[o - 1], s + i))) {
			/* Both Latin-1's and Latin Extended-A's take two
			 * bytes, the base's one less than the mark's two. */
			o += utf8_encode(cp, out + o - 1) - 1;
			i++;
			continue;
		}
		out[o++] = s[i];
	}
	return o;
}
