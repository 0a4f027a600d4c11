/*
 * test_tree.c - the story tree: names, lookups that agree with listings,
 * sizes that equal the bytes, inode numbers that round-trip.
 */
#include <string.h>

#include "articlefs/tree.h"
#include "testutil.h"

/* A story with two paragraphs, a quote, a person and an image. */
static struct story *sample(void)
{
	struct article *a = text_article("Mayor Opens Bridge\n\n"
					 "The mayor opened the bridge.\n\n"
					 "“It is ours,” Ann Lee said.\n");
	ck_assert_ptr_nonnull(a);
	a->date = article_strdup(a, "2025-02-14");
	struct person *p = article_add_person(a, "Ann Lee");
	person_add_title(a, p, "mayor");
	person_add_alias(a, p, "Ms Lee");
	p->mentions = 2;
	struct quote *q = article_add_quote(a, 1, 3, 14);
	q->speaker = p->name;
	article_add_image(a, "https://example.org/b.jpg", "The bridge", NULL);
	struct story *s = story_new(a, "mayor-opens-bridge", 7);
	ck_assert_ptr_nonnull(s);
	return s;
}

/* The bytes of file path (slash-separated) inside story s. */
static const char *read_path(struct story *s, const char *path, size_t *len)
{
	struct tnode n = {7, K_STORY, 0};
	char buf[256];
	snprintf(buf, sizeof(buf), "%s", path);
	for (char *part = strtok(buf, "/"); part; part = strtok(NULL, "/"))
		if (!story_lookup(s, n, part, &n))
			return NULL;
	const char *data;
	return story_content(s, n, &data, len) ? data : NULL;
}

static void assert_file(struct story *s, const char *path, const char *want)
{
	size_t len;
	const char *got = read_path(s, path, &len);
	ck_assert_msg(got != NULL, "%s missing", path);
	ck_assert_uint_eq(len, strlen(want));
	ck_assert(memcmp(got, want, len) == 0);
}

START_TEST(files_hold_the_fields)
{
	struct story *s = sample();
	assert_file(s, "headline", "Mayor Opens Bridge\n");
	assert_file(s, "standfirst", "");
	assert_file(s, "byline", "");
	assert_file(s, "date", "2025-02-14\n");
	assert_file(s, "url", "");
	assert_file(s, "source", "test.txt\n");
	assert_file(s, "body",
		    "The mayor opened the bridge.\n\n"
		    "“It is ours,” Ann Lee said.\n");
	assert_file(s, "paragraphs/001", "The mayor opened the bridge.\n");
	assert_file(s, "paragraphs/002", "“It is ours,” Ann Lee said.\n");
	assert_file(s, "quotes/001-ann-lee", "It is ours,\n");
	assert_file(s, "people/ann-lee/name", "Ann Lee\n");
	assert_file(s, "people/ann-lee/titles", "mayor\n");
	assert_file(s, "people/ann-lee/aliases", "Ms Lee\n");
	assert_file(s, "people/ann-lee/quotes", "It is ours,\n");
	assert_file(s, "people/ann-lee/mentions", "2\n");
	assert_file(s, "images/001/url", "https://example.org/b.jpg\n");
	assert_file(s, "images/001/caption", "The bridge\n");
	assert_file(s, "images/001/credit", "");
	size_t len;
	ck_assert_ptr_nonnull(read_path(s, "article.json", &len));
	ck_assert_ptr_null(read_path(s, "paragraphs/1", &len));
	ck_assert_ptr_null(read_path(s, "paragraphs/003", &len));
	ck_assert_ptr_null(read_path(s, "paragraphs/0001", &len));
	ck_assert_ptr_null(read_path(s, "quotes/001", &len));
	ck_assert_ptr_null(read_path(s, "nothing", &len));
	story_release(s);
}
END_TEST

/* Walks every node: each listed child looks up to itself, and each file's
 * content ends with a newline or is empty. */
static size_t walk(struct story *s, struct tnode dir)
{
	size_t files = 0, pos = 0;
	struct tnode child, again;
	const char *name, *data;
	char buf[32];
	size_t len;

	while (story_child(s, dir, pos++, &child, &name, buf)) {
		ck_assert(story_lookup(s, dir, name, &again));
		ck_assert_uint_eq(tree_ino(again), tree_ino(child));
		ck_assert(tree_node(tree_ino(child)).kind == child.kind);
		ck_assert(tree_node(tree_ino(child)).index == child.index);
		ck_assert_uint_eq(tree_ino(tree_parent(child)), tree_ino(dir));
		ck_assert(strcmp(name, ".") && strcmp(name, "..") &&
			  !strchr(name, '/') && *name);
		if (kind_is_dir(child.kind)) {
			files += walk(s, child);
			continue;
		}
		ck_assert(story_content(s, child, &data, &len));
		ck_assert(len == 0 || data[len - 1] == '\n');
		files++;
	}
	return files;
}

START_TEST(listing_agrees_with_lookup)
{
	struct story *s = sample();
	/* 7 fields + article.json + 2 paragraphs + 1 quote + 5 person files
	 * + 3 image files */
	ck_assert_uint_eq(walk(s, (struct tnode){7, K_STORY, 0}), 19);
	story_release(s);
}
END_TEST

START_TEST(numbers_widen_past_999)
{
	struct article *a = article_new("many.txt", "text");
	for (int i = 0; i < 1200; i++)
		article_add_paragraph(a, "x", 1, PARA_TEXT);
	struct story *s = story_new(a, "many", 7);
	size_t len;
	ck_assert_ptr_nonnull(read_path(s, "paragraphs/0001", &len));
	ck_assert_ptr_nonnull(read_path(s, "paragraphs/1200", &len));
	ck_assert_ptr_null(read_path(s, "paragraphs/001", &len));
	story_release(s);
}
END_TEST

START_TEST(root_and_inodes)
{
	ck_assert_uint_eq(tree_ino((struct tnode){0, K_FOLDER, 0}), 1);
	struct tnode r = tree_node(1);
	ck_assert_int_eq(r.kind, K_FOLDER);
	ck_assert_uint_eq(r.entry, 0);
	struct tnode n = {123456, K_PERSON_TITLES, 999};
	struct tnode m = tree_node(tree_ino(n));
	ck_assert(m.entry == n.entry && m.kind == n.kind && m.index == n.index);
	ck_assert_int_eq(tree_node(0xFF000000u).kind, K_NONE);
}
END_TEST

START_TEST(held_story_outlives_release)
{
	struct story *s = sample();
	struct story *held = story_hold(s);
	story_release(s); /* the cache lets go */
	size_t len;
	ck_assert_ptr_nonnull(read_path(held, "headline", &len));
	story_release(held);
}
END_TEST

static Suite *tree_suite(void)
{
	Suite *s = suite_create("tree");
	TCase *tc = tcase_create("story");
	tcase_add_test(tc, files_hold_the_fields);
	tcase_add_test(tc, listing_agrees_with_lookup);
	tcase_add_test(tc, numbers_widen_past_999);
	tcase_add_test(tc, root_and_inodes);
	tcase_add_test(tc, held_story_outlives_release);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(tree_suite)
