/*
 * test_lexicon.c - the word lists as the rules read them: a word is in a
 * list whatever its capitals, and a word read inside its text (the fast
 * way, past its end) is classed as the same word alone.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/lexicon.h"
#include "testutil.h"

START_TEST(capitals_do_not_matter)
{
	ck_assert(lex_lookup("said", 4) & LEX_VERB);
	ck_assert(lex_lookup("SAID", 4) & LEX_VERB);
	ck_assert(lex_lookup("Spokeswoman", 11) & LEX_HEAD);
	ck_assert_uint_eq(lex_lookup("Zorblat", 7), 0);
}
END_TEST

START_TEST(word_inside_text_is_the_word_alone)
{
	/* Lengths on both sides of 8 and 16, capitals, a UTF-8 letter,
	 * an abbreviation's period, a word too long for any list, and the
	 * last word, which leaves fewer than 24 bytes to read. */
	static const char text[] =
		"The Secretary-General said Mr. Ahmed, spokeswoman for "
		"Intergovernmental affairs and CONGRESSWOMAN Zoë "
		"internationalisationalism told Congress";
	size_t n = strlen(text);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && text[i - 1] != ' ')
			continue;
		size_t e = i;
		while (e < n && text[e] != ' ' && text[e] != ',')
			e++;
		char *alone = strndup(text + i, e - i);
		ck_assert_msg(lex_lookup_in(text + i, e - i, n - i) ==
				      lex_lookup(alone, e - i),
			      "\"%s\" classed apart from its text", alone);
		free(alone);
	}
	ck_assert(lex_lookup_in(text + 22, 4, n - 22) & LEX_VERB);
	ck_assert(lex_lookup_in(text + n - 8, 8, 8) & LEX_ORG);
}
END_TEST

static Suite *lexicon_suite(void)
{
	Suite *s = suite_create("lexicon");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, capitals_do_not_matter);
	tcase_add_test(tc, word_inside_text_is_the_word_alone);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(lexicon_suite)
