/*
 * fuse_ops.c - the thin low-level FUSE adapter: each operation asks vfs.c
 * and ends in exactly one fuse_reply_*().  No parsing, no names, no policy
 * here; the only decisions are the kernel's (cache timeouts, flags).
 *
 * The data changes only when a source does, so the kernel may cache
 * entries, attributes, pages and listings for a long time (keep_cache,
 * cache_readdir).  Where the kernel can read without opening, files are
 * not opened at all; one version of what a reader reads is then held by
 * the kernel's references to its inodes (counted from lookups to
 * forgets) instead of by an open file.  Elsewhere an open file holds it.
 */
#define FUSE_USE_VERSION 312

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <fuse_lowlevel.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articlefs/serve.h"
#include "articlefs/vfs.h"

/* How long the kernel may trust what we told it, in seconds. */
#define CACHE_TIMEOUT 86400.0

/*
 * Open files.  The kernel names an open file by the number we give it, and
 * a RELEASE can arrive while a READ of the same file is still being served
 * on another thread (the reader was killed mid-read).  So the number is an
 * id, never reused, looked up under a lock; a read holds a reference for as
 * long as it uses the file's bytes, and the last reference closes it.
 * Files still open when the session ends (an unmount with readers active)
 * never get a release and are closed on the way out.
 */
struct handle {
	uint64_t id;
	unsigned refs;
	struct vfs_file *file;
	struct handle *next; /* in its bucket */
};

#define HANDLE_BUCKETS 1024

static pthread_mutex_t handles_lock = PTHREAD_MUTEX_INITIALIZER;
static struct handle *handles[HANDLE_BUCKETS];
static uint64_t last_handle_id;

static struct handle **handle_slot(uint64_t id)
{
	struct handle **p = &handles[id % HANDLE_BUCKETS];
	while (*p && (*p)->id != id)
		p = &(*p)->next;
	return p;
}

/* Registers an open file; returns its id, or 0 when out of memory. */
static uint64_t handle_new(struct vfs_file *f)
{
	struct handle *h = malloc(sizeof(*h));
	if (!h)
		return 0;
	h->file = f;
	h->refs = 1; /* the open's, dropped by release */
	pthread_mutex_lock(&handles_lock);
	h->id = ++last_handle_id;
	struct handle **b = &handles[h->id % HANDLE_BUCKETS];
	h->next = *b;
	*b = h;
	pthread_mutex_unlock(&handles_lock);
	return h->id;
}

/* Takes a reference to an open file, or NULL when it is already closed. */
static struct handle *handle_get(uint64_t id)
{
	pthread_mutex_lock(&handles_lock);
	struct handle *h = *handle_slot(id);
	if (h)
		h->refs++;
	pthread_mutex_unlock(&handles_lock);
	return h;
}

/* Drops a reference; the last one closes the file. */
static void handle_put(struct handle *h)
{
	bool last;

	pthread_mutex_lock(&handles_lock);
	last = --h->refs == 0;
	if (last)
		*handle_slot(h->id) = h->next;
	pthread_mutex_unlock(&handles_lock);
	if (last) {
		vfs_close(h->file);
		free(h);
	}
}

/* Drops the open's reference, as a release does. */
static void handle_release(uint64_t id)
{
	pthread_mutex_lock(&handles_lock);
	struct handle *h = *handle_slot(id);
	pthread_mutex_unlock(&handles_lock);
	if (h)
		handle_put(h);
}

/* Closes every file still open; only once no request is being served. */
static void handle_close_all(void)
{
	for (size_t i = 0; i < HANDLE_BUCKETS; i++)
		while (handles[i]) {
			struct handle *h = handles[i];
			handles[i] = h->next;
			vfs_close(h->file);
			free(h);
		}
}

static struct vfs *tree(fuse_req_t req)
{
	return fuse_req_userdata(req);
}

static int to_errno(enum vfs_status s)
{
	switch (s) {
	case VFS_OK:
		return 0;
	case VFS_NOT_FOUND:
		return ENOENT;
	case VFS_NOT_DIR:
		return ENOTDIR;
	case VFS_IS_DIR:
		return EISDIR;
	case VFS_UNREADABLE:
		return EIO;
	case VFS_NO_MEMORY:
		return ENOMEM;
	case VFS_NO_ATTR:
		return ENODATA;
	case VFS_NO_XATTR_NAMESPACE:
		return EOPNOTSUPP;
	case VFS_TOO_SMALL:
		return ERANGE;
	}
	return EIO;
}

static void to_stat(const struct vfs_attr *a, struct stat *st)
{
	memset(st, 0, sizeof(*st));
	st->st_ino = a->ino;
	st->st_mode = a->mode;
	/* 1 for directories tells find(1) not to count subdirectories. */
	st->st_nlink = 1;
	st->st_uid = a->uid;
	st->st_gid = a->gid;
	st->st_size = (off_t)a->size;
	st->st_blksize = 4096;
	st->st_blocks = (blkcnt_t)((a->size + 511) / 512);
	st->st_mtim.tv_sec = a->mtime;
	st->st_mtim.tv_nsec = a->mtime_ns;
	st->st_ctim = st->st_mtim;
	st->st_atim = st->st_mtim;
}

/* Set at init when the kernel can read files without opening them.  Files
 * are then not opened at all: no OPEN or RELEASE round trip per file, and
 * the kernel keeps their pages.  What an open file held (one version of a
 * story or of a changing file) the kernel's references hold instead: see
 * vfs_kernel_ref(). */
static bool no_open;

/*
 * How long the kernel may keep a node's attributes.  Status and errors
 * change at any moment.  Everything else changes only with a source, and
 * then the kernel is told: the story's entries for a changed source, and
 * the views' entries in the root, below which every view node lies
 * (vfs_views_changed).
 */
static double attr_timeout(const struct vfs_attr *a)
{
	/* A changing file's size is asked each time, but in no-open mode
	 * its inode names one snapshot, whose size never changes. */
	if (a->snapshot)
		return no_open ? CACHE_TIMEOUT : 0;
	return a->dynamic ? 1.0 : CACHE_TIMEOUT;
}

static void to_entry(const struct vfs_attr *a, struct fuse_entry_param *e)
{
	memset(e, 0, sizeof(*e));
	e->ino = a->ino;
	e->generation = 1;
	to_stat(a, &e->attr);
	/* Dynamic nodes' (status, views) names are asked again at least
	 * every second. */
	e->attr_timeout = attr_timeout(a);
	e->entry_timeout = CACHE_TIMEOUT;
	/* Status and errors change without notice: in no-open mode their
	 * names are looked up again at every open, each lookup naming the
	 * snapshot it took. */
	if (a->dynamic)
		e->entry_timeout = no_open ? 0 : 1.0;
}

/* Set at init when the kernel can list directories without opening them
 * (and then caches their listings on its own). */
static bool no_opendir;

static void op_init(void *userdata, struct fuse_conn_info *conn)
{
	if (conn->capable & FUSE_CAP_READDIRPLUS)
		conn->want |= FUSE_CAP_READDIRPLUS;
	/* Listings then stay cached until a directory's mtime changes or
	 * we invalidate it: views and folders do one or the other. */
	no_opendir = conn->capable & FUSE_CAP_NO_OPENDIR_SUPPORT;
	no_open = conn->capable & FUSE_CAP_NO_OPEN_SUPPORT;
	vfs_set_versioned(userdata, no_open);
	/* The kernel keeps "no ACL" per inode instead of asking on every
	 * ls -l; there are none, so permissions stay the mode bits. */
	if (conn->capable & FUSE_CAP_POSIX_ACL)
		conn->want |= FUSE_CAP_POSIX_ACL;
	/* We say when data changes; the kernel need not guess from mtime. */
	conn->want &= ~FUSE_CAP_AUTO_INVAL_DATA;
}

static void op_lookup(fuse_req_t req, fuse_ino_t parent, const char *name)
{
	struct vfs_attr a;
	struct fuse_entry_param e;
	enum vfs_status s = vfs_lookup(tree(req), parent, name, &a);

	if (s == VFS_NOT_FOUND) {
		/* A negative entry the kernel may cache: ino 0. */
		memset(&e, 0, sizeof(e));
		e.entry_timeout = 1.0;
		fuse_reply_entry(req, &e);
		return;
	}
	if (s != VFS_OK) {
		fuse_reply_err(req, to_errno(s));
		return;
	}
	to_entry(&a, &e);
	if (fuse_reply_entry(req, &e) != 0)
		vfs_kernel_ref(tree(req), e.ino, -1); /* never reached it */
}

static void op_getattr(fuse_req_t req, fuse_ino_t ino,
		       struct fuse_file_info *fi)
{
	struct vfs_attr a;
	struct stat st;
	enum vfs_status s = vfs_getattr(tree(req), ino, &a);

	(void)fi;
	if (s != VFS_OK) {
		fuse_reply_err(req, to_errno(s));
		return;
	}
	to_stat(&a, &st);
	fuse_reply_attr(req, &st, attr_timeout(&a));
}

static void op_open(fuse_req_t req, fuse_ino_t ino, struct fuse_file_info *fi)
{
	/* "Not implemented" is how the kernel learns to stop asking. */
	if (no_open && (fi->flags & O_ACCMODE) == O_RDONLY) {
		fuse_reply_err(req, ENOSYS);
		return;
	}
	struct vfs_file *f;

	if ((fi->flags & O_ACCMODE) != O_RDONLY ||
	    (fi->flags & (O_TRUNC | O_APPEND))) {
		fuse_reply_err(req, EROFS);
		return;
	}
	enum vfs_status s = vfs_open(tree(req), ino, &f);
	if (s != VFS_OK) {
		fuse_reply_err(req, to_errno(s));
		return;
	}
	uint64_t id = handle_new(f);
	if (!id) {
		vfs_close(f);
		fuse_reply_err(req, ENOMEM);
		return;
	}
	fi->fh = id;
	/* Dynamic files are read from their snapshot, never the page cache,
	 * so that a read matches the size of this open. */
	fi->keep_cache = !vfs_file_dynamic(f);
	fi->direct_io = vfs_file_dynamic(f);
	if (fuse_reply_open(req, fi) != 0)
		handle_release(id); /* the opener was interrupted */
}

struct read_req {
	fuse_req_t req;
	size_t size;
	off_t off;
};

/* Replies with the requested part of a file's bytes. */
static void reply_part(void *ctx, const char *data, size_t len)
{
	struct read_req *r = ctx;
	if (r->off < 0 || (size_t)r->off >= len)
		fuse_reply_buf(r->req, NULL, 0);
	else
		fuse_reply_buf(r->req, data + r->off,
			       r->size < len - (size_t)r->off
				       ? r->size
				       : len - (size_t)r->off);
}

static void op_read(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off,
		    struct fuse_file_info *fi)
{
	if (!fi->fh) { /* no-open mode */
		struct read_req r = {req, size, off};
		enum vfs_status s = vfs_read(tree(req), ino, reply_part, &r);
		if (s != VFS_OK)
			fuse_reply_err(req, to_errno(s));
		return;
	}
	struct handle *h = handle_get(fi->fh);
	struct read_req r = {req, size, off};
	const char *data;
	size_t len;

	(void)ino;
	if (!h) {
		fuse_reply_err(req, EBADF);
		return;
	}
	enum vfs_status s = vfs_file_bytes(h->file, &data, &len);
	if (s != VFS_OK)
		fuse_reply_err(req, to_errno(s));
	else
		reply_part(&r, data, len);
	handle_put(h);
}

static void op_release(fuse_req_t req, fuse_ino_t ino,
		       struct fuse_file_info *fi)
{
	(void)ino;
	handle_release(fi->fh);
	fuse_reply_err(req, 0);
}

static void op_opendir(fuse_req_t req, fuse_ino_t ino,
		       struct fuse_file_info *fi)
{
	struct vfs_attr a;
	enum vfs_status s;

	/* Saying "not implemented" once spares two requests for every
	 * directory walked from then on. */
	if (no_opendir) {
		fuse_reply_err(req, ENOSYS);
		return;
	}
	s = vfs_getattr(tree(req), ino, &a);
	if (s == VFS_OK && !S_ISDIR(a.mode))
		s = VFS_NOT_DIR;
	if (s != VFS_OK) {
		fuse_reply_err(req, to_errno(s));
		return;
	}
	fi->cache_readdir = 1;
	fi->keep_cache = 1;
	fuse_reply_open(req, fi);
}

struct listing {
	fuse_req_t req;
	char *buf;
	size_t size, used;
	bool plus;
};

static bool fill(void *ctx, const char *name, const struct vfs_attr *a,
		 uint64_t next)
{
	struct listing *l = ctx;
	size_t room = l->size - l->used, need;

	if (l->plus) {
		struct fuse_entry_param e;
		to_entry(a, &e);
		/* "." and ".." are not looked up by readdirplus, nor (in
		 * no-open mode) a changing file, whose lookup takes a
		 * snapshot. */
		if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 ||
		    (no_open && a->snapshot))
			e.ino = 0;
		need = fuse_add_direntry_plus(l->req, l->buf + l->used, room,
					      name, &e, (off_t)next);
		if (need <= room && e.ino)
			vfs_kernel_ref(fuse_req_userdata(l->req), e.ino, 1);
	} else {
		struct stat st;
		to_stat(a, &st);
		need = fuse_add_direntry(l->req, l->buf + l->used, room, name,
					 &st, (off_t)next);
	}
	if (need > room)
		return false;
	l->used += need;
	return true;
}

static void do_readdir(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off,
		       bool plus)
{
	struct listing l = {req, malloc(size), size, 0, plus};

	if (!l.buf) {
		fuse_reply_err(req, ENOMEM);
		return;
	}
	enum vfs_status s =
		vfs_readdir(tree(req), ino, (uint64_t)off, fill, &l);
	if (s != VFS_OK)
		fuse_reply_err(req, to_errno(s));
	else
		fuse_reply_buf(req, l.buf, l.used);
	free(l.buf);
}

static void op_readdir(fuse_req_t req, fuse_ino_t ino, size_t size, off_t off,
		       struct fuse_file_info *fi)
{
	(void)fi;
	do_readdir(req, ino, size, off, false);
}

static void op_readdirplus(fuse_req_t req, fuse_ino_t ino, size_t size,
			   off_t off, struct fuse_file_info *fi)
{
	(void)fi;
	do_readdir(req, ino, size, off, true);
}

static void op_forget(fuse_req_t req, fuse_ino_t ino, uint64_t nlookup)
{
	vfs_kernel_ref(tree(req), ino, -(int64_t)nlookup);
	fuse_reply_none(req);
}

static void op_forget_multi(fuse_req_t req, size_t count,
			    struct fuse_forget_data *forgets)
{
	for (size_t i = 0; i < count; i++)
		vfs_kernel_ref(tree(req), forgets[i].ino,
			       -(int64_t)forgets[i].nlookup);
	fuse_reply_none(req);
}

static void op_statfs(fuse_req_t req, fuse_ino_t ino)
{
	struct statvfs sv = {
		.f_bsize = 4096,
		.f_frsize = 4096,
		.f_namemax = 255,
		.f_flag = ST_RDONLY,
	};
	(void)ino;
	fuse_reply_statfs(req, &sv);
}

static void op_readlink(fuse_req_t req, fuse_ino_t ino)
{
	char *target;
	enum vfs_status s = vfs_readlink(tree(req), ino, &target);

	if (s != VFS_OK) {
		fuse_reply_err(req, to_errno(s));
		return;
	}
	fuse_reply_readlink(req, target);
	free(target);
}

/* The xattr protocol: size 0 asks how big; else the bytes, or ERANGE. */
static void reply_xattr(fuse_req_t req, enum vfs_status s, char *data,
			size_t len, size_t size)
{
	if (s != VFS_OK)
		fuse_reply_err(req, to_errno(s));
	else if (size == 0)
		fuse_reply_xattr(req, len);
	else if (len > size)
		fuse_reply_err(req, ERANGE);
	else
		fuse_reply_buf(req, data, len);
	free(data);
}

static void op_getxattr(fuse_req_t req, fuse_ino_t ino, const char *name,
			size_t size)
{
	char *value = NULL;
	size_t len = 0;
	enum vfs_status s = vfs_getxattr(tree(req), ino, name, &value, &len);
	reply_xattr(req, s, value, len, size);
}

static void op_listxattr(fuse_req_t req, fuse_ino_t ino, size_t size)
{
	char *list = NULL;
	size_t len = 0;
	enum vfs_status s = vfs_listxattr(tree(req), ino, &list, &len);
	reply_xattr(req, s, list, len, size);
}

/* Everything that would change the tree: the mount is read-only. */
static void op_setattr(fuse_req_t req, fuse_ino_t ino, struct stat *attr,
		       int to_set, struct fuse_file_info *fi)
{
	(void)ino, (void)attr, (void)to_set, (void)fi;
	fuse_reply_err(req, EROFS);
}

static void op_mknod(fuse_req_t req, fuse_ino_t parent, const char *name,
		     mode_t mode, dev_t rdev)
{
	(void)parent, (void)name, (void)mode, (void)rdev;
	fuse_reply_err(req, EROFS);
}

static void op_mkdir(fuse_req_t req, fuse_ino_t parent, const char *name,
		     mode_t mode)
{
	(void)parent, (void)name, (void)mode;
	fuse_reply_err(req, EROFS);
}

static void op_unlink(fuse_req_t req, fuse_ino_t parent, const char *name)
{
	(void)parent, (void)name;
	fuse_reply_err(req, EROFS);
}

static void op_rename(fuse_req_t req, fuse_ino_t parent, const char *name,
		      fuse_ino_t newparent, const char *newname,
		      unsigned int flags)
{
	(void)parent, (void)name, (void)newparent, (void)newname, (void)flags;
	fuse_reply_err(req, EROFS);
}

static void op_create(fuse_req_t req, fuse_ino_t parent, const char *name,
		      mode_t mode, struct fuse_file_info *fi)
{
	(void)parent, (void)name, (void)mode, (void)fi;
	fuse_reply_err(req, EROFS);
}

static void op_setxattr(fuse_req_t req, fuse_ino_t ino, const char *name,
			const char *value, size_t size, int flags)
{
	(void)ino, (void)name, (void)value, (void)size, (void)flags;
	fuse_reply_err(req, EROFS);
}

static const struct fuse_lowlevel_ops ops = {
	.init = op_init,
	.lookup = op_lookup,
	.getattr = op_getattr,
	.forget = op_forget,
	.forget_multi = op_forget_multi,
	.open = op_open,
	.read = op_read,
	.release = op_release,
	.opendir = op_opendir,
	.readdir = op_readdir,
	.readdirplus = op_readdirplus,
	.statfs = op_statfs,
	.readlink = op_readlink,
	.getxattr = op_getxattr,
	.listxattr = op_listxattr,
	.setattr = op_setattr,
	.mknod = op_mknod,
	.mkdir = op_mkdir,
	.unlink = op_unlink,
	.rmdir = op_unlink,
	.rename = op_rename,
	.create = op_create,
	.setxattr = op_setxattr,
	.removexattr = op_unlink,
};

struct server {
	struct fuse_session *se;
	struct collection *c;
	struct vfs *v;
	bool single_thread;
};

/* Tells the kernel to forget what it cached of a changed entry or of a
 * directory's listing.  Called from the watcher's thread, never from a
 * request handler, as libfuse requires. */
static void notify(void *ctx, uint64_t parent, const char *name)
{
	struct fuse_session *se = ctx;
	if (name)
		fuse_lowlevel_notify_inval_entry(se, parent, name,
						 strlen(name));
	else
		fuse_lowlevel_notify_inval_inode(se, parent, 0, 0);
}

static void invalidate(void *ctx, uint64_t parent, const char *name)
{
	struct server *s = ctx;
	if (parent == 0)
		vfs_views_changed(s->v, notify, s->se);
	else
		notify(s->se, parent, name);
}

struct server *server_mount(struct vfs *v, struct collection *c,
			    struct fuse_args *args,
			    const struct serve_options *o)
{
	struct server *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->c = c;
	s->v = v;
	s->single_thread = o->single_thread;
	s->se = fuse_session_new(args, &ops, sizeof(ops), v);
	if (!s->se)
		goto fail;
	if (fuse_set_signal_handlers(s->se) != 0)
		goto fail_session;
	if (fuse_session_mount(s->se, o->mountpoint) != 0)
		goto fail_signals;
	fuse_daemonize(o->foreground);
	collection_set_invalidator(c, invalidate, s);
	return s;
fail_signals:
	fuse_remove_signal_handlers(s->se);
fail_session:
	fuse_session_destroy(s->se);
fail:
	free(s);
	return NULL;
}

int server_run(struct server *s)
{
	int ret;

	if (s->single_thread) {
		ret = fuse_session_loop(s->se);
	} else {
		struct fuse_loop_config *cfg = fuse_loop_cfg_create();
		if (!cfg)
			return 1;
		fuse_loop_cfg_set_max_threads(cfg, 16);
		ret = fuse_session_loop_mt(s->se, cfg);
		fuse_loop_cfg_destroy(cfg);
	}
	/* A signal that asked us to stop is a clean exit, not a failure:
	 * libfuse reports it as the signal's number. */
	return ret != 0 && ret != SIGTERM && ret != SIGINT && ret != SIGHUP;
}

void server_unmount(struct server *s)
{
	if (!s)
		return;
	collection_set_invalidator(s->c, NULL, NULL);
	fuse_session_unmount(s->se);
	handle_close_all();
	fuse_remove_signal_handlers(s->se);
	fuse_session_destroy(s->se);
	free(s);
}
