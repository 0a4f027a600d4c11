/*
 * arena.h - memory carved from large chunks and freed all at once.
 *
 * For things born together and dying together: an article's strings (one
 * parse, one eviction) and the values of one article.json.
 */
#ifndef ARTICLEFS_ARENA_H
#define ARTICLEFS_ARENA_H

#include <stdbool.h>
#include <stddef.h>

struct arena_chunk;

/* Zero-initialised, an arena is empty and ready. */
struct arena {
	struct arena_chunk *head;
	size_t chunk_size; /* 0: 8 KiB; larger requests get their own chunk */
};

/* n bytes aligned for any type, or NULL when memory runs out. */
void *arena_alloc(struct arena *ar, size_t n);

/* Gives back the unused end of the latest allocation p, which was sized
 * for the worst case, now that its real size n is known. */
void arena_shrink(struct arena *ar, void *p, size_t n);

/* Whether p points into memory of this arena. */
bool arena_holds(const struct arena *ar, const void *p);

/* Frees every chunk; the arena is empty again. */
void arena_release(struct arena *ar);

#endif
