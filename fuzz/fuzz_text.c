/*
 * fuzz_text.c - the text and Markdown parser: the headline peek that
 * naming uses, and the full parse, on arbitrary bytes.  Whatever parses
 * must render into a tree that keeps every promise (see fuzz.h).
 */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = fuzz_copy(data, size), *err = NULL;

	char *headline = text_peek_headline(buf, size);
	struct article *a = parse_text(buf, size, "fuzz.txt", &err);
	if (a) {
		PROMISE(err == NULL);
		render_all(a, headline, "fuzz.txt", 0);
	} else {
		PROMISE(err != NULL);
	}
	free(err);
	free(headline);
	free(buf);
	return 0;
}
