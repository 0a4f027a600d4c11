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
