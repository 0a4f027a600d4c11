/*
 * test_html.c - saved web pages as a user of the mount sees them.
 *
 * Each fixture under tests/fixtures/html is a small page written for one
 * situation: JSON-LD metadata, OpenGraph only, no metadata at all, an
 * article buried in boilerplate, figures, a multi-page article with
 * comments.  The hostile inputs (deep nesting, a 50 MB page, broken
 * encodings) are built here; each must give a story or a clear error.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/analyze.h"
#include "articlefs/limits.h"
#include "articlefs/model.h"
#include "articlefs/source.h"
#include "articlefs/utf8.h"
#include "testutil.h"

#define FIX "tests/fixtures/html/"

/* Every string the model holds must be valid UTF-8. */
static void check_utf8(const struct article *a)
{
	ck_assert_uint_eq(utf8_count_invalid(a->headline, strlen(a->headline)),
			  0);
	for (size_t i = 0; i < a->n_paragraphs; i++)
		ck_assert_uint_eq(utf8_count_invalid(a->paragraphs[i].text,
						     a->paragraphs[i].len),
				  0);
}

static struct article *parse_mem(const char *buf, size_t len)
{
	char *err = NULL;
	struct article *a = parse_html(buf, len, "page.html", &err);

	ck_assert_msg(a != NULL, "parse_html failed: %s", err ? err : "?");
	ck_assert_str_eq(a->format, "html");
	check_utf8(a);
	return a;
}

static struct article *parse_fixture(const char *name)
{
	size_t len;
	char *buf = fixture(name, &len);
	struct article *a = parse_mem(buf, len);

	free(buf);
	return a;
}

/* The body as one string, paragraphs joined by newlines. */
static char *body(const struct article *a)
{
	size_t n = 1;
	for (size_t i = 0; i < a->n_paragraphs; i++)
		n += a->paragraphs[i].len + 1;
	char *s = calloc(1, n), *o = s;
	for (size_t i = 0; i < a->n_paragraphs; i++) {
		memcpy(o, a->paragraphs[i].text, a->paragraphs[i].len);
		o += a->paragraphs[i].len;
		*o++ = '\n';
	}
	return s;
}

static void assert_body_lacks(const struct article *a, const char *what)
{
	char *b = body(a);
	ck_assert_msg(!strstr(b, what), "body holds \"%s\":\n%s", what, b);
	free(b);
}

static void assert_body_has(const struct article *a, const char *what)
{
	char *b = body(a);
	ck_assert_msg(strstr(b, what) != NULL, "body lacks \"%s\":\n%s", what,
		      b);
	free(b);
}

static const struct paragraph *find_para(const struct article *a,
					 const char *start)
{
	for (size_t i = 0; i < a->n_paragraphs; i++)
		if (!strncmp(a->paragraphs[i].text, start, strlen(start)))
			return &a->paragraphs[i];
	ck_abort_msg("no paragraph starts with \"%s\"", start);
	return NULL;
}

START_TEST(test_jsonld_first)
{
	struct article *a = parse_fixture(FIX "jsonld.html");

	/* JSON-LD's headline wins over og:title and <title>. */
	ck_assert_str_eq(
		a->headline,
		"Night trains return to the valley after twenty years");
	ck_assert_uint_eq(a->n_byline, 2);
	ck_assert_str_eq(a->byline[0], "Marta Lindqvist");
	ck_assert_str_eq(a->byline[1], "Owen Price");
	ck_assert_str_eq(a->date, "2025-02-14T09:30:00Z");
	ck_assert_str_eq(a->url,
			 "https://courier.example/transport/night-trains");
	ck_assert_str_eq(
		a->standfirst,
		"A sleeper service links the valley towns with the capital "
		"again.");
	ck_assert_uint_eq(a->n_paragraphs, 7);
	ck_assert_int_eq(find_para(a, "A long campaign")->kind, PARA_HEADING);
	ck_assert_int_eq(find_para(a, "We never stopped")->kind, PARA_QUOTE);
	ck_assert_int_eq(find_para(a, "The first sleeper")->kind, PARA_TEXT);
	/* <q> reaches the quote finder with its quotation marks. */
	assert_body_has(a, "called it \xe2\x80\x9c"
			   "a victory for patience\xe2\x80\x9d as");
	/* The headline, byline, menu and footer are not body text. */
	assert_body_lacks(a, "Night trains return");
	assert_body_lacks(a, "By Marta");
	assert_body_lacks(a, "Home");
	assert_body_lacks(a, "Copyright");
	ck_assert_uint_eq(a->n_images, 1);
	ck_assert_str_eq(a->images[0].url,
			 "https://courier.example/img/platform.jpg");
	ck_assert_str_eq(a->images[0].caption,
			 "Passengers wait on the platform before departure.");
	ck_assert_str_eq(a->images[0].credit, "Jonas Berg");
	article_free(a);
}
END_TEST

START_TEST(test_opengraph_only)
{
	struct article *a = parse_fixture(FIX "opengraph.html");

	ck_assert_str_eq(a->headline, "Library extends opening hours");
	ck_assert_uint_eq(a->n_byline, 1);
	ck_assert_str_eq(a->byline[0], "Priya Natarajan");
	ck_assert_str_eq(a->date, "2024-02-20T08:00:00+01:00");
	ck_assert_str_eq(a->url, "https://post.example/library-hours");
	ck_assert_ptr_nonnull(a->standfirst);
	ck_assert_uint_eq(a->n_paragraphs, 3);
	/* No picture in the article: the page's og:image stands for it;
	 * the logo does not. */
	ck_assert_uint_eq(a->n_images, 1);
	ck_assert_str_eq(a->images[0].url, "https://post.example/library.jpg");
	article_free(a);
}
END_TEST

START_TEST(test_no_metadata)
{
	struct article *a = parse_fixture(FIX "nometa.html");

	/* The site's name leaves the <title>. */
	ck_assert_str_eq(a->headline, "Harbour seals counted from the air");
	ck_assert_uint_eq(a->n_byline, 1);
	ck_assert_str_eq(a->byline[0], "Dana Whitfield");
	ck_assert_str_eq(a->date, "2023-09-07");
	ck_assert_ptr_null(a->url);
	ck_assert_uint_eq(a->n_paragraphs, 3);
	ck_assert_str_eq(a->paragraphs[0].text,
			 "Scientists flying over the estuary in a small "
			 "aircraft have counted more harbour seals this "
			 "summer than in any year since records began.");
	assert_body_lacks(a, "Dana Whitfield");
	article_free(a);
}
END_TEST

START_TEST(test_boilerplate_left_out)
{
	struct article *a = parse_fixture(FIX "boilerplate.html");
	static const char *const junk[] = {
		"cookie",     "Accept",	       "Share on",  "Advertisement",
		"newsletter", "Sign up",       "Related",   "Cafe opens",
		"Best bread", "Well deserved", "Most read", "Town Gazette",
		"Home",
	};

	ck_assert_str_eq(a->headline, "Bakery wins national bread prize");
	ck_assert_uint_eq(a->n_paragraphs, 4);
	ck_assert(!strncmp(a->paragraphs[0].text, "A family bakery", 15));
	ck_assert(!strncmp(a->paragraphs[3].text, "Queues formed", 13));
	for (size_t i = 0; i < sizeof(junk) / sizeof(*junk); i++)
		assert_body_lacks(a, junk[i]);
	article_free(a);
}
END_TEST

START_TEST(test_figures)
{
	struct article *a = parse_fixture(FIX "figures.html");

	ck_assert_str_eq(a->byline[0], "Ravi Kumar");
	ck_assert_uint_eq(a->n_paragraphs, 3);
	/* Logos, avatars, icons and tracking pixels are not images. */
	ck_assert_uint_eq(a->n_images, 3);
	/* Relative to the canonical address. */
	ck_assert_str_eq(a->images[0].url,
			 "https://coast.example/news/images/lighthouse.jpg");
	ck_assert_str_eq(a->images[0].caption,
			 "The lighthouse at dusk, a week before opening.");
	ck_assert_str_eq(a->images[0].credit, "Ella Storm/Coast News");
	/* The lazy-loaded picture, not its placeholder. */
	ck_assert_str_eq(a->images[1].url,
			 "https://cdn.coast.example/lens.jpg");
	ck_assert_str_eq(a->images[1].caption,
			 "Workers refit the Fresnel lens in the lamp room.");
	ck_assert_str_eq(a->images[1].credit, "Tomas Vik");
	/* A credit in brackets leaves them behind. */
	ck_assert_str_eq(a->images[2].caption, "The keeper's cottage in 1950.");
	ck_assert_str_eq(a->images[2].credit, "Mia Lund");
	assert_body_lacks(a, "Photograph");
	assert_body_lacks(a, "dusk");
	article_free(a);
}
END_TEST

/* A block quotation's <footer>, or the caption of a figure that holds
 * one, is its signature, kept as a line of the block (other footers are
 * the page's, and left out); the analysis then gives the block to whom
 * the line names, as it does to a last line of a name alone. */
START_TEST(test_blockquote_footer_signs)
{
	static const char page[] =
		"<html><head><title>Plan</title></head><body><article>"
		"<h1>Plan</h1>"
		"<p>Mayor Ann Lee backed the plan on Monday, and council "
		"member Tom Roe said it would cost the city far too much "
		"money in the years to come.</p>"
		"<blockquote><p>This is the best day for the city.</p>"
		"<footer class=\"blockquote-footer\">&mdash; <cite>Ann "
		"Lee</cite></footer></blockquote>"
		"<p>The council votes on the plan next month, after a "
		"hearing at which residents may speak.</p>"
		"<figure><blockquote><p>It will cost far too much.</p>"
		"</blockquote><figcaption>&mdash; Tom Roe, council "
		"member</figcaption></figure>"
		"<p>The study was led by Ada Stone, a neuroscientist at the "
		"city's university, and published in a journal.</p>"
		"<blockquote><p>The brain decides before we know it.</p>"
		"<p class=\"right\">Ada Stone, Ph.D.</p></blockquote>"
		"<footer><p>Copyright The Daily Example</p></footer>"
		"</article></body></html>";
	struct article *a = parse_mem(page, sizeof(page) - 1);
	ck_assert_int_eq(find_para(a, "— Ann Lee")->kind, PARA_QUOTE);
	ck_assert_int_eq(find_para(a, "— Tom Roe")->kind, PARA_QUOTE);
	assert_body_lacks(a, "Copyright");
	ck_assert_int_eq(analyze_article(a), 0);
	/* A line of a name and letters after it ("Ph.D.") signs the block
	 * above it, and is no quotation itself. */
	ck_assert_uint_eq(a->n_quotes, 3);
	ck_assert_str_eq(a->quotes[0].text,
			 "This is the best day for the city.");
	ck_assert_str_eq(a->quotes[0].speaker, "Ann Lee");
	ck_assert_str_eq(a->quotes[1].text, "It will cost far too much.");
	ck_assert_str_eq(a->quotes[1].speaker, "Tom Roe");
	ck_assert_str_eq(a->quotes[2].text,
			 "The brain decides before we know it.");
	ck_assert_str_eq(a->quotes[2].speaker, "Ada Stone");
	article_free(a);
}
END_TEST

/* An embedded post's signature ("— Northern Grid (@NorthernGrid)
 * November 20, 2026", "— Port of Felixstowe (@PortFelixstowe)") gives
 * the post to the name before the handle, though the rules know it for
 * no one's. */
START_TEST(test_embedded_post_signed_by_name)
{
	static const char page[] =
		"<html><head><title>Storm</title></head><body><article>"
		"<h1>Storm</h1>"
		"<p>More than 40,000 homes were without power on Friday after "
		"a storm swept across the region overnight, and crews worked "
		"through the night.</p>"
		"<blockquote class=\"twitter-tweet\"><p lang=\"en\">Our crews "
		"are out in force.</p>&mdash; Northern Grid (@NorthernGrid) "
		"<a href=\"https://example.com/1\">November 20, 2026</a>"
		"</blockquote>"
		"<p>The Met Office has issued a yellow warning for wind until "
		"Saturday morning across the whole of the region.</p>"
		"<blockquote class=\"twitter-tweet\"><p lang=\"en\">Ships are "
		"moving again.</p>&mdash; Port of Felixstowe "
		"(@PortFelixstowe) <a href=\"https://example.com/2\">November "
		"21, 2026</a></blockquote>"
		"</article></body></html>";
	struct article *a = parse_mem(page, sizeof(page) - 1);
	ck_assert_int_eq(analyze_article(a), 0);
	ck_assert_uint_eq(a->n_quotes, 2);
	ck_assert_str_eq(a->quotes[0].text, "Our crews are out in force.");
	ck_assert_str_eq(a->quotes[0].speaker, "Northern Grid");
	/* "of" inside the name. */
	ck_assert_str_eq(a->quotes[1].speaker, "Port of Felixstowe");
	article_free(a);
}
END_TEST

/* A blockquote quotes; a table laid out inside one does not. */
START_TEST(test_table_in_blockquote)
{
	static const char page[] =
		"<html><head><title>Statistics</title></head><body><article>"
		"<h1>Statistics</h1>"
		"<p>The project had a busy year, and its developers committed "
		"more changes than in any year before, as the table below "
		"shows in detail for every one of them.</p>"
		"<blockquote><p>We never stopped working on the code, not "
		"even for a single week of the year.</p></blockquote>"
		"<blockquote><table><tr><td>Herbert Lind</td><td>63</td></tr>"
		"<tr><td>Ann Moss</td><td>56</td></tr></table></blockquote>"
		"<p>The rest of the changes came from occasional "
		"contributors, who sent a handful each over the year.</p>"
		"</article></body></html>";
	struct article *a = parse_mem(page, sizeof(page) - 1);
	ck_assert_int_eq(find_para(a, "We never stopped")->kind, PARA_QUOTE);
	ck_assert_int_eq(find_para(a, "Herbert Lind")->kind, PARA_TEXT);
	ck_assert_int_eq(find_para(a, "56")->kind, PARA_TEXT);
	article_free(a);
}
END_TEST

START_TEST(test_multipage_with_comments)
{
	struct article *a = parse_fixture(FIX "multipage.html");

	ck_assert_str_eq(a->headline,
			 "How the city plans to plant ten thousand trees");
	ck_assert_str_eq(a->date, "2024-04-03");
	ck_assert_uint_eq(a->n_byline, 0);
	ck_assert_uint_eq(a->n_paragraphs, 3);
	assert_body_lacks(a, "Next page");
	assert_body_lacks(a, "Page 1");
	assert_body_lacks(a, "comment");
	assert_body_lacks(a, "greenthumb");
	assert_body_lacks(a, "water all of these");
	assert_body_lacks(a, "Published");
	article_free(a);
}
END_TEST

/* Naming reads only the head of a page, and agrees with the full parse. */
START_TEST(test_peek_agrees)
{
	static const char *const pages[] = {
		FIX "jsonld.html",  FIX "opengraph.html",
		FIX "nometa.html",  FIX "boilerplate.html",
		FIX "figures.html", FIX "multipage.html",
	};
	for (size_t i = 0; i < sizeof(pages) / sizeof(*pages); i++) {
		size_t len;
		char *buf = fixture(pages[i], &len);
		char *h = html_peek_headline(buf, len);
		struct article *a = parse_mem(buf, len);
		ck_assert_msg(h != NULL, "%s: no headline", pages[i]);
		ck_assert_str_eq(h, a->headline);
		free(h);
		article_free(a);
		free(buf);
	}
}
END_TEST

/* A byte order mark, a doctype, text before the <head> ends: naming
 * sees the tree the full parse sees. */
START_TEST(test_peek_shapes)
{
	static const char *const pages[] = {
		"\xef\xbb\xbf<!DOCTYPE html><html><head><title>Marked page "
		"title here</title></head><body><h1>Other</h1><p>Text.</p>"
		"</body></html>",
		"<html><head>stray text<title>Title in body</title></head>"
		"<body><h1>The heading</h1></body></html>",
		"<?xml version=\"1.0\"?><html><head><title>X</title></head><body>"
		"<h1>Only <b>heading</b> here</h1><h2>Sub</h2></body></html>",
		"<title>Unclosed title <h1>and heading",
	};
	for (size_t i = 0; i < sizeof(pages) / sizeof(*pages); i++) {
		char *err = NULL;
		size_t n = strlen(pages[i]);
		char *h = html_peek_headline(pages[i], n);
		struct article *a = parse_html(pages[i], n, "x.html", &err);
		ck_assert_msg(a != NULL, "%s", err ? err : "?");
		ck_assert_msg(h && !strcmp(h, a->headline),
			      "page %zu: peek \"%s\", parse \"%s\"", i,
			      h ? h : "(null)", a->headline);
		free(h);
		article_free(a);
	}
}
END_TEST

/* A page's head cut off in the middle still names the story. */
START_TEST(test_peek_cut_head)
{
	size_t len;
	char *buf = fixture(FIX "opengraph.html", &len);
	char *h = html_peek_headline(buf, 400);

	ck_assert_ptr_nonnull(h);
	ck_assert_str_eq(h, "Library extends opening hours");
	free(h);
	free(buf);
}
END_TEST

/* Appends s to a growing buffer. */
struct gbuf {
	char *p;
	size_t n, cap;
};

static void put(struct gbuf *b, const char *s)
{
	size_t k = strlen(s);
	if (b->n + k + 1 > b->cap) {
		b->cap = (b->n + k + 1) * 2;
		b->p = realloc(b->p, b->cap);
		ck_assert_ptr_nonnull(b->p);
	}
	memcpy(b->p + b->n, s, k + 1);
	b->n += k;
}

START_TEST(test_deep_nesting)
{
	struct gbuf b = {0};
	char *err = NULL;

	put(&b, "<html><head><title>Deep page with a long title</title>"
		"</head><body><p>A paragraph before the deep part of the "
		"page, long enough to count as text.</p>");
	for (int i = 0; i < 100000; i++)
		put(&b, "<div>");
	put(&b, "lost in the depths");
	for (int i = 0; i < 100000; i++)
		put(&b, "</div>");
	put(&b, "</body></html>");
	struct article *a = parse_html(b.p, b.n, "deep.html", &err);
	/* A story or a clear error; here the shallow part is a story. */
	ck_assert_msg(a != NULL, "error: %s", err ? err : "?");
	ck_assert_str_eq(a->headline, "Deep page with a long title");
	check_utf8(a);
	article_free(a);
	char *h = html_peek_headline(b.p, b.n);
	ck_assert_str_eq(h, "Deep page with a long title");
	free(h);

	/* Unclosed, too. */
	b.n = 0;
	put(&b, "<title>Unclosed</title>");
	for (int i = 0; i < 100000; i++)
		put(&b, "<div><span>");
	a = parse_html(b.p, b.n, "deep.html", &err);
	if (a)
		article_free(a);
	else
		free(err);
	free(b.p);
}
END_TEST

START_TEST(test_huge_page)
{
	struct gbuf b = {0};
	char *err = NULL;

	put(&b, "<html><head><title>A very long page</title></head><body>"
		"<article>");
	while (b.n < 50u << 20)
		put(&b, "<p>Another paragraph of a page that never ends, with "
			"commas, words and sentences. It goes on.</p>\n");
	put(&b, "</article></body></html>");
	struct article *a = parse_html(b.p, b.n, "huge.html", &err);
	ck_assert_msg(a != NULL, "error: %s", err ? err : "?");
	ck_assert_str_eq(a->headline, "A very long page");
	/* The paragraph limit holds. */
	ck_assert_uint_eq(a->n_paragraphs, limits.max_paragraphs);
	article_free(a);

	/* Past the size limit: a clear error. */
	size_t saved = limits.max_source_bytes;
	limits.max_source_bytes = 1 << 20;
	a = parse_html(b.p, b.n, "huge.html", &err);
	limits.max_source_bytes = saved;
	ck_assert_ptr_null(a);
	ck_assert_ptr_nonnull(strstr(err, "too large"));
	free(err);
	free(b.p);
}
END_TEST

static const char *const para =
	" is a paragraph that is long enough to be the body of this page, "
	"written for the encoding tests.</p></article></body></html>";

START_TEST(test_invalid_utf8)
{
	char page[1024];
	int n = snprintf(
		page, sizeof(page),
		"<html><head><meta charset=\"utf-8\"><title>Caf\xc3\xa9 "
		"\xff\xfe news</title></head><body><article><p>This "
		"\xc3\x28 text%s",
		para);
	struct article *a = parse_mem(page, n);

	/* Bad bytes become U+FFFD; the rest stays UTF-8, not Latin-1. */
	ck_assert_str_eq(a->headline,
			 "Caf\xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd news");
	assert_body_has(a, "This \xef\xbf\xbd( text is a paragraph");
	article_free(a);
}
END_TEST

START_TEST(test_legacy_charsets)
{
	char page[1024];
	struct article *a;
	int n;

	/* Declared Windows-1252. */
	n = snprintf(
		page, sizeof(page),
		"<html><head><meta http-equiv=\"Content-Type\" "
		"content=\"text/html; charset=windows-1252\"><title>Caf\xe9 "
		"opens \x96 at last</title></head><body><article><p>Text%s",
		para);
	a = parse_mem(page, n);
	ck_assert_str_eq(a->headline, "Caf\xc3\xa9 opens \xe2\x80\x93 at last");
	article_free(a);

	/* Undeclared, and plainly not UTF-8. */
	n = snprintf(
		page, sizeof(page),
		"<html><head><title>Na\xefve caf\xe9 se\xf1or</title></head>"
		"<body><article><p>Text%s",
		para);
	a = parse_mem(page, n);
	ck_assert_str_eq(a->headline, "Na\xc3\xafve caf\xc3\xa9 se\xc3\xb1or");
	article_free(a);

	/* A charset no one knows: still a story. */
	n = snprintf(page, sizeof(page),
		     "<html><head><meta charset=\"x-no-such-charset\"><title>"
		     "Odd charset</title></head><body><article><p>Text%s",
		     para);
	char *err = NULL;
	a = parse_html(page, n, "odd.html", &err);
	if (a) {
		check_utf8(a);
		article_free(a);
	} else {
		free(err);
	}
}
END_TEST

START_TEST(test_utf16)
{
	const char *ascii = "<html><head><title>Wide page</title></head>"
			    "<body><p>Hello</p></body></html>";
	size_t n = strlen(ascii);
	char *w = malloc(2 * n + 2);

	w[0] = (char)0xFF;
	w[1] = (char)0xFE;
	for (size_t i = 0; i < n; i++) {
		w[2 + 2 * i] = ascii[i];
		w[3 + 2 * i] = 0;
	}
	struct article *a = parse_mem(w, 2 * n + 2);
	ck_assert_str_eq(a->headline, "Wide page");
	article_free(a);
	free(w);
}
END_TEST

START_TEST(test_garbage)
{
	static const char *const inputs[] = {
		"",
		"<",
		"<html",
		"\x00\x01\x02\x03\xff\xfe\xfd",
		"<html><body></body></html>",
		"<script>var a = '<p>not text</p>';</script>",
		"<html><head><script type=\"application/ld+json\">{\"@type\":"
		"\"NewsArticle\", \"headline\": [1, {\"x\": null}], \"author\":"
		" 7, \"datePublished\": {}}</script></head><body><p>Plain "
		"paragraph of the page, long enough to be its body text.</p>"
		"</body></html>",
		"<html><head><script type=\"application/ld+json\">{{{{[[[[not "
		"json</script></head><body><p>x</p></body></html>",
	};
	for (size_t i = 0; i < sizeof(inputs) / sizeof(*inputs); i++) {
		char *err = NULL;
		size_t n = i == 3 ? 7 : strlen(inputs[i]);
		struct article *a = parse_html(inputs[i], n, "x.html", &err);
		if (a) {
			check_utf8(a);
			article_free(a);
		} else {
			ck_assert_ptr_nonnull(err);
			free(err);
		}
		free(html_peek_headline(inputs[i], n));
	}
}
END_TEST

static Suite *html_suite(void)
{
	Suite *s = suite_create("html");
	TCase *tc = tcase_create("pages");
	TCase *bad = tcase_create("hostile");

	tcase_add_test(tc, test_jsonld_first);
	tcase_add_test(tc, test_opengraph_only);
	tcase_add_test(tc, test_no_metadata);
	tcase_add_test(tc, test_boilerplate_left_out);
	tcase_add_test(tc, test_figures);
	tcase_add_test(tc, test_table_in_blockquote);
	tcase_add_test(tc, test_blockquote_footer_signs);
	tcase_add_test(tc, test_embedded_post_signed_by_name);
	tcase_add_test(tc, test_multipage_with_comments);
	tcase_add_test(tc, test_peek_agrees);
	tcase_add_test(tc, test_peek_cut_head);
	tcase_add_test(tc, test_peek_shapes);
	suite_add_tcase(s, tc);
	/* The big inputs take seconds under the sanitizers. */
	tcase_set_timeout(bad, 300);
	tcase_add_test(bad, test_deep_nesting);
	tcase_add_test(bad, test_huge_page);
	tcase_add_test(bad, test_invalid_utf8);
	tcase_add_test(bad, test_legacy_charsets);
	tcase_add_test(bad, test_utf16);
	tcase_add_test(bad, test_garbage);
	suite_add_tcase(s, bad);
	return s;
}

RUN_SUITE(html_suite)
