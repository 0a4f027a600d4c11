/*
 * utf8.h - decoding and repairing UTF-8.
 *
 * Sources come from anywhere; everything articlefs shows is valid UTF-8.
 * Invalid bytes (stray continuation bytes, overlongs, surrogates, truncated
 * sequences) each become U+FFFD rather than being dropped, so nothing the
 * source said silently disappears.
 */
#ifndef ARTICLEFS_UTF8_H
#define ARTICLEFS_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFD

/*
 * Decodes the code point at s (n > 0 bytes available) into *cp and returns
 * the bytes it used: 1 to 4.  An invalid sequence yields U+FFFD and uses 1.
 */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encodes cp into out (4 bytes of room); returns the bytes written. */
size_t utf8_encode(uint32_t cp, char *out);

/* Length of the longest valid UTF-8 prefix of s. */
size_t utf8_valid_prefix(const char *s, size_t n);

/* The number of invalid bytes in s (each would become one U+FFFD). */
size_t utf8_count_invalid(const char *s, size_t n);

/*
 * A malloc'd NUL-terminated copy of s with every invalid byte replaced by
 * U+FFFD and every NUL byte dropped; *out_len (when not NULL) receives its
 * length.  NULL only when memory runs out.
 */
char *utf8_repair(const char *s, size_t n, size_t *out_len);

/*
 * Mojibake: UTF-8 once read as Windows-1252 or Latin-1 and written out as
 * UTF-8 again, once or twice ("FranÃ§ois", "Trumpâ€™s").  When the text
 * at s is such a character, stores the character it was in *cp and
 * returns the bytes it takes (always more than the character's own);
 * else 0.
 */
size_t utf8_unmangle(const char *s, size_t n, uint32_t *cp);

/*
 * Text in decomposed form (NFD), as some systems write it: "José" as "Jose"
 * and a combining acute.  Copies the n bytes at s to out, each ASCII
 * letter followed by a combining mark that Latin-1 or Latin Extended-A
 * has as one letter made that letter (NFC), so that "José" is found by
 * grep, a name is one word, and mojibake written in NFD ("A" and a tilde
 * for "Ã") is mojibake utf8_unmangle() knows.  Returns the bytes written,
 * never more than n; out may not overlap s.
 */
size_t utf8_compose(const char *s, size_t n, char *out);

/* True for the Unicode white space a field folds into one space. */
bool utf8_is_space(uint32_t cp);

#endif
