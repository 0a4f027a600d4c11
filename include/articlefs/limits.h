/*
 * limits.h - the bounds that keep one hostile source from hurting the
 * daemon.  They are process-wide, set once at start-up (mount options or
 * articlefs-extract flags) before any parsing, and only read afterwards.
 */
#ifndef ARTICLEFS_LIMITS_H
#define ARTICLEFS_LIMITS_H

#include <stdbool.h>
#include <stddef.h>

struct limits {
	size_t max_source_bytes; /* larger sources are listed as errors */
	size_t max_depth;	 /* deepest HTML/JSON nesting followed */
	size_t max_paragraphs;	 /* per story; the rest are dropped */
	size_t max_quotes;	 /* per story */
	size_t max_people;	 /* per story */
	size_t max_images;	 /* per story */
};

extern struct limits limits;
extern const struct limits limits_defaults;

#define LIMIT_SOURCE_BYTES_DEFAULT ((size_t)64 << 20)
#define LIMIT_DEPTH_DEFAULT	   256
#define LIMIT_PARAGRAPHS_DEFAULT   20000
#define LIMIT_QUOTES_DEFAULT	   2000
#define LIMIT_PEOPLE_DEFAULT	   1000
#define LIMIT_IMAGES_DEFAULT	   500
#define LIMIT_DEPTH_MAX		   4096

/*
 * Applies one "name=value" setting: maxsize (a size with K, M or G),
 * maxdepth, maxparagraphs, maxquotes, maxpeople or maximages (whole
 * numbers above 0).  Returns 1 when applied, 0 when the name is not a
 * limit's, and -1 with *err (malloc'd, naming the setting) when the value
 * is not acceptable.
 */
int limits_set(const char *setting, char **err);

/* "64M" -> 67108864; false when s is not a size above 0. */
bool limits_parse_size(const char *s, size_t *out);

/* A limit in bytes for a message: "64 MiB", "1500 KiB", "1000-byte". */
void limits_size_text(char *out, size_t n, size_t bytes);

#endif
