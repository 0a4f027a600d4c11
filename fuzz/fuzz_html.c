/*
 * fuzz_html.c - the HTML parser: the headline peek over the head of a page
 * (as naming reads it) and the full parse, rendered into a whole tree.
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = fuzz_copy(data, size), *err = NULL;
	size_t head = source_scan_bytes(FORMAT_HTML);

	char *headline = html_peek_headline(buf, size < head ? size : head);
	free(headline);
	headline = html_peek_headline(buf, size);
	struct article *a = parse_html(buf, size, "fuzz.html", &err);
	if (a) {
		render_all(a, headline, "fuzz.html", 0);
	} else {
		PROMISE(err != NULL);
	}
	free(err);
	free(headline);
	free(buf);
	return 0;
}
