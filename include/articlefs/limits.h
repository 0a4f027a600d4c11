/*
 * limits.h - the bounds that keep one hostile source from hurting the
 * daemon.  They are process-wide, set once at start-up (mount options or
 * articlefs-extract flags) before any parsing, and only read afterwards.
 */
#ifndef ARTICLEFS_LIMITS_H
#define ARTICLEFS_LIMITS_H

#include <stddef.h>

struct limits {
	size_t max_source_bytes; /* larger sources are listed as errors */
	unsigned max_depth;	 /* deepest HTML/JSON nesting followed */
	size_t max_paragraphs;	 /* per story; the rest are dropped */
	size_t max_quotes;	 /* per story */
	size_t max_people;	 /* per story */
	size_t max_images;	 /* per story */
};

extern struct limits limits;

#define LIMIT_SOURCE_BYTES_DEFAULT ((size_t)64 << 20)
#define LIMIT_DEPTH_DEFAULT	   256
#define LIMIT_PARAGRAPHS_DEFAULT   20000
#define LIMIT_QUOTES_DEFAULT	   2000
#define LIMIT_PEOPLE_DEFAULT	   1000
#define LIMIT_IMAGES_DEFAULT	   500

#endif
