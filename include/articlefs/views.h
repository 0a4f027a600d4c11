/*
 * views.h - the collection-wide views: .people/, .dates/, .index.tsv and
 * .quotes.tsv.
 *
 * They need every story, but holding every parsed story would defeat the
 * cache bound, so each story leaves behind its *facts* when it is parsed:
 * the few strings the views show (headline, date, byline, source, its
 * people and its quotes).  A snapshot of the views is built from the facts
 * of every story, rendered whole like a story, and shared by reference:
 * a reader with a view file open keeps the bytes it opened.
 */
#ifndef ARTICLEFS_VIEWS_H
#define ARTICLEFS_VIEWS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "articlefs/model.h"

/* What one story contributes to the views; immutable once made, counted
 * by reference (facts_new gives one) so a builder can hold them while the
 * collection retires their story. */
struct facts;

struct facts *facts_new(const struct article *a);
struct facts *facts_hold(struct facts *f);
void facts_release(struct facts *f);

/* A story as the builder sees it: its path from the mount's root. */
struct story_facts {
	uint32_t id;
	char *path;
	struct facts *facts;
};

/* Where a view symlink sits and points. */
struct view_link {
	uint32_t story; /* the entry id of the story it points to */
	char *name;
	char *target;
};

struct view_person {
	uint32_t id; /* stable for the life of the mount */
	char *name;
	char *slug;
	struct view_link *links;
	size_t n_links;
	char *quotes; /* "<story path>\t<quote>\n" lines */
	size_t quotes_len;
};

struct view_day {
	uint32_t key; /* yyyymmdd */
	struct view_link *links;
	size_t n_links;
};

/* One rendered state of every view. */
struct views {
	unsigned refs;
	uint64_t generation;
	char *index_tsv;
	size_t index_len;
	char *quotes_tsv;
	size_t quotes_len;
	struct view_person *people; /* sorted by slug */
	size_t n_people;
	struct view_person **by_id; /* the same, sorted by id */
	struct view_day *days;	    /* sorted by key */
	size_t n_days;
};

/* Person ids that stay the same from one snapshot to the next. */
struct person_ids;
struct person_ids *person_ids_new(void);
void person_ids_free(struct person_ids *ids);

/*
 * Builds a snapshot from every story's facts (sorted by path or not: the
 * builder sorts).  NULL when memory runs out.  The snapshot starts with one
 * reference; views_hold()/views_release() count them (callers serialise).
 */
struct views *views_build(const struct story_facts *stories, size_t n,
			  struct person_ids *ids, uint64_t generation);
struct views *views_hold(struct views *v);
void views_release(struct views *v);

/* The person with this id, or NULL. */
const struct view_person *views_person(const struct views *v, uint32_t id);
/* The day with this key, or NULL. */
const struct view_day *views_day(const struct views *v, uint32_t key);

#endif
