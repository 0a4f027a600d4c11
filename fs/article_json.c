/*
 * article_json.c - the model rendered as article.json.
 *
 * Keys come out in the order SPEC shows them, so a person reading the file
 * sees the story top-down; unknown optional fields are null, never absent.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "articlefs/arena.h"
#include "articlefs/article_json.h"
#include "articlefs/strbuf.h"

/*
 * article.json is built, dumped and dropped at once.  While a thread
 * builds one, jansson takes its memory from an arena of that thread,
 * dropped whole at the end, instead of a malloc and a free for each value
 * (a paragraph, a byline name, an image's fields).  Everywhere else
 * (reading JSON sources) jansson uses malloc as before.
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

/*
 * Quotes and people come in thousands of small objects, which jansson
 * would build as hash tables, check for loops and dump code point by
 * code point.  They are written as JSON text here instead, laid out
 * exactly as json_dumps() lays out the rest of the file, and put in
 * the place they have in the object (see build_json()).
 */
struct jtext {
	struct strbuf s;
	bool pretty; /* JSON_INDENT(2), else JSON_COMPACT */
};

static inline void put(struct jtext *b, const char *s, size_t n)
{
	strbuf_add(&b->s, s, n);
}

#define PUT(b, lit) put(b, lit, sizeof(lit) - 1)

/* What jansson writes between values: a new line indented two spaces a
 * level when pretty, nothing when compact. */
static void indent(struct jtext *b, int depth)
{
	static const char spaces[] = "\n            ";
	if (b->pretty)
		put(b, spaces, 1 + 2 * (size_t)depth);
}

/* How many of the n bytes at s need no escape: none below 0x20, no '"'
 * and no '\\'.  Eight bytes are asked at once, a quotation's words being
 * long runs of such bytes: a byte's high bit is set in a mask when it is
 * below 0x20 (x - 0x20 borrows) or equal to '"' or '\\' (x ^ it is zero);
 * a borrow may mark bytes above the first such byte, never one below, so
 * the lowest mark is the first byte to escape. */
static size_t plain_run(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t x, q, bs;
		memcpy(&x, s + i, 8);
		q = x ^ (ones * '"');
		bs = x ^ (ones * '\\');
		uint64_t hit = ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
			       ((bs - ones) & ~bs);
		hit &= high;
		if (hit)
			return i + (size_t)__builtin_ctzll(hit) / 8;
	}
	while (i < n && (unsigned char)s[i] >= 0x20 && s[i] != '"' &&
	       s[i] != '\\')
		i++;
	return i;
}

/* A string as jansson's dump_string() writes it without JSON_ENSURE_ASCII:
 * '"', '\\' and control characters escaped, all else as it is.  Every
 * string here is an arena copy made by model.c (article_strndup(),
 * article_text(), or a copy of text those made clean), so valid UTF-8, as
 * jansson needs. */
static void string(struct jtext *b, const char *s)
{
	size_t n = strlen(s);

	PUT(b, "\"");
	for (;;) {
		size_t k = plain_run(s, n);
		put(b, s, k);
		if (k == n)
			break;
		unsigned char c = (unsigned char)s[k];
		s += k + 1;
		n -= k + 1;
		switch (c) {
		case '"':
			PUT(b, "\\\"");
			break;
		case '\\':
			PUT(b, "\\\\");
			break;
		case '\b':
			PUT(b, "\\b");
			break;
		case '\f':
			PUT(b, "\\f");
			break;
		case '\n':
			PUT(b, "\\n");
			break;
		case '\r':
			PUT(b, "\\r");
			break;
		case '\t':
			PUT(b, "\\t");
			break;
		default: {
			char esc[8];
			snprintf(esc, sizeof(esc), "\\u%04X", c);
			put(b, esc, 6);
		}
		}
	}
	PUT(b, "\"");
}

static void string_or_null_text(struct jtext *b, const char *s)
{
	if (s)
		string(b, s);
	else
		PUT(b, "null");
}

/* A count or offset, as jansson's "%lld". */
static void integer(struct jtext *b, size_t v)
{
	char d[24], *e = d + sizeof(d), *p = e;
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	put(b, p, (size_t)(e - p));
}

/* A member of an object at depth - 1: the comma before it unless first,
 * the indentation, the key and the separator. */
static void key(struct jtext *b, int depth, bool first, const char *k, size_t n)
{
	if (!first)
		PUT(b, ",");
	indent(b, depth);
	PUT(b, "\"");
	put(b, k, n);
	if (b->pretty)
		PUT(b, "\": ");
	else
		PUT(b, "\":");
}

#define KEY(b, depth, first, k) key(b, depth, first, k, sizeof(k) - 1)

/* An array's elements at depth; an empty one is "[]" in either layout. */
static void string_array_text(struct jtext *b, int depth, char *const *v,
			      size_t n)
{
	PUT(b, "[");
	for (size_t i = 0; i < n; i++) {
		if (i)
			PUT(b, ",");
		indent(b, depth);
		string(b, v[i]);
	}
	if (n)
		indent(b, depth - 1);
	PUT(b, "]");
}

/* "quotes" and "people", members of the top object (depth 1). */
static void quotes_text(struct jtext *b, const struct article *a)
{
	PUT(b, "[");
	for (size_t i = 0; i < a->n_quotes; i++) {
		const struct quote *q = &a->quotes[i];
		if (i)
			PUT(b, ",");
		indent(b, 2);
		PUT(b, "{");
		KEY(b, 3, true, "text");
		string(b, q->text);
		KEY(b, 3, false, "speaker");
		string_or_null_text(b, q->speaker);
		KEY(b, 3, false, "paragraph");
		integer(b, q->paragraph);
		KEY(b, 3, false, "start");
		integer(b, q->start);
		KEY(b, 3, false, "end");
		integer(b, q->end);
		KEY(b, 3, false, "cue");
		string_or_null_text(b, q->cue);
		indent(b, 2);
		PUT(b, "}");
	}
	if (a->n_quotes)
		indent(b, 1);
	PUT(b, "]");
}

static void people_text(struct jtext *b, const struct article *a)
{
	PUT(b, "[");
	for (size_t i = 0; i < a->n_people; i++) {
		const struct person *p = &a->people[i];
		if (i)
			PUT(b, ",");
		indent(b, 2);
		PUT(b, "{");
		KEY(b, 3, true, "name");
		string(b, p->name);
		KEY(b, 3, false, "slug");
		string(b, p->slug);
		KEY(b, 3, false, "titles");
		string_array_text(b, 4, p->titles, p->n_titles);
		KEY(b, 3, false, "aliases");
		string_array_text(b, 4, p->aliases, p->n_aliases);
		KEY(b, 3, false, "mentions");
		integer(b, p->mentions);
		indent(b, 2);
		PUT(b, "}");
	}
	if (a->n_people)
		indent(b, 1);
	PUT(b, "]");
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

static json_t *paragraphs_json(const struct article *a)
{
	json_t *paras = json_array();
	for (size_t i = 0; paras && i < a->n_paragraphs; i++)
		json_array_append_new(paras,
				      json_string(a->paragraphs[i].text));
	return paras;
}

/* The members before "quotes", as json_pack() takes them. */
#define HEAD_FORMAT "s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:o"
#define HEAD_VALUES(a, name)                                                   \
	"name", name, "source", a->source, "format", a->format, "headline",    \
		a->headline, "standfirst", string_or_null(a->standfirst),      \
		"byline", string_array(a->byline, a->n_byline), "date",        \
		string_or_null(a->date), "url", string_or_null(a->url),        \
		"paragraphs", paragraphs_json(a)

static char *build_json(const struct article *a, const char *name, bool pretty)
{
	size_t flags =
		JSON_PRESERVE_ORDER | (pretty ? JSON_INDENT(2) : JSON_COMPACT);

	/* No quotes and no people (as with --no-analysis): one object,
	 * dumped whole. */
	if (!a->n_quotes && !a->n_people) {
		json_t *o = json_pack("{" HEAD_FORMAT ", s:o, s:o, s:o}",
				      HEAD_VALUES(a, name), "quotes",
				      json_array(), "people", json_array(),
				      "images", images_json(a));
		if (!o)
			return NULL;
		/* The text is copied out of the arena; the values need no
		 * json_decref, the arena goes with them. */
		char *text = json_dumps(o, flags);
		return text ? strdup(text) : NULL;
	}

	/* Otherwise the members before "quotes" and the "images" after
	 * "people" are dumped as two objects, and the quotes and people
	 * written between them: the first without its closing brace
	 * (and the new line before it when pretty), the second without its
	 * opening one. */
	json_t *head = json_pack("{" HEAD_FORMAT "}", HEAD_VALUES(a, name));
	json_t *tail = json_pack("{s:o}", "images", images_json(a));
	if (!head || !tail)
		return NULL;
	char *h = json_dumps(head, flags), *t = json_dumps(tail, flags);
	if (!h || !t)
		return NULL;
	size_t hn = strlen(h) - (pretty ? 2 : 1), tn = strlen(t);
	struct jtext b = {.pretty = pretty};
	/* Room for a typical story at once: about 256 bytes a quote or
	 * person. */
	strbuf_grow(&b.s, hn + tn + 256 * (a->n_quotes + a->n_people));
	put(&b, h, hn);
	KEY(&b, 1, false, "quotes");
	quotes_text(&b, a);
	KEY(&b, 1, false, "people");
	people_text(&b, a);
	PUT(&b, ",");
	put(&b, t + 1, tn - 1);
	if (b.s.oom) {
		free(b.s.p);
		return NULL;
	}
	return b.s.p;
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
