/*
 * collection.c - SOURCE as a table of folder and story entries, scanned
 * lazily, with a bounded cache of parsed stories (see collection.h).
 *
 * One mutex guards the table, the name index, the cache list and the error
 * list.  Reading and parsing sources happen outside it: a story being
 * parsed is marked `loading`, and other threads that want it wait on a
 * condition variable instead of parsing it again.  Folder scans read only
 * heads of files and are rare (once per folder), so they run under the
 * lock, which keeps naming (collisions in source-path order) simple.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articlefs/collection.h"
#include "articlefs/limits.h"
#include "articlefs/names.h"

#define NO_ENTRY UINT32_MAX

struct entry {
	enum kind kind; /* K_FOLDER or K_STORY */
	uint32_t parent;
	uint32_t hash_next; /* next entry in the same name-index bucket */
	char *name;
	char *path; /* relative to the collection's directory */
	mode_t mode;
	uid_t uid;
	gid_t gid;
	time_t mtime;

	/* a folder */
	uint32_t *children;
	size_t n_children, cap_children;
	bool scanned;
	dev_t dev;
	ino_t ino;

	/* a story: record `record` (from 1; 0 for a one-story file) */
	enum format format;
	size_t record;
	struct record rec;
	struct story *story; /* parsed, when in the cache */
	bool loading;
	bool failed;
	unsigned parses; /* how often it was parsed (evictions re-parse) */
	uint32_t lru_prev, lru_next;
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
	uint32_t *buckets; /* name index: (parent, name) -> entry id */
	size_t n_buckets;

	uint32_t lru_head, lru_tail; /* most and least recently used */
	size_t cached;

	size_t folders, scanned, sources, stories, parsed, parses;
	char **errors;
	size_t n_errors, cap_errors;
};

static uint64_t name_hash(uint32_t parent, const char *name)
{
	uint64_t h = 1469598103934665603ull ^ parent;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	return h;
}

static void index_insert(struct collection *c, uint32_t id)
{
	struct entry *e = c->v[id];
	size_t b = name_hash(e->parent, e->name) & (c->n_buckets - 1);
	e->hash_next = c->buckets[b];
	c->buckets[b] = id;
}

/* Keeps the index at about one entry a bucket as the table grows. */
static bool index_grow(struct collection *c)
{
	if (c->n < c->n_buckets)
		return true;
	size_t nb = c->n_buckets ? c->n_buckets * 2 : 1024;
	uint32_t *b = malloc(nb * sizeof(*b));
	if (!b)
		return false;
	free(c->buckets);
	c->buckets = b;
	c->n_buckets = nb;
	for (size_t i = 0; i < nb; i++)
		b[i] = NO_ENTRY;
	for (uint32_t id = 1; id < c->n; id++)
		index_insert(c, id);
	return true;
}

static uint32_t index_find(struct collection *c, uint32_t parent,
			   const char *name)
{
	if (!c->n_buckets)
		return NO_ENTRY;
	uint32_t id = c->buckets[name_hash(parent, name) & (c->n_buckets - 1)];
	for (; id != NO_ENTRY; id = c->v[id]->hash_next)
		if (c->v[id]->parent == parent &&
		    strcmp(c->v[id]->name, name) == 0)
			return id;
	return NO_ENTRY;
}

/* A new entry under folder parent; NO_ENTRY when memory runs out. */
static uint32_t entry_add(struct collection *c, uint32_t parent, enum kind kind,
			  const char *name, const char *path,
			  const struct stat *st)
{
	if (c->n >= TREE_INDEX_MAX * 256u || c->n == UINT32_MAX - 1)
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
	if (!e)
		return NO_ENTRY;
	e->kind = kind;
	e->parent = parent;
	e->name = strdup(name);
	e->path = strdup(path);
	e->mode = st->st_mode & 07777;
	e->uid = st->st_uid;
	e->gid = st->st_gid;
	e->mtime = st->st_mtime;
	e->dev = st->st_dev;
	e->ino = st->st_ino;
	e->lru_prev = e->lru_next = NO_ENTRY;
	if (!e->name || !e->path) {
		free(e->name);
		free(e->path);
		free(e);
		return NO_ENTRY;
	}
	uint32_t id = (uint32_t)c->n;
	c->v[c->n++] = e;
	if (id == 0)
		return id; /* the root has no parent to be listed in */
	struct entry *p = c->v[parent];
	if (p->n_children == p->cap_children) {
		size_t cap = p->cap_children ? p->cap_children * 2 : 16;
		uint32_t *ch = realloc(p->children, cap * sizeof(*ch));
		if (!ch)
			goto undo;
		p->children = ch;
		p->cap_children = cap;
	}
	if (!index_grow(c))
		goto undo;
	p->children[p->n_children++] = id;
	index_insert(c, id);
	return id;
undo:
	c->n--;
	free(e->name);
	free(e->path);
	free(e);
	return NO_ENTRY;
}

static void add_error(struct collection *c, const char *path, const char *why)
{
	char *line;
	if (asprintf(&line, "%s: %s", path, why ? why : "out of memory") < 0)
		return;
	/* One line per source, even for a file name holding a newline. */
	for (char *p = line; *p; p++)
		if ((unsigned char)*p < 0x20)
			*p = '?';
	if (c->n_errors == c->cap_errors) {
		size_t cap = c->cap_errors ? c->cap_errors * 2 : 16;
		char **v = realloc(c->errors, cap * sizeof(*v));
		if (!v) {
			free(line);
			return;
		}
		c->errors = v;
		c->cap_errors = cap;
	}
	c->errors[c->n_errors++] = line;
}

static char *full_path(const struct collection *c, const char *rel)
{
	char *p;
	if (asprintf(&p, "%s/%s", c->dir, rel) < 0)
		return NULL;
	return p;
}

static char *join(const char *dir, const char *name)
{
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
	for (unsigned k = 2; index_find(c, parent, out) != NO_ENTRY ||
			     (parent == 0 && strcmp(out, ".articlefs") == 0);
	     k++)
		snprintf(out, NAME_MAX_BYTES, "%.*s-%u", NAME_MAX_BYTES - 12,
			 base, k);
}

/* Adds the stories of one source file to folder parent. */
static void scan_file(struct collection *c, uint32_t parent, const char *rel,
		      const struct stat *st)
{
	char *path = full_path(c, rel), *err = NULL, *buf = NULL;
	size_t len;
	bool complete;
	struct record_list recs = {0};
	enum format f = FORMAT_AUTO;

	c->sources++;
	if (!path)
		return;
	if ((size_t)st->st_size > limits.max_source_bytes) {
		if (asprintf(&err, "larger than the %zu MiB limit (%jd bytes)",
			     limits.max_source_bytes >> 20,
			     (intmax_t)st->st_size) < 0)
			err = NULL;
		goto fail;
	}
	/* The head says the format; the format says how much naming needs. */
	buf = read_source(path, source_scan_bytes(FORMAT_TEXT),
			  limits.max_source_bytes, &len, &complete, &err);
	if (!buf)
		goto fail;
	f = format_detect(c->format, rel, buf, len);
	size_t want = source_scan_bytes(f);
	if (!complete && (want == 0 || want > len)) {
		free(buf);
		buf = read_source(path, want, limits.max_source_bytes, &len,
				  &complete, &err);
		if (!buf)
			goto fail;
	}
	if (source_scan(f, rel, buf, len, complete, &recs, &err) < 0)
		goto fail;
	bool many = record_list_is_many(rel, &recs);
	for (size_t i = 0; i < recs.n; i++) {
		struct record *r = &recs.v[i];
		char *src = record_source(rel, &recs, i);
		if (r->error) {
			add_error(c, src ? src : rel, r->error);
			free(src);
			continue;
		}
		free(src);
		char base[NAME_MAX_BYTES], name[NAME_MAX_BYTES];
		story_base_name(r->headline, rel, many ? i + 1 : 0,
				c->names_by_source, base);
		unique_name(c, parent, base, name);
		uint32_t id = entry_add(c, parent, K_STORY, name, rel, st);
		if (id == NO_ENTRY)
			break;
		struct entry *e = c->v[id];
		e->format = f;
		e->record = many ? i + 1 : 0;
		e->rec = *r;
		e->rec.headline = NULL; /* naming is done with it */
		e->rec.error = NULL;
		c->stories++;
	}
	record_list_free(&recs);
	free(buf);
	free(path);
	return;
fail:
	add_error(c, rel, err);
	free(err);
	free(buf);
	free(path);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* True when folder id or one of its ancestors is the directory st. */
static bool is_ancestor(struct collection *c, uint32_t id,
			const struct stat *st)
{
	for (;;) {
		if (c->v[id]->dev == st->st_dev && c->v[id]->ino == st->st_ino)
			return true;
		if (id == 0)
			return false;
		id = c->v[id]->parent;
	}
}

/* Adds the entry for one name in folder id: in the first pass only
 * folders, in the second only files. */
static void scan_name(struct collection *c, uint32_t id, const char *name,
		      bool folders)
{
	char *rel = join(c->v[id]->path, name);
	char *path = rel ? full_path(c, rel) : NULL;
	struct stat st;
	bool ok = path && stat(path, &st) == 0;

	if (!path)
		goto out;
	if (!ok && !folders) {
		add_error(c, rel,
			  errno == ELOOP ? "symbolic link loop"
					 : strerror(errno));
	} else if (ok && S_ISDIR(st.st_mode) && folders) {
		if (is_ancestor(c, id, &st))
			add_error(
				c, rel,
				"folder loop: leads back to a folder above it");
		else if (entry_add(c, id, K_FOLDER, name, rel, &st) != NO_ENTRY)
			c->folders++;
	} else if (ok && S_ISREG(st.st_mode) && !folders) {
		scan_file(c, id, rel, &st);
	} else if (ok && !S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode) &&
		   !folders) {
		add_error(c, rel, "not a regular file or folder");
	}
out:
	free(rel);
	free(path);
}

/* Lists folder id's directory into entries, in name order. */
static void scan_folder(struct collection *c, uint32_t id)
{
	struct entry *folder = c->v[id];
	char **names = NULL;
	size_t n = 0, cap = 0;

	folder->scanned = true;
	c->scanned++;
	if (id == 0 && c->only) {
		names = malloc(sizeof(*names));
		if (!names || !(names[0] = strdup(c->only)))
			goto done;
		n = 1;
	} else {
		char *path = full_path(c, folder->path);
		DIR *d = path ? opendir(path) : NULL;
		if (!d) {
			add_error(c, *folder->path ? folder->path : ".",
				  strerror(errno));
			free(path);
			return;
		}
		struct dirent *de;
		while ((de = readdir(d))) {
			/* Hidden files (.git, editor swap files) are not
			 * stories. */
			if (de->d_name[0] == '.')
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				char **nv = realloc(names, cap * sizeof(*nv));
				if (!nv)
					break;
				names = nv;
			}
			if (!(names[n] = strdup(de->d_name)))
				break;
			n++;
		}
		closedir(d);
		free(path);
		qsort(names, n, sizeof(*names), compare_names);
	}
	/* Folders first, so that their real names stand and stories whose
	 * slugs happen to match them take the numbered names. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++)
			scan_name(c, id, names[i], pass == 0);
done:
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

static struct entry *folder_scanned(struct collection *c, uint32_t id)
{
	if (id >= c->n || c->v[id]->kind != K_FOLDER)
		return NULL;
	if (!c->v[id]->scanned)
		scan_folder(c, id);
	return c->v[id];
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
	} else {
		if (asprintf(err, "%s: not a folder or a file", o->source) < 0)
			*err = NULL;
		goto fail;
	}
	if (entry_add(c, 0, K_FOLDER, "", "", &st) != 0 || !index_grow(c))
		goto nomem;
	if (c->only) /* the root carries the folder's bits, not the file's */
		c->v[0]->mode =
			(st.st_mode & 0444) | ((st.st_mode & 0444) >> 2);
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
		free(e->children);
		free(e->name);
		free(e->path);
		free(e);
	}
	for (size_t i = 0; i < c->n_errors; i++)
		free(c->errors[i]);
	free(c->errors);
	free(c->v);
	free(c->buckets);
	free(c->dir);
	free(c->only);
	free(c->source);
	pthread_mutex_destroy(&c->lock);
	pthread_cond_destroy(&c->loaded);
	free(c);
}

bool collection_entry(struct collection *c, uint32_t id, struct entry_info *out)
{
	bool ok = false;
	pthread_mutex_lock(&c->lock);
	if (id < c->n) {
		const struct entry *e = c->v[id];
		out->kind = e->kind;
		out->parent = e->parent;
		snprintf(out->name, sizeof(out->name), "%s", e->name);
		out->mode = e->mode;
		out->uid = e->uid;
		out->gid = e->gid;
		out->mtime = e->mtime;
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
	if (f && pos < f->n_children) {
		*child = f->children[pos];
		ok = true;
	}
	pthread_mutex_unlock(&c->lock);
	return ok;
}

bool collection_find(struct collection *c, uint32_t folder, const char *name,
		     uint32_t *child)
{
	pthread_mutex_lock(&c->lock);
	uint32_t id = folder_scanned(c, folder) ? index_find(c, folder, name)
						: NO_ENTRY;
	pthread_mutex_unlock(&c->lock);
	if (id == NO_ENTRY)
		return false;
	*child = id;
	return true;
}

/* Cache list operations; the lock is held. */
static void lru_unlink(struct collection *c, uint32_t id)
{
	struct entry *e = c->v[id];
	if (e->lru_prev != NO_ENTRY)
		c->v[e->lru_prev]->lru_next = e->lru_next;
	else
		c->lru_head = e->lru_next;
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

/* Drops least recently used stories beyond the bound; readers that still
 * hold one keep it until they let go. */
static void lru_trim(struct collection *c)
{
	while (c->cached > c->cache_max && c->lru_tail != NO_ENTRY) {
		uint32_t id = c->lru_tail;
		lru_unlink(c, id);
		story_release(c->v[id]->story);
		c->v[id]->story = NULL;
		c->cached--;
	}
}

/* Reads and parses the source of story entry e (a copy: no lock held). */
static struct story *load_story(struct collection *c, const struct entry *e,
				uint32_t id, char **err)
{
	char *path = full_path(c, e->path), *src = NULL;
	size_t len;
	struct story *s = NULL;

	if (!path) {
		*err = strdup("out of memory");
		return NULL;
	}
	char *buf =
		read_source(path, 0, limits.max_source_bytes, &len, NULL, err);
	if (buf) {
		if (e->record &&
		    asprintf(&src, "%s#%zu", e->path, e->record) < 0)
			src = NULL;
		struct article *a =
			source_parse(e->format, e->path, buf, len, &e->rec,
				     src ? src : e->path, err);
		if (a && !(s = story_new(a, e->name, id)))
			*err = strdup("out of memory");
	}
	free(src);
	free(buf);
	free(path);
	return s;
}

struct story *collection_story(struct collection *c, uint32_t id)
{
	struct story *s = NULL;

	pthread_mutex_lock(&c->lock);
	if (id >= c->n || c->v[id]->kind != K_STORY)
		goto out;
	struct entry *e = c->v[id];
	while (e->loading)
		pthread_cond_wait(&c->loaded, &c->lock);
	if (e->story) {
		lru_unlink(c, id);
		lru_push(c, id);
		s = story_hold(e->story);
		goto out;
	}
	if (e->failed)
		goto out;
	e->loading = true;
	struct entry copy = *e;
	copy.name = strdup(e->name);
	copy.path = strdup(e->path);
	pthread_mutex_unlock(&c->lock);

	char *err = NULL;
	if (copy.name && copy.path)
		s = load_story(c, &copy, id, &err);
	else
		err = strdup("out of memory");

	pthread_mutex_lock(&c->lock);
	e->loading = false;
	if (s) {
		e->story = story_hold(s);
		c->cached++;
		if (!e->parses++)
			c->parsed++;
		c->parses++;
		lru_push(c, id);
		lru_trim(c);
	} else {
		e->failed = true;
		char *where = NULL;
		if (e->record &&
		    asprintf(&where, "%s#%zu", e->path, e->record) < 0)
			where = NULL;
		add_error(c, where ? where : e->path, err);
		free(where);
	}
	free(err);
	free(copy.name);
	free(copy.path);
	pthread_cond_broadcast(&c->loaded);
out:
	pthread_mutex_unlock(&c->lock);
	return s;
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
			 "sources: %zu\n"
			 "stories: %zu\n"
			 "errors: %zu\n"
			 "parsed: %zu of %zu\n"
			 "parses: %zu\n"
			 "cached: %zu\n"
			 "cache limit: %zu\n",
			 c->source, format_name(c->format),
			 c->names_by_source ? "source" : "headline",
			 c->folders + 1, c->scanned, c->sources, c->stories,
			 c->n_errors, c->parsed, c->stories, c->parses,
			 c->cached, c->cache_max);
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
		total += strlen(c->errors[i]) + 1;
	char *text = malloc(total + 1), *o = text;
	for (size_t i = 0; text && i < c->n_errors; i++) {
		size_t k = strlen(c->errors[i]);
		memcpy(o, c->errors[i], k);
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
