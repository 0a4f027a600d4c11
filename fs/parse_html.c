/*
 * parse_html.c - saved web pages (placeholder until the HTML parser lands).
 */
#include <stdlib.h>
#include <string.h>

#include "articlefs/source.h"

char *html_peek_headline(const char *buf, size_t len)
{
	(void)buf;
	(void)len;
	return NULL;
}

struct article *parse_html(const char *buf, size_t len, const char *source,
			   char **err)
{
	(void)buf;
	(void)len;
	(void)source;
	*err = strdup("HTML input is not supported yet");
	return NULL;
}
