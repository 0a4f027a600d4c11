/*
 * strbuf.h - a growable string, NUL-terminated after every addition.
 *
 * For text built piece by piece: the HTML reader's paragraphs and the
 * quotes and people of article.json.  Running out of memory is sticky:
 * later additions do nothing, and the builder checks oom once at the end.
 */
#ifndef ARTICLEFS_STRBUF_H
#define ARTICLEFS_STRBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* Zero-initialised, a strbuf is empty (p NULL) and ready. */
struct strbuf {
	char *p;
	size_t n, cap;
	bool oom;
};

/* Makes room for n more bytes and the NUL; false when memory runs out
 * (or ran out before). */
bool strbuf_grow(struct strbuf *b, size_t n);

/* Inline, so that the many short pieces of known length are copied
 * without a call. */
static inline void strbuf_add(struct strbuf *b, const char *s, size_t n)
{
	if (!n) /* nothing: an empty strbuf keeps p NULL */
		return;
	if (b->cap - b->n <= n && !strbuf_grow(b, n))
		return;
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

/* A string literal, its length known at compile time. */
#define STRBUF_LIT(b, lit) strbuf_add(b, lit, sizeof(lit) - 1)

#endif
