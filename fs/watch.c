/*
 * watch.c - inotify over the scanned folders of SOURCE (see watch.h).
 *
 * Events are gathered for a short moment and deduplicated before the
 * collection is asked to refresh, because one save in an editor or one
 * `cp` is several events (create, modify, close, attrib) for one name, and
 * a refresh reads the head of the file again.  A lost event (the kernel's
 * queue overflowed) rechecks every scanned folder.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "articlefs/watch.h"

/* How long to keep gathering events once one arrived, in ms. */
#define SETTLE_MS 50
/* The longest a busy stream of events may delay a refresh, in ms. */
#define SETTLE_MAX_MS 400

#define WATCH_MASK                                                             \
	(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM |  \
	 IN_MOVED_TO | IN_ATTRIB | IN_ONLYDIR)

struct change {
	uint32_t folder;
	char *name; /* NULL: the whole folder */
};

struct watch {
	struct collection *c;
	int fd;
	int stop[2]; /* a pipe: writing to it ends the thread */
	pthread_t thread;
	pthread_mutex_t lock; /* guards folders[] */
	uint32_t *folders;    /* the folder each watch descriptor is for */
	size_t n_folders;
	struct change *changes;
	size_t n_changes, cap_changes;
	bool overflow;
};

static int add_watch(void *ctx, uint32_t folder, const char *path)
{
	struct watch *w = ctx;
	int wd = inotify_add_watch(w->fd, path, WATCH_MASK);
	if (wd < 0)
		return -1;
	pthread_mutex_lock(&w->lock);
	if ((size_t)wd >= w->n_folders) {
		size_t n = (size_t)wd * 2 + 16;
		uint32_t *v = realloc(w->folders, n * sizeof(*v));
		if (!v) {
			pthread_mutex_unlock(&w->lock);
			inotify_rm_watch(w->fd, wd);
			return -1;
		}
		for (size_t i = w->n_folders; i < n; i++)
			v[i] = UINT32_MAX;
		w->folders = v;
		w->n_folders = n;
	}
	w->folders[wd] = folder;
	pthread_mutex_unlock(&w->lock);
	return wd;
}

static void remove_watch(void *ctx, int wd)
{
	struct watch *w = ctx;
	pthread_mutex_lock(&w->lock);
	if ((size_t)wd < w->n_folders)
		w->folders[wd] = UINT32_MAX;
	pthread_mutex_unlock(&w->lock);
	inotify_rm_watch(w->fd, wd);
}

/* Remembers one changed name, once. */
static void note(struct watch *w, uint32_t folder, const char *name)
{
	for (size_t i = 0; i < w->n_changes; i++)
		if (w->changes[i].folder == folder &&
		    strcmp(w->changes[i].name, name) == 0)
			return;
	if (w->n_changes == w->cap_changes) {
		size_t cap = w->cap_changes ? w->cap_changes * 2 : 32;
		struct change *v = realloc(w->changes, cap * sizeof(*v));
		if (!v) {
			w->overflow = true; /* recheck everything instead */
			return;
		}
		w->changes = v;
		w->cap_changes = cap;
	}
	char *copy = strdup(name);
	if (!copy) {
		w->overflow = true;
		return;
	}
	w->changes[w->n_changes++] = (struct change){folder, copy};
}

static void read_events(struct watch *w)
{
	char buf[16384]
		__attribute__((aligned(__alignof__(struct inotify_event))));
	ssize_t n = read(w->fd, buf, sizeof(buf));

	for (char *p = buf; n > 0 && p < buf + n;) {
		const struct inotify_event *ev = (const void *)p;
		p += sizeof(*ev) + ev->len;
		if (ev->mask & IN_Q_OVERFLOW) {
			w->overflow = true;
			continue;
		}
		if (!ev->len || ev->wd < 0)
			continue; /* about the folder itself: its parent
				   * reports that */
		pthread_mutex_lock(&w->lock);
		uint32_t folder = (size_t)ev->wd < w->n_folders
					  ? w->folders[ev->wd]
					  : UINT32_MAX;
		pthread_mutex_unlock(&w->lock);
		if (folder != UINT32_MAX)
			note(w, folder, ev->name);
	}
}

static void apply(struct watch *w)
{
	if (w->overflow)
		collection_refresh_all(w->c);
	for (size_t i = 0; i < w->n_changes; i++) {
		if (!w->overflow)
			collection_refresh(w->c, w->changes[i].folder,
					   w->changes[i].name);
		free(w->changes[i].name);
	}
	w->n_changes = 0;
	w->overflow = false;
}

static void *run(void *arg)
{
	struct watch *w = arg;
	struct pollfd fds[2] = {{w->fd, POLLIN, 0}, {w->stop[0], POLLIN, 0}};

	for (;;) {
		if (poll(fds, 2, -1) < 0 && errno != EINTR)
			break;
		if (fds[1].revents)
			break;
		if (!(fds[0].revents & POLLIN))
			continue;
		/* Gather what follows closely, then refresh once. */
		int waited = 0;
		do {
			read_events(w);
			waited += SETTLE_MS;
		} while (waited < SETTLE_MAX_MS && poll(fds, 1, SETTLE_MS) > 0);
		apply(w);
	}
	return NULL;
}

struct watch *watch_start(struct collection *c, char **err)
{
	struct watch *w = calloc(1, sizeof(*w));

	if (!w) {
		*err = strdup("out of memory");
		return NULL;
	}
	w->c = c;
	w->stop[0] = w->stop[1] = -1;
	pthread_mutex_init(&w->lock, NULL);
	w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (w->fd < 0 || pipe2(w->stop, O_CLOEXEC) < 0 ||
	    pthread_create(&w->thread, NULL, run, w) != 0) {
		if (asprintf(err, "cannot watch for changes: %s",
			     strerror(errno)) < 0)
			*err = NULL;
		if (w->fd >= 0)
			close(w->fd);
		if (w->stop[0] >= 0) {
			close(w->stop[0]);
			close(w->stop[1]);
		}
		pthread_mutex_destroy(&w->lock);
		free(w);
		return NULL;
	}
	struct collection_watcher hooks = {w, add_watch, remove_watch};
	collection_set_watcher(c, &hooks);
	return w;
}

void watch_stop(struct watch *w)
{
	if (!w)
		return;
	collection_set_watcher(w->c, NULL);
	if (write(w->stop[1], "x", 1) < 0)
		perror("articlefs: stopping the watcher");
	pthread_join(w->thread, NULL);
	for (size_t i = 0; i < w->n_changes; i++)
		free(w->changes[i].name);
	free(w->changes);
	free(w->folders);
	close(w->fd);
	close(w->stop[0]);
	close(w->stop[1]);
	pthread_mutex_destroy(&w->lock);
	free(w);
}
