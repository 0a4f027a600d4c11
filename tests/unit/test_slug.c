/*
 * test_slug.c - story and person names as a user sees them in `ls`.
 *
 * Besides examples of each rule, every result is checked against the
 * promises scripts rely on: only [a-z0-9-], no hyphen at an end or doubled,
 * never empty-but-nonzero, never "." or "..", never over SLUG_MAX bytes,
 * and never a byte written past the caller's buffer.
 */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/slug.h"
#include "articlefs/utf8.h"

/* Asserts what every slug must be, whatever the input. */
static void check_shape(const char *out, size_t len)
{
	ck_assert_uint_le(len, SLUG_MAX);
	ck_assert_uint_eq(strlen(out), len);
	for (size_t i = 0; i < len; i++) {
		char c = out[i];

		ck_assert_msg((c >= 'a' && c <= 'z') ||
				      (c >= '0' && c <= '9') || c == '-',
			      "byte %zu of \"%s\" is 0x%02x", i, out,
			      (unsigned char)c);
	}
	if (len > 0) {
		ck_assert_msg(out[0] != '-', "leading hyphen: \"%s\"", out);
		ck_assert_msg(out[len - 1] != '-', "trailing hyphen: \"%s\"",
			      out);
	}
	ck_assert_msg(!strstr(out, "--"), "double hyphen: \"%s\"", out);
	ck_assert_str_ne(out, ".");
	ck_assert_str_ne(out, "..");
	ck_assert_ptr_null(strchr(out, '/'));
}

/*
 * The slug of n bytes at s, in a heap buffer of exactly SLUG_MAX + 1 bytes
 * so that AddressSanitizer catches any write past it.  The caller frees.
 */
static char *slug_n(const char *s, size_t n, size_t *lenp)
{
	char *out = malloc(SLUG_MAX + 1);
	size_t len;

	ck_assert_ptr_nonnull(out);
	memset(out, 'X', SLUG_MAX + 1);
	len = slug_make(s, n, out);
	check_shape(out, len);
	if (lenp)
		*lenp = len;
	return out;
}

#define assert_slug(in, want)                                                  \
	do {                                                                   \
		char *got_ = slug_n((in), strlen(in), NULL);                   \
		ck_assert_str_eq(got_, (want));                                \
		free(got_);                                                    \
	} while (0)

START_TEST(test_seed_headline)
{
	assert_slug("Zelensky tells Vance Ukraine wants ‘security guarantees’ "
		    "before talks to end war",
		    "zelensky-tells-vance-ukraine-wants-security-guarantees-"
		    "before-talks-to-end-war");
	assert_slug("JD Vance", "jd-vance");
	assert_slug("Volodymyr Zelensky", "volodymyr-zelensky");
}
END_TEST

START_TEST(test_transliteration)
{
	assert_slug("Straße", "strasse");
	assert_slug("Crème brûlée à la française",
		    "creme-brulee-a-la-francaise");
	assert_slug("Ærø and Øresund", "aero-and-oresund");
	assert_slug("Łódź", "lodz");
	assert_slug("Þór Ðorsteinsson", "thor-dorsteinsson");
	assert_slug("Œuvre", "oeuvre");
	assert_slug("Đorđe Đoković", "dorde-dokovic");
	assert_slug("Ștefan Țăranu, Şişli", "stefan-taranu-sisli");
	assert_slug("İstanbul ılık", "istanbul-ilik");
	assert_slug("Nguyễn Phú Trọng", "nguyen-phu-trong");
	assert_slug("Phở Hà Nội ở Đà Nẵng", "pho-ha-noi-o-da-nang");
	assert_slug("Trương Mỹ Lan", "truong-my-lan");
	assert_slug("Ĳsselmeer", "ijsselmeer");
	assert_slug("Åsa Ñúñez Çelik", "asa-nunez-celik");
	assert_slug("GROẞE", "grosse");
	/* Decomposed: e followed by a combining acute accent. */
	assert_slug("Cafe\xcc\x81 society", "cafe-society");
	/* A typeset ligature and fullwidth letters. */
	assert_slug("\xef\xac\x81nal", "final");
	assert_slug("ＡＢＣ１２３", "abc123");
	assert_slug("m² and 3º", "m2-and-3o");
}
END_TEST

/* Every letter of the two Latin blocks the brief names spells as ASCII. */
START_TEST(test_latin_blocks_all_letters)
{
	for (uint32_t cp = 0x00C0; cp <= 0x017F; cp++) {
		char in[8], *got;
		size_t n, len;

		if (cp == 0x00D7 || cp == 0x00F7) /* multiplication, division */
			continue;
		n = utf8_encode(cp, in);
		got = slug_n(in, n, &len);
		ck_assert_msg(len > 0, "U+%04X has no spelling", (unsigned)cp);
		free(got);
	}
	/* The Vietnamese vowels with tone marks, too. */
	for (uint32_t cp = 0x1EA0; cp <= 0x1EF9; cp++) {
		char in[8], *got;
		size_t len;

		got = slug_n(in, utf8_encode(cp, in), &len);
		ck_assert_msg(len == 1, "U+%04X spelt \"%s\"", (unsigned)cp,
			      got);
		free(got);
	}
}
END_TEST

START_TEST(test_separators)
{
	char *got;
	size_t len;

	/* The signs between the letters are not letters. */
	got = slug_n("\xc3\x97\xc3\xb7", 4, &len);
	ck_assert_uint_eq(len, 0);
	free(got);
	assert_slug("3×4", "3-4");
}
END_TEST

START_TEST(test_apostrophes)
{
	assert_slug("Zelenskyy’s plan", "zelenskyys-plan");
	assert_slug("don't stop", "dont-stop");
	assert_slug("Ngũgĩ waʼThiongʼo", "ngugi-wathiongo");
	assert_slug("Hawaiʻi", "hawaii");
	assert_slug("O’Brien’s", "obriens");
	/* Apostrophes outside a word only separate. */
	assert_slug("'Tis the season", "tis-the-season");
	assert_slug("rock ’n’ roll", "rock-n-roll");
	assert_slug("the Joneses’ farm", "the-joneses-farm");
	/* Opening quotation marks are not apostrophes. */
	assert_slug("a‘b", "a-b");
}
END_TEST

START_TEST(test_punctuation_runs)
{
	assert_slug("  --Hello,   World!!! -- ", "hello-world");
	assert_slug("Ukraine — Russia: talks (again)?",
		    "ukraine-russia-talks-again");
	assert_slug("a/b\\c", "a-b-c");
	assert_slug("covid-19", "covid-19");
	assert_slug("2% of GDP", "2-of-gdp");
	assert_slug("tab\there\nnewline", "tab-here-newline");
	assert_slug("...", "");
	assert_slug("../../etc/passwd", "etc-passwd");
	/* Other scripts and emoji separate words. */
	assert_slug("Путин meets Xi 习近平 today", "meets-xi-today");
	assert_slug("🚀 Launch🚀day 🚀", "launch-day");
	assert_slug("Ελλάδα", "");
}
END_TEST

START_TEST(test_empty)
{
	char out[SLUG_MAX + 1];

	memset(out, 'X', sizeof(out));
	ck_assert_uint_eq(slug_make("", 0, out), 0);
	ck_assert_str_eq(out, "");
	ck_assert_uint_eq(slug_make("!!! — ??? …", strlen("!!! — ??? …"), out),
			  0);
	ck_assert_str_eq(out, "");
	ck_assert_uint_eq(slug_make(".", 1, out), 0);
	ck_assert_uint_eq(slug_make("..", 2, out), 0);
	ck_assert_uint_eq(slug_make("’’’", strlen("’’’"), out), 0);
	ck_assert_str_eq(out, "");
}
END_TEST

START_TEST(test_length_argument)
{
	char *got;

	/* Only n bytes are read, and a NUL among them is a separator. */
	got = slug_n("hello world", 5, NULL);
	ck_assert_str_eq(got, "hello");
	free(got);
	got = slug_n("ab\0cd", 5, NULL);
	ck_assert_str_eq(got, "ab-cd");
	free(got);
}
END_TEST

START_TEST(test_invalid_utf8)
{
	/* A Latin-1 é is not UTF-8: it separates, it is not guessed at. */
	assert_slug("caf\xe9 au lait", "caf-au-lait");
	assert_slug("\xff\xfe\xfd", "");
	/* Truncated at the end, stray continuation bytes, surrogates. */
	assert_slug("abc\xc3", "abc");
	assert_slug("x\x80\x80y", "x-y");
	assert_slug("a\xed\xa0\x80z", "a-z");
	/* An overlong "/" must not become a slash, or a letter. */
	assert_slug("etc\xc0\xafpasswd", "etc-passwd");
	/* Half of "é" then a valid letter: the letter survives. */
	assert_slug("\xc3tre", "tre");
}
END_TEST

/* n copies of word separated by spaces, in a buffer the caller frees. */
static char *repeat(const char *word, int n)
{
	size_t wl = strlen(word);
	char *s = malloc(n * (wl + 1) + 1), *p = s;

	ck_assert_ptr_nonnull(s);
	for (int i = 0; i < n; i++) {
		memcpy(p, word, wl);
		p += wl;
		*p++ = ' ';
	}
	*p = '\0';
	return s;
}

START_TEST(test_cut_at_word_boundary)
{
	char *in = repeat("word", 40), *got;
	char want[SLUG_MAX + 1] = "";
	size_t len;

	/* 16 words make 79 bytes; a 17th would make 84. */
	for (int i = 0; i < 16; i++)
		strcat(want, i ? "-word" : "word");
	got = slug_n(in, strlen(in), &len);
	ck_assert_uint_eq(len, 79);
	ck_assert_str_eq(got, want);
	free(got);
	free(in);
}
END_TEST

START_TEST(test_cut_edges)
{
	char in[256], *got;
	size_t len;

	/* Exactly 80 bytes is kept whole: 75 letters, a hyphen, 4 letters. */
	memset(in, 'a', 75);
	strcpy(in + 75, " bcde");
	got = slug_n(in, strlen(in), &len);
	ck_assert_uint_eq(len, 80);
	ck_assert_str_eq(got + 75, "-bcde");
	free(got);

	/* One more letter and the last word goes. */
	strcpy(in + 75, " bcdef");
	got = slug_n(in, strlen(in), &len);
	ck_assert_uint_eq(len, 75);
	free(got);

	/* A full first word and then more words: the first word stays. */
	memset(in, 'a', 80);
	strcpy(in + 80, " more words");
	got = slug_n(in, strlen(in), &len);
	ck_assert_uint_eq(len, 80);
	ck_assert_ptr_null(strchr(got, '-'));
	free(got);

	/* A word transliterated to two letters does not fit in one. */
	memset(in, 'a', 78);
	strcpy(in + 78, " ß");
	got = slug_n(in, strlen(in), &len);
	ck_assert_uint_eq(len, 78);
	free(got);
	memset(in, 'a', 77);
	strcpy(in + 77, " ß");
	got = slug_n(in, strlen(in), &len);
	ck_assert_uint_eq(len, 80);
	ck_assert_str_eq(got + 77, "-ss");
	free(got);

	/* Punctuation after a full slug changes nothing. */
	memset(in, 'a', 80);
	strcpy(in + 80, "!!!");
	got = slug_n(in, strlen(in), &len);
	ck_assert_uint_eq(len, 80);
	free(got);
}
END_TEST

START_TEST(test_hard_cut)
{
	char in[300], *got;
	size_t len;

	/* One word longer than the limit is cut inside the word. */
	memset(in, 'z', 200);
	got = slug_n(in, 200, &len);
	ck_assert_uint_eq(len, SLUG_MAX);
	ck_assert_uint_eq(strspn(got, "z"), SLUG_MAX);
	free(got);

	/* After a first short word, an overlong one goes whole. */
	strcpy(in, "ab ");
	memset(in + 3, 'z', 200);
	got = slug_n(in, 203, &len);
	ck_assert_str_eq(got, "ab");
	free(got);
}
END_TEST

START_TEST(test_long_headline)
{
	/* A 1,000-character headline with accents and apostrophes. */
	char *in = repeat("Zelenskyy’s café — naïve", 40), *got;
	size_t len;

	ck_assert_uint_ge(strlen(in), 1000);
	got = slug_n(in, strlen(in), &len);
	ck_assert_uint_gt(len, SLUG_MAX - 20);
	ck_assert(strncmp(got, "zelenskyys-cafe-naive-zelenskyys-", 33) == 0);
	/* Cut after a whole word: what follows in the full slug is "-". */
	ck_assert(strcmp(got + len - 5, "-cafe") == 0 ||
		  strcmp(got + len - 6, "-naive") == 0 ||
		  strcmp(got + len - 11, "-zelenskyys") == 0);
	free(got);
	free(in);
}
END_TEST

/* A fixed-seed generator, so that a failure reproduces. */
static uint32_t next_random(uint32_t *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 17;
	*state ^= *state << 5;
	return *state;
}

START_TEST(test_random_input_keeps_shape)
{
	static const char *const pieces[] = {
		"a", "Z",    "9",    " ",    "-",  "'",	       "’",
		"é", "ß",    "Œ",    "ệ",    "П",  "🚀",	       "/",
		".", "\xc3", "\x80", "\xff", "\0", "\xcc\x81",
	};
	const size_t npieces = sizeof(pieces) / sizeof(pieces[0]);
	uint32_t state = 2463534242u;
	char in[2048];

	for (int round = 0; round < 5000; round++) {
		size_t n = 0, want = next_random(&state) % 400;

		while (n < want) {
			uint32_t r = next_random(&state);
			const char *p = pieces[r % npieces];
			size_t pl = *p ? strlen(p) : 1;

			if (r & 0x10000) {
				/* Sometimes a raw random byte. */
				in[n++] = (char)(r >> 24);
				continue;
			}
			memcpy(in + n, p, pl);
			n += pl;
		}
		free(slug_n(in, n, NULL));
	}
}
END_TEST

static Suite *slug_suite(void)
{
	Suite *s = suite_create("slug");
	TCase *tc = tcase_create("slug");

	tcase_add_test(tc, test_seed_headline);
	tcase_add_test(tc, test_transliteration);
	tcase_add_test(tc, test_latin_blocks_all_letters);
	tcase_add_test(tc, test_separators);
	tcase_add_test(tc, test_apostrophes);
	tcase_add_test(tc, test_punctuation_runs);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_length_argument);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_cut_at_word_boundary);
	tcase_add_test(tc, test_cut_edges);
	tcase_add_test(tc, test_hard_cut);
	tcase_add_test(tc, test_long_headline);
	tcase_add_test(tc, test_random_input_keeps_shape);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(slug_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
