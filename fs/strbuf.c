/*
 * strbuf.c - the growable string's slow path: more room, by doubling.
 */
#include <stdlib.h>

#include "articlefs/strbuf.h"

/* Out of line: it runs once for many additions. */
bool strbuf_grow(struct strbuf *b, size_t n)
{
	if (b->oom)
		return false;
	size_t cap = b->cap ? b->cap : 256;
	while (cap - b->n <= n)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p) {
		b->oom = true;
		return false;
	}
	b->p = p;
	b->cap = cap;
	return true;
}
