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
