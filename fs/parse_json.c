/*
 * parse_json.c - JSON and JSON Lines sources: a scraper's dump, a dataset's
 * records, an API's answer.
 *
 * Mounting a 100,000-line file must not parse 100,000 articles, so the
 * records are first found by a small scanner of our own that checks the
 * syntax, skips every value it does not need without allocating, and
 * decodes only the headline of each record for naming.  A record is
 * parsed in full with jansson when its story is opened.  The scanner is
 * also what bounds nesting (limits.max_depth): jansson only ever sees a
 * record the scanner accepted.
 *
 * The records of a source are: each non-blank line of a JSON Lines file;
 * the elements of a top-level array; the one top-level object; or the
 * elements of the list an API wraps its articles in ({"articles": [...]}).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "articlefs/jsonmeta.h"
#include "articlefs/limits.h"
#include "articlefs/source.h"
#include "articlefs/utf8.h"

/* The field names each article field goes by, best first. */
static const char *const f_headline[] = {"title", "headline", "name", NULL};
static const char *const f_body[] = {
	"text",	    "body",	    "content",	"maintext",  "articleBody",
	"article",  "full_text",    "fulltext", "body_text", "story",
	"raw_text", "article_text", NULL};
static const char *const f_author[] = {
	"author", "authors", "byline", "creator", "creators", "writer", NULL};
static const char *const f_date[] = {
	"date",		  "published",	      "date_publish",
	"datePublished",  "publish_date",     "published_at",
	"publishedAt",	  "pubDate",	      "pub_date",
	"date_published", "publication_date", "created_at",
	"dateCreated",	  "timestamp",	      NULL};
static const char *const f_url[] = {
	"url", "link", "canonical_url", "source_url", "permalink", "uri", NULL};
static const char *const f_standfirst[] = {
	"description", "standfirst", "summary",	 "subtitle", "subheadline",
	"dek",	       "excerpt",    "abstract", "lead",     NULL};
static const char *const f_image[] = {"image",	   "images",   "top_image",
				      "image_url", "imageUrl", "urlToImage",
				      "thumbnail", NULL};
/* The lists an API wraps its records in. */
static const char *const f_list[] = {
	"articles", "items",	 "data",    "results", "posts",
	"stories",  "documents", "entries", "records", NULL};

/* ---- the scanner ------------------------------------------------------- */

struct scan {
	const char *start, *p, *end;
	const char *why; /* set on failure */
};

static void ws(struct scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' ||
				 *s->p == '\n' || *s->p == '\r'))
		s->p++;
}

static bool fail(struct scan *s, const char *why)
{
	if (!s->why)
		s->why = why;
	return false;
}

static bool skip_string(struct scan *s)
{
	s->p++; /* the opening quote */
	while (s->p < s->end) {
		unsigned char c = *s->p++;
		if (c == '"')
			return true;
		if (c < 0x20)
			return fail(s, "control character in a string");
		if (c != '\\')
			continue;
		if (s->p >= s->end)
			break;
		c = *s->p++;
		if (c == 'u') {
			for (int i = 0; i < 4; i++, s->p++)
				if (s->p >= s->end ||
				    !isxdigit((unsigned char)*s->p))
					return fail(s, "bad \\u escape");
		} else if (!strchr("\"\\/bfnrt", c)) {
			return fail(s, "bad escape in a string");
		}
	}
	return fail(s, "unterminated string");
}

static bool skip_number(struct scan *s)
{
	const char *q = s->p;

	if (q < s->end && *q == '-')
		q++;
	if (q >= s->end || !isdigit((unsigned char)*q))
		return fail(s, "unexpected character");
	while (q < s->end && isdigit((unsigned char)*q))
		q++;
	if (q < s->end && *q == '.') {
		q++;
		if (q >= s->end || !isdigit((unsigned char)*q))
			return fail(s, "bad number");
		while (q < s->end && isdigit((unsigned char)*q))
			q++;
	}
	if (q < s->end && (*q == 'e' || *q == 'E')) {
		q++;
		if (q < s->end && (*q == '+' || *q == '-'))
			q++;
		if (q >= s->end || !isdigit((unsigned char)*q))
			return fail(s, "bad number");
		while (q < s->end && isdigit((unsigned char)*q))
			q++;
	}
	s->p = q;
	return true;
}

static bool skip_word(struct scan *s, const char *w)
{
	size_t n = strlen(w);

	if ((size_t)(s->end - s->p) < n || memcmp(s->p, w, n))
		return fail(s, "unexpected character");
	s->p += n;
	return true;
}

static bool skip_value(struct scan *s, unsigned depth);

/* An object or array; depth is the nesting the opening bracket makes. */
static bool skip_container(struct scan *s, unsigned depth)
{
	char close = *s->p == '{' ? '}' : ']';

	if (depth > limits.max_depth)
		return fail(s, "nested too deeply");
	s->p++;
	ws(s);
	if (s->p < s->end && *s->p == close) {
		s->p++;
		return true;
	}
	for (;;) {
		if (close == '}') {
			ws(s);
			if (s->p >= s->end || *s->p != '"')
				return fail(s, "expected a member name");
			if (!skip_string(s))
				return false;
			ws(s);
			if (s->p >= s->end || *s->p != ':')
				return fail(s, "expected ':'");
			s->p++;
		}
		if (!skip_value(s, depth))
			return false;
		ws(s);
		if (s->p >= s->end)
			return fail(s, "unexpected end of input");
		if (*s->p == close) {
			s->p++;
			return true;
		}
		if (*s->p != ',')
			return fail(s, close == '}' ? "expected ',' or '}'"
						    : "expected ',' or ']'");
		s->p++;
	}
}

static bool skip_value(struct scan *s, unsigned depth)
{
	ws(s);
	if (s->p >= s->end)
		return fail(s, "unexpected end of input");
	switch (*s->p) {
	case '{':
	case '[':
		return skip_container(s, depth + 1);
	case '"':
		return skip_string(s);
	case 't':
		return skip_word(s, "true");
	case 'f':
		return skip_word(s, "false");
	case 'n':
		return skip_word(s, "null");
	default:
		return skip_number(s);
	}
}

/* Decodes the JSON string at s (its opening quote) into a malloc'd UTF-8
 * string; the scanner has already checked its syntax. */
static char *decode_string(const char *s, const char *end)
{
	char *out = malloc(end - s + 1), *o = out;

	if (!out)
		return NULL;
	for (s++; s < end && *s != '"'; s++) {
		if (*s != '\\') {
			*o++ = *s;
			continue;
		}
		s++;
		switch (*s) {
		case 'b':
			*o++ = '\b';
			break;
		case 'f':
			*o++ = '\f';
			break;
		case 'n':
			*o++ = '\n';
			break;
		case 'r':
			*o++ = '\r';
			break;
		case 't':
			*o++ = '\t';
			break;
		case 'u': {
			uint32_t cp = strtoul(
				(char[5]){s[1], s[2], s[3], s[4], 0}, NULL, 16);
			s += 4;
			if (cp >= 0xD800 && cp < 0xDC00 && end - s > 6 &&
			    s[1] == '\\' && s[2] == 'u') {
				uint32_t lo = strtoul(
					(char[5]){s[3], s[4], s[5], s[6], 0},
					NULL, 16);
				if (lo >= 0xDC00 && lo < 0xE000) {
					cp = 0x10000 + ((cp - 0xD800) << 10) +
					     (lo - 0xDC00);
					s += 6;
				}
			}
			/* A lone surrogate is not a character. */
			if (cp >= 0xD800 && cp < 0xE000)
				cp = UTF8_REPLACEMENT;
			/* A NUL ends no string here: it is a space, as
			 * it is in every field. */
			if (!cp)
				cp = ' ';
			/* Six escaped bytes hold room for four encoded. */
			o += utf8_encode(cp, o);
			break;
		}
		default:
			*o++ = *s;
			break;
		}
	}
	*o = '\0';
	return out;
}

static int name_rank(const char *name, size_t n, const char *const *names)
{
	for (int i = 0; names[i]; i++)
		if (strlen(names[i]) == n && !memcmp(names[i], name, n))
			return i;
	return -1;
}

static bool is_article_field(const char *name, size_t n)
{
	return name_rank(name, n, f_headline) >= 0 ||
	       name_rank(name, n, f_body) >= 0 ||
	       name_rank(name, n, f_url) >= 0;
}

/*
 * What scanning one top-level object learns: where its headline string
 * is (the best-ranked headline field holding a string), whether a
 * headline field holds something else (then only a full parse can tell),
 * and the list member an API wrapper keeps its records in.
 */
struct objscan {
	const char *headline; /* opening quote of the value */
	int rank;
	bool odd_headline;
	bool article;	  /* has a field an article has */
	const char *list; /* '[' of the wrapped records */
};

static bool scan_object(struct scan *s, struct objscan *o)
{
	memset(o, 0, sizeof(*o));
	o->rank = 1000;
	if (1 > limits.max_depth)
		return fail(s, "nested too deeply");
	s->p++;
	ws(s);
	if (s->p < s->end && *s->p == '}') {
		s->p++;
		return true;
	}
	for (;;) {
		ws(s);
		if (s->p >= s->end || *s->p != '"')
			return fail(s, "expected a member name");
		const char *name = s->p + 1;
		if (!skip_string(s))
			return false;
		size_t n = s->p - 1 - name;
		ws(s);
		if (s->p >= s->end || *s->p != ':')
			return fail(s, "expected ':'");
		s->p++;
		ws(s);
		const char *v = s->p;
		if (!skip_value(s, 1))
			return false;
		int r = name_rank(name, n, f_headline);
		if (r >= 0 && *v == '"' && r <= o->rank) {
			o->headline = v;
			o->rank = r;
		} else if (r >= 0 && *v != '"' && *v != 'n') {
			o->odd_headline = true;
		}
		if (is_article_field(name, n))
			o->article = true;
		if (*v == '[' && !o->list && name_rank(name, n, f_list) >= 0)
			o->list = v;
		ws(s);
		if (s->p >= s->end)
			return fail(s, "unexpected end of input");
		if (*s->p == '}') {
			s->p++;
			return true;
		}
		if (*s->p != ',')
			return fail(s, "expected ',' or '}'");
		s->p++;
	}
}

/* ---- from a parsed record to an article --------------------------------- */

/* A string field, or the "rendered" string of WordPress's objects. */
static const char *text_value(const json_t *v)
{
	if (json_is_object(v))
		v = json_object_get(v, "rendered");
	return jm_string(v);
}

static const char *record_headline(const json_t *o)
{
	for (int i = 0; f_headline[i]; i++) {
		const char *s = text_value(json_object_get(o, f_headline[i]));
		if (s)
			return s;
	}
	return NULL;
}

/* True when s looks like HTML markup rather than plain text. */
static bool looks_like_html(const char *s)
{
	static const char *const tags[] = {"<p>",  "<p ",    "</p>", "<br",
					   "<div", "</div>", "<h2",  "<li>"};
	for (size_t i = 0; i < sizeof(tags) / sizeof(*tags); i++)
		if (strstr(s, tags[i]))
			return true;
	return false;
}

/* The entities a CMS's HTML body commonly holds. */
static size_t decode_entity(const char *s, char *out)
{
	static const struct {
		const char *name;
		const char *text;
	} ents[] = {{"&amp;", "&"},
		    {"&lt;", "<"},
		    {"&gt;", ">"},
		    {"&quot;", "\""},
		    {"&apos;", "'"},
		    {"&nbsp;", " "},
		    {"&rsquo;", "\xe2\x80\x99"},
		    {"&lsquo;", "\xe2\x80\x98"},
		    {"&rdquo;", "\xe2\x80\x9d"},
		    {"&ldquo;", "\xe2\x80\x9c"},
		    {"&mdash;", "\xe2\x80\x94"},
		    {"&ndash;", "\xe2\x80\x93"},
		    {"&hellip;", "\xe2\x80\xa6"}};

	for (size_t i = 0; i < sizeof(ents) / sizeof(*ents); i++) {
		size_t k = strlen(ents[i].name);
		if (!strncmp(s, ents[i].name, k)) {
			strcpy(out, ents[i].text);
			return k;
		}
	}
	if (s[1] == '#') {
		char *e;
		unsigned long cp = s[2] == 'x' || s[2] == 'X'
					   ? strtoul(s + 3, &e, 16)
					   : strtoul(s + 2, &e, 10);
		if (*e == ';' && cp > 0 && cp < 0x110000 &&
		    !(cp >= 0xD800 && cp < 0xE000)) {
			out[utf8_encode(cp, out)] = '\0';
			return e + 1 - s;
		}
	}
	return 0;
}

/*
 * Plain text from a body held as HTML (WordPress's content.rendered):
 * block tags become blank lines, other tags go, entities are decoded.
 * Malloc'd.
 */
static char *html_to_text(const char *s)
{
	static const char *const blocks[] = {
		"p",   "/p",	     "br",	   "div", "/div", "h1",
		"h2",  "h3",	     "h4",	   "h5",  "h6",	  "/h1",
		"/h2", "/h3",	     "/h4",	   "/h5", "/h6",  "li",
		"/li", "blockquote", "/blockquote"};
	size_t n = strlen(s);
	char *out = malloc(n + 2), *o = out;

	if (!out)
		return NULL;
	while (*s) {
		if (*s == '<') {
			const char *e = strchr(s, '>');
			if (!e)
				break;
			const char *name = s + 1;
			size_t k = strcspn(name, " \t\n/>");
			if (*name == '/')
				k = 1 + strcspn(name + 1, " \t\n>");
			for (size_t i = 0; i < sizeof(blocks) / sizeof(*blocks);
			     i++) {
				if (strlen(blocks[i]) == k &&
				    !strncasecmp(name, blocks[i], k)) {
					/* Never longer than the tag it
					 * replaces. */
					if (e - s + 1 >= 2) {
						*o++ = '\n';
						*o++ = '\n';
					}
					break;
				}
			}
			s = e + 1;
			continue;
		}
		if (*s == '&') {
			char buf[8];
			size_t k = decode_entity(s, buf);
			if (k && strlen(buf) <= k) {
				o = stpcpy(o, buf);
				s += k;
				continue;
			}
		}
		*o++ = *s++;
	}
	*o = '\0';
	return out;
}

static void add_body(struct article *a, const json_t *v, int depth)
{
	const char *s;

	if (depth > 2)
		return;
	if ((s = text_value(v))) {
		if (looks_like_html(s)) {
			char *t = html_to_text(s);
			if (t)
				jm_add_body_text(a, t, strlen(t));
			free(t);
		} else {
			jm_add_body_text(a, s, strlen(s));
		}
	} else if (json_is_array(v)) {
		/* A list of paragraphs. */
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) add_body(a, e, depth + 1);
	}
}

static void add_images(struct article *a, const json_t *v, int depth)
{
	static const char *const f_caption[] = {"caption", "alt", "title",
						"description", NULL};
	static const char *const f_credit[] = {
		"credit", "copyright", "copyrightHolder", "author", NULL};
	const char *url;

	if (depth > 2)
		return;
	if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) add_images(a, e, depth + 1);
		return;
	}
	if (!(url = jm_image_url(v)))
		return;
	for (size_t i = 0; i < a->n_images; i++)
		if (!strcmp(a->images[i].url, url))
			return;
	const char *caption = NULL, *credit = NULL;
	if (json_is_object(v)) {
		caption = jm_string(jm_get(v, f_caption));
		json_t *c = jm_get(v, f_credit);
		credit = jm_string(c);
		if (!credit && json_is_object(c))
			credit = jm_string(json_object_get(c, "name"));
	}
	article_add_image(a, url, caption, credit);
}

static void set_text(struct article *a, char **field, const json_t *v)
{
	const char *s = text_value(v);

	if (!s)
		return;
	if (looks_like_html(s)) {
		char *t = html_to_text(s);
		if (t)
			*field = article_text(a, t, strlen(t));
		free(t);
	} else {
		*field = article_text(a, s, strlen(s));
	}
	if (*field && !**field)
		*field = NULL;
}

static struct article *article_from_json(const json_t *o, const char *source)
{
	struct article *a = article_new(source, "json");
	const char *s;

	if (!a)
		return NULL;
	if ((s = record_headline(o)))
		a->headline = article_text(a, s, strlen(s));
	if (!a->headline)
		a->headline = article_strdup(a, "");
	set_text(a, &a->standfirst, jm_get(o, f_standfirst));
	for (int i = 0; f_body[i] && !a->n_paragraphs; i++)
		add_body(a, json_object_get(o, f_body[i]), 0);
	for (int i = 0; f_author[i] && !a->n_byline; i++)
		jm_add_authors(a, json_object_get(o, f_author[i]));
	for (int i = 0; f_date[i] && !a->date; i++)
		jm_set_date(a, json_object_get(o, f_date[i]));
	for (int i = 0; f_url[i] && !a->url; i++) {
		s = jm_string(json_object_get(o, f_url[i]));
		if (s)
			a->url = article_text(a, s, strlen(s));
	}
	for (int i = 0; f_image[i]; i++)
		add_images(a, json_object_get(o, f_image[i]), 0);
	if (!a->headline) {
		article_free(a);
		return NULL;
	}
	return a;
}

/* ---- finding the records ------------------------------------------------ */

/* Line and column (from 1) of p in the text that starts at start. */
static void where(const char *start, const char *p, size_t *line, size_t *col)
{
	*line = 1;
	*col = 1;
	for (const char *q = start; q < p; q++) {
		if (*q == '\n') {
			(*line)++;
			*col = 1;
		} else if ((*q & 0xC0) != 0x80) {
			(*col)++;
		}
	}
}

static char *scan_error(const struct scan *s, size_t line_no)
{
	size_t line, col;
	char *e = NULL;

	where(s->start, s->p, &line, &col);
	if (line_no)
		line = line_no;
	if (asprintf(&e, "line %zu: invalid JSON: %s at column %zu", line,
		     s->why ? s->why : "syntax error", col) < 0)
		return NULL;
	return e;
}

static json_t *load_record(const char *v, size_t n, json_error_t *je);

/* A record's headline, decoded and cleaned as the article's will be;
 * malloc'd or NULL. */
static char *headline_of(struct article *tmp, const char *q, const char *end,
			 const char *rec, size_t reclen, bool odd)
{
	char *h = NULL;

	if (odd && !q) {
		/* A headline that is not a plain string: ask the parser. */
		json_error_t je;
		json_t *o = load_record(rec, reclen, &je);
		const char *s = o ? record_headline(o) : NULL;
		h = s ? strdup(s) : NULL;
		json_decref(o);
	} else if (q) {
		h = decode_string(q, end);
	}
	if (!h)
		return NULL;
	char *t = article_text(tmp, h, strlen(h));
	free(h);
	return t && *t ? strdup(t) : NULL;
}

struct recs {
	struct record *v;
	size_t n, cap;
};

static struct record *rec_add(struct recs *r)
{
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		struct record *v = realloc(r->v, cap * sizeof(*v));
		if (!v)
			return NULL;
		r->v = v;
		r->cap = cap;
	}
	struct record *x = &r->v[r->n++];
	memset(x, 0, sizeof(*x));
	return x;
}

static void recs_free(struct recs *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].headline);
		free(r->v[i].error);
	}
	free(r->v);
}

static const char *skip_bom(const char *buf, size_t len)
{
	if (len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3))
		return buf + 3;
	return buf;
}

/* True when only white space is left; else fails. */
static bool at_end(struct scan *s)
{
	ws(s);
	return s->p == s->end || fail(s, "text after the object");
}

static int scan_lines(const char *buf, size_t len, struct recs *out,
		      struct article *tmp, char **err)
{
	const char *p = skip_bom(buf, len), *end = buf + len;
	size_t line_no = 0;

	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		const char *e = nl ? nl : end;
		line_no++;
		struct scan s = {.start = p, .p = p, .end = e};
		ws(&s);
		if (s.p == e) {
			p = nl ? nl + 1 : end;
			continue;
		}
		struct record *r = rec_add(out);
		if (!r)
			goto oom;
		r->offset = p - buf;
		r->length = e - p;
		r->index = out->n - 1;
		struct objscan o;
		if (*s.p != '{') {
			if (asprintf(&r->error, "line %zu: not a JSON object",
				     line_no) < 0)
				goto oom;
		} else if (!scan_object(&s, &o) || !at_end(&s)) {
			if (!(r->error = scan_error(&s, line_no)))
				goto oom;
		} else {
			r->headline = headline_of(tmp, o.headline, e, p, e - p,
						  o.odd_headline);
		}
		p = nl ? nl + 1 : end;
	}
	if (!out->n) {
		*err = strdup("no JSON records: every line is blank");
		return -1;
	}
	return 0;
oom:
	*err = strdup("out of memory");
	return -1;
}

/*
 * Walks the elements of the array at s->p (its '['), calling each with
 * the element's start and end; stops early when each returns false.
 */
static bool walk_array(struct scan *s,
		       bool (*each)(void *ctx, const char *v, const char *e,
				    size_t i),
		       void *ctx)
{
	s->p++;
	ws(s);
	if (s->p < s->end && *s->p == ']') {
		s->p++;
		return true;
	}
	for (size_t i = 0;; i++) {
		ws(s);
		const char *v = s->p;
		if (!skip_value(s, 1))
			return false;
		if (!each(ctx, v, s->p, i))
			return true;
		ws(s);
		if (s->p >= s->end)
			return fail(s, "unexpected end of input");
		if (*s->p == ']') {
			s->p++;
			return true;
		}
		if (*s->p != ',')
			return fail(s, "expected ',' or ']'");
		s->p++;
	}
}

struct scan_ctx {
	const char *buf;
	struct recs *out;
	struct article *tmp;
	bool oom;
};

static bool scan_element(void *ctx, const char *v, const char *e, size_t i)
{
	struct scan_ctx *c = ctx;
	struct record *r = rec_add(c->out);

	if (!r) {
		c->oom = true;
		return false;
	}
	r->offset = v - c->buf;
	r->length = e - v;
	r->index = i;
	if (*v != '{') {
		if (asprintf(&r->error, "element %zu is not a JSON object",
			     i + 1) < 0)
			c->oom = true;
		return !c->oom;
	}
	struct scan s = {.start = v, .p = v, .end = e};
	struct objscan o;
	if (!scan_object(&s, &o))
		return true; /* cannot happen: the element was skipped */
	r->headline =
		headline_of(c->tmp, o.headline, e, v, e - v, o.odd_headline);
	return true;
}

/*
 * Finds where a .json document keeps its records: the top-level array,
 * the list member of a wrapper object, or the top-level object itself
 * (*single).  Leaves s->p at the '[' or '{'.  False with s->why set when
 * the document is not valid JSON.
 */
static bool find_records(struct scan *s, bool *single)
{
	const char *top;
	struct objscan o;

	ws(s);
	top = s->p;
	*single = false;
	if (s->p >= s->end)
		return fail(s, "no JSON value");
	if (*s->p != '{' && *s->p != '[')
		return fail(s, "not a JSON object or array");
	if (*s->p == '[') {
		if (!skip_value(s, 0))
			return false;
	} else if (!scan_object(s, &o)) {
		return false;
	}
	ws(s);
	if (s->p != s->end)
		return fail(s, "text after the JSON value");
	s->p = top;
	if (*top == '{') {
		if (!o.article && o.list)
			s->p = o.list;
		else
			*single = true;
	}
	return true;
}

static int scan_document(const char *buf, size_t len, struct recs *out,
			 struct article *tmp, char **err)
{
	const char *b = skip_bom(buf, len);
	struct scan s = {.start = b, .p = b, .end = buf + len};
	bool single;

	if (!find_records(&s, &single)) {
		*err = scan_error(&s, 0);
		return -1;
	}
	if (single) {
		struct objscan o;
		struct record *r = rec_add(out);
		if (!r || !scan_object(&s, &o))
			goto oom;
		r->offset = 0;
		r->length = len;
		r->headline = headline_of(tmp, o.headline, s.end, s.start,
					  s.end - s.start, o.odd_headline);
		return 0;
	}
	struct scan_ctx c = {.buf = buf, .out = out, .tmp = tmp};
	if (!walk_array(&s, scan_element, &c) || c.oom)
		goto oom;
	if (!out->n) {
		*err = strdup("an empty JSON array: no articles");
		return -1;
	}
	return 0;
oom:
	*err = strdup("out of memory");
	return -1;
}

int json_scan(const char *buf, size_t len, bool lines, struct record_list *out,
	      char **err)
{
	struct recs r = {0};
	struct article *tmp = article_new("", "json");
	int rc;

	out->v = NULL;
	out->n = 0;
	if (!tmp) {
		*err = strdup("out of memory");
		return -1;
	}
	rc = lines ? scan_lines(buf, len, &r, tmp, err)
		   : scan_document(buf, len, &r, tmp, err);
	article_free(tmp);
	if (rc < 0) {
		recs_free(&r);
		return -1;
	}
	out->v = r.v;
	out->n = r.n;
	return 0;
}

/* ---- parsing one record ------------------------------------------------- */

struct find_ctx {
	size_t want;
	const char *v, *e;
};

static bool find_element(void *ctx, const char *v, const char *e, size_t i)
{
	struct find_ctx *c = ctx;

	if (i != c->want)
		return true;
	c->v = v;
	c->e = e;
	return false;
}

static unsigned hex4(const char *s)
{
	return strtoul((char[5]){s[0], s[1], s[2], s[3], 0}, NULL, 16);
}

/* Turns every \u escape of half a surrogate pair into \uFFFD, and of
 * NUL into a space, in place (the same six bytes). */
static void fix_escapes(char *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (s[i] != '\\')
			continue;
		if (s[i + 1] != 'u' || i + 6 > n) {
			i++; /* a two-byte escape */
			continue;
		}
		unsigned cp = hex4(s + i + 2);
		if (cp >= 0xD800 && cp < 0xDC00 && i + 12 <= n &&
		    s[i + 6] == '\\' && s[i + 7] == 'u') {
			unsigned lo = hex4(s + i + 8);
			if (lo >= 0xDC00 && lo < 0xE000) {
				i += 11;
				continue;
			}
		}
		if (cp >= 0xD800 && cp < 0xE000)
			memcpy(s + i + 2, "FFFD", 4);
		else if (cp == 0)
			memcpy(s + i + 2, "0020", 4);
		i += 5;
	}
}

/*
 * Parses one record with jansson.  jansson wants valid UTF-8, whole
 * surrogate pairs and no NUL; a record that has them is repaired the way
 * the scanner reads it (U+FFFD, a space) rather than refused.
 */
static json_t *load_record(const char *v, size_t n, json_error_t *je)
{
	json_t *o = json_loadb(v, n, 0, je);

	if (!o) {
		size_t k;
		char *fixed = utf8_repair(v, n, &k);
		if (fixed) {
			fix_escapes(fixed, k);
			o = json_loadb(fixed, k, 0, je);
		}
		free(fixed);
	}
	return o;
}

struct article *parse_json(const char *buf, size_t len, size_t index,
			   const char *source, char **err)
{
	const char *b = skip_bom(buf, len);
	struct scan s = {.start = b, .p = b, .end = buf + len};
	bool single;
	json_error_t je;

	/* The scanner checks the whole document (and its depth) before
	 * jansson sees any of it. */
	if (!find_records(&s, &single)) {
		*err = scan_error(&s, 0);
		return NULL;
	}
	const char *v = s.p, *e = s.end;
	if (!single) {
		struct find_ctx c = {.want = index};
		walk_array(&s, find_element, &c);
		if (!c.v) {
			if (asprintf(err, "no record %zu in the file",
				     index + 1) < 0)
				*err = NULL;
			return NULL;
		}
		v = c.v;
		e = c.e;
	}
	if (*v != '{') {
		*err = strdup("not a JSON object");
		return NULL;
	}
	json_t *o = load_record(v, e - v, &je);
	if (!o) {
		if (asprintf(err, "invalid JSON: %s", je.text) < 0)
			*err = NULL;
		return NULL;
	}
	struct article *a = article_from_json(o, source);
	json_decref(o);
	if (!a)
		*err = strdup("out of memory");
	return a;
}
