/*
 * fuzz_source.c - arbitrary bytes the whole way a mount takes them:
 * format_detect, source_scan (on the head naming reads, then on the whole
 * file), source_parse (which runs the quote and people analysis), story_new,
 * and every file of the tree rendered and checked.
 *
 * The first byte picks the file name, so that extension and sniffing paths
 * are both taken: '0' no extension, '1' .txt, '2' .html, '3' .json,
 * '4' .jsonl, '5' .md (any byte works, modulo 6).
 */
#include "fuzz.h"

#define RECORDS_MAX 64

static const char *const paths[] = {
	"dir/story",	  "dir/story.txt",   "dir/story.html",
	"dir/story.json", "dir/story.jsonl", "dir/story.md",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *path = paths[data[0] % 6];
	size_t len = size - 1;
	char *buf = fuzz_copy(data + 1, len), *err = NULL;
	struct record_list l = {0};

	enum format f =
		format_detect(FORMAT_AUTO, path, buf, len < 4096 ? len : 4096);
	/* Naming reads only a head of text and HTML files. */
	size_t head = source_scan_bytes(f);
	if (head && len > head) {
		if (source_scan(f, path, buf, head, false, &l, &err) == 0)
			record_list_free(&l);
		free(err);
		err = NULL;
	}
	if (source_scan(f, path, buf, len, true, &l, &err) < 0) {
		PROMISE(err != NULL);
		free(err);
		free(buf);
		return 0;
	}
	PROMISE(l.n > 0);
	for (size_t i = 0; i < l.n && i < RECORDS_MAX; i++) {
		if (l.v[i].error)
			continue;
		char *source = record_source(path, &l, i);
		PROMISE(source != NULL);
		err = NULL;
		struct article *a =
			source_parse(f, path, buf, len, &l.v[i], source, &err);
		if (a)
			render_all(a, l.v[i].headline, path,
				   record_list_is_many(path, &l) ? i + 1 : 0);
		else
			PROMISE(err != NULL);
		free(err);
		free(source);
	}
	record_list_free(&l);
	free(buf);
	return 0;
}
