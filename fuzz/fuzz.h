/*
 * fuzz.h - what the fuzz targets share: a copy of the input that ends
 * exactly where the input does (so a read past it is caught), and a walk
 * over every node of a rendered story that checks the promises the tree
 * makes to users.  A broken promise aborts, which libFuzzer reports as a
 * crash with the input that broke it.
 */
#ifndef ARTICLEFS_FUZZ_H
#define ARTICLEFS_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "articlefs/names.h"
#include "articlefs/source.h"
#include "articlefs/tree.h"
#include "articlefs/utf8.h"

/* Aborts with a message when a promise does not hold. */
#define PROMISE(cond)                                                          \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "%s:%d: broken promise: %s\n",         \
				__FILE__, __LINE__, #cond);                    \
			abort();                                               \
		}                                                              \
	} while (0)

/* The input in a buffer of its own, size bytes and not one more. */
static inline char *fuzz_copy(const uint8_t *data, size_t size)
{
	char *buf = malloc(size ? size : 1);
	if (!buf)
		abort();
	memcpy(buf, data, size);
	return buf;
}

static inline void check_name(const char *name)
{
	size_t n = strlen(name);
	PROMISE(n > 0 && n <= 255);
	PROMISE(strcmp(name, ".") != 0 && strcmp(name, "..") != 0);
	PROMISE(!strchr(name, '/'));
}

/* Every string a parser hands on is valid UTF-8 without a NUL inside. */
static inline void check_text(const char *s)
{
	if (s)
		PROMISE(utf8_valid_prefix(s, strlen(s)) == strlen(s));
}

static inline void check_article(const struct article *a)
{
	PROMISE(a->headline != NULL);
	check_text(a->headline);
	check_text(a->standfirst);
	check_text(a->date);
	check_text(a->url);
	for (size_t i = 0; i < a->n_byline; i++)
		check_text(a->byline[i]);
	for (size_t i = 0; i < a->n_paragraphs; i++) {
		check_text(a->paragraphs[i].text);
		PROMISE(strlen(a->paragraphs[i].text) == a->paragraphs[i].len);
	}
	for (size_t i = 0; i < a->n_quotes; i++) {
		const struct quote *q = &a->quotes[i];
		check_text(q->text);
		check_text(q->speaker);
		check_text(q->cue);
		PROMISE(q->paragraph < a->n_paragraphs);
		PROMISE(q->start <= q->end);
		PROMISE(q->end <= a->paragraphs[q->paragraph].len);
	}
	for (size_t i = 0; i < a->n_people; i++) {
		const struct person *p = &a->people[i];
		check_text(p->name);
		check_name(p->slug);
		for (size_t j = 0; j < p->n_titles; j++)
			check_text(p->titles[j]);
		for (size_t j = 0; j < p->n_aliases; j++)
			check_text(p->aliases[j]);
	}
	for (size_t i = 0; i < a->n_images; i++) {
		check_text(a->images[i].url);
		check_text(a->images[i].caption);
		check_text(a->images[i].credit);
	}
}

/*
 * Visits every node under dir: each listed child looks up to itself, has
 * a safe name and the right parent; each file is UTF-8 that is empty or
 * ends with a newline.  article.json must be JSON.  Returns the files seen.
 */
static inline size_t walk_story(const struct story *s, struct tnode dir)
{
	size_t files = 0, pos = 0, len;
	struct tnode child, again;
	const char *name, *data;
	char buf[32];

	while (story_child(s, dir, pos++, &child, &name, buf)) {
		check_name(name);
		PROMISE(story_lookup(s, dir, name, &again));
		PROMISE(tree_ino(again) == tree_ino(child));
		PROMISE(tree_ino(tree_parent(child)) == tree_ino(dir));
		struct tnode back = tree_node(tree_ino(child));
		PROMISE(back.kind == child.kind && back.index == child.index &&
			back.entry == child.entry);
		if (kind_is_dir(child.kind)) {
			files += walk_story(s, child);
			continue;
		}
		PROMISE(story_content(s, child, &data, &len));
		PROMISE(len == 0 || data[len - 1] == '\n');
		PROMISE(utf8_valid_prefix(data, len) == len);
		PROMISE(!memchr(data, '\0', len));
		if (child.kind == K_ARTICLE_JSON) {
			json_error_t e;
			json_t *j = json_loadb(data, len, 0, &e);
			if (!j)
				fprintf(stderr, "article.json: %s\n", e.text);
			PROMISE(j != NULL);
			json_decref(j);
		}
		files++;
	}
	return files;
}

/* Renders article a (taking it) as a story and walks all of it. */
static inline void render_all(struct article *a, const char *headline,
			      const char *path, size_t record)
{
	char name[NAME_MAX_BYTES + 1];

	check_article(a);
	story_base_name(headline, path, record, false, name);
	check_name(name);
	struct story *s = story_new(a, name, 3);
	if (!s)
		return; /* out of memory */
	struct tnode root = {3, K_STORY, 0};
	PROMISE(walk_story(s, root) >= 8);
	/* Names that are not there are not found. */
	struct tnode n;
	PROMISE(!story_lookup(s, root, "..", &n));
	PROMISE(!story_lookup(s, root, "", &n));
	story_release(s);
}

#endif
