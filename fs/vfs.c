/*
 * vfs.c - nodes of the mounted tree, from the collection (folders, story
 * directories, .articlefs) and the tree (everything inside a story).
 *
 * Modes follow the source: a story's files carry its source file's read
 * bits, its directories the same with x wherever r is set, so a mount
 * shared with allow_other shows nobody a source they could not read.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "articlefs/vfs.h"

struct vfs_file {
	struct story *story; /* held while open, for story files */
	char *own;	     /* a snapshot, for status and errors */
	const char *data;
	size_t len;
	bool dynamic;
};

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

/* Attributes of a node outside stories: folders, story dirs, .articlefs. */
static enum vfs_status outer_attr(struct collection *c, struct tnode n,
				  struct vfs_attr *out)
{
	struct entry_info e;

	if (!collection_entry(
		    c, n.kind == K_FOLDER || n.kind == K_STORY ? n.entry : 0,
		    &e))
		return VFS_NOT_FOUND;
	if ((n.kind == K_FOLDER || n.kind == K_STORY) && e.kind != n.kind)
		return VFS_NOT_FOUND;
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
		char *text = meta_text(c, n.kind, &len);
		if (!text)
			return VFS_NO_MEMORY;
		free(text);
		out->mode = S_IFREG | 0444;
		out->size = len;
		out->dynamic = true;
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

enum vfs_status vfs_getattr(struct collection *c, uint64_t ino,
			    struct vfs_attr *out)
{
	struct tnode n = tree_node(ino);

	if (n.kind == K_NONE)
		return VFS_NOT_FOUND;
	if (!kind_in_story(n.kind) || n.kind == K_STORY)
		return outer_attr(c, n, out);
	struct story *s = collection_story(c, n.entry);
	if (!s)
		return VFS_UNREADABLE;
	enum vfs_status st = VFS_NOT_FOUND;
	if (story_has(s, n)) {
		story_attr(c, s, n, out);
		st = VFS_OK;
	}
	story_release(s);
	return st;
}

/* The child called name of an outer directory, or K_NONE. */
static struct tnode outer_lookup(struct collection *c, struct tnode dir,
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
		if (dir.entry == 0 && strcmp(name, ".articlefs") == 0)
			return (struct tnode){0, K_META, 0};
		if (collection_find(c, dir.entry, name, &id) &&
		    collection_entry(c, id, &e))
			return (struct tnode){id, e.kind, 0};
	}
	return (struct tnode){0, K_NONE, 0};
}

enum vfs_status vfs_lookup(struct collection *c, uint64_t parent,
			   const char *name, struct vfs_attr *out)
{
	struct tnode dir = tree_node(parent), child;

	if (!kind_is_dir(dir.kind))
		return dir.kind == K_NONE ? VFS_NOT_FOUND : VFS_NOT_DIR;
	if (!kind_in_story(dir.kind)) {
		child = outer_lookup(c, dir, name);
		if (child.kind == K_NONE)
			return VFS_NOT_FOUND;
		return outer_attr(c, child, out);
	}
	struct story *s = collection_story(c, dir.entry);
	if (!s)
		return VFS_UNREADABLE;
	enum vfs_status st = VFS_NOT_FOUND;
	if (story_lookup(s, dir, name, &child)) {
		story_attr(c, s, child, out);
		st = VFS_OK;
	}
	story_release(s);
	return st;
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

static enum vfs_status outer_readdir(struct collection *c, struct tnode dir,
				     uint64_t pos, vfs_fill fill, void *ctx)
{
	struct vfs_attr a;
	uint32_t id;
	struct entry_info e;

	if (!fill_dots(c, dir, &pos, fill, ctx))
		return VFS_OK;
	if (dir.kind == K_META) {
		static const enum kind files[] = {K_STATUS, K_ERRORS};
		static const char *const names[] = {"status", "errors"};
		for (; pos - 2 < 2; pos++) {
			struct tnode n = {0, files[pos - 2], 0};
			if (outer_attr(c, n, &a) != VFS_OK ||
			    !fill(ctx, names[pos - 2], &a, pos + 1))
				break;
		}
		return VFS_OK;
	}
	/* The root lists .articlefs first, then its folders and stories. */
	uint64_t first = dir.entry == 0 ? 3 : 2;
	if (dir.entry == 0 && pos == 2) {
		if (outer_attr(c, (struct tnode){0, K_META, 0}, &a) != VFS_OK ||
		    !fill(ctx, ".articlefs", &a, 3))
			return VFS_OK;
		pos++;
	}
	for (; collection_child(c, dir.entry, pos - first, &id); pos++) {
		if (!collection_entry(c, id, &e))
			break;
		struct tnode n = {id, e.kind, 0};
		if (outer_attr(c, n, &a) != VFS_OK)
			continue;
		if (!fill(ctx, e.name, &a, pos + 1))
			break;
	}
	return VFS_OK;
}

enum vfs_status vfs_readdir(struct collection *c, uint64_t ino, uint64_t pos,
			    vfs_fill fill, void *ctx)
{
	struct tnode dir = tree_node(ino), child;
	struct vfs_attr a;
	const char *name;
	char buf[32];

	if (!kind_is_dir(dir.kind))
		return dir.kind == K_NONE ? VFS_NOT_FOUND : VFS_NOT_DIR;
	if (!kind_in_story(dir.kind))
		return outer_readdir(c, dir, pos, fill, ctx);
	struct story *s = collection_story(c, dir.entry);
	if (!s)
		return VFS_UNREADABLE;
	if (fill_dots(c, dir, &pos, fill, ctx)) {
		for (; story_child(s, dir, pos - 2, &child, &name, buf);
		     pos++) {
			story_attr(c, s, child, &a);
			if (!fill(ctx, name, &a, pos + 1))
				break;
		}
	}
	story_release(s);
	return VFS_OK;
}

enum vfs_status vfs_open(struct collection *c, uint64_t ino,
			 struct vfs_file **out)
{
	struct tnode n = tree_node(ino);
	struct vfs_file *f;

	if (n.kind == K_NONE)
		return VFS_NOT_FOUND;
	if (kind_is_dir(n.kind))
		return VFS_IS_DIR;
	f = calloc(1, sizeof(*f));
	if (!f)
		return VFS_NO_MEMORY;
	if (n.kind == K_STATUS || n.kind == K_ERRORS) {
		f->own = meta_text(c, n.kind, &f->len);
		f->data = f->own;
		f->dynamic = true;
		if (!f->own) {
			free(f);
			return VFS_NO_MEMORY;
		}
		*out = f;
		return VFS_OK;
	}
	f->story = collection_story(c, n.entry);
	if (!f->story) {
		free(f);
		return VFS_UNREADABLE;
	}
	if (!story_content(f->story, n, &f->data, &f->len)) {
		vfs_close(f);
		return VFS_NOT_FOUND;
	}
	*out = f;
	return VFS_OK;
}

void vfs_file_bytes(const struct vfs_file *f, const char **data, size_t *len)
{
	*data = f->data;
	*len = f->len;
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
	free(f->own);
	free(f);
}
