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

/* Mojibake, once or twice over, is repaired where a field is cleaned;
 * text that only looks like it ("CAFÉ’", "Gruß“", "café–bar") is not
 * touched. */
START_TEST(mojibake)
{
	struct article *a = article_new("s", "text");
	/* "ç" read as Latin-1 once ("Ã§"), then twice. */
	const char *once = "Fran\xC3\x83\xC2\xA7ois";
	ck_assert_str_eq(article_text(a, once, strlen(once)), "François");
	const char *twice = "Fran\xC3\x83\xC2\x83\xC3\x82\xC2\xA7ois";
	ck_assert_str_eq(article_text(a, twice, strlen(twice)), "François");
	/* "’" read as Windows-1252: "â€™". */
	const char *w1252 = "Trump\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s plan";
	ck_assert_str_eq(article_text(a, w1252, strlen(w1252)), "Trump’s plan");
	/* A no-break space mangled ("Â ") is a space. */
	const char *nbsp = "two\xC3\x82\xC2\xA0words";
	ck_assert_str_eq(article_text(a, nbsp, strlen(nbsp)), "two words");
	const char *real = "‘CAFÉ’, „Gruß“, café–bar, São Paulo, naïve, Ærø";
	ck_assert_str_eq(article_text(a, real, strlen(real)), real);
	uint32_t cp;
	ck_assert_uint_eq(utf8_unmangle("\xC3\x89\xE2\x80\x99", 5, &cp), 0);
	article_free(a);
}
END_TEST

/* Decomposed text (NFD) is composed, so that grep finds "José" as it is
 * typed and NFD mojibake is repaired; a mark no Latin-1 or Latin
 * Extended-A letter holds stays as it was. */
START_TEST(decomposed_text)
{
	struct article *a = article_new("s", "text");
	const char *nfd = "Jose\xCC\x81 Pen\xCC\x83"
			  "a, Franc\xCC\xA7ois";
	ck_assert_str_eq(article_text(a, nfd, strlen(nfd)),
			 "José Peña, François");
	/* "FranÃ\u0083Â§ois" with its "Ã" and "Â" in NFD: twice
	 * mangled, written decomposed. */
	const char *both = "FranA\xCC\x83\xC2\x83"
			   "A\xCC\x82\xC2\xA7ois";
	ck_assert_str_eq(article_text(a, both, strlen(both)), "François");
	/* q and a combining acute have no letter of their own; a mark
	 * opening the text has no base. */
	const char *other = "\xCC\x81q\xCC\x81";
	ck_assert_str_eq(article_text(a, other, strlen(other)), other);
	char out[8];
	ck_assert_uint_eq(utf8_compose("e\xCC\x81", 3, out), 2);
	ck_assert_int_eq(memcmp(out, "é", 2), 0);
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
	tcase_add_test(tc, mojibake);
	tcase_add_test(tc, decomposed_text);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(utf8_suite)
