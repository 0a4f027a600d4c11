/*
 * collection.c - SOURCE as a table of folder and story entries, scanned
 * lazily, refreshed when sources change, with a bounded cache of parsed
 * stories (see collection.h).
 *
 * The ID space: entry 0 is the root folder; every other entry gets the next
 * free id when it is created and keeps it until it is retired (its source
 * vanished or changed).  Ids are never reused, so an inode number the
 * kernel still holds can only ever mean the story it was given for; a
 * retired entry answers "no such file".
 *
 * One mutex guards the table, the two indexes (names within a folder, and
 * the entries that came from one source file), the cache list and the
 * error list.  Reading and parsing a story happen outside it: the entry is
 * marked `loading`, and other threads that want it wait on a condition
 * variable instead of parsing it again.  Folder scans read only the heads
 * of files and happen once per folder, so they run under the lock, which
 * keeps naming (collisions in source-path order) simple.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articlefs/collection.h"
#include "articlefs/limits.h"
#include "articlefs/names.h"
#include "articlefs/views.h"

#define NO_ENTRY UINT32_MAX

/* What a source looked like when it was scanned: a refresh compares. */
struct source_id {
	mode_t mode;
	uid_t uid;
	gid_t gid;
	time_t mtime;
	long mtime_ns;
	off_t size;
	ino_t ino;
	dev_t dev;
};

struct folder {
	uint32_t *children;
	size_t n, cap;
	char *path; /* relative to the collection's directory; "" for root */
	bool scanned;
	int watch; /* the watcher's handle, or -1 */
};

struct entry {
	uint32_t parent;
	uint32_t name_next; /* chain in the name index */
	uint32_t file_next; /* chain in the source index */
	uint32_t lru_prev, lru_next;
	uint32_t record;    /* N of FILE#N; 0 for a one-story file */
	unsigned char kind; /* K_FOLDER, K_STORY, or K_NONE once retired */
	unsigned char format;
	bool loading;
	bool failed;
	unsigned parses; /* how often it was parsed (evictions re-parse) */
	char *name;	 /* directory name; the source's file name follows
			  * it in the same allocation */
	char *file;
	struct source_id sid;
	struct record rec;     /* where in the source file (stories) */
	struct story *story;   /* parsed, when in the cache, or kept for the
				* kernel once retired (see retire()) */
	uint64_t krefs;	       /* the kernel's lookups of the story's nodes */
	struct facts *facts;   /* what the views need, once parsed */
	struct folder *folder; /* folders only */
};

struct error {
	char *path; /* the source file it is about */
	char *line; /* "path: why" */
};

struct collection {
	pthread_mutex_t lock;
	pthread_cond_t loaded;
	char *dir;    /* the directory relative paths resolve against */
	char *only;   /* SOURCE's name when SOURCE is a single file */
	char *source; /* SOURCE as given, for status */
	enum format format;
	bool names_by_source;
	size_t cache_max;

	struct entry **v;
	size_t n, cap;
	uint32_t *names, *files; /* index buckets; n_buckets of each */
	size_t n_buckets;

	uint32_t lru_head, lru_tail; /* most and least recently used */
	size_t cached;

	size_t folders, scanned, stories, parsed, parses, refreshes;
	uint64_t generation;
	bool keep_facts; /* the views are in use: keep what they need */
	struct error *errors;
	size_t n_errors, cap_errors;

	struct collection_watcher watcher;

	/* Invalidations wait here until the lock is released. */
	struct pending {
		uint64_t parent;
		char *name;
	} * pending;
	size_t n_pending, cap_pending;
	pthread_mutex_t notify_lock; /* held while calling the invalidator */
	collection_invalidator invalidate;
	void *invalidate_ctx;
};

static uint64_t hash(uint32_t parent, const char *s)
{
	uint64_t h = 1469598103934665603ull ^ parent;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	return h;
}

static size_t bucket(const struct collection *c, uint32_t parent, const char *s)
{
	return hash(parent, s) & (c->n_buckets - 1);
}

static void index_insert(struct collection *c, uint32_t id)
{
	struct entry *e = c->v[id];
	size_t b = bucket(c, e->parent, e->name);
	e->name_next = c->names[b];
	c->names[b] = id;
	if (e->kind == K_STORY) {
		b = bucket(c, e->parent, e->file);
		e->file_next = c->files[b];
		c->files[b] = id;
	}
}

/* Unlinks id from the chain starting at *head, following next. */
static void chain_remove(struct collection *c, uint32_t *head, uint32_t id,
			 size_t next_offset)
{
	for (uint32_t *p = head; *p != NO_ENTRY;
	     p = (uint32_t *)((char *)c->v[*p] + next_offset))
		if (*p == id) {
			*p = *(uint32_t *)((char *)c->v[id] + next_offset);
			return;
		}
}

static void index_remove(struct collection *c, uint32_t id)
{
	struct entry *e = c->v[id];
	chain_remove(c, &c->names[bucket(c, e->parent, e->name)], id,
		     offsetof(struct entry, name_next));
	if (e->kind == K_STORY)
		chain_remove(c, &c->files[bucket(c, e->parent, e->file)], id,
			     offsetof(struct entry, file_next));
}

/* Keeps the indexes at about one entry a bucket as the table grows: makes
 * room for one more entry before it is added (a rebuild re-inserts every
 * entry already in the table, so it must not run after the new one is in
 * the table but before it is indexed). */
static bool index_grow(struct collection *c)
{
	if (c->n + 1 <= c->n_buckets)
		return true;
	size_t nb = c->n_buckets ? c->n_buckets * 2 : 1024;
	uint32_t *names = malloc(nb * sizeof(*names));
	uint32_t *files = malloc(nb * sizeof(*files));
	if (!names || !files) {
		free(names);
		free(files);
		return false;
	}
	free(c->names);
	free(c->files);
	c->names = names;
	c->files = files;
	c->n_buckets = nb;
	for (size_t i = 0; i < nb; i++)
		names[i] = files[i] = NO_ENTRY;
	for (uint32_t id = 1; id < c->n; id++)
		if (c->v[id]->kind != K_NONE)
			index_insert(c, id);
	return true;
}

static uint32_t find_name(struct collection *c, uint32_t parent,
			  const char *name)
{
	uint32_t id = c->names[bucket(c, parent, name)];
	for (; id != NO_ENTRY; id = c->v[id]->name_next)
		if (c->v[id]->parent == parent &&
		    strcmp(c->v[id]->name, name) == 0)
			return id;
	return NO_ENTRY;
}

/* The first story entry that came from source file `file` in parent. */
static uint32_t find_file(struct collection *c, uint32_t parent,
			  const char *file)
{
	uint32_t id = c->files[bucket(c, parent, file)];
	for (; id != NO_ENTRY; id = c->v[id]->file_next)
		if (c->v[id]->parent == parent &&
		    strcmp(c->v[id]->file, file) == 0)
			return id;
	return NO_ENTRY;
}

static struct source_id source_id(const struct stat *st)
{
	return (struct source_id){
		.mode = st->st_mode & 07777,
		.uid = st->st_uid,
		.gid = st->st_gid,
		.mtime = st->st_mtim.tv_sec,
		.mtime_ns = st->st_mtim.tv_nsec,
		.size = st->st_size,
		.ino = st->st_ino,
		.dev = st->st_dev,
	};
}

static bool same_source(const struct source_id *a, const struct source_id *b)
{
	return a->mode == b->mode && a->uid == b->uid && a->gid == b->gid &&
	       a->mtime == b->mtime && a->mtime_ns == b->mtime_ns &&
	       a->size == b->size && a->ino == b->ino && a->dev == b->dev;
}

/* Room for one more queued invalidation, or NULL (none is wanted, or
 * memory ran out: that change then shows when the kernel's caches
 * expire). */
static struct pending *pending_slot(struct collection *c)
{
	if (!c->invalidate)
		return NULL;
	if (c->n_pending == c->cap_pending) {
		size_t cap = c->cap_pending ? c->cap_pending * 2 : 16;
		struct pending *p = realloc(c->pending, cap * sizeof(*p));
		if (!p)
			return NULL;
		c->pending = p;
		c->cap_pending = cap;
	}
	return &c->pending[c->n_pending];
}

/* Queues an invalidation for after the lock is released. */
static void queue_inval(struct collection *c, uint32_t parent_entry,
			const char *name)
{
	struct pending *p = pending_slot(c);
	if (!p)
		return;
	p->parent = tree_ino((struct tnode){parent_entry, K_FOLDER, 0});
	p->name = name ? strdup(name) : NULL;
	if (name && !p->name)
		return;
	c->n_pending++;
}

/* Releases the lock, then tells the front end what changed. */
static void unlock_and_notify(struct collection *c)
{
	struct pending *p = c->pending;
	size_t n = c->n_pending;

	c->pending = NULL;
	c->n_pending = c->cap_pending = 0;
	pthread_mutex_unlock(&c->lock);
	if (!n) {
		free(p);
		return;
	}
	pthread_mutex_lock(&c->notify_lock);
	for (size_t i = 0; i < n; i++) {
		if (c->invalidate)
			c->invalidate(c->invalidate_ctx, p[i].parent,
				      p[i].name);
		free(p[i].name);
	}
	pthread_mutex_unlock(&c->notify_lock);
	free(p);
}

/* A new entry under folder parent; NO_ENTRY when memory runs out. */
static uint32_t entry_add(struct collection *c, uint32_t parent, enum kind kind,
			  const char *name, const char *file,
			  const struct stat *st)
{
	if (c->n >= (size_t)UINT32_MAX - 1 || !index_grow(c))
		return NO_ENTRY;
	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 1024;
		struct entry **v = realloc(c->v, cap * sizeof(*v));
		if (!v)
			return NO_ENTRY;
		c->v = v;
		c->cap = cap;
	}
	struct entry *e = calloc(1, sizeof(*e));
	size_t nl = strlen(name) + 1, fl = strlen(file) + 1;
	if (!e || !(e->name = malloc(nl + fl)))
		goto fail;
	memcpy(e->name, name, nl);
	e->file = memcpy(e->name + nl, file, fl);
	e->kind = kind;
	e->parent = parent;
	e->sid = source_id(st);
	e->lru_prev = e->lru_next = NO_ENTRY;
	if (kind == K_FOLDER) {
		e->folder = calloc(1, sizeof(*e->folder));
		if (!e->folder)
			goto fail;
		e->folder->watch = -1;
		const char *up = c->n ? c->v[parent]->folder->path : "";
		if (asprintf(&e->folder->path, "%s%s%s", up, *up ? "/" : "",
			     c->n ? file : "") < 0) {
			e->folder->path = NULL;
			goto fail;
		}
	}
	uint32_t id = (uint32_t)c->n;
	c->v[c->n++] = e;
	if (id == 0)
		return id; /* the root is listed in no folder */
	struct folder *p = c->v[parent]->folder;
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 16;
		uint32_t *ch = realloc(p->children, cap * sizeof(*ch));
		if (!ch)
			goto undo;
		p->children = ch;
		p->cap = cap;
	}
	p->children[p->n++] = id;
	index_insert(c, id);
	c->generation++;
	return id;
undo:
	c->n--;
fail:
	if (e) {
		if (e->folder)
			free(e->folder->path);
		free(e->folder);
		free(e->name);
	}
	free(e);
	return NO_ENTRY;
}

/* Forgets the errors recorded for one source path, or with `under`, for
 * every path inside that folder. */
static void drop_errors(struct collection *c, const char *path, bool under)
{
	size_t k = 0, n = strlen(path);
	for (size_t i = 0; i < c->n_errors; i++) {
		const char *p = c->errors[i].path;
		if (under ? strncmp(p, path, n) == 0 && p[n] == '/'
			  : strcmp(p, path) == 0) {
			free(c->errors[i].path);
			free(c->errors[i].line);
		} else {
			c->errors[k++] = c->errors[i];
		}
	}
	c->n_errors = k;
}

/* Records why `where` (a path, or path#N) yielded nothing; path is the
 * source file it belongs to. */
static void add_error(struct collection *c, const char *path, const char *where,
		      const char *why)
{
	char *line;
	if (asprintf(&line, "%s: %s", where, why ? why : "out of memory") < 0)
		return;
	/* One line per source, even for a file name holding a newline. */
	for (char *p = line; *p; p++)
		if ((unsigned char)*p < 0x20)
			*p = '?';
	if (c->n_errors == c->cap_errors) {
		size_t cap = c->cap_errors ? c->cap_errors * 2 : 16;
		struct error *v = realloc(c->errors, cap * sizeof(*v));
		if (!v) {
			free(line);
			return;
		}
		c->errors = v;
		c->cap_errors = cap;
	}
	char *p = strdup(path);
	if (!p) {
		free(line);
		return;
	}
	c->errors[c->n_errors++] = (struct error){p, line};
}

static char *full_path(const struct collection *c, const char *rel)
{
	char *p;
	if (asprintf(&p, "%s/%s", c->dir, rel) < 0)
		return NULL;
	return p;
}

/* The path of a name in folder id, relative to the collection's dir. */
static char *rel_path(const struct collection *c, uint32_t id, const char *name)
{
	const char *dir = c->v[id]->folder->path;
	char *p;
	if (asprintf(&p, "%s%s%s", dir, *dir ? "/" : "", name) < 0)
		return NULL;
	return p;
}

/*
 * A unique name in folder parent: base, base-2, base-3, ...  Stories are
 * named in source-path order, so the same collection gets the same names
 * on every mount.
 */
static void unique_name(struct collection *c, uint32_t parent, const char *base,
			char *out)
{
	strcpy(out, base);
	for (unsigned k = 2; find_name(c, parent, out) != NO_ENTRY ||
			     (parent == 0 && strcmp(out, ".articlefs") == 0);
	     k++)
		snprintf(out, NAME_MAX_BYTES, "%.*s-%u", NAME_MAX_BYTES - 12,
			 base, k);
}

/* The bytes of a source file that naming needs, and its format. */
static char *read_for_naming(struct collection *c, const char *path,
			     const char *rel, size_t *len, bool *complete,
			     enum format *f, char **err)
{
	/* The head says the format; the format says how much naming needs. */
	char *buf = read_source(path, source_scan_bytes(FORMAT_TEXT),
				limits.max_source_bytes, len, complete, err);
	if (!buf)
		return NULL;
	*f = format_detect(c->format, rel, buf, *len);
	size_t want = source_scan_bytes(*f);
	if (!*complete && (want == 0 || want > *len)) {
		free(buf);
		buf = read_source(path, want, limits.max_source_bytes, len,
				  complete, err);
	}
	return buf;
}

/* Adds the stories of source file `file` to folder parent; new names are
 * queued for invalidation when `announce` (they may be cached as absent). */
static void scan_file(struct collection *c, uint32_t parent, const char *file,
		      const struct stat *st, bool announce)
{
	char *rel = rel_path(c, parent, file);
	char *path = rel ? full_path(c, rel) : NULL, *err = NULL, *buf = NULL;
	size_t len;
	bool complete;
	struct record_list recs = {0};
	enum format f = FORMAT_AUTO;

	if (!path)
		goto out;
	if ((size_t)st->st_size > limits.max_source_bytes) {
		char lim[32];
		limits_size_text(lim, sizeof(lim), limits.max_source_bytes);
		if (asprintf(&err, "larger than the %s limit (%jd bytes)", lim,
			     (intmax_t)st->st_size) < 0)
			err = NULL;
		goto fail;
	}
	buf = read_for_naming(c, path, rel, &len, &complete, &f, &err);
	if (!buf || source_scan(f, rel, buf, len, complete, &recs, &err) < 0)
		goto fail;
	bool many = record_list_is_many(rel, &recs);
	for (size_t i = 0; i < recs.n; i++) {
		struct record *r = &recs.v[i];
		if (r->error) {
			char *src = record_source(rel, &recs, i);
			add_error(c, rel, src ? src : rel, r->error);
			free(src);
			continue;
		}
		char base[NAME_MAX_BYTES], name[NAME_MAX_BYTES];
		story_base_name(r->headline, rel, many ? i + 1 : 0,
				c->names_by_source, base);
		unique_name(c, parent, base, name);
		uint32_t id = entry_add(c, parent, K_STORY, name, file, st);
		if (id == NO_ENTRY)
			break;
		struct entry *e = c->v[id];
		e->format = f;
		e->record = many ? i + 1 : 0;
		e->rec = *r;
		e->rec.headline = NULL; /* naming is done with it */
		e->rec.error = NULL;
		c->stories++;
		if (announce)
			queue_inval(c, parent, name);
	}
	goto out;
fail:
	add_error(c, rel, rel, err);
out:
	record_list_free(&recs);
	free(err);
	free(buf);
	free(path);
	free(rel);
}

/* True when folder id or one of its ancestors is the directory st. */
static bool is_ancestor(struct collection *c, uint32_t id,
			const struct stat *st)
{
	for (;;) {
		const struct entry *e = c->v[id];
		if (e->sid.dev == st->st_dev && e->sid.ino == st->st_ino)
			return true;
		if (id == 0)
			return false;
		id = e->parent;
	}
}

/* True when path lies in the directory dir (both real paths). */
static bool path_within(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	if (strcmp(dir, "/") == 0)
		return true;
	return strncmp(path, dir, n) == 0 && (path[n] == '/' || !path[n]);
}

/*
 * Why a symbolic link to a folder is not followed, or NULL.  A folder
 * inside SOURCE is listed where it is; followed again through links, a
 * few folders that link to each other would make a tree that grows as the
 * factorial of their number.  A link out of SOURCE is followed once, but
 * not the links inside what it leads to, for the same reason.
 */
static const char *link_refused(const struct collection *c, const char *rel)
{
	char *path = full_path(c, rel), *real = NULL, *up = NULL;
	const char *why = NULL;
	struct stat lst;

	if (path && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
		char *slash = strrchr(path, '/');
		real = realpath(path, NULL);
		*slash = '\0';
		up = realpath(path, NULL);
		if (real && path_within(real, c->dir))
			why = "link to a folder inside the source: not followed";
		else if (up && !path_within(up, c->dir))
			why = "link inside a linked folder: not followed";
	}
	free(path);
	free(real);
	free(up);
	return why;
}

static void add_folder(struct collection *c, uint32_t parent, const char *name,
		       const struct stat *st, bool announce)
{
	char *rel = rel_path(c, parent, name);
	const char *refused;
	if (!rel)
		return;
	if (is_ancestor(c, parent, st)) {
		add_error(c, rel, rel,
			  "folder loop: leads back to a folder above it");
	} else if ((refused = link_refused(c, rel))) {
		add_error(c, rel, rel, refused);
	} else if (find_name(c, parent, name) == NO_ENTRY &&
		   entry_add(c, parent, K_FOLDER, name, name, st) != NO_ENTRY) {
		c->folders++;
		if (announce)
			queue_inval(c, parent, name);
	}
	free(rel);
}

/* Adds the entry for one name in folder id: in the first pass only
 * folders, in the second only files. */
static void scan_name(struct collection *c, uint32_t id, const char *name,
		      bool folders, bool announce)
{
	char *rel = rel_path(c, id, name);
	char *path = rel ? full_path(c, rel) : NULL;
	struct stat st;
	bool ok = path && stat(path, &st) == 0;
	int why = errno;

	if (!path)
		goto out;
	if (!ok && !folders) {
		add_error(c, rel, rel,
			  why == ELOOP ? "symbolic link loop" : strerror(why));
	} else if (ok && S_ISDIR(st.st_mode) && folders) {
		add_folder(c, id, name, &st, announce);
	} else if (ok && S_ISREG(st.st_mode) && !folders) {
		scan_file(c, id, name, &st, announce);
	} else if (ok && !S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode) &&
		   !folders) {
		add_error(c, rel, rel, "not a regular file or folder");
	}
out:
	free(rel);
	free(path);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The visible names in folder id's directory, sorted; NULL on failure
 * (recorded as an error). */
static char **list_names(struct collection *c, uint32_t id, size_t *n)
{
	struct folder *folder = c->v[id]->folder;
	char **names = NULL;
	size_t cap = 0;

	*n = 0;
	if (id == 0 && c->only) {
		names = calloc(1, sizeof(*names));
		if (names && (names[0] = strdup(c->only)))
			*n = 1;
		return names;
	}
	char *path = full_path(c, folder->path);
	DIR *d = path ? opendir(path) : NULL;
	if (!d) {
		add_error(c, folder->path, *folder->path ? folder->path : ".",
			  strerror(errno));
		free(path);
		return NULL;
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		/* Hidden files (.git, editor swap files) are not stories. */
		if (de->d_name[0] == '.')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			char **nv = realloc(names, cap * sizeof(*nv));
			if (!nv)
				break;
			names = nv;
		}
		if (!(names[*n] = strdup(de->d_name)))
			break;
		(*n)++;
	}
	closedir(d);
	free(path);
	if (*n)
		qsort(names, *n, sizeof(*names), compare_names);
	return names;
}

static void free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/* Lists folder id's directory into entries, in name order, and watches
 * it from then on. */
static void scan_folder(struct collection *c, uint32_t id)
{
	struct folder *folder = c->v[id]->folder;
	size_t n;

	folder->scanned = true;
	c->scanned++;
	if (c->watcher.watch) {
		char *path = full_path(c, folder->path);
		if (path)
			folder->watch =
				c->watcher.watch(c->watcher.ctx, id, path);
		free(path);
	}
	char **names = list_names(c, id, &n);
	/* Folders first, so that their real names stand and stories whose
	 * slugs happen to match them take the numbered names. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++)
			scan_name(c, id, names[i], pass == 0, false);
	free_names(names, n);
}

static struct entry *folder_scanned(struct collection *c, uint32_t id)
{
	if (id >= c->n || c->v[id]->kind != K_FOLDER)
		return NULL;
	if (!c->v[id]->folder->scanned)
		scan_folder(c, id);
	return c->v[id];
}

/* Cache list operations; the lock is held. */
static void lru_unlink(struct collection *c, uint32_t id)
{
	struct entry *e = c->v[id];
	if (e->lru_prev != NO_ENTRY)
		c->v[e->lru_prev]->lru_next = e->lru_next;
	else if (c->lru_head == id)
		c->lru_head = e->lru_next;
	else
		return; /* not in the list */
	if (e->lru_next != NO_ENTRY)
		c->v[e->lru_next]->lru_prev = e->lru_prev;
	else
		c->lru_tail = e->lru_prev;
	e->lru_prev = e->lru_next = NO_ENTRY;
}

static void lru_push(struct collection *c, uint32_t id)
{
	struct entry *e = c->v[id];
	e->lru_next = c->lru_head;
	e->lru_prev = NO_ENTRY;
	if (c->lru_head != NO_ENTRY)
		c->v[c->lru_head]->lru_prev = id;
	c->lru_head = id;
	if (c->lru_tail == NO_ENTRY)
		c->lru_tail = id;
}

/* Drops entry id's parsed story from the cache; readers that hold it keep
 * it until they let go. */
static void uncache(struct collection *c, uint32_t id)
{
	struct entry *e = c->v[id];
	if (!e->story)
		return;
	lru_unlink(c, id);
	story_release(e->story);
	e->story = NULL;
	c->cached--;
}

static void lru_trim(struct collection *c)
{
	while (c->cached > c->cache_max && c->lru_tail != NO_ENTRY)
		uncache(c, c->lru_tail);
}

/* Takes entry id out of its folder and every index; its id stays taken. */
static void retire(struct collection *c, uint32_t id)
{
	struct entry *e = c->v[id];
	struct folder *p = c->v[e->parent]->folder;

	if (e->kind == K_FOLDER) {
		/* Children first: they are indexed under this folder. */
		while (e->folder->n)
			retire(c, e->folder->children[e->folder->n - 1]);
		if (e->folder->watch >= 0 && c->watcher.unwatch)
			c->watcher.unwatch(c->watcher.ctx, e->folder->watch);
		drop_errors(c, e->folder->path, true);
		c->folders--;
		c->scanned -= e->folder->scanned;
	} else {
		c->stories--;
		if (e->parses)
			c->parsed--;
	}
	queue_inval(c, e->parent, e->name);
	if (e->story && e->krefs) {
		/* The kernel knows nodes of this story and may still read
		 * them (a file open across the change): the story stays,
		 * out of the cache, until it forgets them all. */
		lru_unlink(c, id);
		c->cached--;
	} else {
		uncache(c, id);
	}
	index_remove(c, id);
	facts_release(e->facts);
	e->facts = NULL;
	c->generation++;
	for (size_t i = 0; i < p->n; i++)
		if (p->children[i] == id) {
			memmove(&p->children[i], &p->children[i + 1],
				(p->n - i - 1) * sizeof(*p->children));
			p->n--;
			break;
		}
	/* The slot stays, so the id answers "gone" and is never reused;
	 * what it held goes. */
	e->kind = K_NONE;
	free(e->name);
	e->name = e->file = NULL;
	if (e->folder) {
		free(e->folder->children);
		free(e->folder->path);
		free(e->folder);
		e->folder = NULL;
	}
}

/* Brings one name in a scanned folder up to date; the lock is held. */
static void refresh_name(struct collection *c, uint32_t id, const char *name)
{
	char *rel = rel_path(c, id, name);
	char *path = rel ? full_path(c, rel) : NULL;
	struct stat st;
	bool exists = path && stat(path, &st) == 0;
	uint32_t folder = find_name(c, id, name);
	uint32_t story = find_file(c, id, name);

	if (!path)
		goto out;
	if (folder != NO_ENTRY && c->v[folder]->kind != K_FOLDER)
		folder = NO_ENTRY;
	if (story != NO_ENTRY && exists && S_ISREG(st.st_mode)) {
		struct source_id now = source_id(&st);
		if (same_source(&c->v[story]->sid, &now))
			goto out; /* nothing a reader could see changed */
	}
	if (!exists && story == NO_ENTRY && folder == NO_ENTRY &&
	    c->n_errors == 0)
		goto out;
	c->refreshes++;
	drop_errors(c, rel, false);
	while ((story = find_file(c, id, name)) != NO_ENTRY)
		retire(c, story);
	if (folder != NO_ENTRY && !(exists && S_ISDIR(st.st_mode)))
		retire(c, folder);
	if (exists && S_ISDIR(st.st_mode) && folder == NO_ENTRY)
		add_folder(c, id, name, &st, true);
	else if (exists && S_ISREG(st.st_mode))
		scan_file(c, id, name, &st, true);
	else if (exists && !S_ISDIR(st.st_mode))
		add_error(c, rel, rel, "not a regular file or folder");
	/* Listings of the folder change with any of this. */
	queue_inval(c, id, NULL);
out:
	free(rel);
	free(path);
}

/* Rechecks every name in scanned folder id, and names that vanished. */
static void refresh_folder(struct collection *c, uint32_t id)
{
	size_t n;
	char **names = list_names(c, id, &n);
	struct folder *f = c->v[id]->folder;

	/* Whatever is listed but no longer there goes. */
	for (size_t i = f->n; i-- > 0;) {
		char *key = strdup(c->v[f->children[i]]->file);
		/* An emptied folder lists no names (and names is NULL). */
		if (key && (!n || !bsearch(&key, names, n, sizeof(*names),
					   compare_names)))
			refresh_name(c, id, key);
		free(key);
		if (i > f->n)
			i = f->n;
	}
	for (size_t i = 0; i < n; i++)
		refresh_name(c, id, names[i]);
	free_names(names, n);
}

/* After a refresh: what is built from the whole collection (the views)
 * changed too when the collection did. */
static void queue_changed(struct collection *c, uint64_t before)
{
	struct pending *p;
	if (c->generation == before || !(p = pending_slot(c)))
		return;
	*p = (struct pending){0, NULL};
	c->n_pending++;
}

void collection_refresh(struct collection *c, uint32_t folder, const char *name)
{
	pthread_mutex_lock(&c->lock);
	uint64_t before = c->generation;
	if (folder < c->n && c->v[folder]->kind == K_FOLDER &&
	    c->v[folder]->folder->scanned) {
		if (!name)
			refresh_folder(c, folder);
		else if (*name != '.' &&
			 (!c->only || strcmp(name, c->only) == 0))
			refresh_name(c, folder, name);
	}
	queue_changed(c, before);
	unlock_and_notify(c);
}

void collection_refresh_all(struct collection *c)
{
	pthread_mutex_lock(&c->lock);
	uint64_t before = c->generation;
	for (uint32_t id = 0; id < c->n; id++)
		if (c->v[id]->kind == K_FOLDER && c->v[id]->folder->scanned)
			refresh_folder(c, id);
	queue_changed(c, before);
	unlock_and_notify(c);
}

void collection_set_watcher(struct collection *c,
			    const struct collection_watcher *w)
{
	pthread_mutex_lock(&c->lock);
	c->watcher = w ? *w : (struct collection_watcher){0};
	pthread_mutex_unlock(&c->lock);
}

void collection_set_invalidator(struct collection *c, collection_invalidator fn,
				void *ctx)
{
	pthread_mutex_lock(&c->lock);
	pthread_mutex_lock(&c->notify_lock);
	c->invalidate = fn;
	c->invalidate_ctx = ctx;
	pthread_mutex_unlock(&c->notify_lock);
	pthread_mutex_unlock(&c->lock);
}

struct collection *collection_open(const struct collection_options *o,
				   char **err)
{
	struct collection *c = calloc(1, sizeof(*c));
	struct stat st;
	char *real = NULL;

	if (!c)
		goto nomem;
	pthread_mutex_init(&c->lock, NULL);
	pthread_mutex_init(&c->notify_lock, NULL);
	pthread_cond_init(&c->loaded, NULL);
	c->format = o->format;
	c->names_by_source = o->names_by_source;
	c->cache_max = o->cache ? o->cache : COLLECTION_CACHE_DEFAULT;
	c->lru_head = c->lru_tail = NO_ENTRY;
	c->source = strdup(o->source);
	real = realpath(o->source, NULL);
	if (!real || stat(real, &st) < 0) {
		if (asprintf(err, "%s: %s", o->source, strerror(errno)) < 0)
			*err = NULL;
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		c->dir = real;
		real = NULL;
	} else if (S_ISREG(st.st_mode)) {
		char *slash = strrchr(real, '/');
		c->only = strdup(slash + 1);
		c->dir = slash == real ? strdup("/")
				       : strndup(real, slash - real);
		if (!c->only || !c->dir)
			goto nomem;
		/* The root is a folder: the file's read bits, with x. */
		st.st_mode = (st.st_mode & 0444) | ((st.st_mode & 0444) >> 2);
	} else {
		if (asprintf(err, "%s: not a folder or a file", o->source) < 0)
			*err = NULL;
		goto fail;
	}
	if (!c->source || entry_add(c, 0, K_FOLDER, "", "", &st) != 0)
		goto nomem;
	free(real);
	return c;
nomem:
	*err = strdup("out of memory");
fail:
	free(real);
	collection_close(c);
	return NULL;
}

void collection_close(struct collection *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++) {
		struct entry *e = c->v[i];
		if (e->story)
			story_release(e->story);
		facts_release(e->facts);
		if (e->folder) {
			free(e->folder->children);
			free(e->folder->path);
			free(e->folder);
		}
		free(e->name);
		free(e);
	}
	for (size_t i = 0; i < c->n_errors; i++) {
		free(c->errors[i].path);
		free(c->errors[i].line);
	}
	for (size_t i = 0; i < c->n_pending; i++)
		free(c->pending[i].name);
	free(c->pending);
	free(c->errors);
	free(c->v);
	free(c->names);
	free(c->files);
	free(c->dir);
	free(c->only);
	free(c->source);
	pthread_mutex_destroy(&c->lock);
	pthread_mutex_destroy(&c->notify_lock);
	pthread_cond_destroy(&c->loaded);
	free(c);
}

bool collection_entry(struct collection *c, uint32_t id, struct entry_info *out)
{
	bool ok = false;
	pthread_mutex_lock(&c->lock);
	if (id < c->n && c->v[id]->kind != K_NONE) {
		const struct entry *e = c->v[id];
		out->kind = e->kind;
		out->parent = e->parent;
		snprintf(out->name, sizeof(out->name), "%s", e->name);
		out->mode = e->sid.mode;
		out->uid = e->sid.uid;
		out->gid = e->sid.gid;
		out->mtime = e->sid.mtime;
		ok = true;
	}
	pthread_mutex_unlock(&c->lock);
	return ok;
}

bool collection_child(struct collection *c, uint32_t folder, size_t pos,
		      uint32_t *child)
{
	bool ok = false;
	pthread_mutex_lock(&c->lock);
	const struct entry *f = folder_scanned(c, folder);
	if (f && pos < f->folder->n) {
		*child = f->folder->children[pos];
		ok = true;
	}
	pthread_mutex_unlock(&c->lock);
	return ok;
}

bool collection_find(struct collection *c, uint32_t folder, const char *name,
		     uint32_t *child)
{
	pthread_mutex_lock(&c->lock);
	uint32_t id = folder_scanned(c, folder) ? find_name(c, folder, name)
						: NO_ENTRY;
	pthread_mutex_unlock(&c->lock);
	if (id == NO_ENTRY)
		return false;
	*child = id;
	return true;
}

/* What loading a story needs, copied out so the lock can be released. */
struct load {
	char *path;   /* full path of the source file */
	char *rel;    /* relative path, for the article's source field */
	char *source; /* rel, or rel#N */
	char *name;
	enum format format;
	struct record rec;
	struct source_id sid; /* the source as it was when named */
	bool check;	      /* refuse a source changed since then */
	bool stale;	      /* it had changed: not an error of the source */
};

static void load_free(struct load *l)
{
	free(l->path);
	free(l->rel);
	free(l->source);
	free(l->name);
}

static bool load_prepare(struct collection *c, uint32_t id, struct load *l)
{
	const struct entry *e = c->v[id];
	memset(l, 0, sizeof(*l));
	l->rel = rel_path(c, e->parent, e->file);
	l->path = l->rel ? full_path(c, l->rel) : NULL;
	l->name = strdup(e->name);
	l->format = e->format;
	l->rec = e->rec;
	l->sid = e->sid;
	/* With its folder watched, a change will retire this entry: bytes
	 * of the new version must never be served under its inodes.  (An
	 * unwatched folder, past the inotify limit, shows changes as they
	 * are read, as before.) */
	l->check =
		c->watcher.watch != NULL && c->v[e->parent]->folder->watch >= 0;
	if (l->rel && e->record &&
	    asprintf(&l->source, "%s#%u", l->rel, e->record) < 0)
		l->source = NULL;
	else if (l->rel && !e->record)
		l->source = strdup(l->rel);
	return l->path && l->name && l->source;
}

/* Reads and parses a story's source; no lock held. */
static struct article *load_article(struct load *l, char **err)
{
	size_t len;
	struct article *a = NULL;
	struct stat st;
	char *buf = read_source(l->path, 0, limits.max_source_bytes, &len, NULL,
				err);
	/* Checked after reading: a change before or during the read shows
	 * in the stat that follows it. */
	if (buf && l->check) {
		struct source_id now = {0};
		if (stat(l->path, &st) == 0)
			now = source_id(&st);
		if (!same_source(&l->sid, &now)) {
			l->stale = true;
			free(buf);
			return NULL;
		}
	}
	if (buf)
		a = source_parse(l->format, l->rel, buf, len, &l->rec,
				 l->source, err);
	free(buf);
	return a;
}

/* The same, rendered as a story's tree; no lock held. */
static struct story *load_story(struct load *l, uint32_t id, char **err)
{
	struct story *s = NULL;
	struct article *a = load_article(l, err);
	if (a && !(s = story_new(a, l->name, id)))
		*err = strdup("out of memory");
	return s;
}

struct story *collection_story_cached(struct collection *c, uint32_t id)
{
	struct story *s = NULL;
	pthread_mutex_lock(&c->lock);
	if (id < c->n && c->v[id]->story) {
		lru_unlink(c, id);
		lru_push(c, id);
		s = story_hold(c->v[id]->story);
	}
	pthread_mutex_unlock(&c->lock);
	return s;
}

void collection_kernel_ref(struct collection *c, uint32_t id, int64_t delta)
{
	pthread_mutex_lock(&c->lock);
	if (id < c->n) {
		struct entry *e = c->v[id];
		if (delta < 0 && (uint64_t)-delta > e->krefs)
			e->krefs = 0;
		else
			e->krefs += (uint64_t)delta;
		if (!e->krefs && e->kind == K_NONE && e->story) {
			story_release(e->story);
			e->story = NULL;
		}
	}
	pthread_mutex_unlock(&c->lock);
}

struct story *collection_story(struct collection *c, uint32_t id)
{
	struct story *s = NULL;
	struct load l = {0};

	pthread_mutex_lock(&c->lock);
	if (id < c->n && c->v[id]->kind == K_NONE && c->v[id]->story) {
		s = story_hold(c->v[id]->story); /* retired, kept */
		goto out;
	}
	if (id >= c->n || c->v[id]->kind != K_STORY)
		goto out;
	struct entry *e = c->v[id];
	while (e->loading)
		pthread_cond_wait(&c->loaded, &c->lock);
	if (e->story) {
		lru_unlink(c, id);
		lru_push(c, id);
		s = story_hold(e->story);
		/* Parsed before the views were wanted. */
		if (!e->facts && c->keep_facts)
			e->facts = facts_new(story_article(s));
		goto out;
	}
	if (e->failed || e->kind != K_STORY)
		goto out;
	if (!load_prepare(c, id, &l))
		goto out;
	e->loading = true;
	pthread_mutex_unlock(&c->lock);

	char *err = NULL;
	s = load_story(&l, id, &err);

	pthread_mutex_lock(&c->lock);
	e->loading = false;
	pthread_cond_broadcast(&c->loaded);
	if (e->kind != K_STORY) {
		/* Retired while it was parsed: the caller gets what it
		 * asked for, but the cache keeps nothing of it. */
	} else if (s) {
		e->story = story_hold(s);
		if (!e->facts && c->keep_facts)
			e->facts = facts_new(story_article(s));
		c->cached++;
		if (!e->parses++)
			c->parsed++;
		c->parses++;
		lru_push(c, id);
		lru_trim(c);
	} else if (!l.stale) {
		e->failed = true;
		add_error(c, l.rel, l.source, err);
	}
	free(err);
out:
	load_free(&l);
	pthread_mutex_unlock(&c->lock);
	return s;
}

/*
 * Learns story id's facts for the views.  A story in the cache gives them
 * at once; any other is parsed but neither rendered nor cached: the views
 * need only its facts, and the cache keeps what readers were reading.
 */
static void learn_facts(struct collection *c, uint32_t id)
{
	struct load l = {0};
	char *err = NULL;

	pthread_mutex_lock(&c->lock);
	struct entry *e = c->v[id]; /* entries stay put; the array may not */
	while (e->loading)
		pthread_cond_wait(&c->loaded, &c->lock);
	if (e->kind != K_STORY || e->facts || e->failed)
		goto out;
	if (e->story) {
		e->facts = facts_new(story_article(e->story));
		goto out;
	}
	if (!load_prepare(c, id, &l))
		goto out;
	e->loading = true;
	pthread_mutex_unlock(&c->lock);

	struct article *a = load_article(&l, &err);
	struct facts *f = a ? facts_new(a) : NULL;
	article_free(a);

	pthread_mutex_lock(&c->lock);
	e->loading = false;
	pthread_cond_broadcast(&c->loaded);
	if (e->kind != K_STORY || e->facts) {
		facts_release(f); /* retired, or learnt meanwhile */
	} else if (a) {
		e->facts = f;
		if (!e->parses++)
			c->parsed++;
		c->parses++;
	} else if (!l.stale) {
		e->failed = true;
		add_error(c, l.rel, l.source, err);
	}
out:
	pthread_mutex_unlock(&c->lock);
	free(err);
	load_free(&l);
}

void collection_parse_all(struct collection *c)
{
	uint32_t *todo = NULL;
	size_t n = 0, cap = 0;

	pthread_mutex_lock(&c->lock);
	c->keep_facts = true;
	/* Scanning appends folders, so one pass up the ids finds them all. */
	for (uint32_t id = 0; id < c->n; id++)
		if (c->v[id]->kind == K_FOLDER)
			folder_scanned(c, id);
	for (uint32_t id = 0; id < c->n; id++) {
		const struct entry *e = c->v[id];
		if (e->kind != K_STORY || e->facts || e->failed)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			uint32_t *nt = realloc(todo, cap * sizeof(*nt));
			if (!nt)
				break;
			todo = nt;
		}
		todo[n++] = id;
	}
	pthread_mutex_unlock(&c->lock);
	for (size_t i = 0; i < n; i++)
		learn_facts(c, todo[i]);
	free(todo);
}

/* The path of entry id from the mount's root. */
static char *entry_path(const struct collection *c, uint32_t id)
{
	const struct entry *e = c->v[id];
	const char *dir = c->v[e->parent]->folder->path;
	char *p;
	if (asprintf(&p, "%s%s%s", dir, *dir ? "/" : "", e->name) < 0)
		return NULL;
	return p;
}

int collection_facts(struct collection *c, struct story_facts **out, size_t *n,
		     uint64_t *generation)
{
	struct story_facts *v = NULL;
	size_t cap = 0;

	*n = 0;
	pthread_mutex_lock(&c->lock);
	*generation = c->generation;
	for (uint32_t id = 0; id < c->n; id++) {
		struct entry *e = c->v[id];
		if (e->kind != K_STORY || !e->facts)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			struct story_facts *nv = realloc(v, cap * sizeof(*nv));
			if (!nv)
				goto fail;
			v = nv;
		}
		char *path = entry_path(c, id);
		if (!path)
			goto fail;
		v[(*n)++] =
			(struct story_facts){id, path, facts_hold(e->facts)};
	}
	pthread_mutex_unlock(&c->lock);
	*out = v;
	return 0;
fail:
	pthread_mutex_unlock(&c->lock);
	collection_facts_free(v, *n);
	*n = 0;
	return -1;
}

void collection_facts_free(struct story_facts *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].path);
		facts_release(v[i].facts);
	}
	free(v);
}

uint64_t collection_generation(struct collection *c)
{
	pthread_mutex_lock(&c->lock);
	uint64_t g = c->generation;
	pthread_mutex_unlock(&c->lock);
	return g;
}

char *collection_status(struct collection *c, size_t *len)
{
	char *text = NULL;
	pthread_mutex_lock(&c->lock);
	int n = asprintf(&text,
			 "source: %s\n"
			 "format: %s\n"
			 "names: %s\n"
			 "folders: %zu\n"
			 "folders scanned: %zu\n"
			 "stories: %zu\n"
			 "errors: %zu\n"
			 "parsed: %zu of %zu\n"
			 "parses: %zu\n"
			 "cached: %zu\n"
			 "cache limit: %zu\n"
			 "refreshes: %zu\n",
			 c->source, format_name(c->format),
			 c->names_by_source ? "source" : "headline",
			 c->folders + 1, c->scanned, c->stories, c->n_errors,
			 c->parsed, c->stories, c->parses, c->cached,
			 c->cache_max, c->refreshes);
	pthread_mutex_unlock(&c->lock);
	if (n < 0)
		return NULL;
	*len = (size_t)n;
	return text;
}

char *collection_errors(struct collection *c, size_t *len)
{
	pthread_mutex_lock(&c->lock);
	size_t total = 0;
	for (size_t i = 0; i < c->n_errors; i++)
		total += strlen(c->errors[i].line) + 1;
	char *text = malloc(total + 1), *o = text;
	for (size_t i = 0; text && i < c->n_errors; i++) {
		size_t k = strlen(c->errors[i].line);
		memcpy(o, c->errors[i].line, k);
		o[k] = '\n';
		o += k + 1;
	}
	pthread_mutex_unlock(&c->lock);
	if (!text)
		return NULL;
	*o = '\0';
	*len = total;
	return text;
}
