/*
 * article_json.c - the model rendered as article.json.
 *
 * Keys come out in the order SPEC shows them, so a person reading the file
 * sees the story top-down; unknown optional fields are null, never absent.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "articlefs/arena.h"
#include "articlefs/article_json.h"

/*
 * article.json is built, dumped and dropped at once, and a story's quotes
 * and people make thousands of small jansson values (a dozen for one
 * quote).  While a thread builds one, jansson takes its memory from an
 * arena of that thread, dropped whole at the end, instead of a malloc and
 * a free for each value.  Everywhere else (reading JSON sources) jansson
 * uses malloc as before.
 */
static __thread bool building;
static __thread struct arena values = {.chunk_size = 64 * 1024};

static void *json_alloc(size_t n)
{
	return building ? arena_alloc(&values, n) : malloc(n);
}

/* Inside the arena a free is nothing: the whole arena goes at the end. */
static void json_release(void *p)
{
	if (building && arena_holds(&values, p))
		return;
	free(p);
}

/* Installed before main, so before any thread can be using jansson. */
__attribute__((constructor)) static void use_arena_funcs(void)
{
	json_set_alloc_funcs(json_alloc, json_release);
}

static void arena_begin(void)
{
	building = true;
}

static void arena_end(void)
{
	building = false;
	arena_release(&values);
}

static json_t *string_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *string_array(char *const *v, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < n; i++)
		json_array_append_new(arr, json_string(v[i]));
	return arr;
}

/* Quotes and people come in thousands: their objects are built key by
 * key (json_pack would parse its format string for each one), with each
 * key's length known at compile time rather than measured again. */
#define SET(o, key, value)                                                     \
	json_object_setn_new_nocheck(o, key, sizeof(key) - 1, value)

/* A string of a quote or person.  Every one of them is an arena copy
 * made by model.c (article_strndup(), article_text()), which repairs it
 * to valid UTF-8 without NUL bytes, so jansson's check of each byte
 * would find nothing to refuse. */
static json_t *model_string(const char *s)
{
	return json_string_nocheck(s);
}

static json_t *model_string_or_null(const char *s)
{
	return s ? json_string_nocheck(s) : json_null();
}

static json_t *model_string_array(char *const *v, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < n; i++)
		json_array_append_new(arr, model_string(v[i]));
	return arr;
}

static json_t *quotes_json(const struct article *a)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < a->n_quotes; i++) {
		const struct quote *q = &a->quotes[i];
		json_t *o = json_object();
		if (!o)
			break;
		SET(o, "text", model_string(q->text));
		SET(o, "speaker", model_string_or_null(q->speaker));
		SET(o, "paragraph", json_integer((json_int_t)q->paragraph));
		SET(o, "start", json_integer((json_int_t)q->start));
		SET(o, "end", json_integer((json_int_t)q->end));
		SET(o, "cue", model_string_or_null(q->cue));
		json_array_append_new(arr, o);
	}
	return arr;
}

static json_t *people_json(const struct article *a)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < a->n_people; i++) {
		const struct person *p = &a->people[i];
		json_t *o = json_object();
		if (!o)
			break;
		SET(o, "name", model_string(p->name));
		SET(o, "slug", model_string(p->slug));
		SET(o, "titles", model_string_array(p->titles, p->n_titles));
		SET(o, "aliases", model_string_array(p->aliases, p->n_aliases));
		SET(o, "mentions", json_integer((json_int_t)p->mentions));
		json_array_append_new(arr, o);
	}
	return arr;
}

static json_t *images_json(const struct article *a)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < a->n_images; i++) {
		const struct image *im = &a->images[i];
		json_array_append_new(
			arr, json_pack("{s:s, s:o, s:o}", "url", im->url,
				       "caption", string_or_null(im->caption),
				       "credit", string_or_null(im->credit)));
	}
	return arr;
}

static char *build_json(const struct article *a, const char *name, bool pretty)
{
	json_t *paras = json_array();
	for (size_t i = 0; paras && i < a->n_paragraphs; i++)
		json_array_append_new(paras,
				      json_string(a->paragraphs[i].text));

	json_t *o = json_pack(
		"{s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
		"name", name, "source", a->source, "format", a->format,
		"headline", a->headline, "standfirst",
		string_or_null(a->standfirst), "byline",
		string_array(a->byline, a->n_byline), "date",
		string_or_null(a->date), "url", string_or_null(a->url),
		"paragraphs", paras, "quotes", quotes_json(a), "people",
		people_json(a), "images", images_json(a));
	if (!o)
		return NULL;
	/* The text is copied out of the arena; the values need no
	 * json_decref, the arena goes with them. */
	char *text =
		json_dumps(o, JSON_PRESERVE_ORDER |
				      (pretty ? JSON_INDENT(2) : JSON_COMPACT));
	return text ? strdup(text) : NULL;
}

char *article_to_json(const struct article *a, const char *name, bool pretty)
{
	arena_begin();
	char *text = build_json(a, name, pretty);
	arena_end();
	return text;
}

char *error_to_json(const char *source, const char *error)
{
	json_t *o = json_pack("{s:s, s:s}", "source", source, "error", error);
	if (!o)
		return NULL;
	char *text = json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT);
	json_decref(o);
	return text;
}
