/*
 * limits.c - the process-wide parsing limits and their defaults.
 */
#include "articlefs/limits.h"

struct limits limits = {
	.max_source_bytes = LIMIT_SOURCE_BYTES_DEFAULT,
	.max_depth = LIMIT_DEPTH_DEFAULT,
	.max_paragraphs = LIMIT_PARAGRAPHS_DEFAULT,
	.max_quotes = LIMIT_QUOTES_DEFAULT,
	.max_people = LIMIT_PEOPLE_DEFAULT,
	.max_images = LIMIT_IMAGES_DEFAULT,
};
