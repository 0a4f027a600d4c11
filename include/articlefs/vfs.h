/*
 * vfs.h - the operations a file system front end needs, answered from the
 * collection, the story tree and the collection-wide views: look up, stat,
 * list, open, read, read links and extended attributes.  Still no FUSE
 * here: results are plain structs and status codes, and the FUSE adapter
 * turns them into replies and errno values.
 */
#ifndef ARTICLEFS_VFS_H
#define ARTICLEFS_VFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "articlefs/collection.h"

enum vfs_status {
	VFS_OK,
	VFS_NOT_FOUND,	/* no such node */
	VFS_NOT_DIR,	/* a directory operation on a file */
	VFS_IS_DIR,	/* a file operation on a directory */
	VFS_UNREADABLE, /* the story's source could not be parsed */
	VFS_NO_MEMORY,
	VFS_NO_ATTR,		/* no such extended attribute */
	VFS_NO_XATTR_NAMESPACE, /* a namespace never supported (security.) */
	VFS_TOO_SMALL,		/* the caller's buffer is too small */
};

/* The mounted tree: a collection and the views built over it. */
struct vfs;
struct vfs *vfs_new(struct collection *c);
void vfs_free(struct vfs *v);

struct vfs_attr {
	uint64_t ino;
	mode_t mode; /* type and permission bits */
	uint64_t size;
	uid_t uid;
	gid_t gid;
	time_t mtime;
	long mtime_ns; /* views: changes whenever their content may have */
	bool dynamic;  /* may change at any moment: status, errors */
	bool snapshot; /* a file whose text changes: status, errors, the
			* views' files (see vfs_set_versioned) */
};

enum vfs_status vfs_lookup(struct vfs *v, uint64_t parent, const char *name,
			   struct vfs_attr *out);
enum vfs_status vfs_getattr(struct vfs *v, uint64_t ino, struct vfs_attr *out);

/*
 * Lists directory ino from position pos (0 is ".", 1 is ".."): calls fill
 * for each entry with the position of the next one, until fill returns
 * false (its buffer is full) or the entries run out.
 */
typedef bool (*vfs_fill)(void *ctx, const char *name,
			 const struct vfs_attr *attr, uint64_t next);
enum vfs_status vfs_readdir(struct vfs *v, uint64_t ino, uint64_t pos,
			    vfs_fill fill, void *ctx);

/*
 * An open file.  Opening is cheap: a story that is not in the cache is
 * parsed only when a read reaches the daemon (the kernel's page cache
 * answers most).  From its first read (or its open, when the story was
 * cached) the file holds its story, and its bytes stay whole until it is
 * closed, however the story changes or the cache churns meanwhile.
 */
struct vfs_file;
enum vfs_status vfs_open(struct vfs *v, uint64_t ino, struct vfs_file **out);
enum vfs_status vfs_file_bytes(struct vfs_file *f, const char **data,
			       size_t *len);
bool vfs_file_dynamic(const struct vfs_file *f);
void vfs_close(struct vfs_file *f);

/*
 * The kernel's no-open mode, where reads come with no open file.
 * vfs_set_versioned(true) makes every lookup of a changing file (status,
 * errors, the views' files) return a snapshot under an inode of its own.
 * vfs_lookup takes one kernel reference to what it returns (give it back
 * with vfs_kernel_ref(-1) when the kernel never heard of it); a
 * readdirplus entry the kernel is given takes one with vfs_kernel_ref(+1),
 * and a forget gives n back.  The references keep the snapshots, and
 * stories replaced meanwhile, for the kernel to read.
 */
void vfs_set_versioned(struct vfs *v, bool on);
void vfs_kernel_ref(struct vfs *v, uint64_t ino, int64_t delta);

/* Reads file ino with no open file: use() gets all of its bytes, which
 * stay valid until it returns. */
typedef void (*vfs_use)(void *ctx, const char *data, size_t len);
enum vfs_status vfs_read(struct vfs *v, uint64_t ino, vfs_use use, void *ctx);

/*
 * The views are rebuilt when the collection changes; the kernel may cache
 * them until then.  Calls inval(ctx, parent, name) for each entry (or,
 * with name NULL, inode) the kernel must forget when that happens.
 */
void vfs_views_changed(struct vfs *v,
		       void (*inval)(void *ctx, uint64_t parent,
				     const char *name),
		       void *ctx);

/* The target of symbolic link ino, malloc'd. */
enum vfs_status vfs_readlink(struct vfs *v, uint64_t ino, char **target);

/*
 * Extended attributes: the names of ino's, as a list of NUL-terminated
 * names (malloc'd, *len bytes), and the value of one (malloc'd).  Story
 * directories have user.article.headline, .date, .url and .source; every
 * other node has none.
 */
enum vfs_status vfs_listxattr(struct vfs *v, uint64_t ino, char **list,
			      size_t *len);
enum vfs_status vfs_getxattr(struct vfs *v, uint64_t ino, const char *name,
			     char **value, size_t *len);

#endif
