/*
 * names.c - base names of story directories (see names.h).
 */
#include <stdio.h>
#include <string.h>

#include "articlefs/names.h"

void story_base_name(const char *headline, const char *path, size_t record,
		     bool by_source, char *out)
{
	if (!by_source && headline &&
	    slug_make(headline, strlen(headline), out) > 0)
		return;

	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
	if (slug_make(base, n, out) == 0)
		strcpy(out, "story");
	if (record > 0) {
		size_t len = strlen(out);
		snprintf(out + len, NAME_MAX_BYTES - len, "-%zu", record);
	}
}
