/*
 * testutil.h - what every Check program here shares: reading fixtures and
 * running one suite with a closing summary line.
 */
#ifndef ARTICLEFS_TESTUTIL_H
#define ARTICLEFS_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "articlefs/source.h"

/* A fixture's bytes (tests run from the top of the tree). */
static inline char *fixture(const char *path, size_t *len)
{
	char *err = NULL;
	char *buf = read_source(path, 0, 0, len, NULL, &err);
	if (!buf) {
		fprintf(stderr, "%s: %s\n", path, err);
		abort();
	}
	return buf;
}

/* An article parsed from text held in a string. */
static inline struct article *text_article(const char *s)
{
	char *err = NULL;
	struct article *a = parse_text(s, strlen(s), "test.txt", &err);
	free(err);
	return a;
}

#define RUN_SUITE(make_suite)                                                  \
	int main(void)                                                         \
	{                                                                      \
		SRunner *sr = srunner_create(make_suite());                    \
		srunner_run_all(sr, CK_NORMAL);                                \
		int failed = srunner_ntests_failed(sr);                        \
		srunner_free(sr);                                              \
		return failed ? EXIT_FAILURE : EXIT_SUCCESS;                   \
	}

#endif
