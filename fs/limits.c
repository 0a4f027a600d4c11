/*
 * limits.c - the process-wide parsing limits, their defaults, and the
 * name=value settings both front ends accept for them.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/limits.h"

#define DEFAULTS                                                               \
	{                                                                      \
		.max_source_bytes = LIMIT_SOURCE_BYTES_DEFAULT,                \
		.max_depth = LIMIT_DEPTH_DEFAULT,                              \
		.max_paragraphs = LIMIT_PARAGRAPHS_DEFAULT,                    \
		.max_quotes = LIMIT_QUOTES_DEFAULT,                            \
		.max_people = LIMIT_PEOPLE_DEFAULT,                            \
		.max_images = LIMIT_IMAGES_DEFAULT,                            \
	}

const struct limits limits_defaults = DEFAULTS;
struct limits limits = DEFAULTS;

bool limits_parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned shift = 0;

	/* strtoull would accept "-1" as a huge number. */
	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s)
		return false;
	switch (*end) {
	case 'k':
	case 'K':
		shift = 10, end++;
		break;
	case 'm':
	case 'M':
		shift = 20, end++;
		break;
	case 'g':
	case 'G':
		shift = 30, end++;
		break;
	}
	if (*end || v == 0 || v > (SIZE_MAX >> shift))
		return false;
	*out = (size_t)v << shift;
	return true;
}

void limits_size_text(char *out, size_t n, size_t bytes)
{
	if (bytes >= (1u << 20) && bytes % (1u << 20) == 0)
		snprintf(out, n, "%zu MiB", bytes >> 20);
	else if (bytes >= 1024 && bytes % 1024 == 0)
		snprintf(out, n, "%zu KiB", bytes >> 10);
	else
		snprintf(out, n, "%zu-byte", bytes);
}

/* The counts a setting may name, and the largest each accepts.  Depth is
 * bounded because the JSON scanner and the HTML walk recurse once per
 * level: a deeper limit would trade a clean refusal for a stack overflow. */
static const struct {
	const char *name;
	size_t *value;
	size_t max;
} counts[] = {
	{"maxdepth", &limits.max_depth, LIMIT_DEPTH_MAX},
	{"maxparagraphs", &limits.max_paragraphs, SIZE_MAX / 2},
	{"maxquotes", &limits.max_quotes, SIZE_MAX / 2},
	{"maxpeople", &limits.max_people, SIZE_MAX / 2},
	{"maximages", &limits.max_images, SIZE_MAX / 2},
};

int limits_set(const char *setting, char **err)
{
	const char *eq = strchr(setting, '=');
	size_t klen = eq ? (size_t)(eq - setting) : strlen(setting);
	const char *value = eq ? eq + 1 : "";

	*err = NULL;
	if (klen == 7 && strncmp(setting, "maxsize", 7) == 0) {
		if (limits_parse_size(value, &limits.max_source_bytes))
			return 1;
		if (asprintf(err,
			     "maxsize=%s: expected a size above 0, such as "
			     "64M (K, M and G suffixes)",
			     value) < 0)
			*err = NULL;
		return -1;
	}
	for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
		if (strlen(counts[i].name) != klen ||
		    strncmp(setting, counts[i].name, klen) != 0)
			continue;
		char *end;
		errno = 0;
		unsigned long long n = strtoull(value, &end, 10);
		if (*value >= '0' && *value <= '9' && !errno && !*end &&
		    n > 0 && n <= counts[i].max) {
			*counts[i].value = (size_t)n;
			return 1;
		}
		int r = counts[i].max < SIZE_MAX / 2
				? asprintf(err,
					   "%s=%s: expected a whole number "
					   "from 1 to %zu",
					   counts[i].name, value, counts[i].max)
				: asprintf(err,
					   "%s=%s: expected a whole number "
					   "above 0",
					   counts[i].name, value);
		if (r < 0)
			*err = NULL;
		return -1;
	}
	return 0;
}
