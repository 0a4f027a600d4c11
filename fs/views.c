/*
 * views.c - facts of stories, and the collection-wide views built from
 * them (see views.h).
 *
 * People across stories: two stories' people are one person when their
 * full names agree once middle initials are set aside ("Donald Trump",
 * "Donald J. Trump"), or when a story itself gives the other spelling as a
 * full-name alias ("Volodymyr Zelenskyy" for "Volodymyr Zelensky").  A bare
 * surname never joins two people: "Mr Trump" in one story and "Ivanka
 * Trump" in another stay apart.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/date.h"
#include "articlefs/slug.h"
#include "articlefs/views.h"

struct fact_person {
	char *name;
	char **keys; /* keys[0] is the full name's; then its other spellings */
	size_t n_keys;
};

struct fact_quote {
	char *text;
	char *speaker; /* as the story gives it, or NULL */
	size_t person; /* index into people, or SIZE_MAX */
};

struct facts {
	unsigned refs;
	char *headline, *date, *url, *source, *byline;
	struct fact_person *people;
	size_t n_people;
	struct fact_quote *quotes;
	size_t n_quotes;
};

/*
 * The key a full name merges on: its slug without one-letter words
 * ("Donald J. Trump" -> "donald-trump"); NULL for a single word, which is
 * never enough to say two people are one.
 */
static char *person_key(const char *name)
{
	char slug[SLUG_MAX + 1], *out = malloc(SLUG_MAX + 1), *o = out;
	size_t words = 0;

	if (!out)
		return NULL;
	slug_make(name, strlen(name), slug);
	for (char *w = strtok(slug, "-"); w; w = strtok(NULL, "-")) {
		if (strlen(w) < 2)
			continue;
		o += sprintf(o, "%s%s", o == out ? "" : "-", w);
		words++;
	}
	if (words < 2) {
		free(out);
		return NULL;
	}
	return out;
}

/* The first word of a key, for telling other spellings from honorifics. */
static size_t first_word(const char *key)
{
	const char *dash = strchr(key, '-');
	return dash ? (size_t)(dash - key) : strlen(key);
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void facts_free(struct facts *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n_people; i++) {
		free(f->people[i].name);
		for (size_t k = 0; k < f->people[i].n_keys; k++)
			free(f->people[i].keys[k]);
		free(f->people[i].keys);
	}
	for (size_t i = 0; i < f->n_quotes; i++) {
		free(f->quotes[i].text);
		free(f->quotes[i].speaker);
	}
	free(f->people);
	free(f->quotes);
	free(f->headline);
	free(f->date);
	free(f->url);
	free(f->source);
	free(f->byline);
	free(f);
}

static char *join_byline(const struct article *a)
{
	size_t n = 1;
	for (size_t i = 0; i < a->n_byline; i++)
		n += strlen(a->byline[i]) + 2;
	char *s = malloc(n), *o = s;
	if (!s)
		return NULL;
	*o = '\0';
	for (size_t i = 0; i < a->n_byline; i++)
		o += sprintf(o, "%s%s", i ? "; " : "", a->byline[i]);
	return s;
}

static bool fill_person(struct fact_person *fp, const struct person *p)
{
	fp->name = strdup(p->name);
	fp->keys = calloc(p->n_aliases + 1, sizeof(*fp->keys));
	if (!fp->name || !fp->keys)
		return false;
	char *key = person_key(p->name);
	if (!key)
		return true; /* a one-word name joins nobody */
	fp->keys[fp->n_keys++] = key;
	for (size_t a = 0; a < p->n_aliases; a++) {
		char *k = person_key(p->aliases[a]);
		/* Another spelling of the full name, not "Mr Zelensky". */
		if (k && first_word(k) == first_word(key) &&
		    strncmp(k, key, first_word(key)) == 0 && strcmp(k, key))
			fp->keys[fp->n_keys++] = k;
		else
			free(k);
	}
	return true;
}

struct facts *facts_hold(struct facts *f)
{
	__atomic_add_fetch(&f->refs, 1, __ATOMIC_RELAXED);
	return f;
}

void facts_release(struct facts *f)
{
	if (f && __atomic_sub_fetch(&f->refs, 1, __ATOMIC_ACQ_REL) == 0)
		facts_free(f);
}

struct facts *facts_new(const struct article *a)
{
	struct facts *f = calloc(1, sizeof(*f));
	if (!f)
		return NULL;
	f->refs = 1;
	f->headline = strdup(a->headline);
	f->date = dup_or_null(a->date);
	f->url = dup_or_null(a->url);
	f->source = strdup(a->source);
	f->byline = join_byline(a);
	f->people = calloc(a->n_people + 1, sizeof(*f->people));
	f->quotes = calloc(a->n_quotes + 1, sizeof(*f->quotes));
	if (!f->headline || !f->source || !f->byline || !f->people ||
	    !f->quotes)
		goto fail;
	for (size_t i = 0; i < a->n_people; i++) {
		f->n_people++;
		if (!fill_person(&f->people[i], &a->people[i]))
			goto fail;
	}
	for (size_t i = 0; i < a->n_quotes; i++) {
		struct fact_quote *q = &f->quotes[f->n_quotes++];
		q->text = strdup(a->quotes[i].text);
		q->speaker = dup_or_null(a->quotes[i].speaker);
		q->person = SIZE_MAX;
		if (!q->text || (a->quotes[i].speaker && !q->speaker))
			goto fail;
		for (size_t p = 0; q->speaker && p < a->n_people; p++)
			if (strcmp(a->people[p].name, q->speaker) == 0)
				q->person = p;
	}
	return f;
fail:
	facts_free(f);
	return NULL;
}

/* A small string -> number map (open addressing), for keys and ids. */
struct strmap {
	char **keys;
	uint32_t *vals;
	size_t n, cap;
};

static uint64_t str_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static uint32_t *strmap_slot(struct strmap *m, const char *key, bool *found)
{
	if (m->n * 2 >= m->cap) {
		struct strmap g = {0};
		g.cap = m->cap ? m->cap * 2 : 64;
		g.keys = calloc(g.cap, sizeof(*g.keys));
		g.vals = calloc(g.cap, sizeof(*g.vals));
		if (!g.keys || !g.vals) {
			free(g.keys);
			free(g.vals);
			return NULL;
		}
		for (size_t i = 0; i < m->cap; i++) {
			if (!m->keys[i])
				continue;
			size_t j = str_hash(m->keys[i]) & (g.cap - 1);
			while (g.keys[j])
				j = (j + 1) & (g.cap - 1);
			g.keys[j] = m->keys[i];
			g.vals[j] = m->vals[i];
		}
		free(m->keys);
		free(m->vals);
		g.n = m->n;
		*m = g;
	}
	size_t j = str_hash(key) & (m->cap - 1);
	while (m->keys[j] && strcmp(m->keys[j], key) != 0)
		j = (j + 1) & (m->cap - 1);
	*found = m->keys[j] != NULL;
	if (!*found) {
		if (!(m->keys[j] = strdup(key)))
			return NULL;
		m->n++;
	}
	return &m->vals[j];
}

static void strmap_free(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
}

struct person_ids {
	struct strmap map;
	uint32_t next;
};

struct person_ids *person_ids_new(void)
{
	return calloc(1, sizeof(struct person_ids));
}

void person_ids_free(struct person_ids *ids)
{
	if (!ids)
		return;
	strmap_free(&ids->map);
	free(ids);
}

/* A growing text buffer. */
struct text {
	char *p;
	size_t len, cap;
	bool failed;
};

static void text_put(struct text *t, const char *s, size_t n)
{
	if (t->failed)
		return;
	if (t->len + n + 1 > t->cap) {
		size_t cap = t->cap ? t->cap : 1024;
		while (cap < t->len + n + 1)
			cap *= 2;
		char *p = realloc(t->p, cap);
		if (!p) {
			t->failed = true;
			return;
		}
		t->p = p;
		t->cap = cap;
	}
	memcpy(t->p + t->len, s, n);
	t->len += n;
	t->p[t->len] = '\0';
}

/* A TSV field: tabs and newlines become spaces. */
static void text_field(struct text *t, const char *s, bool last)
{
	for (const char *p = s ? s : ""; *p; p++)
		text_put(t, *p == '\t' || *p == '\n' || *p == '\r' ? " " : p,
			 1);
	text_put(t, last ? "\n" : "\t", 1);
}

/* Union-find over person keys. */
static size_t uf_find(size_t *parent, size_t x)
{
	while (parent[x] != x)
		x = parent[x] = parent[parent[x]];
	return x;
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const struct story_facts *)a)->path,
		      ((const struct story_facts *)b)->path);
}

static const char *basename_of(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

/* Adds a link to a list: named after the story, numbered on collision,
 * never `reserved`. */
static bool add_link(struct view_link **v, size_t *n, uint32_t story,
		     const char *path, const char *up, const char *reserved)
{
	struct view_link *nv = realloc(*v, (*n + 1) * sizeof(**v));
	if (!nv)
		return false;
	*v = nv;
	const char *base = basename_of(path);
	char *name = strdup(base);
	for (unsigned k = 2; name; k++) {
		bool taken = reserved && strcmp(name, reserved) == 0;
		for (size_t i = 0; !taken && i < *n; i++)
			taken = strcmp(nv[i].name, name) == 0;
		if (!taken)
			break;
		free(name);
		if (asprintf(&name, "%s-%u", base, k) < 0)
			name = NULL;
	}
	char *target = NULL;
	if (!name || asprintf(&target, "%s%s", up, path) < 0) {
		free(name);
		return false;
	}
	nv[(*n)++] = (struct view_link){story, name, target};
	return true;
}

struct group {
	struct view_person *person;
	const char *best; /* the display name: seen in most stories */
	unsigned best_count;
	const char *canon; /* the smallest key: what the stable id is for */
	struct text quotes;
	uint32_t last_story;
};

static int by_slug(const void *a, const void *b)
{
	return strcmp(((const struct view_person *)a)->slug,
		      ((const struct view_person *)b)->slug);
}

static int by_id(const void *a, const void *b)
{
	uint32_t x = (*(struct view_person *const *)a)->id;
	uint32_t y = (*(struct view_person *const *)b)->id;
	return x < y ? -1 : x > y;
}

static int by_key(const void *a, const void *b)
{
	uint32_t x = ((const struct view_day *)a)->key;
	uint32_t y = ((const struct view_day *)b)->key;
	return x < y ? -1 : x > y;
}

/* The people views; false when memory runs out. */
static bool build_people(struct views *v, const struct story_facts *s, size_t n,
			 struct person_ids *ids)
{
	struct strmap keys = {0}, names = {0};
	size_t n_keys = 0, cap = 0, *parent = NULL;
	struct group *groups = NULL;
	size_t *group_of = NULL;
	bool ok = false, found;

	/* Every key gets a node; a person's keys are one set.  A person is
	 * shown under the full name most stories use. */
	for (size_t i = 0; i < n; i++)
		for (size_t p = 0; p < s[i].facts->n_people; p++) {
			const struct fact_person *fp = &s[i].facts->people[p];
			size_t first = SIZE_MAX;
			uint32_t *count = strmap_slot(&names, fp->name, &found);
			if (!count)
				goto out;
			*count = found ? *count + 1 : 1;
			for (size_t k = 0; k < fp->n_keys; k++) {
				uint32_t *slot =
					strmap_slot(&keys, fp->keys[k], &found);
				if (!slot)
					goto out;
				if (!found) {
					if (n_keys == cap) {
						cap = cap ? cap * 2 : 64;
						size_t *np = realloc(
							parent,
							cap * sizeof(*np));
						if (!np)
							goto out;
						parent = np;
					}
					parent[n_keys] = n_keys;
					*slot = (uint32_t)n_keys++;
				}
				if (first == SIZE_MAX)
					first = *slot;
				else
					parent[uf_find(parent, *slot)] =
						uf_find(parent, first);
			}
		}
	groups = calloc(n_keys + 1, sizeof(*groups));
	group_of = malloc((n_keys + 1) * sizeof(*group_of));
	v->people = calloc(n_keys + 1, sizeof(*v->people));
	if (!groups || !group_of || !v->people)
		goto out;
	for (size_t k = 0; k < n_keys; k++)
		group_of[k] = SIZE_MAX;

	/* Walk the stories in path order: links, quotes, names. */
	for (size_t i = 0; i < n; i++) {
		const struct facts *f = s[i].facts;
		size_t *mine = calloc(f->n_people + 1, sizeof(*mine));
		if (!mine)
			goto out;
		for (size_t p = 0; p < f->n_people; p++) {
			const struct fact_person *fp = &f->people[p];
			mine[p] = SIZE_MAX;
			if (!fp->n_keys)
				continue;
			uint32_t *slot =
				strmap_slot(&keys, fp->keys[0], &found);
			size_t root = uf_find(parent, *slot);
			if (group_of[root] == SIZE_MAX) {
				group_of[root] = v->n_people;
				struct group *g = &groups[v->n_people];
				g->person = &v->people[v->n_people++];
				g->last_story = UINT32_MAX;
			}
			struct group *g = &groups[group_of[root]];
			mine[p] = group_of[root];
			for (size_t k = 0; k < fp->n_keys; k++)
				if (!g->canon ||
				    strcmp(fp->keys[k], g->canon) < 0)
					g->canon = fp->keys[k];
			uint32_t *count = strmap_slot(&names, fp->name, &found);
			if (count && *count > g->best_count) {
				g->best = fp->name;
				g->best_count = *count;
			}
			if (g->last_story != s[i].id) {
				g->last_story = s[i].id;
				if (!add_link(&g->person->links,
					      &g->person->n_links, s[i].id,
					      s[i].path, "../../", "quotes"))
					goto out_mine;
			}
		}
		for (size_t q = 0; q < f->n_quotes; q++) {
			size_t p = f->quotes[q].person;
			if (p == SIZE_MAX || mine[p] == SIZE_MAX)
				continue;
			struct text *t = &groups[mine[p]].quotes;
			text_field(t, s[i].path, false);
			text_field(t, f->quotes[q].text, true);
		}
		free(mine);
		continue;
	out_mine:
		free(mine);
		goto out;
	}
	/* Names, slugs and ids. */
	for (size_t g = 0; g < v->n_people; g++) {
		struct view_person *vp = groups[g].person;
		char slug[SLUG_MAX + 1];
		vp->name = strdup(groups[g].best);
		if (!vp->name || groups[g].quotes.failed)
			goto out;
		if (slug_make(vp->name, strlen(vp->name), slug) == 0)
			strcpy(slug, "person");
		vp->slug = strdup(slug);
		for (unsigned k = 2; vp->slug; k++) {
			bool taken = false;
			for (size_t o = 0; o < g && !taken; o++)
				taken = strcmp(groups[o].person->slug,
					       vp->slug) == 0;
			if (!taken)
				break;
			free(vp->slug);
			if (asprintf(&vp->slug, "%s-%u", slug, k) < 0)
				vp->slug = NULL;
		}
		uint32_t *id = strmap_slot(&ids->map, groups[g].canon, &found);
		if (!vp->slug || !id)
			goto out;
		if (!found)
			*id = ids->next++;
		vp->id = *id;
		vp->quotes =
			groups[g].quotes.p ? groups[g].quotes.p : strdup("");
		vp->quotes_len = groups[g].quotes.len;
		groups[g].quotes.p = NULL;
		if (!vp->quotes)
			goto out;
	}
	qsort(v->people, v->n_people, sizeof(*v->people), by_slug);
	v->by_id = malloc((v->n_people + 1) * sizeof(*v->by_id));
	if (!v->by_id)
		goto out;
	for (size_t i = 0; i < v->n_people; i++)
		v->by_id[i] = &v->people[i];
	qsort(v->by_id, v->n_people, sizeof(*v->by_id), by_id);
	ok = true;
out:
	for (size_t g = 0; groups && g < v->n_people; g++)
		free(groups[g].quotes.p);
	free(groups);
	free(group_of);
	free(parent);
	strmap_free(&keys);
	strmap_free(&names);
	return ok;
}

/* yyyymmdd of an ISO date, or 0. */
static uint32_t day_key(const char *date)
{
	unsigned y, m, d;
	if (!date || sscanf(date, "%4u-%2u-%2u", &y, &m, &d) != 3 || y < 1800 ||
	    y > 2200 || m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	return y * 10000 + m * 100 + d;
}

static bool build_dates(struct views *v, const struct story_facts *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		uint32_t key = day_key(s[i].facts->date);
		if (!key)
			continue;
		struct view_day *day = NULL;
		for (size_t d = 0; d < v->n_days && !day; d++)
			if (v->days[d].key == key)
				day = &v->days[d];
		if (!day) {
			struct view_day *nd =
				realloc(v->days, (v->n_days + 1) * sizeof(*nd));
			if (!nd)
				return false;
			v->days = nd;
			day = &nd[v->n_days++];
			*day = (struct view_day){key, NULL, 0};
		}
		if (!add_link(&day->links, &day->n_links, s[i].id, s[i].path,
			      "../../../../", NULL))
			return false;
	}
	qsort(v->days, v->n_days, sizeof(*v->days), by_key);
	return true;
}

static bool build_tables(struct views *v, const struct story_facts *s, size_t n)
{
	struct text index = {0}, quotes = {0};

	text_put(&index, "path\tdate\theadline\tbyline\tsource\n", 33);
	text_put(&quotes, "path\tspeaker\tquote\n", 19);
	for (size_t i = 0; i < n; i++) {
		const struct facts *f = s[i].facts;
		text_field(&index, s[i].path, false);
		text_field(&index, f->date, false);
		text_field(&index, f->headline, false);
		text_field(&index, f->byline, false);
		text_field(&index, f->source, true);
		for (size_t q = 0; q < f->n_quotes; q++) {
			text_field(&quotes, s[i].path, false);
			text_field(&quotes, f->quotes[q].speaker, false);
			text_field(&quotes, f->quotes[q].text, true);
		}
	}
	v->index_tsv = index.p;
	v->index_len = index.len;
	v->quotes_tsv = quotes.p;
	v->quotes_len = quotes.len;
	return !index.failed && !quotes.failed;
}

struct views *views_build(const struct story_facts *stories, size_t n,
			  struct person_ids *ids, uint64_t generation)
{
	struct views *v = calloc(1, sizeof(*v));
	struct story_facts *s = malloc((n + 1) * sizeof(*s));

	if (!v || !s) {
		free(v);
		free(s);
		return NULL;
	}
	v->refs = 1;
	v->generation = generation;
	memcpy(s, stories, n * sizeof(*s));
	qsort(s, n, sizeof(*s), by_path);
	bool ok = build_tables(v, s, n) && build_people(v, s, n, ids) &&
		  build_dates(v, s, n);
	free(s);
	if (!ok) {
		views_release(v);
		return NULL;
	}
	return v;
}

struct views *views_hold(struct views *v)
{
	__atomic_add_fetch(&v->refs, 1, __ATOMIC_RELAXED);
	return v;
}

static void free_links(struct view_link *l, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(l[i].name);
		free(l[i].target);
	}
	free(l);
}

void views_release(struct views *v)
{
	if (!v || __atomic_sub_fetch(&v->refs, 1, __ATOMIC_ACQ_REL) != 0)
		return;
	for (size_t i = 0; i < v->n_people; i++) {
		free(v->people[i].name);
		free(v->people[i].slug);
		free(v->people[i].quotes);
		free_links(v->people[i].links, v->people[i].n_links);
	}
	for (size_t i = 0; i < v->n_days; i++)
		free_links(v->days[i].links, v->days[i].n_links);
	free(v->people);
	free(v->by_id);
	free(v->days);
	free(v->index_tsv);
	free(v->quotes_tsv);
	free(v);
}

const struct view_person *views_person(const struct views *v, uint32_t id)
{
	struct view_person probe = {.id = id}, *key = &probe;
	struct view_person **hit =
		bsearch(&key, v->by_id, v->n_people, sizeof(*v->by_id), by_id);
	return hit ? *hit : NULL;
}

const struct view_day *views_day(const struct views *v, uint32_t key)
{
	struct view_day probe = {.key = key};
	return bsearch(&probe, v->days, v->n_days, sizeof(*v->days), by_key);
}
