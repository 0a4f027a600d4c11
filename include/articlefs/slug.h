/*
 * slug.h - names for story and person directories.
 *
 * A slug is lowercase ASCII letters, digits and single hyphens, with no
 * hyphen at either end.  Latin letters with diacritics are transliterated
 * ("Zelenskyy’s" -> "zelenskyys", "Straße" -> "strasse"); apostrophes vanish
 * inside words; every other run of non-alphanumerics becomes one hyphen.
 * The result is cut at a word (hyphen) boundary to at most SLUG_MAX bytes,
 * or hard at SLUG_MAX when one word is longer.
 */
#ifndef ARTICLEFS_SLUG_H
#define ARTICLEFS_SLUG_H

#include <stddef.h>

#define SLUG_MAX 80

/*
 * Writes the slug of the n bytes at s into out, which has room for at least
 * SLUG_MAX + 1 bytes, and returns its length: 0 when s holds no letter or
 * digit at all (out is then "").
 */
size_t slug_make(const char *s, size_t n, char *out);

#endif
