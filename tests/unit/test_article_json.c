/*
 * test_article_json.c - article.json round-trips through jansson: every
 * field of the model comes back, unknowns as null, order as SPEC shows.
 */
#include <jansson.h>
#include <string.h>

#include "articlefs/article_json.h"
#include "testutil.h"

START_TEST(seed_round_trips)
{
	size_t len;
	char *buf = fixture("tests/fixtures/seed.txt", &len), *err = NULL;
	struct article *a = parse_text(buf, len, "seed.txt", &err);
	ck_assert_ptr_nonnull(a);
	char *text = article_to_json(a, "the-name", false);
	ck_assert_ptr_nonnull(text);
	ck_assert_ptr_null(strchr(text, '\n')); /* one line: JSON Lines */

	json_error_t jerr;
	json_t *o = json_loads(text, 0, &jerr);
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(json_string_value(json_object_get(o, "name")),
			 "the-name");
	ck_assert_str_eq(json_string_value(json_object_get(o, "source")),
			 "seed.txt");
	ck_assert_str_eq(json_string_value(json_object_get(o, "format")),
			 "text");
	ck_assert_str_eq(json_string_value(json_object_get(o, "headline")),
			 a->headline);
	ck_assert_str_eq(json_string_value(json_object_get(o, "standfirst")),
			 a->standfirst);
	ck_assert(json_is_null(json_object_get(o, "date")));
	ck_assert(json_is_null(json_object_get(o, "url")));
	ck_assert(json_is_array(json_object_get(o, "byline")));
	ck_assert(json_is_array(json_object_get(o, "quotes")));
	ck_assert(json_is_array(json_object_get(o, "people")));
	json_t *paras = json_object_get(o, "paragraphs");
	ck_assert_uint_eq(json_array_size(paras), a->n_paragraphs);
	for (size_t i = 0; i < a->n_paragraphs; i++)
		ck_assert_str_eq(json_string_value(json_array_get(paras, i)),
				 a->paragraphs[i].text);
	json_t *images = json_object_get(o, "images");
	ck_assert_uint_eq(json_array_size(images), 2);
	json_t *im = json_array_get(images, 1);
	ck_assert_str_eq(json_string_value(json_object_get(im, "url")),
			 a->images[1].url);
	ck_assert_str_eq(json_string_value(json_object_get(im, "caption")),
			 a->images[1].caption);
	ck_assert(json_is_null(json_object_get(im, "credit")));

	/* SPEC's order: name first, images last. */
	const char *first = json_object_iter_key(json_object_iter(o));
	ck_assert_str_eq(first, "name");
	json_decref(o);
	free(text);
	article_free(a);
	free(buf);
}
END_TEST

START_TEST(quotes_and_people_round_trip)
{
	struct article *a = text_article("H\n\n“Yes,” Ann Lee said.\n");
	struct person *p = article_add_person(a, "Ann Lee");
	person_add_title(a, p, "mayor");
	p->mentions = 1;
	struct quote *q = article_add_quote(a, 0, 3, 7);
	q->speaker = p->name;
	q->cue = article_strdup(a, "said");
	char *text = article_to_json(a, "h", true);
	json_t *o = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(o);
	json_t *jq = json_array_get(json_object_get(o, "quotes"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(jq, "text")),
			 "Yes,");
	ck_assert_str_eq(json_string_value(json_object_get(jq, "speaker")),
			 "Ann Lee");
	ck_assert_int_eq(json_integer_value(json_object_get(jq, "paragraph")),
			 0);
	ck_assert_int_eq(json_integer_value(json_object_get(jq, "start")), 3);
	ck_assert_int_eq(json_integer_value(json_object_get(jq, "end")), 7);
	ck_assert_str_eq(json_string_value(json_object_get(jq, "cue")), "said");
	json_t *jp = json_array_get(json_object_get(o, "people"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(jp, "slug")),
			 "ann-lee");
	ck_assert_str_eq(json_string_value(json_array_get(
				 json_object_get(jp, "titles"), 0)),
			 "mayor");
	ck_assert_int_eq(json_integer_value(json_object_get(jp, "mentions")),
			 1);
	json_decref(o);
	free(text);
	article_free(a);
}
END_TEST

/* Quotes and people are written as text, not by jansson: the file must
 * still be laid out exactly as jansson lays it out, in both layouts, escapes
 * included. */
START_TEST(quotes_and_people_as_jansson_writes_them)
{
	struct article *a =
		text_article("H\n\n“A \\ \"b\" ü,” Ann Lee said.\n\nMore.\n");
	struct person *p = article_add_person(a, "Ann Lee");
	person_add_title(a, p, "mayor");
	person_add_title(a, p, "Sen. \"x\"");
	person_add_alias(a, p, "Lee");
	p->mentions = 12345;
	article_add_person(a, "Bob Stone");
	struct quote *q = article_add_quote(a, 0, 3, 15);
	q->speaker = p->name;
	q->cue = article_strdup(a, "c\x01\x1f\b\f\n\r\t\x7f/\\\"");
	article_add_quote(a, 1, 0, 4);
	for (int pretty = 0; pretty < 2; pretty++) {
		char *text = article_to_json(a, "h", pretty);
		json_t *o = json_loads(text, 0, NULL);
		ck_assert_ptr_nonnull(o);
		char *again = json_dumps(
			o, JSON_PRESERVE_ORDER |
				   (pretty ? JSON_INDENT(2) : JSON_COMPACT));
		ck_assert_str_eq(text, again);
		free(again);
		json_decref(o);
		free(text);
	}
	article_free(a);
}
END_TEST

START_TEST(error_line)
{
	char *line = error_to_json("a/b.txt", "empty file");
	json_t *o = json_loads(line, 0, NULL);
	ck_assert_str_eq(json_string_value(json_object_get(o, "source")),
			 "a/b.txt");
	ck_assert_str_eq(json_string_value(json_object_get(o, "error")),
			 "empty file");
	ck_assert_uint_eq(json_object_size(o), 2);
	json_decref(o);
	free(line);
}
END_TEST

static Suite *json_suite(void)
{
	Suite *s = suite_create("article.json");
	TCase *tc = tcase_create("render");
	tcase_add_test(tc, seed_round_trips);
	tcase_add_test(tc, quotes_and_people_round_trip);
	tcase_add_test(tc, quotes_and_people_as_jansson_writes_them);
	tcase_add_test(tc, error_line);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(json_suite)
