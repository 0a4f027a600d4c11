/*
 * serve.h - the FUSE front end: mounts a collection, serves it until it is
 * unmounted or a signal (SIGTERM, SIGINT, SIGHUP) asks it to stop, and
 * tells the kernel what changed when the collection refreshes.
 *
 * Mounting detaches into the background unless asked not to, and threads
 * do not survive that, so helpers that run threads (the watcher) start
 * between server_mount() and server_run().
 */
#ifndef ARTICLEFS_SERVE_H
#define ARTICLEFS_SERVE_H

#include <stdbool.h>

#include "articlefs/vfs.h"

struct fuse_args;
struct server;

struct serve_options {
	const char *mountpoint;
	bool foreground;    /* -f: stay in the foreground */
	bool single_thread; /* -s */
};

/* Mounts (and detaches unless foreground); NULL when mounting failed,
 * after libfuse has said why.  args holds the FUSE options (-o ..., -d). */
struct server *server_mount(struct vfs *v, struct collection *c,
			    struct fuse_args *args,
			    const struct serve_options *o);

/* Serves requests until unmounted or signalled; returns the exit status
 * for main: 0 for a clean stop. */
int server_run(struct server *s);

/* Unmounts (if still mounted) and frees everything. */
void server_unmount(struct server *s);

#endif
