/*
 * fuzz_json.c - the JSON parser: json_scan in both modes (one document,
 * JSON Lines), then parse_json of every record it found, rendered into a
 * whole tree.  The first byte picks the mode, the rest is the file.
 */
#include "fuzz.h"

/* Records beyond this many are not parsed: the scan is what is tested. */
#define RECORDS_MAX 64

static void one_mode(const char *buf, size_t size, bool lines)
{
	const char *path = lines ? "fuzz.jsonl" : "fuzz.json";
	struct record_list l = {0};
	char *err = NULL;

	if (json_scan(buf, size, lines, &l, &err) < 0) {
		PROMISE(err != NULL);
		PROMISE(l.n == 0);
		free(err);
		return;
	}
	for (size_t i = 0; i < l.n; i++) {
		const struct record *r = &l.v[i];
		check_text(r->error);
		if (lines)
			PROMISE(r->offset <= size &&
				r->length <= size - r->offset);
		if (i >= RECORDS_MAX || r->error)
			continue;
		/* A JSON Lines record is parsed from its line alone, in a
		 * buffer that ends where the line does. */
		char *own = lines ? fuzz_copy((const uint8_t *)buf + r->offset,
					      r->length)
				  : NULL;
		err = NULL;
		struct article *a =
			lines ? parse_json(own, r->length, 0, path, &err)
			      : parse_json(buf, size, r->index, path, &err);
		if (a)
			render_all(a, r->headline, path, i + 1);
		else
			PROMISE(err != NULL);
		free(err);
		free(own);
	}
	record_list_free(&l);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	char *buf = fuzz_copy(data + 1, size - 1);
	one_mode(buf, size - 1, data[0] & 1);
	free(buf);
	return 0;
}
