/*
 * tree.c - the story directory, declared as one table of node kinds, and
 * one function that renders the content of any file.
 *
 * A story is rendered whole when it is parsed: every file's bytes are laid
 * end to end in one buffer and each file is an (offset, length) into it.
 * That makes st_size exact by construction (it is the length of the bytes
 * a read returns), makes reads a memcpy, and lets any number of threads
 * share the story without locks, since nothing changes after story_new().
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/article_json.h"
#include "articlefs/date.h"
#include "articlefs/slug.h"
#include "articlefs/tree.h"

/*
 * A kind is either a fixed name inside its parent ("headline" inside a
 * story), or, with no name, the members of a list directory ("001" inside
 * "paragraphs/").  Members of K_PERSON and K_IMAGE carry their index down to
 * the fixed files inside them.
 */
static const struct kind_info {
	const char *name;
	enum kind parent;
	bool dir;
	bool link;
} kinds[K_COUNT] = {
	[K_FOLDER] = {NULL, K_NONE, true},
	[K_META] = {".articlefs", K_FOLDER, true},
	[K_STATUS] = {"status", K_META, false},
	[K_ERRORS] = {"errors", K_META, false},
	[K_VIEW_INDEX] = {".index.tsv", K_FOLDER, false},
	[K_VIEW_QUOTES] = {".quotes.tsv", K_FOLDER, false},
	[K_VIEW_PEOPLE] = {".people", K_FOLDER, true},
	[K_VIEW_PERSON] = {NULL, K_VIEW_PEOPLE, true},
	[K_VIEW_PERSON_QUOTES] = {"quotes", K_VIEW_PERSON, false},
	[K_VIEW_PERSON_LINK] = {NULL, K_VIEW_PERSON, false, true},
	[K_VIEW_DATES] = {".dates", K_FOLDER, true},
	[K_VIEW_YEAR] = {NULL, K_VIEW_DATES, true},
	[K_VIEW_MONTH] = {NULL, K_VIEW_YEAR, true},
	[K_VIEW_DAY] = {NULL, K_VIEW_MONTH, true},
	[K_VIEW_DATE_LINK] = {NULL, K_VIEW_DAY, false, true},
	[K_STORY] = {NULL, K_FOLDER, true},
	[K_HEADLINE] = {"headline", K_STORY, false},
	[K_STANDFIRST] = {"standfirst", K_STORY, false},
	[K_BYLINE] = {"byline", K_STORY, false},
	[K_DATE] = {"date", K_STORY, false},
	[K_URL] = {"url", K_STORY, false},
	[K_SOURCE] = {"source", K_STORY, false},
	[K_BODY] = {"body", K_STORY, false},
	[K_PARAGRAPHS] = {"paragraphs", K_STORY, true},
	[K_PARAGRAPH] = {NULL, K_PARAGRAPHS, false},
	[K_QUOTES] = {"quotes", K_STORY, true},
	[K_QUOTE] = {NULL, K_QUOTES, false},
	[K_PEOPLE] = {"people", K_STORY, true},
	[K_PERSON] = {NULL, K_PEOPLE, true},
	[K_PERSON_NAME] = {"name", K_PERSON, false},
	[K_PERSON_TITLES] = {"titles", K_PERSON, false},
	[K_PERSON_ALIASES] = {"aliases", K_PERSON, false},
	[K_PERSON_QUOTES] = {"quotes", K_PERSON, false},
	[K_PERSON_MENTIONS] = {"mentions", K_PERSON, false},
	[K_IMAGES] = {"images", K_STORY, true},
	[K_IMAGE] = {NULL, K_IMAGES, true},
	[K_IMAGE_URL] = {"url", K_IMAGE, false},
	[K_IMAGE_CAPTION] = {"caption", K_IMAGE, false},
	[K_IMAGE_CREDIT] = {"credit", K_IMAGE, false},
	[K_ARTICLE_JSON] = {"article.json", K_STORY, false},
};

uint64_t tree_ino(struct tnode n)
{
	if (n.entry == 0 && n.kind == K_FOLDER)
		return 1;
	return (uint64_t)n.entry << 32 | (uint64_t)n.kind << 24 |
	       (n.index & TREE_INDEX_MAX);
}

struct tnode tree_node(uint64_t ino)
{
	if (ino == 1)
		return (struct tnode){0, K_FOLDER, 0};
	unsigned k = (ino >> 24) & 0xFF;
	return (struct tnode){(uint32_t)(ino >> 32),
			      k < K_COUNT ? (enum kind)k : K_NONE,
			      (uint32_t)(ino & TREE_INDEX_MAX)};
}

bool kind_is_dir(enum kind k)
{
	return k < K_COUNT && kinds[k].dir;
}

bool kind_is_link(enum kind k)
{
	return k < K_COUNT && kinds[k].link;
}

const char *kind_name(enum kind k)
{
	return k < K_COUNT ? kinds[k].name : NULL;
}

bool kind_in_story(enum kind k)
{
	return k >= K_STORY && k < K_COUNT;
}

struct tnode tree_parent(struct tnode n)
{
	enum kind p = kinds[n.kind].parent;
	if (p == K_FOLDER)
		return (struct tnode){0, K_FOLDER, 0};
	/* The files inside people/X/ and images/N/ share their folder's
	 * index; every other directory of a story is one of a kind. */
	bool carries = kinds[n.kind].name && !kinds[p].name;
	return (struct tnode){n.entry, p, carries ? n.index : 0};
}

struct blob {
	size_t off, len;
};

static void story_free(struct story *s);

struct story {
	atomic_uint refs;
	struct article *a;
	char *name;
	uint32_t entry;
	time_t date;
	char *bytes;
	size_t count[K_COUNT];	     /* how many nodes of each kind */
	struct blob *files[K_COUNT]; /* count[k] blobs for a file kind */
	char **names[K_COUNT];	     /* member names that are not numbers */
	int width[K_COUNT];	     /* digits in numbered member names */
};

/* A growing buffer for the rendered bytes. */
struct out {
	char *p;
	size_t len, cap;
	bool failed;
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->failed)
		return;
	if (o->len + n + 1 > o->cap) {
		size_t cap = o->cap ? o->cap : 4096;
		while (cap < o->len + n + 1)
			cap *= 2;
		char *p = realloc(o->p, cap);
		if (!p) {
			o->failed = true;
			return;
		}
		o->p = p;
		o->cap = cap;
	}
	memcpy(o->p + o->len, s, n);
	o->len += n;
}

static void puts_line(struct out *o, const char *s)
{
	if (!s)
		return; /* unknown: an empty file */
	put(o, s, strlen(s));
	put(o, "\n", 1);
}

static void put_lines(struct out *o, char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		puts_line(o, v[i]);
}

/* The slug of whoever said quote q: a person's, an organisation's, or
 * "unattributed". */
static const char *speaker_slug(struct article *a, const struct quote *q)
{
	if (!q->speaker)
		return "unattributed";
	const struct person *p = article_find_person(a, q->speaker);
	if (p)
		return p->slug;
	char *slug = article_alloc(a, SLUG_MAX + 1);
	if (slug && slug_make(q->speaker, strlen(q->speaker), slug) > 0)
		return slug;
	return "unattributed";
}

/* The one content function: the bytes of file node (k, i) of a story. */
static void render(const struct story *s, enum kind k, size_t i, struct out *o)
{
	const struct article *a = s->a;

	switch (k) {
	case K_HEADLINE:
		puts_line(o, a->headline);
		break;
	case K_STANDFIRST:
		puts_line(o, a->standfirst);
		break;
	case K_BYLINE:
		put_lines(o, a->byline, a->n_byline);
		break;
	case K_DATE:
		puts_line(o, a->date);
		break;
	case K_URL:
		puts_line(o, a->url);
		break;
	case K_SOURCE:
		puts_line(o, a->source);
		break;
	case K_BODY:
		for (size_t p = 0; p < a->n_paragraphs; p++) {
			if (p)
				put(o, "\n", 1);
			puts_line(o, a->paragraphs[p].text);
		}
		break;
	case K_PARAGRAPH:
		puts_line(o, a->paragraphs[i].text);
		break;
	case K_QUOTE:
		puts_line(o, a->quotes[i].text);
		break;
	case K_PERSON_NAME:
		puts_line(o, a->people[i].name);
		break;
	case K_PERSON_TITLES:
		put_lines(o, a->people[i].titles, a->people[i].n_titles);
		break;
	case K_PERSON_ALIASES:
		put_lines(o, a->people[i].aliases, a->people[i].n_aliases);
		break;
	case K_PERSON_QUOTES:
		for (size_t q = 0; q < a->n_quotes; q++)
			if (a->quotes[q].speaker &&
			    strcmp(a->quotes[q].speaker, a->people[i].name) ==
				    0)
				puts_line(o, a->quotes[q].text);
		break;
	case K_PERSON_MENTIONS: {
		char num[24];
		snprintf(num, sizeof(num), "%u", a->people[i].mentions);
		puts_line(o, num);
		break;
	}
	case K_IMAGE_URL:
		puts_line(o, a->images[i].url);
		break;
	case K_IMAGE_CAPTION:
		puts_line(o, a->images[i].caption);
		break;
	case K_IMAGE_CREDIT:
		puts_line(o, a->images[i].credit);
		break;
	case K_ARTICLE_JSON: {
		char *json = article_to_json(a, s->name, true);
		if (!json)
			o->failed = true;
		puts_line(o, json);
		free(json);
		break;
	}
	default:
		break;
	}
}

/* How many nodes of kind k a story with article a has. */
static size_t kind_count(const struct article *a, enum kind k)
{
	switch (k) {
	case K_PARAGRAPH:
		return a->n_paragraphs;
	case K_QUOTE:
		return a->n_quotes;
	case K_PERSON ... K_PERSON_MENTIONS:
		return a->n_people;
	case K_IMAGE ... K_IMAGE_CREDIT:
		return a->n_images;
	default:
		return kind_in_story(k) ? 1 : 0;
	}
}

static int digits(size_t n)
{
	int d = 1;
	while (n >= 10)
		n /= 10, d++;
	return d < 3 ? 3 : d;
}

struct story *story_new(struct article *a, const char *name, uint32_t entry)
{
	struct story *s = calloc(1, sizeof(*s));
	struct out o = {0};

	if (!s)
		goto fail;
	atomic_init(&s->refs, 1);
	s->a = a;
	s->entry = entry;
	s->name = strdup(name);
	s->date = a->date ? date_to_time(a->date) : (time_t)-1;
	if (!s->name)
		goto fail;
	for (enum kind k = K_STORY; k < K_COUNT; k++) {
		s->count[k] = kind_count(a, k);
		s->width[k] = digits(s->count[k]);
	}
	/* Member names that are not plain numbers. */
	s->names[K_QUOTE] = calloc(a->n_quotes + 1, sizeof(char *));
	if (!s->names[K_QUOTE])
		goto fail;
	for (size_t i = 0; i < a->n_quotes; i++) {
		const char *who = speaker_slug(a, &a->quotes[i]);
		size_t n = strlen(who) + 32;
		char *nm = article_alloc(a, n);
		if (!nm)
			goto fail;
		snprintf(nm, n, "%0*zu-%s", s->width[K_QUOTE], i + 1, who);
		s->names[K_QUOTE][i] = nm;
	}
	/* Every file's bytes, end to end. */
	for (enum kind k = K_STORY; k < K_COUNT; k++) {
		if (kinds[k].dir)
			continue;
		s->files[k] = calloc(s->count[k] + 1, sizeof(struct blob));
		if (!s->files[k])
			goto fail;
		for (size_t i = 0; i < s->count[k]; i++) {
			size_t start = o.len;
			render(s, k, i, &o);
			s->files[k][i] = (struct blob){start, o.len - start};
		}
	}
	if (o.failed)
		goto fail;
	/* The buffer grew by doubling; keep only what it holds. */
	s->bytes = o.p ? realloc(o.p, o.len + 1) : strdup("");
	if (!s->bytes)
		s->bytes = o.p;
	if (!s->bytes)
		goto fail;
	return s;
fail:
	free(o.p);
	if (s)
		s->bytes = NULL;
	story_free(s);
	if (!s)
		article_free(a);
	return NULL;
}

struct story *story_hold(struct story *s)
{
	atomic_fetch_add(&s->refs, 1);
	return s;
}

void story_release(struct story *s)
{
	if (s && atomic_fetch_sub(&s->refs, 1) == 1)
		story_free(s);
}

static void story_free(struct story *s)
{
	if (!s)
		return;
	for (int k = 0; k < K_COUNT; k++) {
		free(s->files[k]);
		free(s->names[k]);
	}
	free(s->bytes);
	free(s->name);
	article_free(s->a);
	free(s);
}

const struct article *story_article(const struct story *s)
{
	return s->a;
}

time_t story_date(const struct story *s)
{
	return s->date;
}

bool story_has(const struct story *s, struct tnode n)
{
	if (!kind_in_story(n.kind) || n.entry != s->entry)
		return false;
	return n.index < s->count[n.kind];
}

/* The name of member i of list kind m. */
static const char *member_name(const struct story *s, enum kind m, size_t i,
			       char *buf)
{
	if (m == K_PERSON)
		return s->a->people[i].slug;
	if (s->names[m])
		return s->names[m][i];
	snprintf(buf, 32, "%0*zu", s->width[m], i + 1);
	return buf;
}

/* The list kind whose members live in directory kind d, or K_NONE. */
static enum kind member_kind(enum kind d)
{
	for (enum kind k = K_STORY + 1; k < K_COUNT; k++)
		if (kinds[k].parent == d && !kinds[k].name)
			return k;
	return K_NONE;
}

bool story_child(const struct story *s, struct tnode dir, size_t pos,
		 struct tnode *child, const char **name, char *buf)
{
	if (!story_has(s, dir) || !kinds[dir.kind].dir)
		return false;
	for (enum kind k = K_STORY + 1; k < K_COUNT; k++) {
		if (kinds[k].parent != dir.kind || !kinds[k].name)
			continue;
		if (pos-- == 0) {
			*child = (struct tnode){s->entry, k, dir.index};
			*name = kinds[k].name;
			return true;
		}
	}
	enum kind m = member_kind(dir.kind);
	if (m == K_NONE || pos >= s->count[m])
		return false;
	*child = (struct tnode){s->entry, m, (uint32_t)pos};
	*name = member_name(s, m, pos, buf);
	return true;
}

bool story_lookup(const struct story *s, struct tnode dir, const char *name,
		  struct tnode *child)
{
	char buf[32];

	if (!story_has(s, dir) || !kinds[dir.kind].dir)
		return false;
	for (enum kind k = K_STORY + 1; k < K_COUNT; k++)
		if (kinds[k].parent == dir.kind && kinds[k].name &&
		    strcmp(kinds[k].name, name) == 0) {
			*child = (struct tnode){s->entry, k, dir.index};
			return true;
		}
	enum kind m = member_kind(dir.kind);
	if (m == K_NONE)
		return false;
	size_t i;
	if (m == K_PERSON) {
		for (i = 0; i < s->count[m]; i++)
			if (strcmp(s->a->people[i].slug, name) == 0)
				break;
	} else {
		/* Numbered names: the number says which; the whole name
		 * must still match ("007" but not "7" or "007-x"). */
		char *end;
		unsigned long n = strtoul(name, &end, 10);
		i = n > 0 && end != name ? n - 1 : s->count[m];
	}
	if (i >= s->count[m] || strcmp(member_name(s, m, i, buf), name) != 0)
		return false;
	*child = (struct tnode){s->entry, m, (uint32_t)i};
	return true;
}

bool story_content(const struct story *s, struct tnode n, const char **data,
		   size_t *len)
{
	if (!story_has(s, n) || kinds[n.kind].dir)
		return false;
	const struct blob *b = &s->files[n.kind][n.index];
	*data = s->bytes + b->off;
	*len = b->len;
	return true;
}
