/*
 * watch.h - keeps a collection current: watches every scanned folder of
 * SOURCE with inotify and refreshes the names that change, from a thread
 * of its own, within a fraction of a second.
 */
#ifndef ARTICLEFS_WATCH_H
#define ARTICLEFS_WATCH_H

#include "articlefs/collection.h"

struct watch;

/* Starts watching (folders are added as the collection scans them).
 * NULL with *err set when inotify is not available. */
struct watch *watch_start(struct collection *c, char **err);

/* Stops the thread and lets every watch go. */
void watch_stop(struct watch *w);

#endif
