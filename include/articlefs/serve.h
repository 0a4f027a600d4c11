/*
 * serve.h - the FUSE front end: serves a collection on a mountpoint until
 * it is unmounted or a signal (SIGTERM, SIGINT, SIGHUP) asks it to stop.
 */
#ifndef ARTICLEFS_SERVE_H
#define ARTICLEFS_SERVE_H

#include <stdbool.h>

#include "articlefs/collection.h"

struct fuse_args;

struct serve_options {
	const char *mountpoint;
	bool foreground;    /* -f: stay in the foreground */
	bool single_thread; /* -s */
};

/* Mounts and serves; returns the exit status for main (0 on a clean
 * unmount).  args holds the FUSE options (-o ..., -d). */
int serve(struct collection *c, struct fuse_args *args,
	  const struct serve_options *o);

#endif
