/*
 * main.c - articlefs: options, guard rails, then serve.
 *
 *   articlefs [-o OPTIONS] [-f] [-d] [-s] SOURCE MOUNTPOINT
 *
 * Follows FUSE conventions, so that `mount -t fuse.articlefs` and fstab
 * lines work: our options come in -o beside the standard ones, and the
 * mount is always read-only with default_permissions (the kernel checks
 * the modes we give, which carry the sources' read bits).
 */
#include <errno.h>
#include <fuse_opt.h>
#include <limits.h>
#include <malloc.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "articlefs/collection.h"
#include "articlefs/limits.h"
#include "articlefs/serve.h"
#include "articlefs/watch.h"

#ifndef ARTICLEFS_VERSION
#define ARTICLEFS_VERSION "0.1"
#endif

struct config {
	char *source;
	char *mountpoint;
	char *names;
	char *format;
	char *cache;
	int foreground;
	int single_thread;
	int help;
	int version;
};

enum {
	KEY_DEBUG = 2,
	KEY_LIMIT,
};

#define OPT(t, p)                                                              \
	{                                                                      \
		t, offsetof(struct config, p), 1                               \
	}
static const struct fuse_opt options[] = {
	OPT("names=%s", names),
	OPT("format=%s", format),
	OPT("cache=%s", cache),
	FUSE_OPT_KEY("maxsize=", KEY_LIMIT),
	FUSE_OPT_KEY("maxdepth=", KEY_LIMIT),
	FUSE_OPT_KEY("maxparagraphs=", KEY_LIMIT),
	FUSE_OPT_KEY("maxquotes=", KEY_LIMIT),
	FUSE_OPT_KEY("maxpeople=", KEY_LIMIT),
	FUSE_OPT_KEY("maximages=", KEY_LIMIT),
	OPT("-f", foreground),
	OPT("-s", single_thread),
	OPT("-h", help),
	OPT("--help", help),
	OPT("-V", version),
	OPT("--version", version),
	FUSE_OPT_KEY("-d", KEY_DEBUG),
	FUSE_OPT_KEY("debug", KEY_DEBUG),
	FUSE_OPT_END,
};

enum {
	KEEP = 1,
	DISCARD = 0
};

static int take_arg(void *data, const char *arg, int key, struct fuse_args *out)
{
	struct config *cfg = data;

	(void)out;
	if (key == KEY_DEBUG) /* FUSE traffic goes to stderr: stay in front */
		cfg->foreground = 1;
	if (key == KEY_LIMIT) {
		char *err;
		if (limits_set(arg, &err) > 0)
			return DISCARD;
		fprintf(stderr, "articlefs: %s\n", err ? err : "out of memory");
		free(err);
		return -1;
	}
	if (key != FUSE_OPT_KEY_NONOPT)
		return KEEP;
	if (!cfg->source)
		return (cfg->source = strdup(arg)) ? DISCARD : -1;
	if (!cfg->mountpoint)
		return (cfg->mountpoint = strdup(arg)) ? DISCARD : -1;
	fprintf(stderr, "articlefs: unexpected argument '%s'\n", arg);
	return -1;
}

static void usage(FILE *f)
{
	fputs("usage: articlefs [-o OPTIONS] [-f] [-d] [-s] SOURCE MOUNTPOINT\n"
	      "Mounts a collection of news articles as a tree of stories.\n"
	      "\n"
	      "  -o names=headline|source  name stories by headline (default)\n"
	      "                            or by source file name\n"
	      "  -o format=auto|text|html|json  force one input format\n"
	      "  -o cache=N                most parsed stories kept in memory\n"
	      "  -o maxsize=BYTES          largest source parsed (K, M, G "
	      "suffixes;\n"
	      "                            default 64M)\n"
	      "  -o maxdepth=N             deepest HTML/JSON nesting followed "
	      "(256)\n"
	      "  -o maxparagraphs=N, maxquotes=N, maxpeople=N, maximages=N\n"
	      "                            most kept per story (20000, 2000, "
	      "1000, 500)\n"
	      "  -f  stay in the foreground   -d  print FUSE traffic\n"
	      "  -s  serve with one thread    -h  this help   -V  version\n"
	      "\n"
	      "Unmount with: fusermount3 -u MOUNTPOINT\n",
	      f);
}

/* True when path a is b or lies inside it (both real paths). */
static bool inside(const char *a, const char *b)
{
	size_t n = strlen(b);
	if (strcmp(b, "/") == 0)
		return true;
	return strncmp(a, b, n) == 0 && (a[n] == '/' || a[n] == '\0');
}

/*
 * Refuses what would hurt: a missing SOURCE or mountpoint, and a mount
 * that could read itself (the mountpoint inside SOURCE, or SOURCE inside
 * the mountpoint), which would recurse without end.
 */
static bool check_paths(const struct config *cfg)
{
	char src[PATH_MAX], mnt[PATH_MAX];
	struct stat st;

	if (!realpath(cfg->source, src)) {
		fprintf(stderr, "articlefs: source %s: %s\n", cfg->source,
			strerror(errno));
		return false;
	}
	if (!realpath(cfg->mountpoint, mnt) || stat(mnt, &st) < 0) {
		fprintf(stderr, "articlefs: mountpoint %s: %s\n",
			cfg->mountpoint, strerror(errno));
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		fprintf(stderr, "articlefs: mountpoint %s: not a directory\n",
			cfg->mountpoint);
		return false;
	}
	if (inside(mnt, src) || inside(src, mnt)) {
		fprintf(stderr,
			"articlefs: mountpoint %s and source %s overlap: a "
			"mount must never read itself\n",
			cfg->mountpoint, cfg->source);
		return false;
	}
	return true;
}

/* "-ofsname=SOURCE,subtype=articlefs", with SOURCE's commas escaped. */
static char *fsname_option(const char *source)
{
	const char *pre = "-ofsname=", *post = ",subtype=articlefs";
	char *s = malloc(strlen(pre) + 2 * strlen(source) + strlen(post) + 1);
	if (!s)
		return NULL;
	char *o = stpcpy(s, pre);
	for (const char *p = source; *p; p++) {
		if (*p == ',' || *p == '\\')
			*o++ = '\\';
		*o++ = *p;
	}
	strcpy(o, post);
	return s;
}

int main(int argc, char **argv)
{
	struct fuse_args args = FUSE_ARGS_INIT(argc, argv);
	struct config cfg = {0};
	struct collection_options copts = {0};
	struct collection *c = NULL;
	struct server *server = NULL;
	struct vfs *vfs = NULL;
	struct watch *watch = NULL;
	char *err = NULL, *fsname = NULL;
	int ret = 1;

	/* Stories are parsed and freed on many threads; without a bound
	 * glibc gives each thread an arena that keeps what it freed. */
	mallopt(M_ARENA_MAX, 2);
	if (fuse_opt_parse(&args, &cfg, options, take_arg) != 0)
		goto out;
	if (cfg.help) {
		usage(stdout);
		ret = 0;
		goto out;
	}
	if (cfg.version) {
		printf("articlefs %s\n", ARTICLEFS_VERSION);
		ret = 0;
		goto out;
	}
	if (!cfg.source || !cfg.mountpoint) {
		usage(stderr);
		goto out;
	}
	copts.source = cfg.source;
	if (cfg.names && strcmp(cfg.names, "headline") != 0) {
		if (strcmp(cfg.names, "source") != 0) {
			fprintf(stderr,
				"articlefs: names=%s: expected "
				"headline or source\n",
				cfg.names);
			goto out;
		}
		copts.names_by_source = true;
	}
	if (cfg.format) {
		int f = format_from_name(cfg.format);
		if (f < 0) {
			fprintf(stderr,
				"articlefs: format=%s: expected auto, "
				"text, html or json\n",
				cfg.format);
			goto out;
		}
		copts.format = (enum format)f;
	}
	if (cfg.cache && !limits_parse_size(cfg.cache, &copts.cache)) {
		fprintf(stderr,
			"articlefs: cache=%s: expected a number above "
			"0\n",
			cfg.cache);
		goto out;
	}
	if (!check_paths(&cfg))
		goto out;
	c = collection_open(&copts, &err);
	if (!c) {
		fprintf(stderr, "articlefs: %s\n", err ? err : "out of memory");
		goto out;
	}
	/* Read-only, permissions checked by the kernel, and named after the
	 * source in /proc/mounts. */
	if (!(fsname = fsname_option(cfg.source)) ||
	    fuse_opt_add_arg(&args, "-oro,default_permissions") != 0 ||
	    fuse_opt_add_arg(&args, fsname) != 0)
		goto out;
	struct serve_options so = {
		.mountpoint = cfg.mountpoint,
		.foreground = cfg.foreground,
		.single_thread = cfg.single_thread,
	};
	vfs = vfs_new(c);
	if (!vfs) {
		fprintf(stderr, "articlefs: out of memory\n");
		goto out;
	}
	server = server_mount(vfs, c, &args, &so);
	if (!server)
		goto out;
	/* After detaching: a thread started before would not survive it. */
	watch = watch_start(c, &err);
	if (!watch)
		fprintf(stderr,
			"articlefs: %s: changes to %s will not show "
			"until it is mounted again\n",
			err, cfg.source);
	ret = server_run(server);
out:
	watch_stop(watch);
	server_unmount(server);
	vfs_free(vfs);
	collection_close(c);
	free(fsname);
	free(err);
	free(cfg.source);
	free(cfg.mountpoint);
	free(cfg.names);
	free(cfg.format);
	free(cfg.cache);
	fuse_opt_free_args(&args);
	return ret;
}
