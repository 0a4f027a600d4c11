/*
 * collection.h - SOURCE as folders and stories: scanning, names, lazy
 * loading and the cache of parsed stories.
 *
 * The collection is a table of entries, each a folder of SOURCE or one
 * story (a record of a source file).  An entry's id never changes and is
 * never reused while mounted, which is what makes inode numbers stable.
 * A folder is scanned the first time it is listed or searched: its files
 * are read only as far as naming needs (source_scan_bytes()).  A story is
 * parsed the first time something inside it is wanted, and kept in a cache
 * of at most `cache` parsed stories, least recently used going first.
 *
 * Freshness: a folder, once scanned, is watched (through the watcher hooks
 * below, which watch.c provides with inotify).  When a name in it changes,
 * collection_refresh() compares the source with what was scanned and, where
 * it differs, retires the old entries and scans the source again: new
 * entries get new ids, so the kernel can never mix an old story's inodes
 * with a new story's bytes.  What the kernel may have cached is then
 * invalidated through the invalidator hook, outside every lock.
 *
 * Thread safety: every function may be called from many threads at once.
 * Parsing happens outside the lock, and once per story even when many
 * threads ask for it at the same moment.
 */
#ifndef ARTICLEFS_COLLECTION_H
#define ARTICLEFS_COLLECTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "articlefs/source.h"
#include "articlefs/tree.h"

#define COLLECTION_CACHE_DEFAULT 4096

struct collection_options {
	const char *source; /* a directory, or a single file */
	enum format format; /* FORMAT_AUTO to detect per file */
	bool names_by_source;
	size_t cache; /* most parsed stories kept; 0 means the default */
};

struct collection;

/* Opens SOURCE; NULL with *err set (malloc'd) when it cannot be read. */
struct collection *collection_open(const struct collection_options *o,
				   char **err);
void collection_close(struct collection *c);

/*
 * Hooks to watch a scanned folder for changes: watch returns a handle
 * (>= 0) or -1, unwatch lets it go.  Called with the collection's lock
 * held; they must not call back into the collection.
 */
struct collection_watcher {
	void *ctx;
	int (*watch)(void *ctx, uint32_t folder, const char *path);
	void (*unwatch)(void *ctx, int handle);
};
void collection_set_watcher(struct collection *c,
			    const struct collection_watcher *w);

/*
 * Tells the front end what changed: the entry `name` in directory inode
 * `parent`, or, with name NULL, the listing and data of inode `parent`;
 * parent 0 (and name NULL) says the collection as a whole changed, so
 * whatever is built from all of it (the views) has too.  Called with no
 * collection lock held, from the thread that refreshed.
 * Passing NULL stops the calls (and waits for one in progress).
 */
typedef void (*collection_invalidator)(void *ctx, uint64_t parent,
				       const char *name);
void collection_set_invalidator(struct collection *c, collection_invalidator fn,
				void *ctx);

/*
 * Brings the name `name` in folder `folder` up to date with SOURCE: a new,
 * changed or vanished source or sub-folder.  A NULL name rechecks every
 * name in the folder (after the watcher lost events).
 */
void collection_refresh(struct collection *c, uint32_t folder,
			const char *name);

/* Rechecks every scanned folder. */
void collection_refresh_all(struct collection *c);

/* What the tree shows of a folder or story entry. */
struct entry_info {
	enum kind kind; /* K_FOLDER or K_STORY */
	uint32_t parent;
	char name[256];
	mode_t mode; /* the source's permission bits */
	uid_t uid;
	gid_t gid;
	time_t mtime;
};

bool collection_entry(struct collection *c, uint32_t id,
		      struct entry_info *out);

/* The pos-th child of folder id (scanning it first if need be); false past
 * the last one or when id is not a folder. */
bool collection_child(struct collection *c, uint32_t folder, size_t pos,
		      uint32_t *child);

/* The child of folder id called name; false when there is none. */
bool collection_find(struct collection *c, uint32_t folder, const char *name,
		     uint32_t *child);

/*
 * The parsed story of entry id, held for the caller (story_release() when
 * done).  Parses it when it is not in the cache.  NULL when the entry is
 * not a story or its source cannot be parsed (the reason is then in
 * .articlefs/errors).
 */
struct story *collection_story(struct collection *c, uint32_t id);

/* The story of entry id if it is parsed and cached, held; else NULL (and
 * nothing is parsed). */
struct story *collection_story_cached(struct collection *c, uint32_t id);

/*
 * Counts the kernel's references to the nodes of story id: +1 for each
 * lookup it is told of, -n for each forget.  A story retired while the
 * kernel still holds some of its nodes is kept (out of the cache) and
 * served to them until the count falls to zero, so that a file read in
 * several requests never mixes two versions.
 */
void collection_kernel_ref(struct collection *c, uint32_t id, int64_t delta);

/*
 * Makes sure every story has been parsed once (scanning every folder and
 * parsing, through the cache, each story not parsed before), so that every
 * story has its facts for the views.  Safe to call often: only what is new
 * costs anything.
 */
void collection_parse_all(struct collection *c);

/*
 * The facts of every story parsed so far, each with its path from the
 * mount's root, held for the caller; *generation says which state of the
 * collection they are from.  collection_facts_free() lets them go.
 */
struct story_facts;
int collection_facts(struct collection *c, struct story_facts **out, size_t *n,
		     uint64_t *generation);
void collection_facts_free(struct story_facts *v, size_t n);

/* A number that changes whenever a folder or story appears or goes. */
uint64_t collection_generation(struct collection *c);

/* The text of .articlefs/status and .articlefs/errors, malloc'd. */
char *collection_status(struct collection *c, size_t *len);
char *collection_errors(struct collection *c, size_t *len);

#endif
