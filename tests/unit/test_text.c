/*
 * test_text.c - the text and Markdown parser: the seed, the PolNeAR
 * layout, head lines (standfirst, byline, date, images), repair of bad
 * UTF-8, and inputs that must not hurt.
 */
#include <string.h>

#include "articlefs/limits.h"
#include "testutil.h"

START_TEST(seed_parses_exactly)
{
	size_t len;
	char *buf = fixture("tests/fixtures/seed.txt", &len), *err = NULL;
	struct article *a = parse_text(buf, len, "seed.txt", &err);

	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->headline, "Zelensky tells Vance Ukraine wants "
				      "‘security guarantees’ before talks to "
				      "end war");
	ck_assert_str_eq(a->standfirst, "President Donald Trump this week "
					"upended years of steadfast US "
					"support for Ukraine.");
	ck_assert_uint_eq(a->n_paragraphs, 24);
	ck_assert(strncmp(a->paragraphs[0].text, "Ukrainian President", 19) ==
		  0);
	ck_assert(strncmp(a->paragraphs[23].text, "“We have to grow up", 21) ==
		  0);
	ck_assert_uint_eq(a->n_images, 2);
	ck_assert_str_eq(a->images[0].caption, "President Volodymyr Zelensky");
	ck_assert(strncmp(a->images[0].url,
			  "https://www.expressandstar.com/resizer/v2/",
			  42) == 0);
	ck_assert(strstr(a->images[0].url, "width=300") != NULL);
	ck_assert_str_eq(a->images[1].caption,
			 "United States vice president JD Vance addresses the "
			 "audience during the Munich Security Conference at "
			 "the Bayerischer Hof Hotel in Munich, Germany");
	ck_assert_str_eq(a->images[1].url,
			 "http://content.assets.pressassociation.io/AP/2025/02/"
			 "14/f8c1b565912b4cd7b8b0e03d63558e66.jpg?w=640");
	ck_assert_uint_eq(a->n_byline, 0);
	ck_assert_ptr_null(a->date);
	ck_assert_str_eq(a->format, "text");
	article_free(a);
	free(buf);
}
END_TEST

START_TEST(polnear_layout)
{
	struct article *a = text_article(
		"Senate Passes Budget Deal.\n\n"
		"WASHINGTON — The Senate passed the deal on Friday.\n\n"
		"“It is a good day,” the leader said.\n"
		"The vote was 64 to 35.\n\n"
		"Read more here.\n");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->headline, "Senate Passes Budget Deal.");
	/* A blank line under the headline: the body starts right there. */
	ck_assert_ptr_null(a->standfirst);
	ck_assert_uint_eq(a->n_paragraphs, 3);
	ck_assert_str_eq(a->paragraphs[0].text,
			 "WASHINGTON — The Senate passed the deal on Friday.");
	/* Lines of one block join into one paragraph. */
	ck_assert_str_eq(a->paragraphs[1].text,
			 "“It is a good day,” the leader said. The vote was "
			 "64 to 35.");
	article_free(a);
}
END_TEST

START_TEST(markdown_head_lines)
{
	struct article *a = text_article(
		"# Council Approves Flood Plan\n\n"
		"*Work starts in spring, the council says*\n\n"
		"By Jane Doe and John Roe\n"
		"14 February 2025\n\n"
		"![The river at dusk](https://example.org/river.jpg)\n\n"
		"The council voted on **Tuesday** to approve "
		"[the plan](https://example.org/plan).\n\n"
		"## What happens next\n\n"
		"> Nobody wants another flood.\n\n"
		"Work begins in April.\n");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->headline, "Council Approves Flood Plan");
	ck_assert_str_eq(a->standfirst,
			 "Work starts in spring, the council says");
	ck_assert_uint_eq(a->n_byline, 2);
	ck_assert_str_eq(a->byline[0], "Jane Doe");
	ck_assert_str_eq(a->byline[1], "John Roe");
	ck_assert_str_eq(a->date, "2025-02-14");
	ck_assert_uint_eq(a->n_images, 1);
	ck_assert_str_eq(a->images[0].caption, "The river at dusk");
	ck_assert_uint_eq(a->n_paragraphs, 4);
	ck_assert_str_eq(a->paragraphs[0].text,
			 "The council voted on Tuesday to approve the plan.");
	ck_assert_int_eq(a->paragraphs[1].kind, PARA_HEADING);
	ck_assert_str_eq(a->paragraphs[1].text, "What happens next");
	ck_assert_int_eq(a->paragraphs[2].kind, PARA_QUOTE);
	ck_assert_str_eq(a->paragraphs[2].text, "Nobody wants another flood.");
	article_free(a);
}
END_TEST

/* A Markdown block quote over several lines: each line's '>' goes, and a
 * line of '>' alone parts its paragraphs. */
START_TEST(markdown_block_quote_lines)
{
	struct article *a =
		text_article("# Mayor Backs Plan\n\n"
			     "Mayor Ann Lee backed the plan on Monday.\n\n"
			     "> This is the best day\n"
			     "> for the city.\n"
			     ">\n"
			     "> — Ann Lee\n\n"
			     "Work begins in April.\n");
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(a->n_paragraphs, 4);
	ck_assert_int_eq(a->paragraphs[1].kind, PARA_QUOTE);
	ck_assert_str_eq(a->paragraphs[1].text,
			 "This is the best day for the city.");
	ck_assert_int_eq(a->paragraphs[2].kind, PARA_QUOTE);
	ck_assert_str_eq(a->paragraphs[2].text, "— Ann Lee");
	ck_assert_int_eq(a->paragraphs[3].kind, PARA_TEXT);
	article_free(a);
}
END_TEST

START_TEST(byline_and_date_one_line_layout)
{
	struct article *a = text_article("Rail Operator Fined\n"
					 "By Helen Marsh\n"
					 "March 3, 2025\n"
					 "The regulator fined the operator.\n"
					 "It will appeal.\n");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_null(a->standfirst);
	ck_assert_uint_eq(a->n_byline, 1);
	ck_assert_str_eq(a->byline[0], "Helen Marsh");
	ck_assert_str_eq(a->date, "2025-03-03");
	ck_assert_uint_eq(a->n_paragraphs, 2);
	article_free(a);
}
END_TEST

START_TEST(invalid_utf8_is_repaired)
{
	struct article *a = text_article("Caf\xE9 owners protest\n\n"
					 "Prices rose 5\xA0% in a year.\n");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->headline, "Caf\xEF\xBF\xBD owners protest");
	ck_assert_str_eq(a->paragraphs[0].text,
			 "Prices rose 5\xEF\xBF\xBD% in a year.");
	article_free(a);
}
END_TEST

START_TEST(crlf_and_bom)
{
	struct article *a = text_article("\xEF\xBB\xBFHeadline here\r\n\r\n"
					 "Body text.\r\n");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->headline, "Headline here");
	ck_assert_uint_eq(a->n_paragraphs, 1);
	ck_assert_str_eq(a->paragraphs[0].text, "Body text.");
	article_free(a);
}
END_TEST

/* Invisible line-breaking hints are dropped, so that grep finds the
 * word: soft hyphen, zero-width space, word joiner. */
START_TEST(invisible_hints_dropped)
{
	struct article *a = text_article("Vladi\xC2\xADmir speaks\n\n"
					 "Mr Pu\xE2\x80\x8Btin and "
					 "Mr\xE2\x81\xA0Lavrov met.\n");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->headline, "Vladimir speaks");
	ck_assert_str_eq(a->paragraphs[0].text, "Mr Putin and MrLavrov met.");
	article_free(a);
}
END_TEST

START_TEST(empty_and_blank_yield_nothing)
{
	char *err = NULL;
	ck_assert_ptr_null(parse_text("", 0, "e.txt", &err));
	ck_assert_ptr_nonnull(err);
	free(err);
	err = NULL;
	ck_assert_ptr_null(parse_text("\n \n\t\n", 5, "e.txt", &err));
	ck_assert_ptr_nonnull(strstr(err, "empty"));
	free(err);
}
END_TEST

START_TEST(peek_matches_parse)
{
	const char *s = "## A *Headline*\nbody\n";
	char *peek = text_peek_headline(s, strlen(s));
	struct article *a = text_article(s);
	ck_assert_str_eq(peek, a->headline);
	free(peek);
	article_free(a);
}
END_TEST

START_TEST(long_headline_and_big_text)
{
	/* A 1,000-character headline and 50 MB of text: parsed whole. */
	size_t n = 50u << 20;
	char *buf = malloc(n + 1);
	memset(buf, 'a', 1000);
	buf[1000] = '\n';
	for (size_t i = 1001; i < n; i++)
		buf[i] = (i % 100 == 99) ? '\n' : (i % 7 ? 'x' : ' ');
	buf[n] = '\0';
	char *err = NULL;
	struct article *a = parse_text(buf, n, "big.txt", &err);
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(strlen(a->headline), 1000);
	ck_assert_uint_eq(a->n_paragraphs, limits.max_paragraphs);
	article_free(a);
	free(buf);
}
END_TEST

START_TEST(binary_is_not_text)
{
	char bin[256];
	for (int i = 0; i < 256; i++)
		bin[i] = (char)i;
	ck_assert(!looks_like_text(bin, sizeof(bin)));
	ck_assert(!looks_like_text("H\0e\0l\0l\0o\0", 10)); /* UTF-16 */
	ck_assert(looks_like_text("plain words", 11));
	ck_assert_int_eq(format_detect(FORMAT_AUTO, "x.dat", bin, 256),
			 FORMAT_AUTO);
	ck_assert_int_eq(format_detect(FORMAT_AUTO, "x", "Headline\n", 9),
			 FORMAT_TEXT);
	ck_assert_int_eq(format_detect(FORMAT_AUTO, "x", "<!DOCTYPE html>", 15),
			 FORMAT_HTML);
	ck_assert_int_eq(format_detect(FORMAT_AUTO, "x", " {\"a\":1}", 8),
			 FORMAT_JSON);
	ck_assert_int_eq(format_detect(FORMAT_AUTO, "a.MD", "", 0),
			 FORMAT_TEXT);
}
END_TEST

static Suite *text_suite(void)
{
	Suite *s = suite_create("text");
	TCase *tc = tcase_create("parse");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, seed_parses_exactly);
	tcase_add_test(tc, polnear_layout);
	tcase_add_test(tc, markdown_head_lines);
	tcase_add_test(tc, markdown_block_quote_lines);
	tcase_add_test(tc, byline_and_date_one_line_layout);
	tcase_add_test(tc, invalid_utf8_is_repaired);
	tcase_add_test(tc, crlf_and_bom);
	tcase_add_test(tc, invisible_hints_dropped);
	tcase_add_test(tc, empty_and_blank_yield_nothing);
	tcase_add_test(tc, peek_matches_parse);
	tcase_add_test(tc, long_headline_and_big_text);
	tcase_add_test(tc, binary_is_not_text);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(text_suite)
