/*
 * jsonmeta.h - article fields from JSON values.
 *
 * Scrapers' JSON records and the JSON-LD inside web pages name the same
 * things in the same few shapes (an author is a string, an object with a
 * name, or a list of either), so the JSON input and the HTML input read
 * them through these helpers.  Values are borrowed jansson values; every
 * helper ignores a value of the wrong type instead of failing, and follows
 * nesting no deeper than a few levels.
 */
#ifndef ARTICLEFS_JSONMETA_H
#define ARTICLEFS_JSONMETA_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "articlefs/model.h"

/* The string v holds, or NULL when v is not a non-empty string. */
const char *jm_string(const json_t *v);

/*
 * The first member of object o among the NULL-terminated names whose value
 * is not null; NULL when there is none (or o is not an object).
 */
json_t *jm_get(const json_t *o, const char *const *names);

/*
 * Adds the authors v names to a's byline: a string ("By A and B", "A; B"),
 * an object with "name" (or given and family names), or an array of
 * these.  Web addresses are not names and are skipped.  Returns how many
 * names were added.
 */
size_t jm_add_authors(struct article *a, const json_t *v);

/* Splits a byline string into names and adds each one. */
size_t jm_add_byline_text(struct article *a, const char *s, size_t n);

/* The URL an image value names (a string, an object with "url" or
 * "contentUrl", or the first of an array); borrowed, NULL when none. */
const char *jm_image_url(const json_t *v);

/*
 * Sets a->date from a date value: a string in a form date_parse() or
 * date_find() knows, or a Unix time in seconds (or milliseconds).  True
 * when a->date was set.
 */
bool jm_set_date(struct article *a, const json_t *v);

/*
 * Adds a body held as one string: paragraphs are separated by blank lines,
 * or are one per line when the text has no blank line.  Returns how many
 * paragraphs were added.
 */
size_t jm_add_body_text(struct article *a, const char *s, size_t n);

#endif
