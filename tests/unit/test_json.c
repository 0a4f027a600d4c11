/*
 * test_json.c - JSON and JSON Lines sources: the records a mount lists,
 * their headlines for naming, and the story each record becomes.
 *
 * The fixtures under tests/fixtures/json use each family of field names
 * that scrapers and datasets write (news-please, newspaper, schema.org,
 * a news API, WordPress), with nulls, wrong types and broken lines mixed
 * in.  Hostile inputs (10,000 levels of nesting, 100,000 lines) are built
 * here.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "articlefs/limits.h"
#include "articlefs/model.h"
#include "articlefs/source.h"
#include "articlefs/utf8.h"
#include "testutil.h"

#define FIX "tests/fixtures/json/"

/* A source as the collection holds it: its bytes and its records. */
struct src {
	char *buf;
	size_t len;
	bool lines;
	struct record_list recs;
};

static void open_src(struct src *s, const char *path)
{
	char *err = NULL;

	s->buf = fixture(path, &s->len);
	s->lines = path_is_json_lines(path);
	ck_assert_msg(json_scan(s->buf, s->len, s->lines, &s->recs, &err) == 0,
		      "%s: %s", path, err ? err : "?");
}

static void close_src(struct src *s)
{
	record_list_free(&s->recs);
	free(s->buf);
}

/* Parses record i the way source.c does; NULL with *err on failure. */
static struct article *open_record(struct src *s, size_t i, char **err)
{
	const struct record *r = &s->recs.v[i];

	if (s->lines)
		return parse_json(s->buf + r->offset, r->length, 0, "x#1", err);
	return parse_json(s->buf, s->len, r->index, "x#1", err);
}

static struct article *must_open(struct src *s, size_t i)
{
	char *err = NULL;
	struct article *a = open_record(s, i, &err);

	ck_assert_msg(a != NULL, "record %zu: %s", i + 1, err ? err : "?");
	ck_assert_str_eq(a->format, "json");
	/* Naming and the story agree on the headline. */
	if (s->recs.v[i].headline)
		ck_assert_str_eq(s->recs.v[i].headline, a->headline);
	else
		ck_assert_str_eq(a->headline, "");
	return a;
}

START_TEST(test_json_lines_families)
{
	struct src s = {0};
	struct article *a;

	open_src(&s, FIX "newsplease.jsonl");
	/* Seven lines, one blank: six records. */
	ck_assert_uint_eq(s.recs.n, 6);

	/* news-please: title, maintext, authors, date_publish, ... */
	a = must_open(&s, 0);
	ck_assert_str_eq(a->headline, "Harbour bridge reopens after repairs");
	ck_assert_uint_eq(a->n_paragraphs, 2);
	ck_assert_str_eq(a->paragraphs[1].text,
			 "Engineers said the work took six weeks.");
	ck_assert_uint_eq(a->n_byline, 2);
	ck_assert_str_eq(a->byline[1], "Tom Hale");
	ck_assert_str_eq(a->date, "2024-03-04T09:15:00");
	ck_assert_str_eq(a->url, "https://news.example/bridge");
	ck_assert_str_eq(a->standfirst, "Traffic is flowing again.");
	ck_assert_uint_eq(a->n_images, 1);
	ck_assert_str_eq(a->images[0].url, "https://news.example/bridge.jpg");
	article_free(a);

	/* headline, text with single newlines, a "By A and B" byline. */
	a = must_open(&s, 1);
	ck_assert_str_eq(a->headline, "Council votes on new budget");
	ck_assert_uint_eq(a->n_paragraphs, 3);
	ck_assert_uint_eq(a->n_byline, 2);
	ck_assert_str_eq(a->byline[0], "Lee Park");
	ck_assert_str_eq(a->byline[1], "Sam Ode");
	ck_assert_str_eq(a->date, "2024-03-05");
	ck_assert_str_eq(a->url, "https://news.example/budget");
	article_free(a);

	/* A broken line is an error of its own, named by its line. */
	ck_assert_ptr_nonnull(s.recs.v[2].error);
	ck_assert_msg(!strncmp(s.recs.v[2].error, "line 3: invalid JSON", 20),
		      "%s", s.recs.v[2].error);

	/* Nulls and numbers where strings belong are skipped field by
	 * field; HTML bodies lose their tags; Unix times become dates. */
	a = must_open(&s, 3);
	ck_assert_str_eq(a->headline, "Schools to open later");
	ck_assert_uint_eq(a->n_paragraphs, 2);
	ck_assert_str_eq(a->paragraphs[1].text,
			 "Parents welcomed the change & teachers too.");
	ck_assert_str_eq(a->byline[0], "Jo Marsh");
	ck_assert_str_eq(a->date, "2024-03-05T09:00:00Z");
	ck_assert_str_eq(a->images[0].caption, "A classroom");
	ck_assert_str_eq(a->images[0].credit, "Photo: K. Lin");
	article_free(a);

	/* Line 6 is an array, not an article. */
	ck_assert_ptr_nonnull(s.recs.v[4].error);
	ck_assert_str_eq(s.recs.v[4].error, "line 6: not a JSON object");

	a = must_open(&s, 5);
	ck_assert_uint_eq(a->n_paragraphs, 2);
	ck_assert_uint_eq(a->n_byline, 1);
	ck_assert_str_eq(a->byline[0], "Ida Berg");
	ck_assert_ptr_null(a->date);
	ck_assert_ptr_null(a->url);
	ck_assert_ptr_null(a->standfirst);
	ck_assert_uint_eq(a->n_images, 2);
	article_free(a);
	close_src(&s);
}
END_TEST

START_TEST(test_array)
{
	struct src s = {0};
	struct article *a;
	char *err = NULL;

	open_src(&s, FIX "array.json");
	ck_assert_uint_eq(s.recs.n, 4);
	ck_assert_str_eq(s.recs.v[3].headline, "Fourth story");
	a = must_open(&s, 0);
	ck_assert_str_eq(a->byline[0], "Rae Quinn");
	ck_assert_str_eq(a->date, "2023-11-02T10:00:00Z");
	ck_assert_uint_eq(a->n_paragraphs, 2);
	article_free(a);
	a = must_open(&s, 1);
	ck_assert_uint_eq(a->n_byline, 2);
	ck_assert_str_eq(a->byline[1], "Ola Fen");
	ck_assert_str_eq(a->date, "2023-11-07T08:00:00Z");
	article_free(a);
	ck_assert_ptr_nonnull(s.recs.v[2].error);
	ck_assert_ptr_null(open_record(&s, 2, &err));
	ck_assert_ptr_nonnull(err);
	free(err);
	a = must_open(&s, 3);
	ck_assert_str_eq(a->paragraphs[0].text, "Fourth body.");
	article_free(a);
	close_src(&s);
}
END_TEST

START_TEST(test_single_object)
{
	struct src s = {0};
	struct article *a;

	open_src(&s, FIX "single.json");
	ck_assert_uint_eq(s.recs.n, 1);
	a = must_open(&s, 0);
	ck_assert_str_eq(a->headline, "Ferry service returns to the island");
	ck_assert_str_eq(a->byline[0], "Nia Cole");
	ck_assert_str_eq(a->date, "2024-06-14T07:30:00+01:00");
	ck_assert_str_eq(a->standfirst, "A summer timetable.");
	ck_assert_str_eq(a->images[0].url, "https://news.example/ferry.jpg");
	article_free(a);
	close_src(&s);
}
END_TEST

START_TEST(test_api_wrapper)
{
	struct src s = {0};
	struct article *a;

	open_src(&s, FIX "wrapped.json");
	ck_assert_uint_eq(s.recs.n, 2);
	a = must_open(&s, 0);
	ck_assert_str_eq(a->headline, "Rail strike called off");
	ck_assert_str_eq(a->byline[0], "Pat Lowe");
	ck_assert_str_eq(a->images[0].url, "https://news.example/rail.jpg");
	ck_assert_str_eq(a->date, "2024-02-01T12:00:00Z");
	article_free(a);
	a = must_open(&s, 1);
	ck_assert_uint_eq(a->n_byline, 0);
	ck_assert_str_eq(a->paragraphs[0].text, "Forty schools shut.");
	article_free(a);
	close_src(&s);
}
END_TEST

START_TEST(test_wordpress)
{
	struct src s = {0};
	struct article *a;

	open_src(&s, FIX "wordpress.json");
	a = must_open(&s, 0);
	ck_assert_str_eq(a->headline, "Community garden opens");
	ck_assert_str_eq(a->standfirst, "Forty trees planted.");
	ck_assert_uint_eq(a->n_paragraphs, 2);
	ck_assert_str_eq(a->paragraphs[1].text,
			 "Volunteers planted \xe2\x80\x98"
			 "forty\xe2\x80\x99 trees.");
	ck_assert_str_eq(a->url, "https://blog.example/garden");
	article_free(a);
	close_src(&s);
}
END_TEST

START_TEST(test_escapes_and_encoding)
{
	const char *line =
		"{\"title\": \"Caf\\u00e9 \\ud83d\\ude00 \\ud800 a\\u0000b "
		"\\\"quoted\\\"\", \"text\": \"Bad \xff byte.\"}\n";
	struct record_list l;
	char *err = NULL;

	ck_assert_int_eq(json_scan(line, strlen(line), true, &l, &err), 0);
	ck_assert_uint_eq(l.n, 1);
	ck_assert_str_eq(l.v[0].headline, "Caf\xc3\xa9 \xf0\x9f\x98\x80 "
					  "\xef\xbf\xbd a b \"quoted\"");
	struct article *a = parse_json(line, strlen(line), 0, "x#1", &err);
	ck_assert_msg(a != NULL, "%s", err ? err : "?");
	ck_assert_str_eq(a->headline, l.v[0].headline);
	ck_assert_str_eq(a->paragraphs[0].text, "Bad \xef\xbf\xbd byte.");
	article_free(a);
	record_list_free(&l);
}
END_TEST

START_TEST(test_not_articles)
{
	static const char *const docs[] = {
		"",	     "   \n",
		"42",	     "\"a string\"",
		"[]",	     "[1, 2",
		"{\"a\": }", "{} {}",
		"nul",	     "{\"title\": \"x\"} trailing",
	};
	for (size_t i = 0; i < sizeof(docs) / sizeof(*docs); i++) {
		struct record_list l;
		char *err = NULL;
		int rc = json_scan(docs[i], strlen(docs[i]), false, &l, &err);
		ck_assert_msg(rc == -1, "\"%s\" scanned", docs[i]);
		ck_assert_ptr_nonnull(err);
		free(err);
		err = NULL;
		struct article *a =
			parse_json(docs[i], strlen(docs[i]), 0, "x", &err);
		ck_assert_ptr_null(a);
		ck_assert_ptr_nonnull(err);
		free(err);
	}
}
END_TEST

/* A document nested n deep: {"a":{"a":...}} or [[[...]]]. */
static char *nested(int n, bool objects, const char *prefix)
{
	size_t plen = strlen(prefix);
	char *s = malloc(plen + 6 * (size_t)n + 16), *o = s;

	memcpy(o, prefix, plen);
	o += plen;
	for (int i = 0; i < n; i++)
		o = stpcpy(o, objects ? "{\"a\":" : "[");
	o = stpcpy(o, "1");
	for (int i = 0; i < n; i++)
		*o++ = objects ? '}' : ']';
	*o = '\0';
	return s;
}

START_TEST(test_deep_nesting)
{
	struct record_list l;
	char *err = NULL;

	char *arr = nested(10000, false, "");
	ck_assert_int_eq(json_scan(arr, strlen(arr), false, &l, &err), -1);
	ck_assert_msg(strstr(err, "nested too deeply") != NULL, "%s", err);
	free(err);
	err = NULL;
	ck_assert_ptr_null(parse_json(arr, strlen(arr), 0, "x", &err));
	free(err);
	free(arr);

	/* Inside an article, in a file of lines: that line's error. */
	char *obj = nested(10000, true, "{\"title\": \"Deep\", \"x\": ");
	size_t n = strlen(obj);
	obj = realloc(obj, n + 64);
	strcpy(obj + n, "}\n{\"title\": \"Shallow\", \"text\": \"Fine.\"}\n");
	err = NULL;
	ck_assert_int_eq(json_scan(obj, strlen(obj), true, &l, &err), 0);
	ck_assert_uint_eq(l.n, 2);
	ck_assert_ptr_nonnull(l.v[0].error);
	ck_assert_ptr_nonnull(strstr(l.v[0].error, "line 1"));
	ck_assert_str_eq(l.v[1].headline, "Shallow");
	ck_assert_ptr_null(
		parse_json(obj + l.v[0].offset, l.v[0].length, 0, "x#1", &err));
	ck_assert_ptr_nonnull(strstr(err, "nested too deeply"));
	free(err);
	record_list_free(&l);
	free(obj);

	/* Just within the limit is fine. */
	char *ok = nested(limits.max_depth - 1, true,
			  "{\"title\": \"Ok\", \"x\": ");
	n = strlen(ok);
	ok = realloc(ok, n + 2);
	strcpy(ok + n, "}");
	err = NULL;
	struct article *a = parse_json(ok, strlen(ok), 0, "x", &err);
	ck_assert_msg(a != NULL, "%s", err ? err : "?");
	ck_assert_str_eq(a->headline, "Ok");
	article_free(a);
	free(ok);
}
END_TEST

START_TEST(test_hundred_thousand_lines)
{
	const size_t lines = 100000;
	size_t cap = lines * 400, n = 0;
	char *buf = malloc(cap);
	struct record_list l;
	char *err = NULL;

	for (size_t i = 0; i < lines; i++)
		n += snprintf(buf + n, cap - n,
			      "{\"id\": %zu, \"authors\": [\"A B\"], \"tags\": "
			      "[1, [2, {\"x\": null}]], \"title\": \"Story "
			      "number %zu\", \"text\": \"%s\"}\n",
			      i, i + 1,
			      "First paragraph of the story.\\n\\nSecond "
			      "paragraph, with \\\"quotes\\\" in it.");
	clock_t t0 = clock();
	ck_assert_int_eq(json_scan(buf, n, true, &l, &err), 0);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	ck_assert_uint_eq(l.n, lines);
	ck_assert_str_eq(l.v[49999].headline, "Story number 50000");
	ck_assert_ptr_null(l.v[49999].error);
	/* Found by scanning, not by building every article: even under
	 * the sanitizers this stays well inside a few seconds. */
	ck_assert_msg(secs < 20, "scan took %.1f s", secs);
	struct article *a =
		parse_json(buf + l.v[lines - 1].offset, l.v[lines - 1].length,
			   0, "x#100000", &err);
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->headline, "Story number 100000");
	ck_assert_uint_eq(a->n_paragraphs, 2);
	article_free(a);
	record_list_free(&l);
	free(buf);
}
END_TEST

/* Bylines as pages and scrapers write them. */
START_TEST(test_byline_forms)
{
	static const struct {
		const char *json;
		const char *names[3];
	} cases[] = {
		{"\"By Nathan Willis March 25, 2015\"", {"Nathan Willis"}},
		{"\"Par S\\u00e9bastien Farcis\"",
		 {"S\xc3\xa9"
		  "bastien Farcis"}},
		{"\"Jane Doe, John Roe\"", {"Jane Doe", "John Roe"}},
		{"\"Doe, Jane\"", {"Doe, Jane"}},
		{"\"Ann Lee \\u2014\"", {"Ann Lee"}},
		{"[\"A One\", \"https://example.org/a\", \"B Two\"]",
		 {"A One", "B Two"}},
		{"{\"@type\": \"Person\", \"name\": \"Kim Mark\"}",
		 {"Kim Mark"}},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char doc[256];
		char *err = NULL;
		snprintf(doc, sizeof(doc), "{\"title\": \"T\", \"author\": %s}",
			 cases[i].json);
		struct article *a = parse_json(doc, strlen(doc), 0, "x", &err);
		ck_assert_msg(a != NULL, "%s", err ? err : "?");
		size_t n = 0;
		while (n < 3 && cases[i].names[n])
			n++;
		ck_assert_msg(a->n_byline == n, "%s: %zu names", cases[i].json,
			      a->n_byline);
		for (size_t k = 0; k < n; k++)
			ck_assert_str_eq(a->byline[k], cases[i].names[k]);
		article_free(a);
	}
}
END_TEST

static Suite *json_suite(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("records");
	TCase *bad = tcase_create("hostile");

	tcase_add_test(tc, test_json_lines_families);
	tcase_add_test(tc, test_array);
	tcase_add_test(tc, test_single_object);
	tcase_add_test(tc, test_api_wrapper);
	tcase_add_test(tc, test_wordpress);
	tcase_add_test(tc, test_escapes_and_encoding);
	tcase_add_test(tc, test_not_articles);
	tcase_add_test(tc, test_byline_forms);
	suite_add_tcase(s, tc);
	tcase_set_timeout(bad, 300);
	tcase_add_test(bad, test_deep_nesting);
	tcase_add_test(bad, test_hundred_thousand_lines);
	suite_add_tcase(s, bad);
	return s;
}

RUN_SUITE(json_suite)
