/*
 * test_utf8.c - strict decoding, and repair that turns each bad byte into
 * U+FFFD instead of dropping text.
 */
#include <string.h>

#include "articlefs/model.h"
#include "articlefs/utf8.h"
#include "testutil.h"

START_TEST(decode)
{
	uint32_t cp;
	ck_assert_uint_eq(utf8_decode("\xE2\x80\x9C", 3, &cp), 3);
	ck_assert_uint_eq(cp, 0x201C);
	ck_assert_uint_eq(utf8_decode("\xC0\xAF", 2, &cp), 1); /* overlong */
	ck_assert_uint_eq(cp, UTF8_REPLACEMENT);
	ck_assert_uint_eq(utf8_decode("\xED\xA0\x80", 3, &cp),
			  1);				       /* surrogate */
	ck_assert_uint_eq(utf8_decode("\xE2\x80", 2, &cp), 1); /* truncated */
}
END_TEST

START_TEST(repair)
{
	size_t n;
	char *r = utf8_repair("a\xFF"
			      "b\0c\xE2\x80",
			      7, &n);
	ck_assert_str_eq(r, "a\xEF\xBF\xBD"
			    "bc\xEF\xBF\xBD\xEF\xBF\xBD");
	ck_assert_uint_eq(n, strlen(r));
	free(r);
	ck_assert_uint_eq(utf8_count_invalid("ok \xEF\xBF\xBD", 6), 0);
	ck_assert_uint_eq(utf8_valid_prefix("ab\x80"
					    "c",
					    4),
			  2);
}
END_TEST

START_TEST(field_cleaning)
{
	struct article *a = article_new("s", "text");
	const char *s = "  two\t\n words\xC2\xA0here \xFF ";
	ck_assert_str_eq(article_text(a, s, strlen(s)),
			 "two words here \xEF\xBF\xBD");
	ck_assert_ptr_null(article_add_paragraph(a, " \n ", 3, PARA_TEXT));
	ck_assert_uint_eq(a->n_paragraphs, 0);
	article_free(a);
}
END_TEST

static Suite *utf8_suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("utf8");
	tcase_add_test(tc, decode);
	tcase_add_test(tc, repair);
	tcase_add_test(tc, field_cleaning);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(utf8_suite)
