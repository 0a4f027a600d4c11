/*
 * model.c - the article model: an arena for its strings, growable lists for
 * its parts, and the text cleaning every field goes through.
 *
 * Strings are carved from large chunks and freed all at once, because an
 * article's strings are born together (one parse) and die together (cache
 * eviction or refresh).  The lists grow by doubling with realloc; they are
 * few per article, so separate allocations cost nothing that matters.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/arena.h"
#include "articlefs/limits.h"
#include "articlefs/model.h"
#include "articlefs/slug.h"
#include "articlefs/utf8.h"

struct article *article_new(const char *source, const char *format)
{
	struct article *a = calloc(1, sizeof(*a));

	if (!a)
		return NULL;
	a->arena = calloc(1, sizeof(*a->arena));
	if (!a->arena) {
		free(a);
		return NULL;
	}
	a->source = article_strdup(a, source ? source : "");
	a->format = article_strdup(a, format ? format : "");
	a->headline = article_strdup(a, "");
	if (!a->source || !a->format || !a->headline) {
		article_free(a);
		return NULL;
	}
	return a;
}

void article_free(struct article *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->n_people; i++) {
		free(a->people[i].titles);
		free(a->people[i].aliases);
	}
	free(a->byline);
	free(a->paragraphs);
	free(a->images);
	free(a->quotes);
	free(a->people);
	if (a->arena) {
		arena_release(a->arena);
		free(a->arena);
	}
	free(a);
}

void *article_alloc(struct article *a, size_t n)
{
	return arena_alloc(a->arena, n);
}

char *article_strndup(struct article *a, const char *s, size_t n)
{
	size_t bad = utf8_count_invalid(s, n);
	/* Each bad byte grows to the three bytes of U+FFFD. */
	char *p = arena_alloc(a->arena, n + 2 * bad + 1), *o = p;

	if (!p)
		return NULL;
	if (!bad && !memchr(s, '\0', n)) {
		memcpy(p, s, n);
		p[n] = '\0';
		return p;
	}
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp);
		if (cp == UTF8_REPLACEMENT)
			o += utf8_encode(cp, o);
		else if (cp != 0)
			memcpy(o, s + i, k), o += k;
		i += k;
	}
	*o = '\0';
	return p;
}

char *article_strdup(struct article *a, const char *s)
{
	return article_strndup(a, s, strlen(s));
}

/* article_text() with or without the mojibake repair, each built on its
 * own (the flag is a constant where it is inlined): most text holds no
 * byte that could open mojibake, and pays nothing for the test. */
static inline __attribute__((always_inline)) char *
clean_text(struct article *a, const char *s, size_t n, bool repair)
{
	/* Cleaning only shrinks text, apart from U+FFFD for bad bytes. */
	char *p = arena_alloc(a->arena, 3 * n + 1), *o = p;
	bool space = false;

	if (!p)
		return NULL;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t k = utf8_decode(s + i, n - i, &cp), fixed = 0;
		/* "FranÃ§ois" is "François": a letter that may open mojibake
		 * (Â to ô, all of them 0xC3 and a byte) is asked whether it
		 * does. */
		if (repair && (unsigned char)s[i] == 0xC3 &&
		    (fixed = utf8_unmangle(s + i, n - i, &cp)))
			k = fixed;
		if (cp >= 0xAD &&
		    (cp == 0xAD || cp == 0x200B || cp == 0x2060)) {
			/* Soft hyphen, zero-width space, word joiner: hints
			 * for line breaking that show nothing, but would stop
			 * grep finding "Vladimir" in "Vladi&shy;mir". */
		} else if (utf8_is_space(cp) || cp == 0 || (cp < 0x20) ||
			   (cp >= 0x7F && cp < 0xA0)) {
			space = o != p;
		} else {
			if (space)
				*o++ = ' ';
			space = false;
			if (cp == UTF8_REPLACEMENT || fixed)
				o += utf8_encode(cp, o);
			else
				memcpy(o, s + i, k), o += k;
		}
		i += k;
	}
	*o = '\0';
	arena_shrink(a->arena, p, (size_t)(o - p) + 1);
	return p;
}

char *article_text(struct article *a, const char *s, size_t n)
{
	/* A combining mark (U+0300 to U+033F, all led by 0xCC) after a
	 * letter: the text is composed first, so that "José" in NFD is
	 * "José" and NFD mojibake is repaired like any other. */
	char *nfc = NULL;
	if (memchr(s, 0xCC, n) && (nfc = malloc(n))) {
		n = utf8_compose(s, n, nfc);
		s = nfc;
	}
	char *t = memchr(s, 0xC3, n) ? clean_text(a, s, n, true)
				     : clean_text(a, s, n, false);
	free(nfc);
	return t;
}

/* Makes room for one more element in a list; false when memory runs out. */
static bool grow(void **v, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return true;
	size_t ncap = *cap ? *cap * 2 : 8;
	void *nv = realloc(*v, ncap * size);
	if (!nv)
		return false;
	*v = nv;
	*cap = ncap;
	return true;
}

#define GROW(a, list)                                                          \
	grow((void **)&(a)->list, &(a)->cap_##list, (a)->n_##list,             \
	     sizeof(*(a)->list))

struct paragraph *article_add_paragraph(struct article *a, const char *s,
					size_t n, enum para_kind kind)
{
	if (a->n_paragraphs >= limits.max_paragraphs)
		return NULL;
	char *t = article_text(a, s, n);
	if (!t || !*t || !GROW(a, paragraphs))
		return NULL;
	struct paragraph *p = &a->paragraphs[a->n_paragraphs++];
	p->text = t;
	p->len = strlen(t);
	p->kind = kind;
	return p;
}

char *article_add_byline(struct article *a, const char *s, size_t n)
{
	char *t = article_text(a, s, n);
	if (!t || !*t)
		return NULL;
	for (size_t i = 0; i < a->n_byline; i++)
		if (strcmp(a->byline[i], t) == 0)
			return a->byline[i];
	if (!GROW(a, byline))
		return NULL;
	a->byline[a->n_byline++] = t;
	return t;
}

/* An arena copy of n bytes the caller knows are clean UTF-8 with no NUL:
 * article_strndup() would check them again. */
static char *clean_copy(struct article *a, const char *s, size_t n)
{
	char *p = arena_alloc(a->arena, n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

/* A cleaned copy of an optional field: NULL for NULL or empty. */
static char *optional_text(struct article *a, const char *s)
{
	if (!s)
		return NULL;
	/* Printable ASCII with single spaces inside is clean already: the
	 * analysis hands every name, alias and title through here. */
	size_t n = 0;
	while ((s[n] > ' ' && s[n] < 0x7F) ||
	       (s[n] == ' ' && n > 0 && s[n - 1] != ' '))
		n++;
	if (s[n] == '\0' && n > 0 && s[n - 1] != ' ')
		return clean_copy(a, s, n);
	char *t = article_text(a, s, strlen(s));
	return t && *t ? t : NULL;
}

struct image *article_add_image(struct article *a, const char *url,
				const char *caption, const char *credit)
{
	if (a->n_images >= limits.max_images)
		return NULL;
	char *u = optional_text(a, url);
	if (!u || !GROW(a, images))
		return NULL;
	struct image *im = &a->images[a->n_images++];
	im->url = u;
	im->caption = optional_text(a, caption);
	im->credit = optional_text(a, credit);
	return im;
}

struct quote *article_add_quote(struct article *a, size_t paragraph,
				size_t start, size_t end)
{
	if (a->n_quotes >= limits.max_quotes || paragraph >= a->n_paragraphs)
		return NULL;
	const struct paragraph *p = &a->paragraphs[paragraph];
	if (start > end || end > p->len)
		return NULL;
	/* A slice of a paragraph is clean already (article_text made it
	 * so): only its ends need trimming, which is much cheaper. */
	size_t s = start, e = end;
	while (s < e && p->text[s] == ' ')
		s++;
	while (e > s && p->text[e - 1] == ' ')
		e--;
	/* Cut between characters, a slice of a clean paragraph is clean. */
	bool whole =
		((unsigned char)p->text[s] & 0xC0) != 0x80 &&
		(e == p->len || ((unsigned char)p->text[e] & 0xC0) != 0x80);
	char *t = whole ? clean_copy(a, p->text + s, e - s)
			: article_strndup(a, p->text + s, e - s);
	if (!t || !*t || !GROW(a, quotes))
		return NULL;
	struct quote *q = &a->quotes[a->n_quotes++];
	memset(q, 0, sizeof(*q));
	q->text = t;
	q->paragraph = paragraph;
	q->start = start;
	q->end = end;
	return q;
}

/* True when another person already has this slug. */
static bool slug_taken(const struct article *a, const char *slug)
{
	for (size_t i = 0; i < a->n_people; i++)
		if (strcmp(a->people[i].slug, slug) == 0)
			return true;
	return false;
}

struct person *article_add_person(struct article *a, const char *name)
{
	char base[SLUG_MAX + 1], slug[SLUG_MAX + 16];

	if (a->n_people >= limits.max_people)
		return NULL;
	char *n = optional_text(a, name);
	if (!n)
		return NULL;
	if (slug_make(n, strlen(n), base) == 0)
		strcpy(base, "person");
	strcpy(slug, base);
	for (unsigned k = 2; slug_taken(a, slug); k++)
		snprintf(slug, sizeof(slug), "%s-%u", base, k);
	if (!GROW(a, people))
		return NULL;
	struct person *p = &a->people[a->n_people];
	memset(p, 0, sizeof(*p));
	p->name = n;
	p->slug = article_strdup(a, slug);
	if (!p->slug)
		return NULL;
	a->n_people++;
	return p;
}

/* Appends s to a person's string list unless an equal string is there. */
static int add_unique(struct article *a, char ***v, size_t *n, const char *s)
{
	char *t = optional_text(a, s);
	if (!t)
		return -1;
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*v)[i], t) == 0)
			return 0;
	/* Person lists are short: grow one at a time. */
	char **nv = realloc(*v, (*n + 1) * sizeof(**v));
	if (!nv)
		return -1;
	*v = nv;
	nv[(*n)++] = t;
	return 0;
}

int person_add_title(struct article *a, struct person *p, const char *s)
{
	return add_unique(a, &p->titles, &p->n_titles, s);
}

int person_add_alias(struct article *a, struct person *p, const char *s)
{
	return add_unique(a, &p->aliases, &p->n_aliases, s);
}

struct person *article_find_person(const struct article *a, const char *name)
{
	for (size_t i = 0; i < a->n_people; i++)
		if (strcmp(a->people[i].name, name) == 0)
			return &a->people[i];
	return NULL;
}
