/*
 * tree.h - the synthetic tree: which nodes exist, what they are called, and
 * what each file holds.  No FUSE here: the adapter asks, the tree answers.
 *
 * Inode numbers are computed, not allocated.  A node is named by three
 * numbers: the collection entry it belongs to (a folder or a story), its
 * kind (a row of the kind table in tree.c: "headline", "paragraphs/NNN",
 * "people/X/titles", ...) and an index within that kind (which paragraph,
 * which person).  They pack into 64 bits:
 *
 *	bits 63..32  entry id (the root folder is entry 0)
 *	bits 31..24  kind
 *	bits 23..0   index
 *
 * so the same file of the same story always has the same number, however
 * often the story is evicted and parsed again.  The kernel's root inode
 * (FUSE_ROOT_ID, 1) stands for the root folder; no other node encodes to 1
 * because kind 0 is never used.
 */
#ifndef ARTICLEFS_TREE_H
#define ARTICLEFS_TREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "articlefs/model.h"

enum kind {
	K_NONE,
	/* collection nodes (collection.c) */
	K_FOLDER, /* a folder of SOURCE, or the root */
	K_META,	  /* .articlefs/ */
	K_STATUS, /* .articlefs/status */
	K_ERRORS, /* .articlefs/errors */
	/* collection-wide views (vfs.c, from views.c); their entry field
	 * holds what they are about, as noted */
	K_VIEW_INDEX,	      /* .index.tsv */
	K_VIEW_QUOTES,	      /* .quotes.tsv */
	K_VIEW_PEOPLE,	      /* .people/ */
	K_VIEW_PERSON,	      /* .people/<slug>/: entry = person id */
	K_VIEW_PERSON_QUOTES, /* .people/<slug>/quotes: entry = person id */
	K_VIEW_PERSON_LINK,   /* .people/<slug>/<story>: entry = story,
			       * index = person id */
	K_VIEW_DATES,	      /* .dates/ */
	K_VIEW_YEAR,	      /* .dates/YYYY: entry = yyyy */
	K_VIEW_MONTH,	      /* .dates/YYYY/MM: entry = yyyymm */
	K_VIEW_DAY,	      /* .dates/YYYY/MM/DD: entry = yyyymmdd */
	K_VIEW_DATE_LINK,     /* .dates/.../<story>: entry = story */
	/* story nodes (here) */
	K_STORY,
	K_HEADLINE,
	K_STANDFIRST,
	K_BYLINE,
	K_DATE,
	K_URL,
	K_SOURCE,
	K_BODY,
	K_PARAGRAPHS,
	K_PARAGRAPH,
	K_QUOTES,
	K_QUOTE,
	K_PEOPLE,
	K_PERSON,
	K_PERSON_NAME,
	K_PERSON_TITLES,
	K_PERSON_ALIASES,
	K_PERSON_QUOTES,
	K_PERSON_MENTIONS,
	K_IMAGES,
	K_IMAGE,
	K_IMAGE_URL,
	K_IMAGE_CAPTION,
	K_IMAGE_CREDIT,
	K_ARTICLE_JSON,
	K_COUNT
};

#define TREE_INDEX_MAX ((1u << 24) - 1)

struct tnode {
	uint32_t entry;
	enum kind kind;
	uint32_t index;
};

uint64_t tree_ino(struct tnode n);
struct tnode tree_node(uint64_t ino);
bool kind_is_dir(enum kind k);
bool kind_is_link(enum kind k);
/* The fixed name of a kind (".people", "headline"), or NULL. */
const char *kind_name(enum kind k);
/* True for the kinds inside a story directory (and the story itself). */
bool kind_in_story(enum kind k);

/*
 * The directory that holds node n, for nodes whose parent the tree knows:
 * everything inside a story, and .articlefs and its files.  Folders and
 * story directories themselves live in the collection, which knows theirs.
 */
struct tnode tree_parent(struct tnode n);

/* One article, rendered: every file's bytes, made once when it is parsed. */
struct story;

/*
 * Renders every file of article a (taking ownership of it) for the story
 * directory called name, in collection entry `entry`.  NULL when memory
 * runs out (a is freed then too).  The story starts with one reference;
 * story_hold() adds one, story_release() drops one and frees the story
 * with the last, so a reader that holds it is never left with freed bytes
 * when the cache evicts or a refresh replaces it.
 */
struct story *story_new(struct article *a, const char *name, uint32_t entry);
struct story *story_hold(struct story *s);
void story_release(struct story *s);
const struct article *story_article(const struct story *s);

/*
 * The child called name of directory node dir of the story; false when
 * there is none.
 */
bool story_lookup(const struct story *s, struct tnode dir, const char *name,
		  struct tnode *child);

/*
 * The pos-th child (from 0) of directory node dir and its name (borrowed
 * from the story, or written to buf of at least 32 bytes); false past the
 * last one.
 */
bool story_child(const struct story *s, struct tnode dir, size_t pos,
		 struct tnode *child, const char **name, char *buf);

/* Whether node n exists in this story (its index in range). */
bool story_has(const struct story *s, struct tnode n);

/*
 * The bytes of file node n (borrowed from the story, valid while it lives);
 * false when n is not a file of this story.
 */
bool story_content(const struct story *s, struct tnode n, const char **data,
		   size_t *len);

/* The story's publication date as a time, or (time_t)-1 when unknown. */
time_t story_date(const struct story *s);

#endif
