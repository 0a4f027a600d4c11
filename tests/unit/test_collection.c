/*
 * test_collection.c - SOURCE as folders and stories, without FUSE: names
 * and their collisions in source-path order, sub-folders, bad sources
 * listed with reasons beside good ones, and the bounded cache.
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articlefs/collection.h"
#include "testutil.h"

static char dir[] = "/tmp/articlefs-unit-XXXXXX";

static void put_file(const char *rel, const char *text, size_t n)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fwrite(text, 1, n, f);
	fclose(f);
}

static void setup(void)
{
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char sub[512];
	snprintf(sub, sizeof(sub), "%s/world", dir);
	mkdir(sub, 0755);
	/* b.txt and a.txt share a headline: a.txt comes first by path. */
	put_file("b.txt", "Same Headline\n\nSecond.\n", 23);
	put_file("a.txt", "Same Headline\n\nFirst.\n", 22);
	put_file("c.md", "# Same Headline\n\nThird.\n", 24);
	put_file("world/d.txt", "Far Away News\n\nText.\n", 21);
	put_file("empty.txt", "", 0);
	put_file("noise.bin", "\x01\x02\x00\xff\xfe", 5);
	put_file(".hidden.txt", "Hidden\n\nText.\n", 14);
}

static void teardown(void)
{
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	strcpy(dir, "/tmp/articlefs-unit-XXXXXX");
}

static struct collection *open_dir(bool by_source, size_t cache)
{
	struct collection_options o = {
		.source = dir, .names_by_source = by_source, .cache = cache};
	char *err = NULL;
	struct collection *c = collection_open(&o, &err);
	ck_assert_msg(c != NULL, "%s", err);
	return c;
}

/* The names of folder id's children, joined by spaces. */
static void names_of(struct collection *c, uint32_t id, char *out)
{
	uint32_t child;
	struct entry_info e;
	*out = '\0';
	for (size_t pos = 0; collection_child(c, id, pos, &child); pos++) {
		ck_assert(collection_entry(c, child, &e));
		strcat(out, *out ? " " : "");
		strcat(out, e.name);
	}
}

START_TEST(collisions_in_source_path_order)
{
	struct collection *c = open_dir(false, 0);
	char names[1024];
	names_of(c, 0, names);
	/* Folders first, then stories by source path. */
	ck_assert_str_eq(names, "world same-headline same-headline-2 "
				"same-headline-3");
	uint32_t id;
	struct entry_info e;
	ck_assert(collection_find(c, 0, "same-headline-2", &id));
	struct story *s = collection_story(c, id);
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(story_article(s)->source, "b.txt");
	story_release(s);
	ck_assert(collection_find(c, 0, "world", &id));
	ck_assert(collection_entry(c, id, &e));
	ck_assert_int_eq(e.kind, K_FOLDER);
	names_of(c, id, names);
	ck_assert_str_eq(names, "far-away-news");
	collection_close(c);
}
END_TEST

START_TEST(names_by_source)
{
	struct collection *c = open_dir(true, 0);
	char names[1024];
	names_of(c, 0, names);
	ck_assert_str_eq(names, "world a b c");
	collection_close(c);
}
END_TEST

START_TEST(bad_sources_are_listed)
{
	struct collection *c = open_dir(false, 0);
	char names[1024];
	names_of(c, 0, names);
	size_t len;
	char *errors = collection_errors(c, &len);
	ck_assert_ptr_nonnull(strstr(errors, "empty.txt: empty file\n"));
	ck_assert_ptr_nonnull(strstr(
		errors,
		"noise.bin: not UTF-8 text and no HTML or JSON found\n"));
	ck_assert_ptr_null(strstr(errors, "hidden"));
	free(errors);
	char *status = collection_status(c, &len);
	ck_assert_ptr_nonnull(strstr(status, "stories: 3\n"));
	ck_assert_ptr_nonnull(strstr(status, "errors: 2\n"));
	free(status);
	collection_close(c);
}
END_TEST

START_TEST(evicted_story_comes_back_the_same)
{
	struct collection *c = open_dir(false, 1);
	uint32_t a, b;
	ck_assert(collection_find(c, 0, "same-headline", &a));
	ck_assert(collection_find(c, 0, "same-headline-2", &b));
	struct story *s1 = collection_story(c, a);
	const char *d1, *d2;
	size_t n1, n2;
	struct tnode body = {a, K_BODY, 0};
	ck_assert(story_content(s1, body, &d1, &n1));
	char *copy = strndup(d1, n1);
	/* Loading b evicts a; s1 stays whole while held. */
	struct story *other = collection_story(c, b);
	ck_assert(story_content(s1, body, &d1, &n1));
	ck_assert(memcmp(d1, copy, n1) == 0);
	story_release(other);
	story_release(s1);
	struct story *s2 = collection_story(c, a);
	ck_assert(story_content(s2, body, &d2, &n2));
	ck_assert_uint_eq(n2, strlen(copy));
	ck_assert(memcmp(d2, copy, n2) == 0);
	story_release(s2);
	size_t len;
	char *status = collection_status(c, &len);
	ck_assert_ptr_nonnull(strstr(status, "cached: 1\n"));
	ck_assert_ptr_nonnull(strstr(status, "parses: 3\n"));
	free(status);
	free(copy);
	collection_close(c);
}
END_TEST

/* A story the kernel still holds nodes of is kept when its source is
 * replaced, with the old bytes, until the kernel forgets them all; one it
 * does not hold goes at once. */
START_TEST(replaced_story_kept_for_the_kernel)
{
	struct collection *c = open_dir(false, 10);
	uint32_t d, e;
	ck_assert(collection_find(c, 0, "world", &d));
	ck_assert(collection_find(c, d, "far-away-news", &e));
	struct story *s = collection_story(c, e);
	ck_assert_ptr_nonnull(s);
	story_release(s); /* cached, not held by anyone */
	collection_kernel_ref(c, e, 2);

	put_file("world/d.txt", "Far Away News\n\nChanged.\n", 23);
	collection_refresh(c, d, "d.txt");
	uint32_t e2;
	ck_assert(collection_find(c, d, "far-away-news", &e2));
	ck_assert_uint_ne(e2, e);

	const char *b;
	size_t n;
	s = collection_story(c, e);
	ck_assert_msg(s != NULL, "the replaced story was not kept");
	ck_assert(story_content(s, (struct tnode){e, K_BODY, 0}, &b, &n));
	ck_assert(n == 6 && memcmp(b, "Text.\n", 6) == 0);
	story_release(s);
	collection_kernel_ref(c, e, -1);
	s = collection_story(c, e);
	ck_assert_ptr_nonnull(s);
	story_release(s);
	collection_kernel_ref(c, e, -1); /* forgotten: it goes */
	ck_assert_ptr_null(collection_story(c, e));

	/* Never known to the kernel: gone when replaced. */
	s = collection_story(c, e2);
	story_release(s);
	put_file("world/d.txt", "Far Away News\n\nAgain.\n", 21);
	collection_refresh(c, d, "d.txt");
	ck_assert_ptr_null(collection_story(c, e2));
	collection_close(c);
}
END_TEST

START_TEST(single_file_source)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/a.txt", dir);
	struct collection_options o = {.source = path};
	char *err = NULL, names[256];
	struct collection *c = collection_open(&o, &err);
	ck_assert_ptr_nonnull(c);
	names_of(c, 0, names);
	ck_assert_str_eq(names, "same-headline");
	collection_close(c);
}
END_TEST

START_TEST(thousands_of_stories_index_right)
{
	/* The name index is rebuilt as the table grows past 1024, 2048 ...
	 * entries; every story must still be found by name. */
	char path[512];
	snprintf(path, sizeof(path), "%s/many", dir);
	mkdir(path, 0755);
	for (int i = 0; i < 2100; i++) {
		char rel[64], text[64];
		snprintf(rel, sizeof(rel), "many/s%04d.txt", i);
		int n = snprintf(text, sizeof(text), "Story %d\n\nBody.\n", i);
		put_file(rel, text, (size_t)n);
	}
	struct collection *c = open_dir(false, 0);
	uint32_t folder, id;
	ck_assert(collection_find(c, 0, "many", &folder));
	for (int i = 0; i < 2100; i++) {
		char name[32];
		snprintf(name, sizeof(name), "story-%d", i);
		ck_assert_msg(collection_find(c, folder, name, &id), "%s",
			      name);
	}
	ck_assert(!collection_find(c, folder, "story-2100", &id));
	collection_close(c);
}
END_TEST

START_TEST(missing_source)
{
	struct collection_options o = {.source = "/nonexistent/articlefs"};
	char *err = NULL;
	ck_assert_ptr_null(collection_open(&o, &err));
	ck_assert_ptr_nonnull(strstr(err, "/nonexistent/articlefs"));
	free(err);
}
END_TEST

static Suite *collection_suite(void)
{
	Suite *s = suite_create("collection");
	TCase *tc = tcase_create("scan");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, collisions_in_source_path_order);
	tcase_add_test(tc, names_by_source);
	tcase_add_test(tc, bad_sources_are_listed);
	tcase_add_test(tc, evicted_story_comes_back_the_same);
	tcase_add_test(tc, replaced_story_kept_for_the_kernel);
	tcase_add_test(tc, single_file_source);
	tcase_add_test(tc, thousands_of_stories_index_right);
	tcase_add_test(tc, missing_source);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(collection_suite)
