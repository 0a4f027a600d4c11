/*
 * parse_json.c - JSON and JSON Lines sources (placeholder until the JSON
 * parser lands).
 */
#include <stdlib.h>
#include <string.h>

#include "articlefs/source.h"

int json_scan(const char *buf, size_t len, bool lines,
	      struct record_list *out, char **err)
{
	(void)buf;
	(void)len;
	(void)lines;
	(void)out;
	*err = strdup("JSON input is not supported yet");
	return -1;
}

struct article *parse_json(const char *buf, size_t len, size_t index,
			   const char *source, char **err)
{
	(void)buf;
	(void)len;
	(void)index;
	(void)source;
	*err = strdup("JSON input is not supported yet");
	return NULL;
}
