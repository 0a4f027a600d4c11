/*
 * vfs.c - nodes of the mounted tree, from the collection (folders, story
 * directories, .articlefs), the tree (everything inside a story) and the
 * views (.people, .dates, .index.tsv, .quotes.tsv).
 *
 * Modes follow the source: a story's files carry its source file's read
 * bits, its directories the same with x wherever r is set, so a mount
 * shared with allow_other shows nobody a source they could not read.
 *
 * The views need every story parsed, so they are built on first use and
 * rebuilt only when the collection has changed since (its generation).
 * The kernel may cache them until the collection changes; it is then told
 * to forget them (vfs_views_changed).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "articlefs/views.h"
#include "articlefs/vfs.h"

/* Where the root's dot entries start in a listing's offsets. */
#define EXTRAS_POS ((uint64_t)1 << 62)

/* Day keys (yyyymmdd) ride in a 24-bit index less this. */
#define DAY_BASE 18000000u

#define SNAP_BUCKETS 256

struct vfs {
	struct collection *c;
	pthread_mutex_t lock; /* guards views and ids; held while building */
	struct views *views;
	struct person_ids *ids;
	/* The kernel's no-open mode: see "Versions" below. */
	bool versioned;
	pthread_mutex_t snap_lock;
	struct snap *snaps[SNAP_BUCKETS];
	struct snap *latest[SNAP_BUCKETS]; /* each file's newest snapshot */
	uint32_t last_version;
};

/* One version of a changing file, named by an inode of its own. */
struct snap {
	uint64_t ino;
	uint64_t base; /* the inode of the file as it is now (version 0) */
	uint64_t refs; /* the kernel's lookups, and reads in progress */
	struct vfs_file *f;
	struct snap *next;	  /* in snaps[], by ino */
	struct snap *next_latest; /* in latest[], by base */
};

struct vfs_file {
	struct collection *c;
	struct tnode node;
	struct story *story; /* held from the first read, for story files */
	struct views *views; /* held while open, for view files */
	char *own;	     /* a snapshot, for status and errors */
	const char *data;
	size_t len;
	bool dynamic;
};

static bool changes(enum kind k);
static uint32_t node_version(struct tnode n);
static enum vfs_status snap_take(struct vfs *v, struct tnode n,
				 struct vfs_attr *out);
static enum vfs_status snap_attr(struct vfs *v, struct tnode n,
				 struct vfs_attr *out);

/* What the root holds besides folders and stories, in listing order. */
static const enum kind root_extras[] = {
	K_META, K_VIEW_DATES, K_VIEW_INDEX, K_VIEW_PEOPLE, K_VIEW_QUOTES,
};
#define N_ROOT_EXTRAS (sizeof(root_extras) / sizeof(*root_extras))

struct vfs *vfs_new(struct collection *c)
{
	struct vfs *v = calloc(1, sizeof(*v));
	if (!v)
		return NULL;
	v->c = c;
	v->ids = person_ids_new();
	if (!v->ids) {
		free(v);
		return NULL;
	}
	pthread_mutex_init(&v->lock, NULL);
	pthread_mutex_init(&v->snap_lock, NULL);
	return v;
}

void vfs_free(struct vfs *v)
{
	if (!v)
		return;
	views_release(v->views);
	person_ids_free(v->ids);
	for (size_t i = 0; i < SNAP_BUCKETS; i++)
		while (v->snaps[i]) {
			struct snap *sn = v->snaps[i];
			v->snaps[i] = sn->next;
			vfs_close(sn->f);
			free(sn);
		}
	pthread_mutex_destroy(&v->snap_lock);
	pthread_mutex_destroy(&v->lock);
	free(v);
}

/* The current views, held for the caller; NULL when memory runs out. */
static struct views *get_views(struct vfs *v)
{
	struct views *views = NULL;

	pthread_mutex_lock(&v->lock);
	if (!v->views || v->views->generation != collection_generation(v->c)) {
		struct story_facts *facts;
		size_t n;
		uint64_t generation;
		collection_parse_all(v->c);
		if (collection_facts(v->c, &facts, &n, &generation) == 0) {
			struct views *fresh =
				views_build(facts, n, v->ids, generation);
			collection_facts_free(facts, n);
			if (fresh) {
				views_release(v->views);
				v->views = fresh;
			}
		}
	}
	if (v->views)
		views_hold(views = v->views);
	pthread_mutex_unlock(&v->lock);
	return views;
}

static mode_t file_mode(mode_t source)
{
	return S_IFREG | (source & 0444);
}

static mode_t dir_mode(mode_t source)
{
	return S_IFDIR | (source & 0444) | ((source & 0444) >> 2);
}

/* The text of a dynamic file (.articlefs/status or errors). */
static char *meta_text(struct collection *c, enum kind k, size_t *len)
{
	return k == K_STATUS ? collection_status(c, len)
			     : collection_errors(c, len);
}

static bool is_view(enum kind k)
{
	return k >= K_VIEW_INDEX && k <= K_VIEW_DATE_LINK;
}

static bool starts(uint32_t key, uint32_t prefix, uint32_t scale)
{
	return key / scale == prefix;
}

/* The link of a view node (person or date link), or NULL. */
static const struct view_link *view_link(const struct views *vw, struct tnode n)
{
	const struct view_link *links = NULL;
	size_t count = 0;

	if (n.kind == K_VIEW_PERSON_LINK) {
		const struct view_person *p = views_person(vw, n.index);
		if (p)
			links = p->links, count = p->n_links;
	} else if (n.kind == K_VIEW_DATE_LINK) {
		const struct view_day *d = views_day(vw, n.index + DAY_BASE);
		if (d)
			links = d->links, count = d->n_links;
	}
	for (size_t i = 0; i < count; i++)
		if (links[i].story == n.entry)
			return &links[i];
	return NULL;
}

/* Whether any day lies in year (scale 10000) or month (scale 100). */
static bool has_days(const struct views *vw, uint32_t prefix, uint32_t scale)
{
	for (size_t i = 0; i < vw->n_days; i++)
		if (starts(vw->days[i].key, prefix, scale))
			return true;
	return false;
}

/*
 * Attributes of a view node.  Directories that always exist and listings'
 * entries (size_only false) need no build; anything that needs a size or
 * an existence check does.
 */
static enum vfs_status view_attr(struct vfs *v, struct tnode n,
				 const struct entry_info *root, bool sized,
				 struct vfs_attr *out)
{
	memset(out, 0, sizeof(*out));
	out->ino = tree_ino(n);
	out->uid = root->uid;
	out->gid = root->gid;
	out->mtime = root->mtime;
	/* A view changes only when the collection does: the kernel drops
	 * a cached listing when the mtime it cached it under changes. */
	out->mtime_ns = (long)(collection_generation(v->c) % 1000000000);
	out->snapshot = changes(n.kind);
	out->mode = kind_is_dir(n.kind)	   ? S_IFDIR | 0555
		    : kind_is_link(n.kind) ? S_IFLNK | 0777
					   : S_IFREG | 0444;
	if (n.kind == K_VIEW_PEOPLE || n.kind == K_VIEW_DATES || !sized)
		return VFS_OK;
	struct views *vw = get_views(v);
	if (!vw)
		return VFS_NO_MEMORY;
	enum vfs_status st = VFS_OK;
	const struct view_person *p = NULL;
	const struct view_link *l;
	switch (n.kind) {
	case K_VIEW_INDEX:
		out->size = vw->index_len;
		break;
	case K_VIEW_QUOTES:
		out->size = vw->quotes_len;
		break;
	case K_VIEW_PERSON:
	case K_VIEW_PERSON_QUOTES:
		if (!(p = views_person(vw, n.entry)))
			st = VFS_NOT_FOUND;
		else if (n.kind == K_VIEW_PERSON_QUOTES)
			out->size = p->quotes_len;
		break;
	case K_VIEW_PERSON_LINK:
	case K_VIEW_DATE_LINK:
		if ((l = view_link(vw, n)))
			out->size = strlen(l->target);
		else
			st = VFS_NOT_FOUND;
		break;
	case K_VIEW_YEAR:
		st = has_days(vw, n.entry, 10000) ? VFS_OK : VFS_NOT_FOUND;
		break;
	case K_VIEW_MONTH:
		st = has_days(vw, n.entry, 100) ? VFS_OK : VFS_NOT_FOUND;
		break;
	case K_VIEW_DAY:
		st = views_day(vw, n.entry) ? VFS_OK : VFS_NOT_FOUND;
		break;
	default:
		st = VFS_NOT_FOUND;
	}
	views_release(vw);
	return st;
}

/* Attributes of a node outside stories: folders, story dirs, .articlefs
 * and the views. */
static enum vfs_status outer_attr(struct vfs *v, struct tnode n, bool sized,
				  struct vfs_attr *out)
{
	struct entry_info e;
	bool entry = n.kind == K_FOLDER || n.kind == K_STORY;

	if (!collection_entry(v->c, entry ? n.entry : 0, &e))
		return VFS_NOT_FOUND;
	if (entry && e.kind != n.kind)
		return VFS_NOT_FOUND;
	if (is_view(n.kind))
		return view_attr(v, n, &e, sized, out);
	memset(out, 0, sizeof(*out));
	out->ino = tree_ino(n);
	out->uid = e.uid;
	out->gid = e.gid;
	out->mtime = e.mtime;
	switch (n.kind) {
	case K_FOLDER:
	case K_STORY:
		out->mode = dir_mode(e.mode);
		return VFS_OK;
	case K_META:
		out->mode = S_IFDIR | 0555;
		return VFS_OK;
	case K_STATUS:
	case K_ERRORS: {
		size_t len = 0;
		char *text = sized ? meta_text(v->c, n.kind, &len) : NULL;
		if (sized && !text)
			return VFS_NO_MEMORY;
		free(text);
		out->mode = S_IFREG | 0444;
		out->size = len;
		out->dynamic = out->snapshot = true;
		return VFS_OK;
	}
	default:
		return VFS_NOT_FOUND;
	}
}

/* Attributes of node n inside story s. */
static void story_attr(struct collection *c, const struct story *s,
		       struct tnode n, struct vfs_attr *out)
{
	struct entry_info e;
	const char *data;
	size_t len = 0;

	collection_entry(c, n.entry, &e);
	memset(out, 0, sizeof(*out));
	out->ino = tree_ino(n);
	out->uid = e.uid;
	out->gid = e.gid;
	out->mtime = story_date(s) != (time_t)-1 ? story_date(s) : e.mtime;
	if (kind_is_dir(n.kind)) {
		out->mode = dir_mode(e.mode);
	} else {
		story_content(s, n, &data, &len);
		out->mode = file_mode(e.mode);
		out->size = len;
	}
}

enum vfs_status vfs_getattr(struct vfs *v, uint64_t ino, struct vfs_attr *out)
{
	struct tnode n = tree_node(ino);

	if (n.kind == K_NONE)
		return VFS_NOT_FOUND;
	if (changes(n.kind) && node_version(n))
		return snap_attr(v, n, out);
	if (!kind_in_story(n.kind) || n.kind == K_STORY)
		return outer_attr(v, n, true, out);
	struct story *s = collection_story(v->c, n.entry);
	if (!s)
		return VFS_UNREADABLE;
	enum vfs_status st = VFS_NOT_FOUND;
	if (story_has(s, n)) {
		story_attr(v->c, s, n, out);
		st = VFS_OK;
	}
	story_release(s);
	return st;
}

/* Two digits of a date part, "01".."99", or -1. */
static int two_digits(const char *s)
{
	if (strlen(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' ||
	    s[1] > '9')
		return -1;
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* The child called name of a view directory, or K_NONE. */
static struct tnode view_lookup(struct vfs *v, struct tnode dir,
				const char *name)
{
	struct tnode none = {0, K_NONE, 0};
	int k;

	switch (dir.kind) {
	case K_VIEW_DATES:
		if (strlen(name) != 4 || strspn(name, "0123456789") != 4)
			return none;
		return (struct tnode){(uint32_t)atoi(name), K_VIEW_YEAR, 0};
	case K_VIEW_YEAR:
		if ((k = two_digits(name)) < 1 || k > 12)
			return none;
		return (struct tnode){dir.entry * 100 + k, K_VIEW_MONTH, 0};
	case K_VIEW_MONTH:
		if ((k = two_digits(name)) < 1 || k > 31)
			return none;
		return (struct tnode){dir.entry * 100 + k, K_VIEW_DAY, 0};
	default:
		break;
	}
	struct views *vw = get_views(v);
	struct tnode found = none;
	if (!vw)
		return none;
	if (dir.kind == K_VIEW_PEOPLE) {
		for (size_t i = 0; i < vw->n_people; i++)
			if (strcmp(vw->people[i].slug, name) == 0)
				found = (struct tnode){vw->people[i].id,
						       K_VIEW_PERSON, 0};
	} else if (dir.kind == K_VIEW_PERSON) {
		const struct view_person *p = views_person(vw, dir.entry);
		if (p && strcmp(name, "quotes") == 0)
			found = (struct tnode){p->id, K_VIEW_PERSON_QUOTES, 0};
		for (size_t i = 0; p && i < p->n_links; i++)
			if (strcmp(p->links[i].name, name) == 0)
				found = (struct tnode){p->links[i].story,
						       K_VIEW_PERSON_LINK,
						       p->id};
	} else if (dir.kind == K_VIEW_DAY) {
		const struct view_day *d = views_day(vw, dir.entry);
		for (size_t i = 0; d && i < d->n_links; i++)
			if (strcmp(d->links[i].name, name) == 0)
				found = (struct tnode){d->links[i].story,
						       K_VIEW_DATE_LINK,
						       d->key - DAY_BASE};
	}
	views_release(vw);
	return found;
}

/* The child called name of an outer directory, or K_NONE. */
static struct tnode outer_lookup(struct vfs *v, struct tnode dir,
				 const char *name)
{
	struct entry_info e;
	uint32_t id;

	if (dir.kind == K_META) {
		if (strcmp(name, "status") == 0)
			return (struct tnode){0, K_STATUS, 0};
		if (strcmp(name, "errors") == 0)
			return (struct tnode){0, K_ERRORS, 0};
	} else if (dir.kind == K_FOLDER) {
		for (size_t i = 0; dir.entry == 0 && i < N_ROOT_EXTRAS; i++)
			if (strcmp(name, kind_name(root_extras[i])) == 0)
				return (struct tnode){0, root_extras[i], 0};
		if (collection_find(v->c, dir.entry, name, &id) &&
		    collection_entry(v->c, id, &e))
			return (struct tnode){id, e.kind, 0};
	} else if (is_view(dir.kind)) {
		return view_lookup(v, dir, name);
	}
	return (struct tnode){0, K_NONE, 0};
}

enum vfs_status vfs_lookup(struct vfs *v, uint64_t parent, const char *name,
			   struct vfs_attr *out)
{
	struct tnode dir = tree_node(parent), child;

	if (!kind_is_dir(dir.kind))
		return dir.kind == K_NONE ? VFS_NOT_FOUND : VFS_NOT_DIR;
	if (!kind_in_story(dir.kind)) {
		child = outer_lookup(v, dir, name);
		if (child.kind == K_NONE)
			return VFS_NOT_FOUND;
		/* A snapshot's size is its own: the text is made once. */
		bool snap = v->versioned && changes(child.kind);
		enum vfs_status st = outer_attr(v, child, !snap, out);
		if (st == VFS_OK && snap)
			return snap_take(v, child, out);
		if (st == VFS_OK && child.kind == K_STORY)
			collection_kernel_ref(v->c, child.entry, 1);
		return st;
	}
	struct story *s = collection_story(v->c, dir.entry);
	if (!s)
		return VFS_UNREADABLE;
	enum vfs_status st = VFS_NOT_FOUND;
	if (story_lookup(s, dir, name, &child)) {
		story_attr(v->c, s, child, out);
		collection_kernel_ref(v->c, child.entry, 1);
		st = VFS_OK;
	}
	story_release(s);
	return st;
}

/* The directory holding view node n. */
static struct tnode view_parent(struct tnode n)
{
	switch (n.kind) {
	case K_VIEW_PERSON:
		return (struct tnode){0, K_VIEW_PEOPLE, 0};
	case K_VIEW_PERSON_QUOTES:
		return (struct tnode){n.entry, K_VIEW_PERSON, 0};
	case K_VIEW_PERSON_LINK:
		return (struct tnode){n.index, K_VIEW_PERSON, 0};
	case K_VIEW_YEAR:
		return (struct tnode){0, K_VIEW_DATES, 0};
	case K_VIEW_MONTH:
	case K_VIEW_DAY:
		return (struct tnode){
			n.entry / 100,
			n.kind == K_VIEW_DAY ? K_VIEW_MONTH : K_VIEW_YEAR, 0};
	case K_VIEW_DATE_LINK:
		return (struct tnode){n.index + DAY_BASE, K_VIEW_DAY, 0};
	default:
		return (struct tnode){0, K_FOLDER, 0};
	}
}

/* The inode of the directory holding node n. */
static uint64_t parent_ino(struct collection *c, struct tnode n)
{
	struct entry_info e;

	if (n.kind == K_FOLDER || n.kind == K_STORY) {
		if (n.entry == 0 || !collection_entry(c, n.entry, &e))
			return 1;
		return tree_ino((struct tnode){e.parent, K_FOLDER, 0});
	}
	if (is_view(n.kind))
		return tree_ino(view_parent(n));
	return tree_ino(tree_parent(n));
}

/* Fills "." and ".."; returns false when the buffer filled up. */
static bool fill_dots(struct collection *c, struct tnode dir, uint64_t *pos,
		      vfs_fill fill, void *ctx)
{
	struct vfs_attr a = {.mode = S_IFDIR};

	if (*pos == 0) {
		a.ino = tree_ino(dir);
		if (!fill(ctx, ".", &a, 1))
			return false;
		(*pos)++;
	}
	if (*pos == 1) {
		a.ino = parent_ino(c, dir);
		if (!fill(ctx, "..", &a, 2))
			return false;
		(*pos)++;
	}
	return true;
}

/*
 * The pos-th child (from 0) of a view directory, with its name written to
 * buf (256 bytes); false past the last.
 */
static bool view_child(const struct views *vw, struct tnode dir, size_t pos,
		       struct tnode *child, char *buf)
{
	const struct view_person *p;
	const struct view_day *d;
	uint32_t last = 0;

	switch (dir.kind) {
	case K_VIEW_PEOPLE:
		if (pos >= vw->n_people)
			return false;
		*child = (struct tnode){vw->people[pos].id, K_VIEW_PERSON, 0};
		snprintf(buf, 256, "%s", vw->people[pos].slug);
		return true;
	case K_VIEW_PERSON:
		if (!(p = views_person(vw, dir.entry)))
			return false;
		if (pos == 0) {
			*child = (struct tnode){p->id, K_VIEW_PERSON_QUOTES, 0};
			snprintf(buf, 256, "quotes");
			return true;
		}
		if (--pos >= p->n_links)
			return false;
		*child = (struct tnode){p->links[pos].story, K_VIEW_PERSON_LINK,
					p->id};
		snprintf(buf, 256, "%s", p->links[pos].name);
		return true;
	case K_VIEW_DATES:
	case K_VIEW_YEAR:
	case K_VIEW_MONTH: {
		/* Distinct years, months of a year, or days of a month. */
		uint32_t scale = dir.kind == K_VIEW_DATES  ? 10000
				 : dir.kind == K_VIEW_YEAR ? 100
							   : 1;
		enum kind k = dir.kind == K_VIEW_DATES	? K_VIEW_YEAR
			      : dir.kind == K_VIEW_YEAR ? K_VIEW_MONTH
							: K_VIEW_DAY;
		for (size_t i = 0; i < vw->n_days; i++) {
			uint32_t key = vw->days[i].key;
			if (dir.kind != K_VIEW_DATES &&
			    !starts(key, dir.entry, scale * 100))
				continue;
			if (key / scale == last)
				continue;
			last = key / scale;
			if (pos-- == 0) {
				*child = (struct tnode){last, k, 0};
				snprintf(buf, 256,
					 k == K_VIEW_YEAR ? "%04u" : "%02u",
					 k == K_VIEW_YEAR ? last : last % 100);
				return true;
			}
		}
		return false;
	}
	case K_VIEW_DAY:
		if (!(d = views_day(vw, dir.entry)) || pos >= d->n_links)
			return false;
		*child = (struct tnode){d->links[pos].story, K_VIEW_DATE_LINK,
					d->key - DAY_BASE};
		snprintf(buf, 256, "%s", d->links[pos].name);
		return true;
	default:
		return false;
	}
}

static enum vfs_status view_readdir(struct vfs *v, struct tnode dir,
				    uint64_t pos, vfs_fill fill, void *ctx)
{
	struct entry_info root;
	struct vfs_attr a;
	struct tnode child;
	char name[256];

	if (!collection_entry(v->c, 0, &root))
		return VFS_NOT_FOUND;
	struct views *vw = get_views(v);
	if (!vw)
		return VFS_NO_MEMORY;
	if (fill_dots(v->c, dir, &pos, fill, ctx))
		for (; view_child(vw, dir, pos - 2, &child, name); pos++) {
			view_attr(v, child, &root, false, &a);
			if (!fill(ctx, name, &a, pos + 1))
				break;
		}
	views_release(vw);
	return VFS_OK;
}

static enum vfs_status outer_readdir(struct vfs *v, struct tnode dir,
				     uint64_t pos, vfs_fill fill, void *ctx)
{
	struct vfs_attr a;
	uint32_t id;
	struct entry_info e;

	if (is_view(dir.kind))
		return view_readdir(v, dir, pos, fill, ctx);
	if (!fill_dots(v->c, dir, &pos, fill, ctx))
		return VFS_OK;
	if (dir.kind == K_META) {
		static const enum kind files[] = {K_STATUS, K_ERRORS};
		for (; pos - 2 < 2; pos++) {
			struct tnode n = {0, files[pos - 2], 0};
			if (outer_attr(v, n, true, &a) != VFS_OK ||
			    !fill(ctx, kind_name(n.kind), &a, pos + 1))
				break;
		}
		return VFS_OK;
	}
	/* Folders and stories first, then (in the root) the dot entries, at
	 * offsets of their own so that a folder that grows between two calls
	 * cannot shift them.  Last, because `grep -r` of the root then reads
	 * every story before the views, which can take the facts of the
	 * stories still cached instead of parsing them once more.  Listing
	 * never builds a view: their sizes come with a stat. */
	if (pos < EXTRAS_POS) {
		for (; collection_child(v->c, dir.entry, pos - 2, &id); pos++) {
			if (!collection_entry(v->c, id, &e))
				continue;
			struct tnode n = {id, e.kind, 0};
			if (outer_attr(v, n, true, &a) != VFS_OK)
				continue;
			if (!fill(ctx, e.name, &a,
				  collection_child(v->c, dir.entry, pos - 1,
						   &id)
					  ? pos + 1
					  : EXTRAS_POS))
				return VFS_OK;
		}
		pos = EXTRAS_POS;
	}
	if (dir.entry != 0)
		return VFS_OK;
	for (; pos - EXTRAS_POS < N_ROOT_EXTRAS; pos++) {
		struct tnode n = {0, root_extras[pos - EXTRAS_POS], 0};
		if (outer_attr(v, n, false, &a) != VFS_OK ||
		    !fill(ctx, kind_name(n.kind), &a, pos + 1))
			return VFS_OK;
	}
	return VFS_OK;
}

enum vfs_status vfs_readdir(struct vfs *v, uint64_t ino, uint64_t pos,
			    vfs_fill fill, void *ctx)
{
	struct tnode dir = tree_node(ino), child;
	struct vfs_attr a;
	const char *name;
	char buf[32];

	if (!kind_is_dir(dir.kind))
		return dir.kind == K_NONE ? VFS_NOT_FOUND : VFS_NOT_DIR;
	if (!kind_in_story(dir.kind))
		return outer_readdir(v, dir, pos, fill, ctx);
	struct story *s = collection_story(v->c, dir.entry);
	if (!s)
		return VFS_UNREADABLE;
	if (fill_dots(v->c, dir, &pos, fill, ctx)) {
		for (; story_child(s, dir, pos - 2, &child, &name, buf);
		     pos++) {
			story_attr(v->c, s, child, &a);
			if (!fill(ctx, name, &a, pos + 1))
				break;
		}
	}
	story_release(s);
	return VFS_OK;
}

/* Opens a view file: its bytes come from a held snapshot. */
static enum vfs_status open_view(struct vfs *v, struct tnode n,
				 struct vfs_file *f)
{
	const struct view_person *p;

	f->views = get_views(v);
	if (!f->views)
		return VFS_NO_MEMORY;
	f->dynamic = true;
	switch (n.kind) {
	case K_VIEW_INDEX:
		f->data = f->views->index_tsv;
		f->len = f->views->index_len;
		return VFS_OK;
	case K_VIEW_QUOTES:
		f->data = f->views->quotes_tsv;
		f->len = f->views->quotes_len;
		return VFS_OK;
	case K_VIEW_PERSON_QUOTES:
		if (!(p = views_person(f->views, n.entry)))
			return VFS_NOT_FOUND;
		f->data = p->quotes;
		f->len = p->quotes_len;
		return VFS_OK;
	default:
		return VFS_NOT_FOUND;
	}
}

enum vfs_status vfs_open(struct vfs *v, uint64_t ino, struct vfs_file **out)
{
	struct tnode n = tree_node(ino);
	struct vfs_file *f;
	enum vfs_status st = VFS_OK;

	if (n.kind == K_NONE || kind_is_link(n.kind))
		return VFS_NOT_FOUND;
	if (kind_is_dir(n.kind))
		return VFS_IS_DIR;
	f = calloc(1, sizeof(*f));
	if (!f)
		return VFS_NO_MEMORY;
	f->c = v->c;
	f->node = n;
	if (n.kind == K_STATUS || n.kind == K_ERRORS) {
		f->own = meta_text(v->c, n.kind, &f->len);
		f->data = f->own;
		f->dynamic = true;
		st = f->own ? VFS_OK : VFS_NO_MEMORY;
	} else if (is_view(n.kind)) {
		st = open_view(v, n, f);
	} else {
		f->story = collection_story_cached(v->c, n.entry);
	}
	if (st != VFS_OK) {
		vfs_close(f);
		return st;
	}
	*out = f;
	return VFS_OK;
}

enum vfs_status vfs_file_bytes(struct vfs_file *f, const char **data,
			       size_t *len)
{
	if (!kind_in_story(f->node.kind)) {
		*data = f->data;
		*len = f->len;
		return VFS_OK;
	}
	struct story *s = __atomic_load_n(&f->story, __ATOMIC_ACQUIRE);
	if (!s) {
		/* Two reads of one open file may race here: the first to
		 * publish its story wins, the other lets its copy go. */
		struct story *mine = collection_story(f->c, f->node.entry);
		if (!mine)
			return VFS_UNREADABLE;
		s = NULL;
		if (__atomic_compare_exchange_n(&f->story, &s, mine, false,
						__ATOMIC_ACQ_REL,
						__ATOMIC_ACQUIRE))
			s = mine;
		else
			story_release(mine);
	}
	return story_content(s, f->node, data, len) ? VFS_OK : VFS_NOT_FOUND;
}

bool vfs_file_dynamic(const struct vfs_file *f)
{
	return f->dynamic;
}

void vfs_close(struct vfs_file *f)
{
	if (!f)
		return;
	if (f->story)
		story_release(f->story);
	views_release(f->views);
	free(f->own);
	free(f);
}

void vfs_views_changed(struct vfs *v,
		       void (*inval)(void *ctx, uint64_t parent,
				     const char *name),
		       void *ctx)
{
	(void)v;
	/* Every view node lies below one of the root's view entries:
	 * forgetting those drops the rest with them; the two directories
	 * are also dropped by inode, in case someone is inside one. */
	for (size_t i = 0; i < N_ROOT_EXTRAS; i++)
		if (is_view(root_extras[i]))
			inval(ctx, 1, kind_name(root_extras[i]));
	inval(ctx, tree_ino((struct tnode){0, K_VIEW_PEOPLE, 0}), NULL);
	inval(ctx, tree_ino((struct tnode){0, K_VIEW_DATES, 0}), NULL);
}

/* ---- versions: changing files in the kernel's no-open mode ---- */

/*
 * With no open to hold a snapshot, the kernel would keep the pages of
 * status, errors and the view files under one inode while their text
 * changes.  So in that mode every lookup of one takes a snapshot and names
 * it with an inode of its own (a version number in the inode number),
 * which the kernel may cache as long as it likes.  The snapshot stays
 * until the kernel forgets that inode, so a file read in several requests
 * never mixes two versions.
 */
static bool changes(enum kind k)
{
	return k == K_STATUS || k == K_ERRORS || k == K_VIEW_INDEX ||
	       k == K_VIEW_QUOTES || k == K_VIEW_PERSON_QUOTES;
}

/* The version a node names; 0 for the file as it is now. */
static uint32_t node_version(struct tnode n)
{
	return n.kind == K_VIEW_PERSON_QUOTES ? n.index : n.entry;
}

static struct tnode with_version(struct tnode n, uint32_t version)
{
	if (n.kind == K_VIEW_PERSON_QUOTES)
		n.index = version;
	else
		n.entry = version;
	return n;
}

void vfs_set_versioned(struct vfs *v, bool on)
{
	v->versioned = on;
}

/* The snapshot named ino, or NULL; snap_lock is held. */
static struct snap **snap_slot(struct vfs *v, uint64_t ino)
{
	struct snap **p = &v->snaps[ino % SNAP_BUCKETS];
	while (*p && (*p)->ino != ino)
		p = &(*p)->next;
	return p;
}

/* The newest snapshot of the file whose version 0 is base, in latest[]. */
static struct snap **latest_slot(struct vfs *v, uint64_t base)
{
	struct snap **p = &v->latest[base % SNAP_BUCKETS];
	while (*p && (*p)->base != base)
		p = &(*p)->next_latest;
	return p;
}

static void snap_unlink(struct vfs *v, struct snap *sn)
{
	struct snap **p = snap_slot(v, sn->ino);
	*p = sn->next;
	p = latest_slot(v, sn->base);
	if (*p == sn)
		*p = sn->next_latest;
}

static enum vfs_status snap_take(struct vfs *v, struct tnode n,
				 struct vfs_attr *out)
{
	struct vfs_file *f;
	const char *data;
	size_t len;
	uint64_t base = tree_ino(n);
	enum vfs_status st = vfs_open(v, base, &f);
	if (st != VFS_OK)
		return st;
	vfs_file_bytes(f, &data, &len);
	/* Unchanged since the last lookup: the same inode, so that the
	 * kernel keeps its pages and `cp` sees one file. */
	pthread_mutex_lock(&v->snap_lock);
	struct snap *old = *latest_slot(v, base);
	if (old && old->f->len == len && !memcmp(old->f->data, data, len)) {
		old->refs++;
		out->ino = old->ino;
		out->size = len;
		pthread_mutex_unlock(&v->snap_lock);
		vfs_close(f);
		return VFS_OK;
	}
	pthread_mutex_unlock(&v->snap_lock);
	struct snap *sn = malloc(sizeof(*sn));
	if (!sn) {
		vfs_close(f);
		return VFS_NO_MEMORY;
	}
	sn->f = f;
	sn->base = base;
	sn->refs = 1; /* the lookup's */
	pthread_mutex_lock(&v->snap_lock);
	struct snap **lp = latest_slot(v, base);
	if (*lp) /* the newer one takes its place */
		*lp = (*lp)->next_latest;
	sn->next_latest = v->latest[base % SNAP_BUCKETS];
	v->latest[base % SNAP_BUCKETS] = sn;
	/* Versions wrap after 2^24; one still in use is skipped. */
	do {
		uint32_t ver = ++v->last_version & TREE_INDEX_MAX;
		sn->ino = ver ? tree_ino(with_version(n, ver)) : 0;
	} while (!sn->ino || *snap_slot(v, sn->ino));
	sn->next = v->snaps[sn->ino % SNAP_BUCKETS];
	v->snaps[sn->ino % SNAP_BUCKETS] = sn;
	pthread_mutex_unlock(&v->snap_lock);
	out->ino = sn->ino;
	out->size = f->len;
	return VFS_OK;
}

static enum vfs_status snap_attr(struct vfs *v, struct tnode n,
				 struct vfs_attr *out)
{
	size_t len = 0;
	bool found;

	pthread_mutex_lock(&v->snap_lock);
	struct snap *sn = *snap_slot(v, tree_ino(n));
	if ((found = sn != NULL))
		len = sn->f->len;
	pthread_mutex_unlock(&v->snap_lock);
	if (!found)
		return VFS_NOT_FOUND;
	enum vfs_status st = outer_attr(v, with_version(n, 0), false, out);
	out->ino = tree_ino(n);
	out->size = len;
	return st;
}

void vfs_kernel_ref(struct vfs *v, uint64_t ino, int64_t delta)
{
	struct tnode n = tree_node(ino);

	if (kind_in_story(n.kind)) {
		collection_kernel_ref(v->c, n.entry, delta);
		return;
	}
	if (!changes(n.kind) || !node_version(n))
		return;
	struct snap *gone = NULL;
	pthread_mutex_lock(&v->snap_lock);
	struct snap **p = snap_slot(v, ino);
	if (*p) {
		struct snap *sn = *p;
		if (delta < 0 && (uint64_t)-delta >= sn->refs) {
			snap_unlink(v, sn);
			gone = sn;
		} else {
			sn->refs += (uint64_t)delta;
		}
	}
	pthread_mutex_unlock(&v->snap_lock);
	if (gone) {
		vfs_close(gone->f);
		free(gone);
	}
}

enum vfs_status vfs_read(struct vfs *v, uint64_t ino, vfs_use use, void *ctx)
{
	struct tnode n = tree_node(ino);
	const char *data;
	size_t len;

	if (changes(n.kind) && node_version(n)) {
		pthread_mutex_lock(&v->snap_lock);
		struct snap *sn = *snap_slot(v, ino);
		if (sn)
			sn->refs++; /* the read's */
		pthread_mutex_unlock(&v->snap_lock);
		if (!sn)
			return VFS_NOT_FOUND;
		use(ctx, sn->f->data, sn->f->len);
		vfs_kernel_ref(v, ino, -1);
		return VFS_OK;
	}
	struct vfs_file *f;
	enum vfs_status st = vfs_open(v, ino, &f);
	if (st != VFS_OK)
		return st;
	st = vfs_file_bytes(f, &data, &len);
	if (st == VFS_OK)
		use(ctx, data, len);
	vfs_close(f);
	return st;
}

enum vfs_status vfs_readlink(struct vfs *v, uint64_t ino, char **target)
{
	struct tnode n = tree_node(ino);

	if (!kind_is_link(n.kind))
		return VFS_NOT_FOUND;
	struct views *vw = get_views(v);
	if (!vw)
		return VFS_NO_MEMORY;
	const struct view_link *l = view_link(vw, n);
	*target = l ? strdup(l->target) : NULL;
	views_release(vw);
	if (!l)
		return VFS_NOT_FOUND;
	return *target ? VFS_OK : VFS_NO_MEMORY;
}

/* A story directory's extended attributes, from its article. */
static const char *const xattr_names[] = {
	"user.article.headline",
	"user.article.date",
	"user.article.url",
	"user.article.source",
};

static const char *xattr_value(const struct article *a, size_t i)
{
	const char *values[] = {a->headline, a->date, a->url, a->source};
	return values[i] && *values[i] ? values[i] : NULL;
}

enum vfs_status vfs_listxattr(struct vfs *v, uint64_t ino, char **list,
			      size_t *len)
{
	struct tnode n = tree_node(ino);

	*list = NULL;
	*len = 0;
	if (n.kind != K_STORY)
		return VFS_OK; /* nothing, which cp -a and rsync -X expect */
	struct story *s = collection_story(v->c, n.entry);
	if (!s)
		return VFS_UNREADABLE;
	size_t total = 0;
	for (size_t i = 0; i < 4; i++)
		if (xattr_value(story_article(s), i))
			total += strlen(xattr_names[i]) + 1;
	char *o = *list = malloc(total + 1);
	for (size_t i = 0; o && i < 4; i++)
		if (xattr_value(story_article(s), i))
			o = stpcpy(o, xattr_names[i]) + 1;
	story_release(s);
	if (!*list)
		return VFS_NO_MEMORY;
	*len = total;
	return VFS_OK;
}

enum vfs_status vfs_getxattr(struct vfs *v, uint64_t ino, const char *name,
			     char **value, size_t *len)
{
	struct tnode n = tree_node(ino);
	size_t i = 0;

	/* Only user.* attributes exist here (and ACLs, which the kernel
	 * asks about as "none").  Saying the rest are unsupported, not
	 * merely absent, lets `ls -l` stop asking for security.selinux on
	 * every file of the mount after the first. */
	if (strncmp(name, "user.", 5) != 0 &&
	    strncmp(name, "system.posix_acl_", 17) != 0)
		return VFS_NO_XATTR_NAMESPACE;
	while (i < 4 && strcmp(name, xattr_names[i]) != 0)
		i++;
	if (n.kind != K_STORY || i == 4)
		return VFS_NO_ATTR;
	struct story *s = collection_story(v->c, n.entry);
	if (!s)
		return VFS_UNREADABLE;
	const char *val = xattr_value(story_article(s), i);
	*value = val ? strdup(val) : NULL;
	*len = val ? strlen(val) : 0;
	story_release(s);
	if (!val)
		return VFS_NO_ATTR;
	return *value ? VFS_OK : VFS_NO_MEMORY;
}
