/*
 * parse_text.c - plain text and Markdown sources -> article.
 *
 * News saved as text comes in two layouts: one paragraph a line (the seed,
 * copy-pasted pages) and paragraphs separated by blank lines (PolNeAR,
 * Markdown).  The first non-empty line is the headline.  The lines right
 * after it form the head, where a standfirst, "By" lines, a date line, a
 * URL and images may sit; the body starts at the first line that is none of
 * those.  Only a light subset of Markdown is read: headings, block quotes,
 * images, links and emphasis markers, because that is what saved articles
 * use; everything else passes through as text.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/date.h"
#include "articlefs/source.h"

/* A standfirst in the one-line-a-paragraph layout is at most this long. */
#define STANDFIRST_MAX 200
/* How many non-empty lines after the headline may still be head lines. */
#define HEAD_LINES_MAX 6

struct line {
	const char *s;
	size_t n;
};

struct lines {
	struct line *v;
	size_t n;
};

static bool is_blank(const struct line *l)
{
	return l->n == 0;
}

/* Splits buf into lines without their line ends and trailing spaces. */
static int split_lines(const char *buf, size_t len, struct lines *out)
{
	size_t cap = 64;

	out->n = 0;
	out->v = malloc(cap * sizeof(*out->v));
	if (!out->v)
		return -1;
	/* A byte order mark is not text. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		buf += 3, len -= 3;
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - buf) : len;
		size_t n = end - i;
		while (n > 0 && isspace((unsigned char)buf[i + n - 1]))
			n--;
		size_t lead = 0;
		while (lead < n &&
		       (buf[i + lead] == ' ' || buf[i + lead] == '\t'))
			lead++;
		if (out->n == cap) {
			struct line *nv =
				realloc(out->v, 2 * cap * sizeof(*nv));
			if (!nv)
				return -1;
			out->v = nv;
			cap *= 2;
		}
		out->v[out->n++] = (struct line){buf + i + lead, n - lead};
		i = end + 1;
	}
	return 0;
}

static bool starts_with(const struct line *l, const char *p)
{
	size_t n = strlen(p);
	return l->n >= n && memcmp(l->s, p, n) == 0;
}

/* Strips Markdown heading marks: "## Title" -> "Title"; returns the level. */
static int strip_heading(struct line *l)
{
	size_t k = 0;
	while (k < l->n && k < 6 && l->s[k] == '#')
		k++;
	if (k == 0 || k >= l->n || l->s[k] != ' ')
		return 0;
	l->s += k + 1;
	l->n -= k + 1;
	while (l->n > 0 && (l->s[l->n - 1] == '#' || l->s[l->n - 1] == ' '))
		l->n--;
	return (int)k;
}

/* Strips emphasis wrapped around the whole line: *x*, **x**, _x_. */
static bool strip_emphasis(struct line *l)
{
	bool any = false;
	while (l->n >= 2 && (l->s[0] == '*' || l->s[0] == '_') &&
	       l->s[l->n - 1] == l->s[0]) {
		l->s++;
		l->n -= 2;
		any = true;
	}
	return any;
}

/* "![caption](url)" alone on a line. */
static bool parse_image(const struct line *l, struct line *caption,
			struct line *url)
{
	if (!starts_with(l, "![") || l->s[l->n - 1] != ')')
		return false;
	const char *close = NULL;
	/* The caption ends at the last "](" so brackets inside it survive. */
	for (size_t i = 2; i + 1 < l->n; i++)
		if (l->s[i] == ']' && l->s[i + 1] == '(')
			close = l->s + i;
	if (!close)
		return false;
	*caption = (struct line){l->s + 2, close - (l->s + 2)};
	*url = (struct line){close + 2, l->s + l->n - 1 - (close + 2)};
	/* A title after the URL: ![c](url "title") */
	const char *sp = memchr(url->s, ' ', url->n);
	if (sp)
		url->n = sp - url->s;
	return url->n > 0;
}

static bool is_url(const struct line *l)
{
	return (starts_with(l, "http://") || starts_with(l, "https://")) &&
	       !memchr(l->s, ' ', l->n);
}

static bool is_rule(const struct line *l)
{
	size_t marks = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (l->s[i] == '-' || l->s[i] == '*' || l->s[i] == '_' ||
		    l->s[i] == '=')
			marks++;
		else if (l->s[i] != ' ')
			return false;
	}
	return marks >= 3;
}

/* The author part of a "By ..." line: "By Jane Doe and John Roe". */
static bool byline_text(const struct line *line, struct line *names)
{
	struct line l = *line;
	strip_emphasis(&l);
	static const char *const intro[] = {
		"By: ", "By ", "BY ", "Byline: ", "Author: ", "Authors: "};
	for (size_t i = 0; i < sizeof(intro) / sizeof(*intro); i++) {
		size_t k = strlen(intro[i]);
		if (starts_with(&l, intro[i]) && l.n > k && l.n < 160 &&
		    isupper((unsigned char)l.s[k])) {
			*names = (struct line){l.s + k, l.n - k};
			return true;
		}
	}
	return false;
}

static bool is_date_line(const struct line *line, char iso[DATE_ISO_MAX])
{
	struct line l = *line;
	strip_emphasis(&l);
	return l.n < 80 && date_parse(l.s, l.n, iso);
}

/* Adds each author of "Jane Doe, John Roe and Ann Poe"; a date in the line
 * ("By Jane Doe | 14 February 2025") goes to the date instead. */
static void add_bylines(struct article *a, struct line names)
{
	const char *s = names.s, *end = names.s + names.n;

	while (s < end) {
		const char *cut = end;
		size_t skip = 0;
		static const char *const seps[] = {" and ", ", ",  " & ", " | ",
						   " — ",   " - ", "; "};
		for (size_t i = 0; i < sizeof(seps) / sizeof(*seps); i++) {
			size_t k = strlen(seps[i]);
			for (const char *p = s; p + k <= cut; p++)
				if (memcmp(p, seps[i], k) == 0) {
					cut = p;
					skip = k;
					break;
				}
		}
		char iso[DATE_ISO_MAX];
		if (date_parse(s, cut - s, iso)) {
			if (!a->date)
				a->date = article_strdup(a, iso);
		} else {
			article_add_byline(a, s, cut - s);
		}
		s = cut + skip;
	}
}

/*
 * Copies a line of running text, turning Markdown links into their text
 * and dropping ** and __ emphasis markers, which no reader wants to see.
 */
static struct paragraph *add_markdown(struct article *a, const char *s,
				      size_t n, enum para_kind kind)
{
	char *buf = malloc(n + 1), *o = buf;
	if (!buf)
		return NULL;
	for (size_t i = 0; i < n;) {
		if (s[i] == '[') {
			const char *mid = memchr(s + i, ']', n - i);
			if (mid && (size_t)(mid - s) + 1 < n && mid[1] == '(') {
				const char *close =
					memchr(mid, ')', s + n - mid);
				if (close &&
				    !memchr(s + i + 1, '[', mid - s - i - 1)) {
					memcpy(o, s + i + 1, mid - s - i - 1);
					o += mid - s - i - 1;
					i = close - s + 1;
					continue;
				}
			}
		}
		if (i + 1 < n && ((s[i] == '*' && s[i + 1] == '*') ||
				  (s[i] == '_' && s[i + 1] == '_'))) {
			i += 2;
			continue;
		}
		/* A block quote's later lines open with their own '>'. */
		if (s[i] == '\n' && kind == PARA_QUOTE) {
			*o++ = s[i++];
			while (i < n && s[i] == ' ')
				i++;
			if (i < n && s[i] == '>')
				i++;
			continue;
		}
		*o++ = s[i++];
	}
	struct paragraph *p = article_add_paragraph(a, buf, o - buf, kind);
	free(buf);
	return p;
}

char *text_peek_headline(const char *buf, size_t len)
{
	struct lines ls;
	char *out = NULL;

	if (split_lines(buf, len, &ls) == 0) {
		for (size_t i = 0; i < ls.n; i++) {
			struct line l = ls.v[i];
			if (is_blank(&l) || is_rule(&l))
				continue;
			strip_heading(&l);
			strip_emphasis(&l);
			out = strndup(l.s, l.n);
			break;
		}
	}
	free(ls.v);
	return out;
}

/*
 * Paragraphs of the body, lines [from, to).  In the blank-line layout,
 * consecutive lines join into one paragraph; otherwise each line is one.
 */
static void add_body(struct article *a, const struct lines *ls, size_t from,
		     bool blank_layout)
{
	const char *base = ls->v[0].s;
	size_t start = 0, end = 0; /* the open paragraph, as bytes of base */
	bool open = false;
	enum para_kind kind = PARA_TEXT;

	for (size_t i = from; i <= ls->n; i++) {
		struct line l = i < ls->n ? ls->v[i] : (struct line){"", 0};
		struct line cap, url;
		bool gap = is_blank(&l) || is_rule(&l);
		bool image = !gap && parse_image(&l, &cap, &url);
		bool heading = !gap && !image && strip_heading(&l);
		enum para_kind lkind = PARA_TEXT;
		if (!gap && !image && !heading && l.s[0] == '>') {
			l.s++, l.n--;
			while (l.n > 0 && l.s[0] == ' ')
				l.s++, l.n--;
			lkind = PARA_QUOTE;
			/* ">" alone parts a block quote's paragraphs. */
			gap = l.n == 0;
		}
		if (open && (gap || image || heading || !blank_layout ||
			     lkind != kind)) {
			add_markdown(a, base + start, end - start, kind);
			open = false;
		}
		if (gap)
			continue;
		if (image) {
			char *c = strndup(cap.s, cap.n),
			     *u = strndup(url.s, url.n);
			if (c && u)
				article_add_image(a, u, c, NULL);
			free(c);
			free(u);
		} else if (heading) {
			add_markdown(a, l.s, l.n, PARA_HEADING);
		} else {
			if (!open)
				start = l.s - base, kind = lkind, open = true;
			end = l.s + l.n - base;
		}
	}
}

/* True when blank lines separate paragraphs among lines [from, n). */
static bool has_blank_layout(const struct lines *ls, size_t from)
{
	size_t text = 0;
	for (size_t i = from; i < ls->n; i++) {
		if (!is_blank(&ls->v[i]))
			text++;
		else if (text > 0 && i + 1 < ls->n && !is_blank(&ls->v[i + 1]))
			return true;
	}
	return false;
}

/* The next non-empty line at or after i, or ls->n. */
static size_t next_text(const struct lines *ls, size_t i)
{
	while (i < ls->n && is_blank(&ls->v[i]))
		i++;
	return i;
}

struct article *parse_text(const char *buf, size_t len, const char *source,
			   char **err)
{
	struct lines ls;
	struct article *a = NULL;

	if (split_lines(buf, len, &ls) < 0)
		goto nomem;
	size_t h = 0;
	while (h < ls.n && (is_blank(&ls.v[h]) || is_rule(&ls.v[h])))
		h++;
	if (h == ls.n) {
		*err = strdup("empty file: no text to make a story of");
		free(ls.v);
		return NULL;
	}
	a = article_new(source, "text");
	if (!a)
		goto nomem;
	struct line head = ls.v[h];
	strip_heading(&head);
	strip_emphasis(&head);
	a->headline = article_text(a, head.s, head.n);

	/* The head: standfirst, bylines, date, URL and images. */
	bool blank_layout = has_blank_layout(&ls, next_text(&ls, h + 1));
	size_t i = next_text(&ls, h + 1);
	for (unsigned seen = 0; i < ls.n && seen < HEAD_LINES_MAX; seen++) {
		struct line l = ls.v[i], names, cap, url;
		char iso[DATE_ISO_MAX];
		if (byline_text(&l, &names)) {
			add_bylines(a, names);
		} else if (!a->date && is_date_line(&l, iso)) {
			a->date = article_strdup(a, iso);
		} else if (!a->url && is_url(&l)) {
			a->url = article_strndup(a, l.s, l.n);
		} else if (parse_image(&l, &cap, &url)) {
			break; /* images are read with the body, in order */
		} else if (!a->standfirst && seen == 0 && !a->n_byline) {
			/* A short line that the next head line (a byline or
			 * date) or its own emphasis sets apart, or a short
			 * line right under the headline where each line is
			 * a paragraph (a blank line after the headline says
			 * the body starts there). */
			size_t nx = next_text(&ls, i + 1);
			struct line tmp = l, nn;
			char iso2[DATE_ISO_MAX];
			bool emph = strip_emphasis(&tmp);
			bool before_meta =
				nx < ls.n && (byline_text(&ls.v[nx], &nn) ||
					      is_date_line(&ls.v[nx], iso2));
			bool short_line = !blank_layout && i == h + 1 &&
					  l.n <= STANDFIRST_MAX && nx < ls.n &&
					  l.s[0] != '"' &&
					  !starts_with(&l, "\xE2\x80\x9C");
			if (!(emph || before_meta || short_line) ||
			    l.s[0] == '#')
				break;
			a->standfirst = article_text(a, tmp.s, tmp.n);
		} else {
			break;
		}
		i = next_text(&ls, i + 1);
	}
	add_body(a, &ls, i, blank_layout);
	free(ls.v);
	if (!a->headline)
		goto nomem;
	return a;
nomem:
	free(ls.v);
	article_free(a);
	*err = strdup("out of memory");
	return NULL;
}
