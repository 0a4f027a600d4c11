/*
 * model.h - the parsed article: what every parser fills and every view reads.
 *
 * An article owns all of its strings through one arena, so freeing an
 * article is one call and a parser never has to track who owns what.  The
 * lists (paragraphs, people, ...) are growable arrays owned by the article.
 *
 * Ownership: article_new() returns an article the caller owns; every char *
 * inside it is borrowed from the article and lives until article_free().
 * Once a parser and the analysis have filled it, an article is immutable:
 * readers on many threads may share it without locks.
 *
 * Every string stored through these functions is valid UTF-8 (invalid bytes
 * become U+FFFD) and NUL-terminated; none holds a NUL inside.
 */
#ifndef ARTICLEFS_MODEL_H
#define ARTICLEFS_MODEL_H

#include <stddef.h>

enum para_kind {
	PARA_TEXT,    /* running text */
	PARA_HEADING, /* a subheading inside the body */
	PARA_QUOTE,   /* a block quotation: the whole paragraph is quoted */
};

struct paragraph {
	char *text;
	size_t len;
	enum para_kind kind;
};

struct image {
	char *url;
	char *caption; /* NULL when unknown */
	char *credit;  /* NULL when unknown */
};

struct quote {
	char *text;	  /* the quoted words, without quotation marks */
	char *speaker;	  /* a person's full name, an organisation, or NULL */
	size_t paragraph; /* 0-based index into paragraphs */
	size_t start;	  /* byte offsets of text within that paragraph */
	size_t end;
	char *cue; /* the reporting verb ("said"), or NULL */
};

struct person {
	char *name; /* full name: "JD Vance" */
	char *slug; /* "jd-vance", unique within the article */
	char **titles;
	size_t n_titles;
	char **aliases;
	size_t n_aliases;
	unsigned mentions;
};

struct arena;

struct article {
	struct arena *arena;
	char *source;	  /* path relative to SOURCE, or FILE#N */
	char *format;	  /* "text", "html" or "json" */
	char *headline;	  /* never NULL: "" when unknown */
	char *standfirst; /* NULL when unknown */
	char *date;	  /* ISO 8601, NULL when unknown */
	char *url;	  /* NULL when unknown */
	char **byline;
	size_t n_byline;
	struct paragraph *paragraphs;
	size_t n_paragraphs;
	struct image *images;
	size_t n_images;
	struct quote *quotes;
	size_t n_quotes;
	struct person *people;
	size_t n_people;
	/* growth capacities of the lists above; private to model.c */
	size_t cap_byline, cap_paragraphs, cap_images, cap_quotes, cap_people;
};

/* A new empty article; NULL only when memory runs out. */
struct article *article_new(const char *source, const char *format);
void article_free(struct article *a);

/*
 * Copies of s (n bytes) into the article's arena, repaired to valid UTF-8.
 * article_text() also trims the ends, folds every run of white space
 * (tabs, newlines, NBSP) into one space, which is what a field file holds,
 * and drops the invisible soft hyphen, zero-width space and word joiner.
 */
char *article_strndup(struct article *a, const char *s, size_t n);
char *article_strdup(struct article *a, const char *s);
char *article_text(struct article *a, const char *s, size_t n);

/* Raw arena memory for parsers' own scratch that lives as the article. */
void *article_alloc(struct article *a, size_t n);

/*
 * The adders copy and clean their text with article_text() and return the
 * new element, or NULL when the cleaned text is empty (nothing is added) or
 * memory runs out.  Pointers into a list stay valid only until the next
 * add to the same list.
 */
struct paragraph *article_add_paragraph(struct article *a, const char *s,
					size_t n, enum para_kind kind);
char *article_add_byline(struct article *a, const char *s, size_t n);
struct image *article_add_image(struct article *a, const char *url,
				const char *caption, const char *credit);
struct quote *article_add_quote(struct article *a, size_t paragraph,
				size_t start, size_t end);
struct person *article_add_person(struct article *a, const char *name);
/* Adds to a person's titles or aliases unless an equal string is there. */
int person_add_title(struct article *a, struct person *p, const char *s);
int person_add_alias(struct article *a, struct person *p, const char *s);

/* The person whose full name is name, or NULL. */
struct person *article_find_person(const struct article *a, const char *name);

#endif
