/*
 * parse_html.c - saved web pages: libxml2's HTML parser, the page's
 * metadata, and the article body found by scoring blocks of text.
 *
 * One walk over the tree records, for every element, how much visible text
 * lies below it, how much of that is link text, its commas and its
 * paragraphs, and whether its class or id hints at content or at
 * boilerplate.  Paragraph-like blocks then give points to their ancestors;
 * the best-scored ancestor (corrected for link density) is the article,
 * joined by siblings that look like part of it.  Its paragraphs,
 * subheadings, block quotes and figures are read out in order, leaving out
 * blocks inside it that look like link lists, share bars or ads.
 *
 * Metadata comes best source first: JSON-LD, then OpenGraph and other
 * <meta> tags, then <title> and <h1>, <time> and byline elements.
 *
 * This is the only file that includes libxml2.  Every walk is bounded by
 * limits.max_depth: elements nested deeper are ignored, so a page of
 * 100,000 nested <div>s costs time in the parser, never the stack.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>

#include "articlefs/date.h"
#include "articlefs/jsonmeta.h"
#include "articlefs/limits.h"
#include "articlefs/source.h"
#include "articlefs/strbuf.h"
#include "articlefs/utf8.h"

/* The head of a page that naming reads (source.c reads no more). */
#define PEEK_BYTES 65536

/* The tags the walks tell apart; everything else is T_OTHER (inline). */
enum tag {
	T_OTHER,
	T_A,
	T_ADDRESS,
	T_ARTICLE,
	T_ASIDE,
	T_AUDIO,
	T_BASE,
	T_BLOCKQUOTE,
	T_BODY,
	T_BR,
	T_BUTTON,
	T_CANVAS,
	T_CAPTION,
	T_CENTER,
	T_DD,
	T_DETAILS,
	T_DIALOG,
	T_DIV,
	T_DL,
	T_DT,
	T_EMBED,
	T_FIGCAPTION,
	T_FIGURE,
	T_FOOTER,
	T_FORM,
	T_H1,
	T_H2,
	T_H3,
	T_H4,
	T_H5,
	T_H6,
	T_HEAD,
	T_HEADER,
	T_HR,
	T_HTML,
	T_IFRAME,
	T_IMG,
	T_INPUT,
	T_LI,
	T_LINK,
	T_MAIN,
	T_MATH,
	T_META,
	T_NAV,
	T_NOSCRIPT,
	T_OBJECT,
	T_OL,
	T_P,
	T_PICTURE,
	T_PRE,
	T_Q,
	T_SCRIPT,
	T_SECTION,
	T_SELECT,
	T_STYLE,
	T_SVG,
	T_TABLE,
	T_TBODY,
	T_TD,
	T_TEMPLATE,
	T_TEXTAREA,
	T_TH,
	T_TIME,
	T_TITLE,
	T_TR,
	T_UL,
	T_VIDEO,
};

static const struct {
	const char *name;
	enum tag tag;
} tag_names[] = {
	{"a", T_A},
	{"address", T_ADDRESS},
	{"article", T_ARTICLE},
	{"aside", T_ASIDE},
	{"audio", T_AUDIO},
	{"base", T_BASE},
	{"blockquote", T_BLOCKQUOTE},
	{"body", T_BODY},
	{"br", T_BR},
	{"button", T_BUTTON},
	{"canvas", T_CANVAS},
	{"caption", T_CAPTION},
	{"center", T_CENTER},
	{"dd", T_DD},
	{"details", T_DETAILS},
	{"dialog", T_DIALOG},
	{"div", T_DIV},
	{"dl", T_DL},
	{"dt", T_DT},
	{"embed", T_EMBED},
	{"figcaption", T_FIGCAPTION},
	{"figure", T_FIGURE},
	{"footer", T_FOOTER},
	{"form", T_FORM},
	{"h1", T_H1},
	{"h2", T_H2},
	{"h3", T_H3},
	{"h4", T_H4},
	{"h5", T_H5},
	{"h6", T_H6},
	{"head", T_HEAD},
	{"header", T_HEADER},
	{"hr", T_HR},
	{"html", T_HTML},
	{"iframe", T_IFRAME},
	{"img", T_IMG},
	{"input", T_INPUT},
	{"li", T_LI},
	{"link", T_LINK},
	{"main", T_MAIN},
	{"math", T_MATH},
	{"meta", T_META},
	{"nav", T_NAV},
	{"noscript", T_NOSCRIPT},
	{"object", T_OBJECT},
	{"ol", T_OL},
	{"p", T_P},
	{"picture", T_PICTURE},
	{"pre", T_PRE},
	{"q", T_Q},
	{"script", T_SCRIPT},
	{"section", T_SECTION},
	{"select", T_SELECT},
	{"style", T_STYLE},
	{"svg", T_SVG},
	{"table", T_TABLE},
	{"tbody", T_TBODY},
	{"td", T_TD},
	{"template", T_TEMPLATE},
	{"textarea", T_TEXTAREA},
	{"th", T_TH},
	{"time", T_TIME},
	{"title", T_TITLE},
	{"tr", T_TR},
	{"ul", T_UL},
	{"video", T_VIDEO},
};

static int tag_cmp(const void *k, const void *e)
{
	return strcmp(k, *(const char *const *)e);
}

static enum tag tag_of(const xmlNode *n)
{
	/* The HTML parser lowercases element names. */
	const char *name = (const char *)n->name;
	const void *hit;

	if (!name)
		return T_OTHER;
	hit = bsearch(name, tag_names, sizeof(tag_names) / sizeof(*tag_names),
		      sizeof(*tag_names), tag_cmp);
	return hit ? ((const __typeof__(*tag_names) *)hit)->tag : T_OTHER;
}

/* Elements that are never text a reader sees. */
static bool tag_invisible(enum tag t)
{
	switch (t) {
	case T_SCRIPT:
	case T_STYLE:
	case T_NOSCRIPT:
	case T_TEMPLATE:
	case T_SVG:
	case T_MATH:
	case T_BUTTON:
	case T_INPUT:
	case T_SELECT:
	case T_TEXTAREA:
	case T_IFRAME:
	case T_OBJECT:
	case T_EMBED:
	case T_VIDEO:
	case T_AUDIO:
	case T_CANVAS:
	case T_HEAD:
	case T_TITLE:
	case T_META:
	case T_LINK:
	case T_BASE:
	case T_NAV:
	case T_ASIDE:
	case T_FOOTER:
	case T_DIALOG:
		return true;
	default:
		return false;
	}
}

/* Elements that end the paragraph before them and start a new one. */
static bool tag_block(enum tag t)
{
	switch (t) {
	case T_ADDRESS:
	case T_ARTICLE:
	case T_ASIDE:
	case T_BLOCKQUOTE:
	case T_BODY:
	case T_CAPTION:
	case T_CENTER:
	case T_DD:
	case T_DETAILS:
	case T_DIV:
	case T_DL:
	case T_DT:
	case T_FIGCAPTION:
	case T_FIGURE:
	case T_FOOTER:
	case T_FORM:
	case T_H1:
	case T_H2:
	case T_H3:
	case T_H4:
	case T_H5:
	case T_H6:
	case T_HEADER:
	case T_HR:
	case T_HTML:
	case T_LI:
	case T_MAIN:
	case T_NAV:
	case T_OL:
	case T_P:
	case T_PRE:
	case T_SECTION:
	case T_TABLE:
	case T_TBODY:
	case T_TD:
	case T_TH:
	case T_TR:
	case T_UL:
		return true;
	default:
		return false;
	}
}

static bool tag_heading(enum tag t)
{
	return t >= T_H1 && t <= T_H6;
}

/* What the first walk learns about one element. */
struct nstat {
	size_t text;	    /* visible characters below, blanks not counted */
	size_t links;	    /* of which inside <a> */
	size_t inline_text; /* of which outside block-level children */
	size_t ptext;	    /* of which in paragraphs that are not links */
	unsigned commas;
	unsigned n_p, n_img, n_li, n_input, n_embed;
	unsigned n_teaser; /* headings that are links: lists of stories */
	int weight;	   /* class and id hints: + content, - boilerplate */
	double score;	   /* points from the paragraphs below */
	bool gone;	   /* hidden or boilerplate, or inside such */
	bool candidate;	   /* has been given points */
	bool byline;	   /* holds the authors' names */
	bool junky; /* hidden, or where other people's names are (comments,
		     * teasers), or inside such: no byline there */
	unsigned char tag;
};

static struct nstat *st(const xmlNode *n)
{
	return n && n->type == XML_ELEMENT_NODE ? n->_private : NULL;
}

/* A node's text, which libxml2 may leave NULL. */
static void add_cstr(struct strbuf *b, const char *s)
{
	if (s)
		strbuf_add(b, s, strlen(s));
}

/* True when s holds nothing but white space. */
static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return false;
	return true;
}

/*
 * What the page says about itself.  Strings point into the document or
 * into the JSON-LD values (kept in ld_roots), except h1 and title, which
 * are malloc'd.
 */
struct meta {
	json_t *ld_roots[16];
	size_t n_ld;
	json_t *ld; /* the article object of the JSON-LD */
	const char *meta_title, *site_name, *description, *date;
	int title_rank, site_rank, desc_rank, date_rank, image_rank;
	const char *time_datetime;
	const char *url, *canonical, *base;
	const char *og_image;
	const char *authors[8];
	size_t n_authors;
	char *title; /* <title> */
	char *h1;    /* the first <h1> with text */
	unsigned n_h1;
};

static void meta_free(struct meta *m)
{
	for (size_t i = 0; i < m->n_ld; i++)
		json_decref(m->ld_roots[i]);
	free(m->title);
	free(m->h1);
}

static const char *attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (a->name && strcasecmp((const char *)a->name, name) == 0) {
			const xmlNode *c = a->children;
			if (c && c->content)
				return (const char *)c->content;
			return "";
		}
	}
	return NULL;
}

/* Gathers the text below n (to the depth limit) into b. */
static void gather_text(const xmlNode *n, struct strbuf *b, unsigned depth)
{
	if (depth > limits.max_depth)
		return;
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE)
			add_cstr(b, (const char *)c->content);
		else if (c->type == XML_ELEMENT_NODE) {
			enum tag t = tag_of(c);
			if (t == T_SCRIPT || t == T_STYLE || t == T_TEMPLATE)
				continue;
			if (t == T_BR || tag_block(t))
				strbuf_add(b, " ", 1);
			gather_text(c, b, depth + 1);
			if (tag_block(t))
				strbuf_add(b, " ", 1);
		}
	}
}

/* The text below n, white space folded, malloc'd ("" when none). */
static char *text_of(const xmlNode *n)
{
	struct strbuf b = {0};
	gather_text(n, &b, 0);
	if (b.oom || !b.p) {
		free(b.p);
		return strdup("");
	}
	/* Fold runs of white space into one space, trimming the ends. */
	size_t o = 0;
	bool sp = false;
	for (size_t i = 0; i < b.n; i++) {
		unsigned char ch = b.p[i];
		if (isspace(ch)) {
			sp = o > 0;
			continue;
		}
		/* U+00A0, no-break space, is white space in pages too. */
		if (ch == 0xC2 && i + 1 < b.n &&
		    (unsigned char)b.p[i + 1] == 0xA0) {
			i++;
			sp = o > 0;
			continue;
		}
		if (sp)
			b.p[o++] = ' ';
		sp = false;
		b.p[o++] = ch;
	}
	b.p[o] = '\0';
	return b.p;
}

/* Types of schema.org things that are an article. */
static bool ld_type_is_article(const char *t)
{
	static const char *const types[] = {
		"NewsArticle",
		"Article",
		"ReportageNewsArticle",
		"AnalysisNewsArticle",
		"OpinionNewsArticle",
		"BackgroundNewsArticle",
		"ReviewNewsArticle",
		"BlogPosting",
		"LiveBlogPosting",
		"Report",
		"ScholarlyArticle",
		"TechArticle",
		"SatiricalArticle",
		"SocialMediaPosting",
		"AdvertiserContentArticle",
	};
	const char *slash = strrchr(t, '/');
	const char *colon = strrchr(t, ':');

	if (slash)
		t = slash + 1;
	else if (colon)
		t = colon + 1;
	for (size_t i = 0; i < sizeof(types) / sizeof(*types); i++)
		if (strcmp(t, types[i]) == 0)
			return true;
	return false;
}

static bool ld_is_article(const json_t *o)
{
	json_t *t = json_object_get(o, "@type");
	const char *s = jm_string(t);

	if (s)
		return ld_type_is_article(s);
	if (json_is_array(t)) {
		size_t i;
		json_t *e;
		json_array_foreach(t, i, e)
		{
			if ((s = jm_string(e)) && ld_type_is_article(s))
				return true;
		}
	}
	return false;
}

/* The article object in a JSON-LD value: itself, in @graph, in an array,
 * or its mainEntity. */
static json_t *ld_find_article(json_t *v, int depth)
{
	if (depth > 4)
		return NULL;
	if (json_is_array(v)) {
		size_t i;
		json_t *e, *hit;
		json_array_foreach(v, i, e)
		{
			if ((hit = ld_find_article(e, depth + 1)))
				return hit;
		}
		return NULL;
	}
	if (!json_is_object(v))
		return NULL;
	if (ld_is_article(v))
		return v;
	json_t *hit = ld_find_article(json_object_get(v, "@graph"), depth + 1);
	if (!hit)
		hit = ld_find_article(json_object_get(v, "mainEntity"),
				      depth + 1);
	return hit;
}

static void meta_ld(struct meta *m, const xmlNode *script)
{
	struct strbuf b = {0};
	json_error_t e;

	for (const xmlNode *c = script->children; c; c = c->next)
		if (c->content)
			add_cstr(&b, (const char *)c->content);
	if (!b.p || b.oom ||
	    m->n_ld >= sizeof(m->ld_roots) / sizeof(*m->ld_roots)) {
		free(b.p);
		return;
	}
	/* Some pages wrap the JSON in comment or CDATA markers. */
	char *s = b.p, *end = b.p + b.n;
	while (s < end && isspace((unsigned char)*s))
		s++;
	if (!strncmp(s, "<![CDATA[", 9))
		s += 9;
	else if (!strncmp(s, "<!--", 4))
		s += 4;
	s += strcspn(s, "{[");
	while (end > s && end[-1] != '}' && end[-1] != ']')
		end--;
	if (end - s >= 2 && !strncmp(end - 2, "]]", 2) && strstr(b.p, "]]>"))
		end -= 2;
	json_t *root = end > s ? json_loadb(s, end - s, 0, &e) : NULL;
	free(b.p);
	if (!root)
		return;
	m->ld_roots[m->n_ld++] = root;
	if (!m->ld)
		m->ld = ld_find_article(root, 0);
}

static bool is_web_address(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 ||
	       strncasecmp(s, "https://", 8) == 0 ||
	       strncasecmp(s, "www.", 4) == 0;
}

static void meta_author(struct meta *m, const char *s)
{
	if (s && !blank(s, strlen(s)) && !is_web_address(s) &&
	    m->n_authors < sizeof(m->authors) / sizeof(*m->authors))
		m->authors[m->n_authors++] = s;
}

static void set_once(const char **slot, const char *s)
{
	if (!*slot && s && !blank(s, strlen(s)))
		*slot = s;
}

/* The <meta> keys articlefs reads, and for the headline its preference:
 * Dublin Core, then OpenGraph, then Twitter's and the analytics tags. */
enum mfield {
	M_TITLE,
	M_SITE,
	M_DESC,
	M_DATE,
	M_AUTHOR,
	M_URL,
	M_IMAGE
};

static const struct {
	const char *key;
	enum mfield field;
	int rank;
} meta_keys[] = {
	{"dc:title", M_TITLE, 0},
	{"dc.title", M_TITLE, 0},
	{"dcterms:title", M_TITLE, 1},
	{"dcterms.title", M_TITLE, 1},
	{"og:title", M_TITLE, 2},
	{"twitter:title", M_TITLE, 3},
	{"parsely-title", M_TITLE, 4},
	{"sailthru.title", M_TITLE, 4},
	{"headline", M_TITLE, 5},
	{"og:site_name", M_SITE, 0},
	{"application-name", M_SITE, 1},
	{"og:description", M_DESC, 1},
	{"description", M_DESC, 0},
	{"dc:description", M_DESC, 2},
	{"dc.description", M_DESC, 2},
	{"twitter:description", M_DESC, 3},
	{"article:published_time", M_DATE, 0},
	{"og:article:published_time", M_DATE, 0},
	{"og:published_time", M_DATE, 0},
	{"datepublished", M_DATE, 0},
	{"parsely-pub-date", M_DATE, 1},
	{"sailthru.date", M_DATE, 1},
	{"dc:date", M_DATE, 1},
	{"dc.date", M_DATE, 1},
	{"dc.date.issued", M_DATE, 1},
	{"dcterms.created", M_DATE, 1},
	{"citation_publication_date", M_DATE, 1},
	{"article.published", M_DATE, 1},
	{"publish-date", M_DATE, 2},
	{"publish_date", M_DATE, 2},
	{"pubdate", M_DATE, 2},
	{"ptime", M_DATE, 2},
	{"displaydate", M_DATE, 2},
	{"date", M_DATE, 3},
	{"author", M_AUTHOR, 0},
	{"article:author_name", M_AUTHOR, 0},
	{"article:author", M_AUTHOR, 0},
	{"og:article:author", M_AUTHOR, 0},
	{"parsely-author", M_AUTHOR, 0},
	{"sailthru.author", M_AUTHOR, 0},
	{"dc:creator", M_AUTHOR, 0},
	{"dc.creator", M_AUTHOR, 0},
	{"byl", M_AUTHOR, 0},
	{"citation_author", M_AUTHOR, 0},
	{"og:url", M_URL, 0},
	{"og:image", M_IMAGE, 0},
	{"twitter:image", M_IMAGE, 1},
	{"twitter:image:src", M_IMAGE, 1},
};

/* Keeps s in *slot when its rank beats the one there (lower is better). */
static void set_ranked(const char **slot, int *have, const char *s, int rank)
{
	if (!s || blank(s, strlen(s)))
		return;
	if (!*slot || rank < *have) {
		*slot = s;
		*have = rank;
	}
}

static void meta_key(struct meta *m, const char *k, size_t n,
		     const char *content, bool property)
{
	for (size_t i = 0; i < sizeof(meta_keys) / sizeof(*meta_keys); i++) {
		if (strlen(meta_keys[i].key) != n ||
		    strncasecmp(meta_keys[i].key, k, n))
			continue;
		/* RDFa's property= is meant for this; name= is looser. */
		int r = meta_keys[i].rank * 2 + !property;
		switch (meta_keys[i].field) {
		case M_TITLE:
			set_ranked(&m->meta_title, &m->title_rank, content, r);
			break;
		case M_SITE:
			set_ranked(&m->site_name, &m->site_rank, content, r);
			break;
		case M_DESC:
			set_ranked(&m->description, &m->desc_rank, content, r);
			break;
		case M_DATE:
			set_ranked(&m->date, &m->date_rank, content, r);
			break;
		case M_AUTHOR:
			meta_author(m, content);
			break;
		case M_URL:
			set_once(&m->url, content);
			break;
		case M_IMAGE:
			set_ranked(&m->og_image, &m->image_rank, content, r);
			break;
		}
		return;
	}
}

/* One <meta>: by property, name or itemprop, each of which may list
 * several keys separated by spaces. */
static void meta_tag(struct meta *m, const xmlNode *n)
{
	const char *content = attr(n, "content");
	const char *keys[3] = {attr(n, "property"), attr(n, "name"),
			       attr(n, "itemprop")};

	if (!content)
		return;
	for (int i = 0; i < 3; i++) {
		const char *k = keys[i];
		while (k && *k) {
			k += strspn(k, " \t\n");
			size_t len = strcspn(k, " \t\n");
			if (len)
				meta_key(m, k, len, content, i == 0);
			k += len;
		}
	}
}

/* Looks at one element for metadata; depth is its depth in the tree. */
static void meta_visit(struct meta *m, const xmlNode *n, enum tag t)
{
	const char *s;

	switch (t) {
	case T_META:
		meta_tag(m, n);
		break;
	case T_LINK:
		if ((s = attr(n, "rel")) && !strcasecmp(s, "canonical"))
			set_once(&m->canonical, attr(n, "href"));
		break;
	case T_BASE:
		set_once(&m->base, attr(n, "href"));
		break;
	case T_TITLE:
		/* An <svg> has titles too: only the document's counts. */
		if (!m->title && n->parent && tag_of(n->parent) == T_HEAD)
			m->title = text_of(n);
		break;
	case T_SCRIPT:
		if ((s = attr(n, "type")) &&
		    !strcasecmp(s, "application/ld+json"))
			meta_ld(m, n);
		break;
	case T_H1:
		m->n_h1++;
		if (!m->h1) {
			char *h = text_of(n);
			if (*h)
				m->h1 = h;
			else
				free(h);
		}
		break;
	case T_TIME:
		if (!m->time_datetime) {
			s = attr(n, "datetime");
			if (s && !blank(s, strlen(s)))
				m->time_datetime = s;
		}
		break;
	default:
		break;
	}
}

/* A walk that looks only for metadata, for naming. */
static void meta_walk(struct meta *m, const xmlNode *n, unsigned depth)
{
	if (depth > limits.max_depth)
		return;
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		meta_visit(m, c, tag_of(c));
		meta_walk(m, c, depth + 1);
	}
}

/* Collapses white space and trims, in place; returns s. */
static char *squeeze(char *s)
{
	size_t o = 0;
	bool sp = false;

	for (size_t i = 0; s[i]; i++) {
		if (isspace((unsigned char)s[i])) {
			sp = o > 0;
			continue;
		}
		if (sp)
			s[o++] = ' ';
		sp = false;
		s[o++] = s[i];
	}
	s[o] = '\0';
	return s;
}

static size_t count_words(const char *s, size_t n)
{
	size_t w = 0;
	bool in = false;

	for (size_t i = 0; i < n; i++) {
		bool sp = isspace((unsigned char)s[i]);
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

/* The separators sites put between a headline and their name. */
static const char *const title_seps[] = {" | ",
					 " - ",
					 " \xe2\x80\x93 ",
					 " \xe2\x80\x94 ",
					 " :: ",
					 " \xc2\xbb ",
					 " \xc2\xab ",
					 " / ",
					 " \xc2\xb7 ",
					 " \\ ",
					 " > "};

/* The last (or first) separator in s; its length in *k. */
static char *find_sep(char *s, bool last, size_t *k)
{
	char *best = NULL;

	for (size_t i = 0; i < sizeof(title_seps) / sizeof(*title_seps); i++) {
		size_t len = strlen(title_seps[i]);
		for (char *p = strstr(s, title_seps[i]); p;
		     p = strstr(p + 1, title_seps[i])) {
			if (!best || (last ? p > best : p < best)) {
				best = p;
				*k = len;
			}
			if (!last)
				break;
		}
	}
	return best;
}

static bool same_text_ci(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

/*
 * Drops the site's name from a headline: "Headline | Site", "Site -
 * Headline".  With the site's name known only that name goes; without it,
 * the part beside the last separator goes when what remains still reads
 * as a headline (three words or more).
 */
static void strip_site_name(char *t, const char *site)
{
	size_t k = 0;
	char *p;

	if (site && *site) {
		size_t sl = strlen(site), tl = strlen(t);
		if ((p = find_sep(t, true, &k)) && same_text_ci(p + k, site)) {
			*p = '\0';
			return;
		}
		if (tl > sl && strncasecmp(t, site, sl) == 0 &&
		    (p = find_sep(t, false, &k)) && p == t + sl) {
			memmove(t, p + k, strlen(p + k) + 1);
			return;
		}
	}
}

/*
 * A headline from a <title>, which usually carries the site's name.  The
 * part beside the last separator goes when what remains still reads as a
 * headline (five words or more); "Site | Headline" is read the other way
 * round.  A short title is left whole: "Google - Site Reliability
 * Engineering" is its own name.
 */
static void clean_title(char *t, const char *site, const char *h1)
{
	size_t k = 0;
	char *p;
	char *orig = strdup(t);

	if (!orig)
		return;
	strip_site_name(t, site);
	if (strcmp(t, orig) != 0 || (h1 && strcmp(t, h1) == 0)) {
		free(orig);
		return;
	}
	if ((p = find_sep(t, true, &k))) {
		*p = '\0';
		if (count_words(t, strlen(t)) < 3) {
			char *q = find_sep(orig, false, &k);
			memmove(t, q + k, strlen(q + k) + 1);
		}
		if (count_words(t, strlen(t)) < 5)
			strcpy(t, orig);
	}
	free(orig);
}

/*
 * Drops the page marker of a multi-page article from the end of a
 * headline: "(page 1 of 3)", "- Page 2", ", page 2".
 */
static void strip_page_marker(char *t)
{
	size_t n = strlen(t);
	char *p = NULL;

	for (char *q = t; (q = strcasestr(q, "page ")); q++)
		p = q;
	if (!p || p == t)
		return;
	char *e = p + 5;
	if (!isdigit((unsigned char)*e))
		return;
	while (isdigit((unsigned char)*e))
		e++;
	if (!strncasecmp(e, " of ", 4) && isdigit((unsigned char)e[4])) {
		e += 4;
		while (isdigit((unsigned char)*e))
			e++;
	}
	if (*e == ')')
		e++;
	if (e != t + n)
		return;
	char *cut = p;
	if (cut > t && cut[-1] == '(')
		cut--;
	while (cut > t && (cut[-1] == ' ' || cut[-1] == ',' || cut[-1] == '-' ||
			   cut[-1] == '|'))
		cut--;
	if (cut > t)
		*cut = '\0';
}

/* The headline the metadata gives, malloc'd and cleaned; NULL if none. */
static char *meta_headline(struct meta *m)
{
	const char *s = NULL, *site = m->site_name;
	char *h;

	if (m->ld) {
		const char *hl = jm_string(json_object_get(m->ld, "headline"));
		const char *nm = jm_string(json_object_get(m->ld, "name"));
		/* When both are given and differ, the one the <title>
		 * begins with is the article's (Wikipedia's headline is a
		 * description). */
		s = hl ? hl : nm;
		if (hl && nm && m->title && strcmp(hl, nm) &&
		    !strstr(m->title, hl) && !strncmp(m->title, nm, strlen(nm)))
			s = nm;
		if (!site) {
			json_t *pub = json_object_get(m->ld, "publisher");
			site = jm_string(json_object_get(pub, "name"));
		}
	}
	if (!s)
		s = m->meta_title;
	if (s) {
		/* A publisher's own headline stays as given, even with its
		 * name in it: only a <title> is cut down. */
		h = squeeze(strdup(s));
		if (h && *h)
			return h;
		free(h);
	}
	if (m->title && *m->title) {
		h = strdup(m->title);
		if (h) {
			clean_title(h, site, m->h1);
			strip_page_marker(h);
		}
		/* A one-word <title> is the site's name; a lone <h1> says
		 * more. */
		if (h && m->h1 && m->n_h1 == 1 &&
		    count_words(h, strlen(h)) < 2) {
			free(h);
			h = strdup(m->h1);
		}
		return h;
	}
	return m->h1 ? strdup(m->h1) : NULL;
}

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void)
{
	xmlInitParser();
}

/* libxml2 reports some errors (encoding ones) around the parser's own
 * switches; a page's mistakes are not the user's to read. */
static void quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void quiet_structured(void *ctx, xmlErrorPtr e)
{
	(void)ctx;
	(void)e;
}

/* The charset a page declares in its first bytes, or "" when none. */
static void declared_charset(const char *buf, size_t len, char out[32])
{
	size_t n = len < 8192 ? len : 8192;
	const char *end = buf + n;

	out[0] = '\0';
	for (const char *p = buf; p + 8 <= end; p++) {
		if ((p[0] | 0x20) != 'c' || strncasecmp(p, "charset", 7) != 0)
			continue;
		const char *q = p + 7;
		while (q < end && (*q == ' ' || *q == '='))
			q++;
		while (q < end && (*q == '"' || *q == '\''))
			q++;
		size_t k = 0;
		while (q < end && k < 31 &&
		       (isalnum((unsigned char)*q) || *q == '-' || *q == '_'))
			out[k++] = *q++;
		out[k] = '\0';
		if (k)
			return;
	}
	/* <?xml version="1.0" encoding="..."?> */
	if (n > 5 && strncmp(buf, "<?xml", 5) == 0) {
		const char *e = memmem(buf, n, "encoding=", 9);
		if (e) {
			const char *q = e + 9;
			size_t k = 0;
			while (q < end && (*q == '"' || *q == '\''))
				q++;
			while (q < end && k < 31 &&
			       (isalnum((unsigned char)*q) || *q == '-' ||
				*q == '_'))
				out[k++] = *q++;
			out[k] = '\0';
		}
	}
}

/* The first case-insensitive match of the ASCII string w in s..end. */
static const char *find_ci(const char *s, const char *end, const char *w)
{
	size_t k = strlen(w);

	while ((s = memchr(s, w[0], end - s)) && (size_t)(end - s) >= k) {
		if (!strncasecmp(s, w, k))
			return s;
		s++;
	}
	return NULL;
}

/* Elements whose contents no walk reads: their closing tags. */
static const char *const raw_tags[] = {"</script", "</style", "</svg"};

/* Which of raw_tags the tag at p opens (1, 2, 3), else 0. */
static int raw_tag(const char *p, const char *end)
{
	for (int i = 0; i < 3; i++) {
		size_t k = strlen(raw_tags[i]) - 1;
		if ((size_t)(end - p) > k && p[0] == '<' &&
		    !strncasecmp(p + 1, raw_tags[i] + 2, k - 1) &&
		    (isspace((unsigned char)p[k]) || p[k] == '>' ||
		     p[k] == '/'))
			return i + 1;
	}
	return 0;
}

/* Copies s..end to out + *o with every run of white space made one. */
static void copy_folded(char *out, size_t *o, const char *s, const char *end,
			bool *space)
{
	size_t k = *o;
	bool sp = *space;

	for (; s < end; s++) {
		char c = *s;
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
		    c == '\f') {
			if (sp)
				continue;
			sp = true;
		} else {
			sp = false;
		}
		out[k++] = c;
	}
	*o = k;
	*space = sp;
}

/* The attributes some walk reads; the parser need not see the others. */
static bool attr_read(const char *name, size_t n)
{
	static const char *const names[] = {
		"alt",		 "aria-hidden",
		"charset",	 "class",
		"content",	 "data-hi-res-src",
		"data-lazy-src", "data-original",
		"data-src",	 "data-url",
		"datetime",	 "height",
		"hidden",	 "href",
		"http-equiv",	 "id",
		"itemprop",	 "name",
		"property",	 "rel",
		"role",		 "src",
		"style",	 "type",
		"width",
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
		if (strlen(names[i]) == n && !strncasecmp(names[i], name, n))
			return true;
	return false;
}

static bool html_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

/*
 * Copies the start tag at p ("<name ...>") with only the attributes some
 * walk reads: React and analytics attributes are a fifth of a page's
 * markup, and each costs the parser allocations.  Returns what follows
 * the tag, or NULL (nothing copied) when the tag does not end.
 */
static const char *copy_tag(char *out, size_t *o, const char *p,
			    const char *end)
{
	size_t k = *o;
	const char *q = p + 1;

	while (q < end && !html_space(*q) && *q != '>' && *q != '/')
		q++;
	memcpy(out + k, p, q - p);
	k += q - p;
	for (;;) {
		while (q < end && html_space(*q))
			q++;
		if (q >= end)
			return NULL;
		if (*q == '>' || *q == '/') {
			out[k++] = *q++;
			if (q[-1] == '>') {
				*o = k;
				return q;
			}
			continue;
		}
		const char *name = q;
		while (q < end && !html_space(*q) && *q != '=' && *q != '>' &&
		       *q != '/')
			q++;
		size_t n = q - name;
		if (!n) { /* a stray '=': keep it as the parser will see it */
			out[k++] = *q++;
			continue;
		}
		const char *v = q;
		while (v < end && html_space(*v))
			v++;
		if (v < end && *v == '=') {
			v++;
			while (v < end && html_space(*v))
				v++;
			if (v < end && (*v == '"' || *v == '\'')) {
				const char *e = memchr(v + 1, *v, end - v - 1);
				if (!e)
					return NULL;
				q = e + 1;
			} else {
				while (v < end && !html_space(*v) && *v != '>')
					v++;
				q = v;
			}
		}
		if (attr_read(name, n)) {
			/* The space stands for the white space before the
			 * name; where there was none ('/x', '"a"x'), none is
			 * added, so the copy never outgrows the page. */
			if (html_space(name[-1]))
				out[k++] = ' ';
			memcpy(out + k, name, q - name);
			k += q - name;
		}
	}
}

/* True when the end - p bytes at p start with lit, case aside. */
static bool at_ci(const char *p, const char *end, const char *lit)
{
	size_t k = strlen(lit);
	return (size_t)(end - p) >= k && !strncasecmp(p, lit, k);
}

/*
 * A lean copy of a page for the parser, which reads a character at a
 * time (with names_only, for naming: text outside <title> and <h1> is
 * one "x" a run, which leaves the tree the same shape): without comments, without the contents of scripts (JSON-LD kept),
 * style sheets and inline SVG, and with each run of white space made
 * one, and with only the attributes some walk reads.  That is most of a
 * news page's bytes, and nothing any walk reads (every field folds its
 * white space anyway).  Contents end at the first
 * closing tag, as they do for the parser.  Malloc'd; NULL when memory
 * runs out.
 */
static char *strip_raw(const char *s, size_t n, size_t *out_n, bool names_only)
{
	char *out = malloc(n + 1);
	const char *p = s, *end = s + n;
	size_t o = 0;
	bool space = false;
	int naming = 0; /* inside <title> or <h1> */

	if (!out)
		return NULL;
	if (n >= 3 && !memcmp(s, "\xef\xbb\xbf", 3)) {
		/* A byte order mark is not text. */
		memcpy(out, s, 3);
		o = 3;
		p += 3;
	}
	while (p < end) {
		const char *lt = memchr(p, '<', end - p);
		const char *stop = lt ? lt : end;
		if (!names_only || naming > 0) {
			copy_folded(out, &o, p, stop, &space);
		} else if (!blank(p, stop - p)) {
			/* Text, as far as the tree's shape goes. */
			out[o++] = 'x';
			space = false;
		}
		p = stop;
		if (!lt)
			break;
		if (names_only &&
		    (at_ci(p, end, "<title") || at_ci(p, end, "<h1")))
			naming++;
		if (end - p > 2 &&
		    ((p[1] == '/' && isalpha((unsigned char)p[2])) ||
		     p[1] == '?' || (p[1] == '!' && !at_ci(p, end, "<!--")))) {
			/* An end tag or a declaration, copied whole. */
			const char *gt = memchr(p, '>', end - p);
			if (!gt)
				gt = end - 1;
			if (names_only && naming > 0 &&
			    (at_ci(p, end, "</title") || at_ci(p, end, "</h1")))
				naming--;
			copy_folded(out, &o, p, gt + 1, &space);
			p = gt + 1;
			continue;
		}
		if (end - p >= 4 && !memcmp(p, "<!--", 4)) {
			const char *e = memmem(p + 4, end - p - 4, "-->", 3);
			p = e ? e + 3 : end;
			continue;
		}
		int k = raw_tag(p, end);
		const char *gt = k ? memchr(p, '>', end - p) : NULL;
		if (!k && end - p > 1 && isalpha((unsigned char)p[1])) {
			const char *next = copy_tag(out, &o, p, end);
			if (next) {
				p = next;
				space = false;
				continue;
			}
		}
		if (!gt) {
			out[o++] = *p++;
			space = false;
			continue;
		}
		copy_folded(out, &o, p, gt + 1, &space);
		bool keep = k == 1 && find_ci(p, gt, "ld+json");
		const char *close = find_ci(gt + 1, end, raw_tags[k - 1]);
		if (!close)
			close = end;
		if (keep)
			copy_folded(out, &o, gt + 1, close, &space);
		/* The closing tag itself is copied by the next round. */
		p = close;
	}
	out[o] = '\0';
	*out_n = o;
	return out;
}

/*
 * True when all of s is valid UTF-8: eight ASCII bytes at a time, and a
 * check of each multi-byte sequence (no overlongs, surrogates or code
 * points past U+10FFFF).  Most pages are valid, and this is several times
 * faster than counting what is invalid.
 */
static bool utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + n;

	while (s < end) {
		if (end - s >= 8) {
			uint64_t w;
			memcpy(&w, s, 8);
			if (!(w & 0x8080808080808080ull)) {
				s += 8;
				continue;
			}
		}
		unsigned c = *s;
		if (c < 0x80) {
			s++;
			continue;
		}
		size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
		if (!k || c > 0xF4 || (size_t)(end - s) < k)
			return false;
		for (size_t i = 1; i < k; i++)
			if ((s[i] & 0xC0) != 0x80)
				return false;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
		    (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
			return false;
		s += k;
	}
	return true;
}

/* How many bytes of s are not ASCII. */
static size_t high_bytes(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += (unsigned char)s[i] >= 0x80;
	return k;
}

/*
 * Parses a page.  Pages that are (or say they are) UTF-8 are parsed as
 * UTF-8, with any invalid bytes repaired first: left to itself the parser
 * would switch the rest of the page to Latin-1 at the first bad byte.
 * Other declared charsets are the parser's to convert; undeclared text
 * whose high bytes are mostly not UTF-8 is taken as Windows-1252, what
 * browsers assume.
 */
static htmlDocPtr read_page(const char *buf, size_t len, bool names_only)
{
	char cs[32];
	const char *enc = "UTF-8";
	char *fixed = NULL;
	htmlDocPtr doc;

	pthread_once(&xml_once, xml_init);
	xmlSetGenericErrorFunc(NULL, quiet);
	xmlSetStructuredErrorFunc(NULL, quiet_structured);
	if (len > INT32_MAX)
		return NULL;
	declared_charset(buf, len, cs);
	bool bom16 = len >= 2 && (((unsigned char)buf[0] == 0xFF &&
				   (unsigned char)buf[1] == 0xFE) ||
				  ((unsigned char)buf[0] == 0xFE &&
				   (unsigned char)buf[1] == 0xFF));
	size_t bad = bom16 || utf8_valid(buf, len)
			     ? 0
			     : utf8_count_invalid(buf, len);
	bool says_utf8 =
		!cs[0] || !strcasecmp(cs, "utf-8") || !strcasecmp(cs, "utf8");
	if (bom16) {
		enc = NULL;
	} else if (!bad) {
		/* Valid UTF-8 is UTF-8 whatever the page declares: saved
		 * pages are often re-encoded without their <meta> changing,
		 * and legacy text is almost never valid UTF-8 by chance. */
	} else if (!says_utf8) {
		enc = NULL;
	} else if (!cs[0] && bad * 2 >= high_bytes(buf, len)) {
		enc = "windows-1252";
	} else {
		size_t n;
		fixed = utf8_repair(buf, len, &n);
		if (!fixed)
			return NULL;
		buf = fixed;
		len = n;
	}
	if (!bom16) {
		/* The parser need not read what no walk looks at. */
		size_t n;
		char *lean = strip_raw(buf, len, &n, names_only);
		if (lean) {
			free(fixed);
			buf = fixed = lean;
			len = n;
		}
	}
	doc = htmlReadMemory(buf, (int)len, NULL, enc,
			     HTML_PARSE_RECOVER | HTML_PARSE_NONET |
				     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
				     HTML_PARSE_COMPACT | HTML_PARSE_NODEFDTD);
	free(fixed);
	return doc;
}

/* A headline cleaned the way every field is, malloc'd. */
static char *clean_field(const char *s)
{
	struct article *t = article_new("", "html");
	char *r = NULL;

	if (t) {
		char *c = article_text(t, s, strlen(s));
		r = c && *c ? strdup(c) : NULL;
		article_free(t);
	}
	return r;
}

/*
 * The headline the metadata of buf..len gives.  With only_ld, only a
 * JSON-LD article's headline counts (*settled says whether there was
 * one): it is the first choice, and the first such article is the same
 * one in the head alone as in the whole page.
 */
static char *peek_part(const char *buf, size_t len, bool only_ld, bool *settled)
{
	struct meta m = {0};
	char *h = NULL;

	*settled = false;
	htmlDocPtr doc = read_page(buf, len, true);
	if (!doc)
		return NULL;
	xmlNode *root = xmlDocGetRootElement(doc);
	if (root) {
		meta_visit(&m, root, tag_of(root));
		meta_walk(&m, root, 1);
		if (!only_ld ||
		    (m.ld && (jm_string(json_object_get(m.ld, "headline")) ||
			      jm_string(json_object_get(m.ld, "name"))))) {
			h = meta_headline(&m);
			*settled = true;
		}
	}
	meta_free(&m);
	xmlFreeDoc(doc);
	return h;
}

char *html_peek_headline(const char *buf, size_t len)
{
	char *h = NULL, *r = NULL;
	bool settled = false;

	if (len > PEEK_BYTES)
		len = PEEK_BYTES;
	/* Most news pages name their article in JSON-LD in the <head>:
	 * then the head is all naming needs to read. */
	const char *body = find_ci(buf, buf + len, "<body");
	if (body)
		h = peek_part(buf, body - buf, true, &settled);
	if (!settled)
		h = peek_part(buf, len, false, &settled);
	if (h) {
		r = clean_field(h);
		free(h);
	}
	return r;
}

/* ---- the body ---------------------------------------------------------- */

/* Class and id words that mean article text, and boilerplate. */
static const char *const good_words[] = {
	"article", "body", "content", "entry", "hentry", "h-entry", "main",
	"page",	   "post", "text",    "blog",  "story",	 "prose",
};
static const char *const bad_words[] = {
	"comment", "pagination", "pager",      "com-",	     "contact",
	"foot",	   "masthead",	 "media",      "meta",	     "outbrain",
	"promo",   "related",	 "scroll",     "share",	     "shoutbox",
	"sidebar", "skyscraper", "sponsor",    "shopping",   "tags",
	"tool",	   "widget",	 "social",     "newsletter", "subscribe",
	"nav",	   "menu",	 "breadcrumb", "advert",     "banner",
	"popup",   "cookie",	 "recirc",     "taboola",    "byline",
	"author",  "caption",	 "credit",
};
/* Words that make a block boilerplate outright, unless it is also
 * marked as content. */
static const char *const unlikely_words[] = {
	"-ad-",	      "ad-break",     "adbox",	     "advert",	  "agegate",
	"banner",     "breadcrumb",   "combx",	     "comment",	  "community",
	"consent",    "cookie",	      "disqus",	     "extra",	  "footer",
	"gdpr",	      "header",	      "legends",     "menu",	  "newsletter",
	"outbrain",   "pager",	      "pagination",  "paywall",	  "popup",
	"promo",      "recirc",	      "related",     "remark",	  "replies",
	"rss",	      "share",	      "shoutbox",    "sidebar",	  "signup",
	"skyscraper", "social",	      "sponsor",     "subscribe", "taboola",
	"trending",   "most-popular", "mostpopular", "masthead",  "navbar",
	"skip-link",  "sharing",      "toolbar",     "widget",
};
static const char *const maybe_words[] = {
	"article", "body",  "column", "content",
	"main",	   "story", "entry",  "text",
};
static const char *const others_words[] = {
	"comment",   "disqus",	"repl",		"related",  "recirc",
	"recommend", "promo",	"sponsor",	"outbrain", "taboola",
	"trending",  "popular", "more-stories",
};
static const char *const byline_words[] = {"byline", "author", "writtenby",
					   "p-author", "contributor"};

static bool has_word(const char *s, const char *const *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strstr(s, w[i]))
			return true;
	return false;
}

#define HAS(s, list) has_word(s, list, sizeof(list) / sizeof(*(list)))

/* The hint lists as bits, for matching them all in one pass. */
enum {
	W_GOOD = 1,
	W_BAD = 2,
	W_UNLIKELY = 4,
	W_MAYBE = 8,
	W_BYLINE = 16,
	W_OTHERS = 32,
};

struct word {
	const char *w;
	unsigned char len;
	unsigned char list;
};

/* Every hint word, bucketed by its first byte. */
static struct {
	struct word *v;
	size_t n;
} word_index[256];
static pthread_once_t word_once = PTHREAD_ONCE_INIT;

static void index_words(void)
{
	static const struct {
		const char *const *w;
		size_t n;
		unsigned list;
	} lists[] = {
#define L(a, bit) {a, sizeof(a) / sizeof(*(a)), bit}
		L(good_words, W_GOOD),	       L(bad_words, W_BAD),
		L(unlikely_words, W_UNLIKELY), L(maybe_words, W_MAYBE),
		L(byline_words, W_BYLINE),     L(others_words, W_OTHERS),
#undef L
	};
	static struct word all[256];
	size_t n = 0;

	/* Count per bucket, then place: buckets are slices of all[]. */
	for (size_t i = 0; i < sizeof(lists) / sizeof(*lists); i++)
		for (size_t k = 0; k < lists[i].n; k++)
			word_index[(unsigned char)lists[i].w[k][0]].n++;
	for (int c = 0; c < 256; c++)
		n += word_index[c].n;
	if (n > sizeof(all) / sizeof(*all))
		abort(); /* the lists outgrew all[]: make it bigger */
	n = 0;
	for (int c = 0; c < 256; c++) {
		word_index[c].v = all + n;
		n += word_index[c].n;
		word_index[c].n = 0;
	}
	for (size_t i = 0; i < sizeof(lists) / sizeof(*lists); i++)
		for (size_t k = 0; k < lists[i].n; k++) {
			const char *w = lists[i].w[k];
			struct word *e =
				&word_index[(unsigned char)w[0]].v
					 [word_index[(unsigned char)w[0]].n++];
			e->w = w;
			e->len = strlen(w);
			e->list = lists[i].list;
		}
}

/* Which hint lists have a word in s: one pass instead of a search per
 * word, since class lists of modern pages are long and seldom repeat. */
static unsigned word_lists(const char *s)
{
	unsigned m = 0;

	pthread_once(&word_once, index_words);
	for (; *s; s++) {
		const struct word *e = word_index[(unsigned char)*s].v;
		size_t n = word_index[(unsigned char)*s].n;
		for (size_t i = 0; i < n; i++)
			if (!(m & e[i].list) && s[1] == e[i].w[1] &&
			    !strncmp(s, e[i].w, e[i].len))
				m |= e[i].list;
	}
	return m;
}

/* The lowercased class and id of n (cut to fit), "" when none. */
static void hints_of(const xmlNode *n, char *out, size_t size)
{
	size_t k = 0;

	out[0] = '\0';
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		const char *name = (const char *)a->name;
		if (!name || (strcmp(name, "class") && strcmp(name, "id")))
			continue;
		const xmlNode *c = a->children;
		const char *v = c && c->content ? (const char *)c->content : "";
		if (k && k + 1 < size)
			out[k++] = ' ';
		for (; *v && k + 1 < size; v++)
			out[k++] = tolower((unsigned char)*v);
		out[k] = '\0';
	}
}

/* The attributes the first walk reads, found in one pass. */
struct attrs {
	const char *class_, *id, *rel, *itemprop, *style, *role, *aria_hidden;
	bool hidden;
};

/* What a class and id say about their element. */
struct hint {
	uint64_t key;	      /* hash of the string; 0 for an empty slot */
	bool good, bad;	      /* words of content, of boilerplate */
	bool unlikely, maybe; /* boilerplate outright, unless content too */
	bool byline;
	bool others; /* where other people's names are: comments, teasers */
};

#define HINT_CACHE 512

/* What emission and scoring share about one parse. */
struct page {
	struct article *a;
	struct meta m;
	struct nstat *stats;
	xmlNode **order; /* elements with stats, in document order */
	size_t n, cap;
	bool strip_unlikely; /* the first try leaves out unlikely blocks */
	char *headline;	     /* to leave its repetition out of the body */
	const char *base_url;
	/* what each class and id said, remembered: pages repeat them */
	struct hint hints[HINT_CACHE];
	/* emission */
	struct strbuf para;
	unsigned quote_depth, heading_depth;
	unsigned brs;
	bool oom;
};

/*
 * The hint of a lowercased class and id.  Matching some hundred words
 * against every class is a good part of the time spent outside the
 * parser, and a page uses few distinct classes, so the answers are kept
 * by a 64-bit hash of the string (a collision would cost one element's
 * hint, nothing worse).
 */
static struct hint hint_of(struct page *pg, const char *s)
{
	uint64_t key = 1469598103934665603ull;
	for (const char *p = s; *p; p++)
		key = (key ^ (unsigned char)*p) * 1099511628211ull;
	key |= 1;
	struct hint *slot = &pg->hints[key % HINT_CACHE];
	if (slot->key == key)
		return *slot;
	struct hint h = {.key = key};
	unsigned m = word_lists(s);
	h.good = m & W_GOOD;
	h.bad = m & W_BAD;
	/* "author", not "authorization" or "authority" */
	h.byline = (m & W_BYLINE) && !strstr(s, "authoriz") &&
		   !strstr(s, "authorit");
	h.unlikely = m & W_UNLIKELY;
	h.maybe = m & W_MAYBE;
	h.others = m & W_OTHERS;
	*slot = h;
	return h;
}

/* The hints of an element's class and id, each scored on its own. */
static void hints_of_node(struct page *pg, const struct attrs *at, int *weight,
			  bool *unlikely, bool *byline, bool *others)
{
	const char *vals[2] = {at->class_, at->id};
	bool unl = false, maybe = false;

	*weight = 0;
	*byline = false;
	*others = false;
	for (int i = 0; i < 2; i++) {
		const char *v = vals[i];
		if (!v || !*v)
			continue;
		char low[256];
		size_t k = 0;
		for (; *v && k + 1 < sizeof(low); v++)
			low[k++] = tolower((unsigned char)*v);
		low[k] = '\0';
		struct hint h = hint_of(pg, low);
		*weight += (h.good ? 25 : 0) - (h.bad ? 25 : 0);
		*byline = *byline || h.byline;
		*others = *others || h.others;
		unl = unl || h.unlikely;
		maybe = maybe || h.maybe;
	}
	*unlikely = unl && !maybe;
}

static void read_attrs(const xmlNode *n, struct attrs *at)
{
	memset(at, 0, sizeof(*at));
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		const char *name = (const char *)a->name;
		const xmlNode *c = a->children;
		const char *v = c && c->content ? (const char *)c->content : "";
		if (!name)
			continue;
		/* The parser lowercases attribute names. */
		switch (name[0]) {
		case 'a':
			if (!strcmp(name, "aria-hidden"))
				at->aria_hidden = v;
			break;
		case 'c':
			if (!strcmp(name, "class"))
				at->class_ = v;
			break;
		case 'h':
			if (!strcmp(name, "hidden"))
				at->hidden = true;
			break;
		case 'i':
			if (!strcmp(name, "id"))
				at->id = v;
			else if (!strcmp(name, "itemprop"))
				at->itemprop = v;
			break;
		case 'r':
			if (!strcmp(name, "rel"))
				at->rel = v;
			else if (!strcmp(name, "role"))
				at->role = v;
			break;
		case 's':
			if (!strcmp(name, "style"))
				at->style = v;
			break;
		}
	}
}

static bool hidden(const struct attrs *at)
{
	const char *s;

	if (at->hidden)
		return true;
	if (at->aria_hidden && !strcasecmp(at->aria_hidden, "true"))
		return true;
	if ((s = at->style)) {
		char low[256];
		size_t k = 0;
		for (; *s && k + 1 < sizeof(low); s++)
			if (!isspace((unsigned char)*s))
				low[k++] = tolower((unsigned char)*s);
		low[k] = '\0';
		if (strstr(low, "display:none") ||
		    strstr(low, "visibility:hidden"))
			return true;
	}
	if ((s = at->role) &&
	    (!strcasecmp(s, "navigation") || !strcasecmp(s, "complementary") ||
	     !strcasecmp(s, "banner") || !strcasecmp(s, "contentinfo") ||
	     !strcasecmp(s, "menu") || !strcasecmp(s, "menubar") ||
	     !strcasecmp(s, "search")))
		return true;
	return false;
}

/* Counts visible characters (not blanks) and commas of a text node. */
static void count_text(const char *s, size_t *chars, unsigned *commas)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++) {
		if (*p <= ' ' || (*p & 0xC0) == 0x80)
			continue;
		(*chars)++;
		if (*p == ',')
			(*commas)++;
		/* U+FF0C and U+3001, the commas of Chinese and Japanese */
		else if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C)
			(*commas)++;
		else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81)
			(*commas)++;
	}
}

static bool page_push(struct page *pg, xmlNode *n)
{
	if (pg->n == pg->cap) {
		size_t cap = pg->cap ? pg->cap * 2 : 1024;
		xmlNode **o = realloc(pg->order, cap * sizeof(*o));
		struct nstat *s = realloc(pg->stats, cap * sizeof(*s));
		if (o)
			pg->order = o;
		if (s)
			pg->stats = s;
		if (!o || !s)
			return false;
		/* Stats moved: point the nodes at their new home. */
		for (size_t i = 0; i < pg->n; i++)
			pg->order[i]->_private = &pg->stats[i];
		pg->cap = cap;
	}
	pg->order[pg->n] = n;
	memset(&pg->stats[pg->n], 0, sizeof(*pg->stats));
	n->_private = &pg->stats[pg->n];
	pg->n++;
	return true;
}

/*
 * The first walk: gives every element (to the depth limit) its stats and
 * collects metadata.  Returns false when memory runs out.  The stats
 * array may move while it grows, so stats are found again by node.
 */
static bool measure(struct page *pg, xmlNode *n, unsigned depth, bool gone,
		    bool in_link)
{
	for (xmlNode *c = n->children; c; c = c->next) {
		struct nstat *ps = st(n);
		if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE) {
			if (gone || !c->content || !ps)
				continue;
			size_t chars = 0;
			unsigned commas = 0;
			count_text((const char *)c->content, &chars, &commas);
			ps->text += chars;
			ps->inline_text += chars;
			ps->commas += commas;
			if (in_link)
				ps->links += chars;
			continue;
		}
		if (c->type != XML_ELEMENT_NODE || depth > limits.max_depth)
			continue;
		enum tag t = tag_of(c);
		meta_visit(&pg->m, c, t);
		if (!page_push(pg, c))
			return false;
		struct nstat *s = st(c);
		s->tag = t;
		int weight;
		bool unlikely, byline, others;
		struct attrs at;
		read_attrs(c, &at);
		hints_of_node(pg, &at, &weight, &unlikely, &byline, &others);
		s->weight = weight;
		const char *rel = at.rel;
		const char *prop = at.itemprop;
		if (byline || (rel && !strcasecmp(rel, "author")) ||
		    (prop && strstr(prop, "author")))
			s->byline = true;
		bool hid = hidden(&at);
		bool unl = unlikely && t != T_BODY && t != T_HTML &&
			   t != T_ARTICLE && t != T_MAIN && t != T_A;
		/* A block quotation's <footer> ("— <cite>Ann Lee</cite>") is
		 * its signature, which the analysis reads, not the page's. */
		ps = st(n);
		bool signs = t == T_FOOTER && ps && ps->tag == T_BLOCKQUOTE;
		bool g = gone || (tag_invisible(t) && !signs) || hid ||
			 (unl && !signs && pg->strip_unlikely);
		s->gone = g;
		s->junky = (ps && ps->junky) || hid || others;
		if (!measure(pg, c, depth + 1, g, in_link || t == T_A))
			return false;
		s = st(c);
		ps = st(n);
		if (g || !ps)
			continue;
		/* A byline is too short to be text, and is not body text. */
		if (s->byline && s->text > 120)
			s->byline = false;
		ps->text += s->text;
		ps->links += s->links;
		ps->commas += s->commas;
		if (!tag_block(t))
			ps->inline_text += s->text;
		ps->ptext += s->ptext;
		if ((t == T_P || t == T_PRE) && s->links * 2 < s->text)
			ps->ptext += s->text;
		ps->n_teaser += s->n_teaser;
		if (tag_heading(t) && s->text && s->links * 2 > s->text)
			ps->n_teaser++;
		ps->n_p += s->n_p + (t == T_P);
		ps->n_img += s->n_img + (t == T_IMG);
		ps->n_li += s->n_li + (t == T_LI);
		ps->n_input += s->n_input + (t == T_INPUT || t == T_SELECT ||
					     t == T_TEXTAREA);
		ps->n_embed += s->n_embed + (t == T_IFRAME || t == T_EMBED ||
					     t == T_OBJECT || t == T_VIDEO);
	}
	return true;
}

static double link_density(const struct nstat *s)
{
	return s->text ? (double)s->links / (double)s->text : 0;
}

/* Points an element starts with as a candidate, from its kind. */
static double base_score(const struct nstat *s)
{
	double b = s->weight;

	switch (s->tag) {
	case T_DIV:
	case T_ARTICLE:
	case T_MAIN:
		b += 5;
		break;
	case T_PRE:
	case T_TD:
	case T_BLOCKQUOTE:
	case T_SECTION:
		b += 3;
		break;
	case T_ADDRESS:
	case T_OL:
	case T_UL:
	case T_DL:
	case T_DD:
	case T_DT:
	case T_LI:
	case T_FORM:
		b -= 3;
		break;
	case T_H1:
	case T_H2:
	case T_H3:
	case T_H4:
	case T_H5:
	case T_H6:
	case T_TH:
		b -= 5;
		break;
	default:
		break;
	}
	return b;
}

static void give(xmlNode *n, double points)
{
	struct nstat *s = st(n);

	if (!s || s->gone)
		return;
	if (!s->candidate) {
		s->candidate = true;
		s->score = base_score(s);
	}
	s->score += points;
}

/* Scores every paragraph-like block into its ancestors; returns the best
 * candidate or NULL. */
static xmlNode *score_blocks(struct page *pg)
{
	xmlNode *best = NULL;
	double best_score = 0;

	for (size_t i = 0; i < pg->n; i++) {
		struct nstat *s = &pg->stats[i];
		size_t len;

		if (s->gone || s->byline)
			continue;
		switch (s->tag) {
		case T_P:
		case T_PRE:
		case T_TD:
			len = s->text;
			break;
		case T_DIV:
		case T_SECTION:
		case T_ARTICLE:
		case T_BLOCKQUOTE:
		case T_LI:
		case T_DD:
		case T_H2:
		case T_H3:
		case T_H4:
		case T_H5:
		case T_H6:
			/* Text of its own, as in <div>Text<br>text</div>. */
			len = s->inline_text;
			break;
		default:
			continue;
		}
		if (len < 25)
			continue;
		double pts = 1 + s->commas + (len / 100 < 3 ? len / 100 : 3);
		if (s->tag != T_P && s->tag != T_PRE && s->tag != T_TD)
			pts = 1 + (len / 100 < 3 ? len / 100 : 3);
		xmlNode *anc = pg->order[i]->parent;
		for (int level = 0; anc && level < 4;
		     level++, anc = anc->parent) {
			if (anc->type != XML_ELEMENT_NODE)
				break;
			double div = level == 0	  ? 1
				     : level == 1 ? 2
						  : level * 3;
			give(anc, pts / div);
		}
	}
	for (size_t i = 0; i < pg->n; i++) {
		struct nstat *s = &pg->stats[i];
		if (!s->candidate)
			continue;
		s->score *= 1 - link_density(s);
		if (!best || s->score > best_score) {
			best = pg->order[i];
			best_score = s->score;
		}
	}
	if (!best)
		return NULL;
	/*
	 * Several containers scoring near the best usually split one
	 * article (a column per few paragraphs): take the ancestor that
	 * holds three of them.
	 */
	xmlNode *near[8];
	size_t n_near = 0;
	for (size_t i = 0; i < pg->n && n_near < 8; i++) {
		struct nstat *s = &pg->stats[i];
		if (s->candidate && pg->order[i] != best &&
		    s->score >= best_score * 0.75)
			near[n_near++] = pg->order[i];
	}
	if (n_near >= 3) {
		for (xmlNode *p = best->parent; p && st(p); p = p->parent) {
			size_t held = 0;
			for (size_t k = 0; k < n_near; k++)
				for (xmlNode *q = near[k]; q; q = q->parent)
					if (q == p) {
						held++;
						break;
					}
			if (held >= 3) {
				best = p;
				break;
			}
			if (st(p)->tag == T_BODY)
				break;
		}
	}
	/*
	 * An article's paragraphs are not always siblings: a lead block and
	 * a "read more" box, columns between figures.  Climb while what
	 * the parent adds is mostly paragraphs of its own.
	 */
	for (xmlNode *p = best->parent; p && st(p) && st(p)->tag != T_BODY;
	     p = p->parent) {
		const struct nstat *ps = st(p), *bs = st(best);
		size_t more_p = ps->ptext - bs->ptext;
		size_t more = ps->text - bs->text;
		/* Paragraphs under linked headings are teasers of other
		 * stories, a few hundred characters each. */
		size_t teasers = ps->n_teaser - bs->n_teaser;
		if (more_p >= 100 && more_p * 2 >= more &&
		    link_density(ps) <= 0.25 &&
		    (teasers < 2 || more_p > teasers * 400))
			best = p;
		else if (more > 200)
			break;
		/* else a thin wrapper: look one level further up */
	}
	/* A wrapper with nothing else in it is the same block. */
	while (best->parent && st(best->parent) &&
	       st(best->parent)->tag != T_BODY &&
	       st(best->parent)->text == st(best)->text)
		best = best->parent;
	return best;
}

/* Does this element, inside the article, look like boilerplate? */
static bool junk(const struct page *pg, const xmlNode *n)
{
	const struct nstat *s = st(n);
	double ld = link_density(s);

	(void)pg;
	if (s->byline)
		return true;
	switch (s->tag) {
	case T_FORM:
	case T_ASIDE:
		return true;
	case T_UL:
	case T_OL:
		/* A list of links is navigation, of sentences content. */
		return ld > 0.5 || (s->weight < 0 && s->commas < 10);
	case T_DIV:
	case T_SECTION:
	case T_TABLE:
	case T_HEADER:
	case T_DL:
	case T_CENTER:
		break;
	default:
		return false;
	}
	if (s->weight < 0 && s->commas < 10 && s->n_img == 0)
		return true;
	if (s->commas >= 10)
		return false;
	if (s->n_img > 1 && (double)s->n_p / s->n_img < 0.5)
		return true;
	if (s->n_li > s->n_p + 3 && ld > 0.2)
		return true;
	if (s->n_input > s->n_p / 3)
		return true;
	if (s->text < 25 && s->n_img == 0 && s->n_p == 0)
		return false; /* a short line of text: nothing to judge */
	if (s->weight < 25 && ld > 0.25)
		return true;
	if (s->weight >= 25 && ld > 0.5)
		return true;
	if ((s->n_embed == 1 && s->text < 75) || s->n_embed > 1)
		return true;
	return false;
}

/* True when s holds a letter or digit (any non-ASCII byte counts). */
static bool has_alnum(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
			return true;
	return false;
}

static void flush(struct page *pg)
{
	enum para_kind k = PARA_TEXT;

	if (pg->quote_depth)
		k = PARA_QUOTE;
	else if (pg->heading_depth)
		k = PARA_HEADING;
	char iso[DATE_ISO_MAX];
	if (!pg->para.n || !has_alnum(pg->para.p, pg->para.n)) {
		/* nothing to add: blank, or a rule drawn with "___" */
	} else if (pg->para.n < 80 && k == PARA_TEXT &&
		   pg->a->n_paragraphs < 3 &&
		   date_parse(pg->para.p, pg->para.n, iso)) {
		/* A dateline ("Published 3 April 2024") above the text is
		 * not body text; a date further down (a table's) is. */
		if (!pg->a->date)
			pg->a->date = article_strdup(pg->a, iso);
	} else {
		article_add_paragraph(pg->a, pg->para.p, pg->para.n, k);
	}
	if (pg->para.oom)
		pg->oom = true;
	pg->para.n = 0;
	pg->brs = 0;
}

/* Lowercase copy test: does s (bounded) contain any of words? */
static bool attr_has(const char *s, const char *const *words, size_t n)
{
	char low[512];
	size_t k = 0;

	if (!s)
		return false;
	for (; *s && k + 1 < sizeof(low); s++)
		low[k++] = tolower((unsigned char)*s);
	low[k] = '\0';
	return has_word(low, words, n);
}

/* The address of an image, from the lazy-loading attributes first. */
static const char *img_src(const xmlNode *img)
{
	static const char *const names[] = {"data-src",	     "data-lazy-src",
					    "data-original", "data-hi-res-src",
					    "data-url",	     "src"};
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		const char *s = attr(img, names[i]);
		if (s && !blank(s, strlen(s)) && strncasecmp(s, "data:", 5))
			return s;
	}
	return NULL;
}

/* Icons, logos, avatars and tracking pixels are not the story's images. */
static bool decoration(const xmlNode *img, const char *src)
{
	static const char *const words[] = {
		"logo",	  "icon",	 "avatar",   "sprite",
		"pixel",  "spacer",	 "blank.",   "1x1",
		"badge",  "emoji",	 "gravatar", "tracking",
		"beacon", "doubleclick", "/ads/",    "placeholder",
	};
	const char *w = attr(img, "width"), *h = attr(img, "height");

	if ((w && atoi(w) > 0 && atoi(w) < 60) ||
	    (h && atoi(h) > 0 && atoi(h) < 60))
		return true;
	return attr_has(src, words, sizeof(words) / sizeof(*words)) ||
	       attr_has(attr(img, "class"), words,
			sizeof(words) / sizeof(*words)) ||
	       attr_has(attr(img, "alt"), words, 2);
}

static const xmlNode *find_tag(const xmlNode *n, enum tag t, unsigned depth)
{
	if (depth > 16)
		return NULL;
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (tag_of(c) == t)
			return c;
		const xmlNode *hit = find_tag(c, t, depth + 1);
		if (hit)
			return hit;
	}
	return NULL;
}

static const char *const credit_words[] = {
	"credit",      "copyright", "source", "photographer",
	"attribution", "byline",    "author", "courtesy"};

/* The element inside n that a page marks as the image's credit. */
static const xmlNode *find_credit(const xmlNode *n, unsigned depth)
{
	if (depth > 16)
		return NULL;
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		char hints[256];
		hints_of(c, hints, sizeof(hints));
		const char *prop = attr(c, "itemprop");
		if ((hints[0] && HAS(hints, credit_words)) ||
		    (prop &&
		     (strstr(prop, "copyright") || strstr(prop, "author") ||
		      strstr(prop, "creator"))))
			return c;
		const xmlNode *hit = find_credit(c, depth + 1);
		if (hit)
			return hit;
	}
	return NULL;
}

/* Text of n without the text of the element skip. */
static void text_without(const xmlNode *n, const xmlNode *skip,
			 struct strbuf *b, unsigned depth)
{
	if (depth > 32)
		return;
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c == skip)
			continue;
		if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE)
			add_cstr(b, (const char *)c->content);
		else if (c->type == XML_ELEMENT_NODE) {
			struct nstat *s = st(c);
			if (s && s->gone)
				continue;
			strbuf_add(b, " ", 1);
			text_without(c, skip, b, depth + 1);
		}
	}
}

/* "Photograph: Name", "Photo by Name", "© Name" at the end of a caption. */
static char *split_credit(char *cap)
{
	static const char *const marks[] = {
		"Photograph: ",	  "Photograph by ", "Photo: ",	 "Photo by ",
		"Photos: ",	  "Image: ",	    "Picture: ", "Credit: ",
		"Illustration: ", "\xc2\xa9"};
	char *best = NULL;
	size_t k = 0;

	for (size_t i = 0; i < sizeof(marks) / sizeof(*marks); i++) {
		char *p = strstr(cap, marks[i]);
		if (p && (!best || p < best)) {
			best = p;
			k = strlen(marks[i]);
		}
	}
	if (!best)
		return NULL;
	*best = '\0';
	char *credit = best + k;
	/* "(Photo: Sam Lee)", "[Image: AP]": the brackets go with the mark. */
	size_t n = strlen(credit);
	if (best > cap && (best[-1] == '(' || best[-1] == '[') && n &&
	    credit[n - 1] == (best[-1] == '(' ? ')' : ']')) {
		best[-1] = '\0';
		credit[n - 1] = '\0';
	}
	return credit;
}

static void add_image(struct page *pg, const xmlNode *img, const char *caption,
		      const char *credit)
{
	const char *src = img_src(img);
	xmlChar *abs = NULL;

	if (!src || decoration(img, src))
		return;
	if (pg->base_url && !strstr(src, "://"))
		abs = xmlBuildURI((const xmlChar *)src,
				  (const xmlChar *)pg->base_url);
	/* The same picture twice (a lazy copy beside the real one) once. */
	const char *u = abs ? (const char *)abs : src;
	for (size_t i = 0; i < pg->a->n_images; i++)
		if (strcmp(pg->a->images[i].url, u) == 0)
			goto out;
	article_add_image(pg->a, u, caption, credit);
out:
	xmlFree(abs);
}

/* A <figure> (or a block holding one picture): its image, caption and
 * credit. */
static void add_figure(struct page *pg, const xmlNode *fig)
{
	const xmlNode *img = find_tag(fig, T_IMG, 0);
	const xmlNode *capn = find_tag(fig, T_FIGCAPTION, 0);
	const xmlNode *cred = find_credit(fig, 0);
	char *caption = NULL, *credit = NULL;

	if (!img)
		return;
	if (capn) {
		struct strbuf b = {0};
		text_without(capn, cred, &b, 0);
		caption = b.p ? squeeze(b.p) : NULL;
	}
	if (cred) {
		credit = text_of(cred);
		/* "Photo: Name" is the name. */
		char *c = split_credit(credit);
		if (c && !*credit)
			memmove(credit, c, strlen(c) + 1);
	}
	if (caption && !credit) {
		char *c = split_credit(caption);
		if (c)
			credit = strdup(c);
	}
	add_image(pg, img, caption && *caption ? caption : NULL,
		  credit && *credit ? credit : NULL);
	free(caption);
	free(credit);
}

static bool same_as_headline(struct page *pg, const xmlNode *h)
{
	if (!pg->headline)
		return false;
	char *t = text_of(h);
	bool same = strcasecmp(t, pg->headline) == 0;
	free(t);
	return same;
}

/* Reads the paragraphs, headings, quotes and images below n, in order. */
static void emit(struct page *pg, const xmlNode *n, unsigned depth)
{
	if (depth > limits.max_depth || pg->oom)
		return;
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE) {
			if (c->content &&
			    !blank((const char *)c->content,
				   strlen((const char *)c->content)))
				pg->brs = 0;
			add_cstr(&pg->para, (const char *)c->content);
			continue;
		}
		struct nstat *s = st(c);
		if (!s || s->gone)
			continue;
		enum tag t = s->tag;
		switch (t) {
		case T_BR:
			/* Two breaks in a row end a paragraph. */
			if (++pg->brs >= 2)
				flush(pg);
			else
				strbuf_add(&pg->para, " ", 1);
			continue;
		case T_IMG:
			add_image(pg, c, NULL, NULL);
			continue;
		case T_FIGURE:
			if (find_tag(c, T_IMG, 0)) {
				flush(pg);
				add_figure(pg, c);
				continue;
			}
			break;
		case T_FIGCAPTION:
			/* "<figure><blockquote>…</blockquote><figcaption>— Ann
			 * Lee</figcaption>": the caption of a quotation signs
			 * it, as a line of the block. */
			if (c->parent && find_tag(c->parent, T_BLOCKQUOTE, 0)) {
				flush(pg);
				pg->quote_depth++;
				emit(pg, c, depth + 1);
				flush(pg);
				pg->quote_depth--;
			}
			continue;
		case T_Q:
			add_cstr(&pg->para, "\xe2\x80\x9c");
			emit(pg, c, depth + 1);
			add_cstr(&pg->para, "\xe2\x80\x9d");
			continue;
		default:
			break;
		}
		if (!tag_block(t)) {
			emit(pg, c, depth + 1);
			continue;
		}
		if (junk(pg, c))
			continue;
		if (tag_heading(t)) {
			if (s->weight < 0 || link_density(s) > 0.33 ||
			    t == T_H1 || same_as_headline(pg, c))
				continue;
			flush(pg);
			pg->heading_depth++;
			emit(pg, c, depth + 1);
			flush(pg);
			pg->heading_depth--;
			continue;
		}
		flush(pg);
		/* A table set inside a blockquote (LWN indents its tables
		 * so) lays out figures; its cells quote no one. */
		unsigned quoting = pg->quote_depth;
		if (t == T_BLOCKQUOTE)
			pg->quote_depth++;
		else if (t == T_TABLE)
			pg->quote_depth = 0;
		emit(pg, c, depth + 1);
		flush(pg);
		pg->quote_depth = quoting;
	}
}

/* Is sibling part of the article beside top? */
static bool belongs(const struct nstat *top, const xmlNode *top_node,
		    const xmlNode *sib)
{
	const struct nstat *s = st(sib);

	if (!s || s->gone || s->byline)
		return false;
	double threshold = top->score * 0.2 > 10 ? top->score * 0.2 : 10;
	double bonus = 0;
	const char *tc = attr(top_node, "class"), *sc = attr(sib, "class");
	if (tc && sc && *tc && strcmp(tc, sc) == 0)
		bonus = top->score * 0.2;
	if (s->candidate && s->score + bonus >= threshold)
		return true;
	if (s->tag == T_P) {
		double ld = link_density(s);
		if (s->text > 80 && ld < 0.25)
			return true;
		if (s->text > 0 && s->text <= 80 && ld == 0) {
			char *t = text_of(sib);
			size_t k = strlen(t);
			bool sentence =
				k && (t[k - 1] == '.' || strstr(t, ". "));
			free(t);
			return sentence;
		}
	}
	return false;
}

/* Without a paragraph long enough to score, the page is its own article:
 * the <body>, or the root when there is none. */
static xmlNode *page_body(struct page *pg, xmlNode *root)
{
	for (size_t i = 0; i < pg->n; i++)
		if (pg->stats[i].tag == T_BODY && !pg->stats[i].gone)
			return pg->order[i];
	return root;
}

static void extract_body(struct page *pg, xmlNode *top)
{
	struct nstat *ts = st(top);

	if (!top->parent || !st(top->parent) || ts->tag == T_BODY) {
		emit(pg, top, 0);
		flush(pg);
		return;
	}
	for (xmlNode *c = top->parent->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (c != top && !belongs(ts, top, c))
			continue;
		/* Emit the element itself, as its parent would. */
		struct nstat *s = st(c);
		if (c != top && tag_block(s->tag) && junk(pg, c))
			continue;
		flush(pg);
		if (s->tag == T_FIGURE && find_tag(c, T_IMG, 0)) {
			add_figure(pg, c);
			continue;
		}
		bool quote = s->tag == T_BLOCKQUOTE;
		pg->quote_depth += quote;
		emit(pg, c, 0);
		flush(pg);
		pg->quote_depth -= quote;
	}
}

static size_t body_chars(const struct article *a)
{
	size_t n = 0;
	for (size_t i = 0; i < a->n_paragraphs; i++)
		n += a->paragraphs[i].len;
	return n;
}

/* Authors from byline elements, when the metadata named none. */
static void byline_from_page(struct page *pg)
{
	for (size_t i = 0; i < pg->n && !pg->a->n_byline; i++) {
		struct nstat *s = &pg->stats[i];
		if (!s->byline || s->junky)
			continue;
		/* The innermost byline element holds just the names. */
		xmlNode *n = pg->order[i];
		char *t = text_of(n);
		/* A sentence is not a byline. */
		if (strlen(t) <= 120)
			jm_add_byline_text(pg->a, t, strlen(t));
		free(t);
	}
}

static void set_field(struct article *a, char **field, const char *s)
{
	if (*field || !s)
		return;
	char *t = article_text(a, s, strlen(s));
	if (t && *t)
		*field = t;
}

static void fill_meta(struct page *pg)
{
	struct meta *m = &pg->m;
	struct article *a = pg->a;
	json_t *ld = m->ld;
	static const char *const ld_date[] = {"datePublished", "dateCreated",
					      "uploadDate", "dateModified",
					      NULL};
	static const char *const ld_desc[] = {"description", "abstract", NULL};
	static const char *const ld_url[] = {"url", "mainEntityOfPage", NULL};
	static const char *const ld_author[] = {"author", "creator", NULL};

	if (pg->headline)
		a->headline =
			article_text(a, pg->headline, strlen(pg->headline));
	if (ld) {
		jm_add_authors(a, jm_get(ld, ld_author));
		jm_set_date(a, jm_get(ld, ld_date));
		set_field(a, &a->standfirst, jm_string(jm_get(ld, ld_desc)));
		json_t *u = jm_get(ld, ld_url);
		if (json_is_object(u))
			u = json_object_get(u, "@id");
		if (jm_string(u) && is_web_address(jm_string(u)))
			set_field(a, &a->url, jm_string(u));
	}
	for (size_t i = 0; i < m->n_authors; i++)
		if (!a->n_byline || i > 0)
			jm_add_byline_text(a, m->authors[i],
					   strlen(m->authors[i]));
	char iso[DATE_ISO_MAX];
	const char *dates[] = {m->date, m->time_datetime};
	for (size_t i = 0; i < 2 && !a->date; i++) {
		const char *d = dates[i];
		if (d && (date_parse(d, strlen(d), iso) ||
			  date_find(d, strlen(d), iso)))
			a->date = article_strdup(a, iso);
	}
	set_field(a, &a->url, m->canonical);
	set_field(a, &a->url, m->url);
	set_field(a, &a->standfirst, m->description);
}

/* The date a page prints near its top ("Published 14 February 2025"),
 * when the metadata gave none. */
static void date_from_page(struct page *pg)
{
	char iso[DATE_ISO_MAX];

	for (size_t i = 0; i < pg->n && !pg->a->date; i++) {
		struct nstat *s = &pg->stats[i];
		if (s->gone || s->text == 0 || s->text > 60)
			continue;
		char hints[256];
		hints_of(pg->order[i], hints, sizeof(hints));
		if (s->tag != T_TIME && !strstr(hints, "date") &&
		    !strstr(hints, "time") && !strstr(hints, "publish"))
			continue;
		char *t = text_of(pg->order[i]);
		if (date_find(t, strlen(t), iso))
			pg->a->date = article_strdup(pg->a, iso);
		free(t);
	}
}

/* What the page gives beside the metadata, read with this try's stats. */
static void finish(struct page *pg)
{
	if (!pg->a->n_byline)
		byline_from_page(pg);
	if (!pg->a->date)
		date_from_page(pg);
	if (!pg->a->n_images && pg->m.og_image)
		article_add_image(pg->a, pg->m.og_image, NULL, NULL);
}

static void page_reset_stats(struct page *pg)
{
	for (size_t i = 0; i < pg->n; i++)
		pg->order[i]->_private = NULL;
	pg->n = 0;
}

struct article *parse_html(const char *buf, size_t len, const char *source,
			   char **err)
{
	struct page pg = {0};
	struct article *a = NULL;

	if (len > limits.max_source_bytes) {
		if (asprintf(err,
			     "page too large: %zu bytes (the limit is %zu)",
			     len, limits.max_source_bytes) < 0)
			*err = NULL;
		return NULL;
	}
	htmlDocPtr doc = read_page(buf, len, false);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {
		*err = strdup(doc ? "no HTML found" : "cannot parse the page");
		goto out;
	}
	pg.strip_unlikely = true;
	a = article_new(source, "html");
	if (!a)
		goto oom;
	pg.a = a;
	/* The root itself is measured through a stand-in parent walk. */
	if (!page_push(&pg, root))
		goto oom;
	st(root)->tag = tag_of(root);
	meta_visit(&pg.m, root, st(root)->tag);
	if (!measure(&pg, root, 1, false, false))
		goto oom;
	pg.headline = meta_headline(&pg.m);
	pg.base_url = pg.m.base	       ? pg.m.base
		      : pg.m.canonical ? pg.m.canonical
				       : pg.m.url;
	fill_meta(&pg);

	xmlNode *top = score_blocks(&pg);
	if (!top)
		top = page_body(&pg, root);
	if (top)
		extract_body(&pg, top);
	finish(&pg);
	if (body_chars(a) < 500) {
		/* Little text: perhaps the unlikely-looking blocks held the
		 * article.  Try again without leaving them out, and keep
		 * whichever try found more. */
		struct article *first = a;
		a = article_new(source, "html");
		if (!a) {
			a = first;
			goto oom;
		}
		pg.a = a;
		page_reset_stats(&pg);
		pg.strip_unlikely = false;
		meta_free(&pg.m);
		memset(&pg.m, 0, sizeof(pg.m));
		if (!page_push(&pg, root) ||
		    !measure(&pg, root, 1, false, false)) {
			article_free(a);
			a = first;
			goto oom;
		}
		st(root)->tag = tag_of(root);
		fill_meta(&pg);
		if ((top = score_blocks(&pg)) || (top = page_body(&pg, root)))
			extract_body(&pg, top);
		finish(&pg);
		/* The second try reads more boilerplate; it must find
		 * much more text to be the better one. */
		if (body_chars(a) * 2 <= body_chars(first) * 3) {
			article_free(a);
			a = first;
		} else {
			article_free(first);
		}
		pg.a = a;
	}
	if (pg.oom)
		goto oom;
	goto out;
oom:
	article_free(a);
	a = NULL;
	*err = strdup("out of memory");
out:
	if (doc) {
		page_reset_stats(&pg);
		xmlFreeDoc(doc);
	}
	meta_free(&pg.m);
	free(pg.headline);
	free(pg.stats);
	free(pg.order);
	free(pg.para.p);
	return a;
}
