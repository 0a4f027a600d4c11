/*
 * arena.c - memory carved from large chunks and freed all at once (see
 * arena.h).
 */
#include <stdint.h>
#include <stdlib.h>

#include "articlefs/arena.h"

#define CHUNK_DEFAULT 8192

struct arena_chunk {
	struct arena_chunk *next;
	size_t used, size;
	max_align_t data[];
};

void *arena_alloc(struct arena *ar, size_t n)
{
	struct arena_chunk *c = ar->head;

	n = (n + 15) & ~(size_t)15;
	if (!c || c->size - c->used < n) {
		/* Fixed-size chunks: the most a chunk can waste is its tail.
		 * An oversized request gets a chunk of its own. */
		size_t min = ar->chunk_size ? ar->chunk_size : CHUNK_DEFAULT;
		size_t size = n > min ? n : min;
		c = malloc(sizeof(*c) + size);
		if (!c)
			return NULL;
		c->size = size;
		c->used = 0;
		c->next = ar->head;
		ar->head = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	return p;
}

void arena_shrink(struct arena *ar, void *p, size_t n)
{
	struct arena_chunk *c = ar->head;
	size_t off = (size_t)((char *)p - (char *)c->data);
	if (off < c->size && off + ((n + 15) & ~(size_t)15) <= c->used)
		c->used = off + ((n + 15) & ~(size_t)15);
}

bool arena_holds(const struct arena *ar, const void *p)
{
	for (const struct arena_chunk *c = ar->head; c; c = c->next)
		if ((uintptr_t)p >= (uintptr_t)c->data &&
		    (uintptr_t)p < (uintptr_t)c->data + c->size)
			return true;
	return false;
}

void arena_release(struct arena *ar)
{
	while (ar->head) {
		struct arena_chunk *next = ar->head->next;
		free(ar->head);
		ar->head = next;
	}
}
