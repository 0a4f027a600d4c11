/*
 * quotes.c - finding direct quotations and their speakers.
 *
 * Finding is one pass over each paragraph's bytes with a small state
 * machine: double quotes nest (inside a quotation, a straight mark before
 * a word opens, one after a word closes), a paragraph that ends inside a
 * quotation hands it on to the next one when that opens with a quotation
 * mark (the news convention for a quote over several paragraphs), and
 * single quotes count only where they open at a word's start and close
 * before a non-letter, so apostrophes (don’t, Trump’s, ’90s) never open
 * anything.
 *
 * Attribution follows the sieve idea: the most reliable rule that applies
 * decides.  In order: a name or pronoun beside a reporting verb right after
 * the quotation ("…,” Mr Vance said / said Mr Vance); a reporting verb
 * earlier in the same sentence, whose subject speaks (also "He warned
 * officials: “…”" and partial quotes); "according to X"; a quotation
 * continued from an earlier one (split by its attribution, or over
 * paragraphs); a paragraph that is only a quotation continues the previous
 * speaker; a partial quote takes its sentence's subject.  Pronouns go to
 * the previous sentence's subject when it fits, else the latest fitting
 * person; descriptions ("the US vice president") go to the person who was
 * given that title.  Every scan is bounded, so the whole is linear.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "articlefs/lexicon.h"
#include "articlefs/limits.h"
#include "articlefs/textscan.h"
#include "articlefs/utf8.h"

#define SINGLE_MAX     400 /* bytes a single-quoted phrase may span */
#define LOOK_TOKENS    40  /* how far an attribution is looked for */
#define SUBJECT_TOKENS 100 /* how far back a sentence's start is */
#define APPOSITIVE_MAX 40  /* tokens of ", a Republican from Ohio," */
#define RECENT_MAX     8   /* people remembered for pronouns */

/* ---- finding ---- */

enum mark {
	M_NONE,
	M_OPEN,	    /* “ „ « */
	M_CLOSE,    /* ” » */
	M_STRAIGHT, /* " */
	M_SOPEN,    /* ‘ */
	M_SCLOSE,   /* ’ */
	M_SSTRAIGHT /* ' */
};

static enum mark mark_at(const char *s, size_t n, size_t i, size_t *len)
{
	uint32_t cp;
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) { /* most bytes: no decoding needed */
		*len = 1;
		return c == '"' ? M_STRAIGHT : c == '\'' ? M_SSTRAIGHT : M_NONE;
	}
	*len = utf8_decode(s + i, n - i, &cp);
	switch (cp) {
	case 0x201C:
	case 0x201E:
	case 0xAB:
		return M_OPEN;
	case 0x201D:
	case 0xBB:
		return M_CLOSE;
	case '"':
		return M_STRAIGHT;
	case 0x2018:
		return M_SOPEN;
	case 0x2019:
		return M_SCLOSE;
	case '\'':
		return M_SSTRAIGHT;
	default:
		return M_NONE;
	}
}

/* Bytes that may start a quotation mark: ", ' and the lead bytes of
 * “ ” ‘ ’ „ (0xE2) and « » (0xC2). */
static const char mark_leads[] = "\"'\xE2\xC2";

static unsigned cp_before(const char *s, size_t i)
{
	if (i == 0)
		return ' ';
	size_t k = i - 1;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	uint32_t cp;
	utf8_decode(s + k, i - k, &cp);
	return cp;
}

static unsigned cp_after(const char *s, size_t n, size_t i)
{
	if (i >= n)
		return ' ';
	uint32_t cp;
	utf8_decode(s + i, n - i, &cp);
	return cp;
}

static int add_span(struct analysis *an, const struct qspan *q)
{
	if (an->nq == an->capq) {
		size_t nc = an->capq ? an->capq * 2 : 32;
		struct qspan *v = realloc(an->q, nc * sizeof(*v));
		if (!v)
			return -1;
		an->q = v;
		an->capq = nc;
	}
	an->q[an->nq++] = *q;
	return 0;
}

static bool has_letters(const char *s, size_t a, size_t b, int want)
{
	int n = 0;
	size_t len;
	for (size_t i = a; i < b; i += len) {
		uint32_t cp;
		len = utf8_decode(s + i, b - i, &cp);
		if (cp_is_alnum(cp) && ++n >= want)
			return true;
	}
	return false;
}

/* Whether the bytes [a, b) of s are one of the n words, as written;
 * SPAN_IN counts the list's words itself. */
static bool span_in(const char *s, size_t a, size_t b, const char *const *words,
		    size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (strlen(words[k]) == b - a &&
		    memcmp(s + a, words[k], b - a) == 0)
			return true;
	return false;
}
#define SPAN_IN(s, a, b, list)                                                 \
	span_in((s), (a), (b), (list), sizeof(list) / sizeof(*(list)))

/* Whether the word [a, b) is one of the lowercase words a title may hold
 * ("Meet the Press", "Face the Nation"). */
static bool title_small_word(const char *s, size_t a, size_t b)
{
	static const char *const small[] = {"a",  "an",	 "the", "of", "and",
					    "or", "for", "to",	"in", "on",
					    "at", "by",	 "with"};
	return SPAN_IN(s, a, b, small);
}

/* Whether [a, b) reads as a title: at most six words, each capitalised
 * (or a number) but for a title's small words, and no sentence inside. */
static bool title_words(const char *s, size_t a, size_t b)
{
	int words = 0;
	size_t i = a;
	while (i < b) {
		while (i < b && (s[i] == ' ' || s[i] == ','))
			i++;
		if (i >= b)
			break;
		size_t e = i;
		while (e < b && s[e] != ' ')
			e++;
		bool last = e >= b;
		char c = s[i];
		if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') &&
		    c != '&' && (words == 0 || !title_small_word(s, i, e)))
			return false;
		if (!last &&
		    (s[e - 1] == '.' || s[e - 1] == '?' || s[e - 1] == '!') &&
		    e - i > 2)
			return false;
		if (++words > 6)
			return false;
		i = e;
	}
	return words > 0;
}

/* The words in the quotation q of the paragraph s. */
static size_t quoted_words(const char *s, const struct qspan *q)
{
	size_t words = 0;
	for (size_t i = q->start; i < q->end; i++)
		words += s[i] != ' ' && (i == q->start || s[i - 1] == ' ');
	return words;
}

/*
 * A programme's or a publication's title, not a quotation: title words
 * right after a network's possessive ("on CNN’s “State of the Union”",
 * "Fox News channel’s “Sunday Morning Futures”"), after "on" ("said on
 * “Face the Nation”") or after the kind of work ("the reality show “The
 * Apprentice”", "the podcast “Off Message”").  mark is the opening mark's
 * first byte.
 */
static bool programme_title(const char *s, size_t mark, size_t start,
			    size_t end)
{
	/* Words that stand bare before a title (the kinds of work, "on"
	 * and "told" a programme), and the possessives of networks. */
	static const char *const bare[] = {
		"on",	  "show",   "program",	  "programme", "podcast",
		"series", "sitcom", "film",	  "movie",     "documentary",
		"column", "blog",   "newsletter", "book",      "novel",
		"album",  "song",   "musical",	  "episode",   "game",
		"hit",	  "told"};
	static const char *const networks[] = {"News",	 "Network", "Channel",
					       "Radio",	 "TV",	    "network",
					       "channel"};
	size_t b = mark;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	size_t a = b;
	while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '(')
		a--;
	if (a == b || !title_words(s, start, end))
		return false;
	/* A possessive's ending: 's or ’s. */
	size_t w = b;
	if (w - a > 2 && s[w - 1] == 's' && s[w - 2] == '\'')
		w -= 2;
	else if (w - a > 4 && s[w - 1] == 's' &&
		 memcmp(s + w - 4, "\xE2\x80\x99", 3) == 0)
		w -= 4;
	/* "broadcast of “Fox News Sunday,”", "an episode of “The Daily”",
	 * "in an interview with “Meet the Press”", "who starred in “Parks
	 * and Recreation”": a programme's noun and "of", an interview and
	 * "with", a part played and "in". */
	static const char *const of[] = {"of"}, *const with[] = {"with"},
				 *const in[] = {"in"};
	bool is_of = w == b && SPAN_IN(s, a, b, of);
	bool is_with = w == b && SPAN_IN(s, a, b, with);
	if (is_of || is_with || (w == b && SPAN_IN(s, a, b, in))) {
		static const char *const shows[] = {
			"broadcast", "episode", "edition", "airing",
			"taping",    "host",	"season",  "cover"};
		static const char *const interviews[] = {"interview",
							 "interviews"};
		static const char *const roles[] = {
			"starred",   "starring", "acting", "appeared",
			"appearing", "role",	 "roles",  "cast"};
		size_t pb = a;
		while (pb > 0 && s[pb - 1] == ' ')
			pb--;
		size_t pa = pb;
		while (pa > 0 && s[pa - 1] != ' ')
			pa--;
		return is_of	 ? SPAN_IN(s, pa, pb, shows)
		       : is_with ? SPAN_IN(s, pa, pb, interviews)
				 : SPAN_IN(s, pa, pb, roles);
	}
	/* "On “Face the Nation,” Pike said": "On" opening the sentence, not
	 * a title's "Sides With Bush On ‘Radical Islam’". */
	if (w == b && b - a == 2 && memcmp(s + a, "On", 2) == 0)
		return a == 0 ||
		       (a >= 2 && (s[a - 2] == '.' || s[a - 2] == '?' ||
				   s[a - 2] == '!'));
	if (w == b ? SPAN_IN(s, a, w, bare) : SPAN_IN(s, a, w, networks))
		return true;
	/* "CNN’s", "MSNBC's", "HBO’s": an acronym's possessive. */
	if (w == b || w - a < 2)
		return false;
	for (size_t i = a; i < w; i++)
		if (!(s[i] >= 'A' && s[i] <= 'Z') && s[i] != '-')
			return false;
	return true;
}

/* "the “Jane the Virgin” actress", "“Broad City” star Arturo Castro",
 * "the “Star Wars” sequel", "“The Apprentice” TV show": title words
 * before the noun of one who makes or stars in a work, or of a work made
 * of it, name that work.  after is the first byte after the closing
 * mark. */
static bool maker_after(const char *s, size_t n, size_t start, size_t end,
			size_t after)
{
	static const char *const makers[] = {
		"star",	    "stars",	 "actress", "actor",	"creator",
		"co-star",  "host",	 "author",  "director", "writer",
		"producer", "presenter", "sequel",  "prequel",	"reboot",
		"remake",   "franchise", "trilogy", "award",	"TV"};
	if (after >= n || s[after] != ' ')
		return false;
	size_t a = after + 1, e = a;
	while (e < n &&
	       ((s[e] >= 'a' && s[e] <= 'z') || s[e] == 'T' || s[e] == 'V'))
		e++;
	if (e < n && s[e] == '-')
		for (e++; e < n && s[e] >= 'a' && s[e] <= 'z';)
			e++;
	if (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '.')
		return false;
	/* The word after first: most quotations are followed by none of
	 * these, and the title's words need not be read. */
	return SPAN_IN(s, a, e, makers) && title_words(s, start, end);
}

/* "(CROSSTALK.)", "(Applause)", "(BEGIN VIDEO CLIP)": a transcript's
 * short note of what happened, all in brackets, which no one said (a
 * longer aside in brackets may well be quoted). */
static bool stage_direction(const char *s, size_t start, size_t end)
{
	while (end > start && (s[end - 1] == '.' || s[end - 1] == ' '))
		end--;
	if (end - start < 3 || s[start] != '(' || s[end - 1] != ')')
		return false;
	int words = 1;
	for (size_t i = start + 1; i + 1 < end; i++) {
		if (s[i] == '(' || s[i] == ')')
			return false;
		words += s[i] == ' ';
	}
	return words <= 4;
}

/* Whether the character at i is a capital letter. */
static bool upper_at(const char *s, size_t n, size_t i)
{
	uint32_t cp;
	if ((unsigned char)s[i] < 0x80)
		return s[i] >= 'A' && s[i] <= 'Z';
	return utf8_decode(s + i, n - i, &cp) && cp_is_upper(cp);
}

/* Whether [s, s + n), a sentence ending in its period, is the line that
 * signs a pull quotation: a first name the lists know and a surname,
 * after a few capitalised words or titles ("S.C. Rep. Jim Clyburn.",
 * "Former NAACP president Ben Jealous."), then perhaps a comma and an
 * affiliation ("Dean Baker, Center for Economic and Policy Research."). */
static bool signing_line(const char *s, size_t n)
{
	size_t name_end = 0;
	while (name_end < n && s[name_end] != ',')
		name_end++;
	if (name_end == n)
		name_end = n - 1; /* the closing period */
	for (size_t i = name_end; i + 1 < n; i++)
		if (strchr(".?!\"", s[i]) && (i + 2 == n || s[i + 1] == ' '))
			return false; /* a second sentence */
	struct {
		size_t at, len;
	} word[6];
	size_t nw = 0;
	for (size_t i = 0; i < name_end;) {
		size_t e = i;
		while (e < name_end && s[e] != ' ')
			e++;
		if (nw == 6)
			return false;
		word[nw].at = i;
		word[nw++].len = e - i;
		i = e;
		while (i < name_end && s[i] == ' ')
			i++;
	}
	if (nw < 2)
		return false;
	/* The surname: a capital, then a lowercase letter. */
	const char *last = s + word[nw - 1].at;
	if (!upper_at(last, word[nw - 1].len, 0) || word[nw - 1].len < 2 ||
	    last[1] < 'a' || last[1] > 'z')
		return false;
	size_t first = nw - 2;
	/* "John F. Kennedy": an initial between. */
	if (first > 0 && word[first].len == 2 && s[word[first].at + 1] == '.')
		first--;
	if (!(lex_lookup(s + word[first].at, word[first].len) &
	      (LEX_MALE | LEX_FEMALE)) ||
	    !upper_at(s + word[first].at, word[first].len, 0))
		return false;
	for (size_t k = 0; k < first; k++)
		if (!upper_at(s + word[k].at, word[k].len, 0) &&
		    !(lex_lookup(s + word[k].at, word[k].len) &
		      (LEX_TITLE | LEX_HEAD)))
			return false;
	return true;
}

/* Where the signing line of a pull quotation starts inside its marks, or
 * 0: web pages set a quotation apart with its speaker's name below it,
 * and their text keeps both in one pair of marks ("“We are going to
 * enter the next recession…. Josh Bivens, Economic Policy Institute.”").
 * The earliest sentence of the last 120 bytes that signs. */
static size_t signed_inside(const char *s, size_t start, size_t end)
{
	if (end < start + 24 || s[end - 1] != '.')
		return 0;
	size_t c = end > start + 120 ? end - 120 : start + 2;
	for (; c + 4 < end; c++)
		if (s[c - 1] == ' ' && strchr(".?!", s[c - 2]) &&
		    upper_at(s, end, c) && signing_line(s + c, end - c))
			return c;
	return 0;
}

/* Adds the quotation at [start, end) unless it holds no word. */
static int span(struct analysis *an, size_t para, size_t mark, size_t start,
		size_t end, size_t after, bool closed, bool cont)
{
	const char *s = an->a->paragraphs[para].text;
	while (start < end && s[start] == ' ')
		start++;
	while (end > start && s[end - 1] == ' ')
		end--;
	if (!has_letters(s, start, end, 1))
		return 0;
	/* A pull quotation that fills its paragraph, signed inside its
	 * marks: the signature is left outside, as the writer's words. */
	size_t sig = 0, n = an->a->paragraphs[para].len;
	if (closed && mark == 0 && after + 2 >= n &&
	    (sig = signed_inside(s, start, end))) {
		after = sig;
		end = sig - 1;
	}
	struct qspan q = {.para = para,
			  .mark = mark,
			  .start = start,
			  .end = end,
			  .after = after,
			  .closed = closed,
			  .cont = cont,
			  .tok = (size_t)-1,
			  .person = -1,
			  .org = -1,
			  .pull = sig != 0,
			  .drop = programme_title(s, mark, start, end) ||
				  stage_direction(s, start, end) ||
				  maker_after(s, n, start, end, after)};
	/* "starred in “Parks and Recreation” and “Guardians of the
	 * Galaxy,”": a title joined to a title is one too. */
	const struct qspan *prev = an->nq ? &an->q[an->nq - 1] : NULL;
	if (!q.drop && prev && prev->drop && prev->para == para &&
	    prev->after <= mark && title_words(s, start, end)) {
		size_t g = prev->after;
		while (g < mark && (s[g] == ' ' || s[g] == ','))
			g++;
		size_t gap = mark - g;
		q.drop = gap == 0 ||
			 (gap == 4 && memcmp(s + g, "and ", 4) == 0) ||
			 (gap == 3 && memcmp(s + g, "or ", 3) == 0);
	}
	return add_span(an, &q);
}

/* Whether the word at i is one that follows a closing quotation mark
 * rather than a plural's possessive ("‘lies’ and said", "‘fools’ he
 * called them" against "the fans’ game"): a lowercase function word or
 * verb. */
static bool after_quote_word(const char *s, size_t n, size_t i)
{
	static const char *const small[] = {
		"and",	 "but", "or",	"nor", "he",   "she",	  "they",
		"it",	 "we",	"i",	"you", "as",   "so",	  "that",
		"which", "who", "when", "if",  "than", "because", "while"};
	size_t e = i;
	while (e < n && s[e] >= 'a' && s[e] <= 'z')
		e++;
	if (e == i)
		return true; /* a capital, digit or mark: no noun of ours */
	if (SPAN_IN(s, i, e, small))
		return true;
	return lex_lookup(s + i, e - i) &
	       (LEX_PREP | LEX_DET | LEX_AUX | LEX_VERB | LEX_VERB_ING);
}

/* A single quote that opens a quotation: at a word's start, before a
 * letter.  Returns the closing mark's position, or 0 for none.  A mark
 * after an s and before a noun ("‘It’s the fans’ game,’ he said") is a
 * plural's possessive when a later mark can close, and so is one right
 * before a comma or point and another mark ("not the owners’,’"). */
static size_t single_close(const char *s, size_t n, size_t i, size_t ml,
			   enum mark open)
{
	unsigned before = cp_before(s, i), after = cp_after(s, n, i + ml);
	if (cp_is_alnum(before) || before == '\'' || before == 0x2019)
		return 0;
	if (!cp_is_alnum(after) || (after >= '0' && after <= '9'))
		return 0;
	size_t lim = i + ml + SINGLE_MAX < n ? i + ml + SINGLE_MAX : n;
	size_t len, possessive = 0;
	for (size_t j = i + ml; j < lim; j += len) {
		enum mark m = mark_at(s, n, j, &len);
		/* ‘He said “no” to me,’: double marks nest inside single
		 * ones, as British papers write; past the inner quotation. */
		if (m == M_OPEN || m == M_STRAIGHT) {
			enum mark want = m == M_OPEN ? M_CLOSE : M_STRAIGHT;
			size_t k = j + len, kl;
			while (k < lim && mark_at(s, n, k, &kl) != want)
				k += kl;
			if (k >= lim)
				return possessive;
			len = k + kl - j;
			continue;
		}
		if (m == M_CLOSE)
			return possessive;
		bool closer =
			open == M_SOPEN ? m == M_SCLOSE : m == M_SSTRAIGHT;
		if (!closer)
			continue;
		unsigned b = cp_before(s, j), a = cp_after(s, n, j + len);
		if (b == ' ' || cp_is_alnum(a))
			continue; /* an apostrophe: don’t, Trump’s */
		/* "rock 'n' roll": the n of "and" between two marks. */
		if (b == 'n' && j >= len + 2 && s[j - len - 2] == ' ' &&
		    memcmp(s + j - len - 1, s + j, len) == 0)
			continue;
		/* "not the owners’,’ he said": the last mark closes. */
		size_t l2;
		if (b == 's' && (a == ',' || a == '.') && j + len + 1 < n &&
		    mark_at(s, n, j + len + 1, &l2) == m)
			continue;
		/* "the fans’ game": an s, a space and a noun, when more
		 * than one word is quoted ("‘Brussels’ stands for"
		 * closes); the first such mark still closes when no later
		 * one does. */
		if (b == 's' && a == ' ' && !possessive &&
		    memchr(s + i + ml, ' ', j - i - ml) &&
		    !after_quote_word(s, n, j + len + 1)) {
			possessive = j;
			continue;
		}
		return j;
	}
	return possessive;
}

/* Whether a single quote at i (ml bytes) that nothing closes runs on to
 * the paragraph's end as a quotation that the next paragraph may carry
 * on ("Taylor added: ‘I’ve spoken to them. They’re angry." then "‘They
 * feel …’"): it opens the paragraph or follows a colon, before a capital,
 * no other mark comes after it, and the paragraph ends a sentence.  An
 * apostrophe turned the wrong way ("‘cause", "‘Tis") opens nothing, as
 * no capital or a lone word follows it. */
static bool single_runs_on(const char *s, size_t n, size_t i, size_t ml)
{
	size_t b = i;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	if ((b > 0 && s[b - 1] != ':') || i + ml >= n ||
	    !(s[i + ml] >= 'A' && s[i + ml] <= 'Z'))
		return false;
	size_t len;
	for (size_t j = i + ml; j < n; j += len) {
		enum mark m = mark_at(s, n, j, &len);
		if (m == M_NONE)
			continue;
		if (m != M_SCLOSE && m != M_SSTRAIGHT)
			return false;
		unsigned b = cp_before(s, j), a = cp_after(s, n, j + len);
		if (b == 's' && a == ' ' &&
		    !after_quote_word(s, n, j + len + 1))
			continue; /* "the lads’ wages" */
		if (b != ' ' && !cp_is_alnum(a))
			return false; /* a closing mark after all */
	}
	size_t e = n;
	while (e > i && s[e - 1] == ' ')
		e--;
	char last = e > i ? s[e - 1] : 0;
	return (last == '.' || last == '!' || last == '?') &&
	       memchr(s + i, ' ', e - i) != NULL;
}

/* Whether the mark at i follows a height's feet and inches: 6’2”,
 * 5'11", 6' 2". */
static bool after_feet(const char *s, size_t i)
{
	if (i < 3 || !(s[i - 1] >= '0' && s[i - 1] <= '9'))
		return false;
	size_t d = i - 1;
	if (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9')
		d--; /* 5'11" */
	if (d > 0 && s[d - 1] == ' ')
		d--; /* 6' 2" */
	size_t f;
	if (d >= 2 && s[d - 1] == '\'')
		f = d - 1;
	else if (d >= 4 && (unsigned char)s[d - 3] == 0xE2 &&
		 (unsigned char)s[d - 2] == 0x80 &&
		 (unsigned char)s[d - 1] == 0x99)
		f = d - 3;
	else
		return false;
	return s[f - 1] >= '0' && s[f - 1] <= '9';
}

/* Whether the closing mark at i (len bytes) ends a height rather than
 * the quotation, which a later mark of the same kind closes.  Checks a
 * few bytes back, and looks ahead only on a height. */
static bool inch_mark(const char *s, size_t n, size_t i, size_t len)
{
	if (!after_feet(s, i))
		return false;
	/* The look ahead is bounded, so that a paragraph of heights stays
	 * linear. */
	size_t ahead = n - i - len < 4096 ? n - i - len : 4096;
	if (len == 1)
		return memchr(s + i + 1, '"', ahead) != NULL;
	return memmem(s + i + len, ahead, "\xE2\x80\x9D", 3) != NULL;
}

/* The line that signs a block quotation, a paragraph of its own inside
 * it: "— Raj Patel", "―Ann Lee, Ohio", "Raj Patel" (a <cite>), the
 * signature under an embedded post.  A dash and a capital, or up to four
 * capitalised words that end no sentence. */
static bool cite_line(const char *s, size_t n, bool need_dash)
{
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	bool dash = false;
	while (i < n &&
	       (s[i] == '-' || (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
				(unsigned char)s[i + 1] == 0x80 &&
				(unsigned char)s[i + 2] >= 0x93 &&
				(unsigned char)s[i + 2] <= 0x95))) {
		i += s[i] == '-' ? 1 : 3;
		dash = true;
	}
	while (i < n && s[i] == ' ')
		i++;
	if (i >= n || !upper_at(s, n, i) || (need_dash && !dash))
		return false;
	if (dash)
		return n - i <= 120;
	if (s[n - 1] == '!' || s[n - 1] == '?')
		return false;
	/* A period ends a sentence, but for the letters after a name
	 * ("Michael Shadlen, Ph.D.", "Tom Pell Jr."). */
	if (s[n - 1] == '.') {
		size_t w = n - 1;
		while (w > i && s[w - 1] != ' ')
			w--;
		if (!memchr(s + w, '.', n - 1 - w) &&
		    !(n - w == 3 && (memcmp(s + w, "Jr", 2) == 0 ||
				     memcmp(s + w, "Sr", 2) == 0)))
			return false;
	}
	int words = 0;
	for (; i < n; words++) {
		if (words == 4 || !upper_at(s, n, i))
			return false;
		while (i < n && s[i] != ' ')
			i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	return true;
}

/* Whether paragraph p is only a quotation: it opens with a double mark
 * and ends with one, but for a closing point. */
static bool quoted_whole(const struct paragraph *pg)
{
	const char *s = pg->text;
	size_t n = pg->len, len, i = 0;
	while (i < n && s[i] == ' ')
		i++;
	enum mark m = i < n ? mark_at(s, n, i, &len) : M_NONE;
	if (m != M_OPEN && m != M_STRAIGHT)
		return false;
	/* One quotation, not two with words between. */
	int marks = 0;
	for (size_t j = i; j < n; j += len) {
		size_t skip = strcspn(s + j, mark_leads);
		if (skip) {
			len = skip < n - j ? skip : n - j;
			continue;
		}
		enum mark mj = mark_at(s, n, j, &len);
		if (mj != M_NONE && mj <= M_STRAIGHT && ++marks > 2)
			return false;
	}
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '.'))
		n--;
	if (n > i && s[n - 1] == '"')
		return n - 1 > i;
	return n >= i + 4 && (unsigned char)s[n - 3] == 0xE2 &&
	       (unsigned char)s[n - 2] == 0x80 &&
	       (unsigned char)s[n - 1] == 0x9D;
}

bool quote_signature(const struct article *a, size_t p)
{
	const struct paragraph *pg = &a->paragraphs[p];
	if (p == 0 || pg->kind == PARA_HEADING)
		return false;
	/* In running text a signature opens with a dash (its text is
	 * trimmed): the cheap test first, for every paragraph is asked. */
	unsigned char c0 = (unsigned char)pg->text[0];
	if (pg->kind == PARA_TEXT && c0 != '-' && c0 != 0xE2)
		return false;
	const struct paragraph *prev = &a->paragraphs[p - 1];
	/* In running text only a dash signs: "“…” ¶ —Ann Lee, Ohio.", or
	 * a block quotation's line below it. */
	if (pg->kind == PARA_TEXT)
		return cite_line(pg->text, pg->len, true) &&
		       (prev->kind == PARA_QUOTE || quoted_whole(prev));
	return prev->kind == PARA_QUOTE && cite_line(pg->text, pg->len, false);
}

int quotes_find(struct analysis *an)
{
	bool carry = false; /* the previous paragraph ended inside a quote */
	bool carry_single = false; /* ...a single-quoted one */

	for (size_t p = 0; p < an->a->n_paragraphs; p++) {
		const struct paragraph *pg = &an->a->paragraphs[p];
		const char *s = pg->text;
		size_t n = pg->len, len;

		if (pg->kind == PARA_HEADING) {
			carry = false;
			continue;
		}
		if (quote_signature(an->a, p)) {
			carry = false; /* a signature, no quotation */
			continue;
		}
		if (pg->kind == PARA_QUOTE) {
			/* A block quotation: all of it, without outer marks. */
			size_t a = 0, b = n, l2;
			enum mark m0 = mark_at(s, n, 0, &len);
			if (n && (m0 == M_OPEN || m0 == M_STRAIGHT))
				a = len;
			if (b > a) {
				size_t k = b - 1;
				while (k > a &&
				       ((unsigned char)s[k] & 0xC0) == 0x80)
					k--;
				enum mark m1 = mark_at(s, n, k, &l2);
				if (m1 == M_CLOSE || m1 == M_STRAIGHT)
					b = k;
			}
			size_t before = an->nq;
			if (span(an, p, 0, a, b, n, true, false) < 0)
				return -1;
			if (an->nq > before)
				an->q[an->nq - 1].block = true;
			carry = false;
			continue;
		}

		enum mark kind = M_NONE;
		int depth = 0;
		bool straight_in = false; /* a "…" inside a “…” is open */
		size_t mark = 0, start = 0;
		bool cont = false, cont_single = false, ran_on = false;
		if (carry) {
			size_t i = 0;
			while (i < n && s[i] == ' ')
				i++;
			enum mark m = i < n ? mark_at(s, n, i, &len) : M_NONE;
			if (carry_single)
				cont_single = m == M_SOPEN || m == M_SSTRAIGHT;
			else
				cont = m == M_OPEN || m == M_STRAIGHT;
		}
		carry = carry_single = false;
		for (size_t i = 0; i < n; i += len) {
			/* Only the lead bytes of marks matter: skip the rest
			 * at once (the paragraph ends with its NUL at n). */
			size_t skip = strcspn(s + i, mark_leads);
			if (skip) {
				len = skip < n - i ? skip : n - i;
				continue;
			}
			enum mark m = mark_at(s, n, i, &len);
			if (m == M_NONE)
				continue;
			if (kind == M_NONE) {
				if (m == M_STRAIGHT && i > 0 &&
				    s[i - 1] == '=') {
					/* Markup left in the text: attr="value". */
					const char *c = memchr(s + i + 1, '"',
							       n - i - 1);
					len = c ? (size_t)(c - s) + 1 - i
						: n - i;
					continue;
				}
				if (m == M_CLOSE && cp_before(s, i) == ' ' &&
				    cp_is_alnum(cp_after(s, n, i + len)))
					m = M_OPEN;
				/* A straight mark after a word and before no
				 * word closes a quotation that never opened
				 * ("review of [his] systems" including"): it
				 * opens nothing, as a stray ” opens nothing. */
				unsigned b = cp_before(s, i);
				if (m == M_STRAIGHT &&
				    (cp_is_alnum(b) ||
				     (b < 128 && strchr(".,;:!?)]", (int)b))) &&
				    !cp_is_alnum(cp_after(s, n, i + len)))
					continue;
				/* Marcia "Cia" Price: a nickname, no
				 * quotation. */
				size_t ws, we, nick;
				if ((m == M_OPEN || m == M_STRAIGHT) &&
				    (nick = nickname_at(s, n, i, &ws, &we))) {
					len = nick - i;
					continue;
				}
				/* ""“…,” Rubio said."": a straight mark
				 * wrapped round a curly one opens nothing. */
				size_t l2;
				if (m == M_STRAIGHT && i + len < n &&
				    mark_at(s, n, i + len, &l2) == M_OPEN)
					continue;
				/* "He is 6' 2" tall": an inch mark opens
				 * nothing. */
				if ((m == M_STRAIGHT || m == M_CLOSE) &&
				    after_feet(s, i))
					continue;
				if (m == M_OPEN || m == M_STRAIGHT) {
					kind = m;
					depth = 1;
					straight_in = false;
					mark = i;
					start = i + len;
				} else if (m == M_SOPEN || m == M_SSTRAIGHT) {
					size_t c =
						single_close(s, n, i, len, m);
					if (c) {
						size_t cl;
						mark_at(s, n, c, &cl);
						if (has_letters(s, i + len, c,
								2) &&
						    span(an, p, i, i + len, c,
							 c + cl, true,
							 cont_single) < 0)
							return -1;
						len = c + cl - i;
					} else if (!ran_on) {
						/* Asked once a paragraph, so
						 * that its cost stays
						 * linear. */
						ran_on = true;
						if (single_runs_on(s, n, i,
								   len)) {
							if (span(an, p, i,
								 i + len, n, n,
								 false,
								 cont_single) <
							    0)
								return -1;
							carry = carry_single =
								true;
							len = n - i;
						}
					}
					cont_single = false;
				}
				continue;
			}
			/* "he is 6’2”,” she said": a height's inch mark,
			 * when the quotation closes later on. */
			if ((m == M_CLOSE || m == M_STRAIGHT) &&
			    inch_mark(s, n, i, len))
				continue;
			/* A mark turned the wrong way: “Frozen“, ”Hello */
			if (m == M_OPEN && kind == M_OPEN && depth == 1 &&
			    cp_before(s, i) != ' ' &&
			    !cp_is_alnum(cp_after(s, n, i + len)))
				m = M_CLOSE;
			if (kind == M_OPEN) {
				if (m == M_OPEN)
					depth++;
				else if (m == M_CLOSE && --depth == 0)
					kind = M_NONE;
				else if (m == M_STRAIGHT && straight_in)
					straight_in = false; /* “…"x"…” */
				else if (m == M_STRAIGHT && depth == 1 &&
					 cp_before(s, i) == ' ' &&
					 cp_is_alnum(cp_after(s, n, i + len)))
					straight_in = true;
				else if (m == M_STRAIGHT && depth == 1 &&
					 !cp_is_alnum(
						 cp_after(s, n, i + len)) &&
					 cp_before(s, i) != ' ')
					kind = M_NONE; /* “…" mixed marks */
			} else if (m == M_OPEN) {
				depth++; /* "…“x”…": a quotation inside */
			} else if (m == M_STRAIGHT && cp_before(s, i) == ' ' &&
				   cp_is_alnum(cp_after(s, n, i + len))) {
				/* "…says, "I'd like …," you know …": a
				 * straight mark before a word opens a
				 * quotation inside, for a closing one
				 * follows a word. */
				depth++;
			} else if ((m == M_CLOSE || m == M_STRAIGHT) &&
				   depth > 1) {
				depth--;
			} else if (m == M_STRAIGHT || m == M_CLOSE) {
				kind = M_NONE; /* "…” mixed marks close too */
			}
			if (kind == M_NONE) {
				if (span(an, p, mark, start, i, i + len, true,
					 cont) < 0)
					return -1;
				cont = false;
			}
		}
		if (kind != M_NONE) {
			/* Open at the paragraph's end: the quote runs on, or the
			 * closing mark is missing. */
			if (span(an, p, mark, start, n, n, false, cont) < 0)
				return -1;
			carry = true;
		}
	}
	return 0;
}

/* ---- attribution ---- */

enum ref_kind {
	R_NONE,
	R_PERSON,
	R_ORG,
	R_UNKNOWN
};

struct ref {
	enum ref_kind kind;
	int who; /* person or organisation index */
};

struct walk {
	struct analysis *an;
	size_t p; /* the paragraph being read */
	const char *s;
	struct tok *t;
	size_t n;
	struct ref prev_subject; /* the previous sentence's subject */
	char prev_unnamed_sex;	 /* ...the sex its role tells, when it is
				    someone unnamed ("the widow of …"), or
				    '?' for one it does not ("a farmer") */
	bool prev_subject_here;	 /* ...in this paragraph */
	struct ref cur_subject;	 /* this sentence's, once known */
	size_t cur_subject_tok;
	int recent[RECENT_MAX]; /* people, most recent first */
	size_t nrecent;
	int media; /* latest newspaper or network named */
	struct ref last_speaker;
	struct ref headline_speaker; /* "Cecile Richards: ‘…’" */
	struct ref statement_by;     /* whose statement the story last named */
	size_t statement_para;	     /* ...and where */
	struct ref spokes_for;	     /* whom an unnamed spokesperson last spoke
					for ("a spokesperson for X") */
	size_t spokes_para;	     /* ...and where */
	bool prev_para_quoted;	/* the previous paragraph held a quotation */
	bool prev_para_reports; /* ...or ended reporting speech, or a colon */
	bool prev_para_colon;	/* ...ended with a colon */
	int para_person;	/* the one person a paragraph names, -1 none,
				 * -2 several */
	int prev_para_person;
	bool para_reports;
	bool para_colon;
	struct ref colon_subject; /* who opens the clause a colon ends */
	struct ref prev_colon_subject;
	bool transcript; /* two labelled lines or more, one naming someone */
};

static const struct ref NONE = {R_NONE, -1};
static const struct ref UNKNOWN = {R_UNKNOWN, -1};

static bool narr(const struct tok *t)
{
	return !(t->flags & TF_INQUOTE) && t->kind != TK_QUOTE;
}

static bool narr_word(const struct tok *t)
{
	return t->kind == TK_WORD && narr(t);
}

static bool punct_is(const struct walk *w, size_t i, char c)
{
	return i < w->n && w->t[i].kind == TK_PUNCT && narr(&w->t[i]) &&
	       w->s[w->t[i].start] == c;
}

static bool is_verb(const struct walk *w, size_t i)
{
	const struct tok *t = &w->t[i];
	return i < w->n && narr_word(t) && (t->lex & LEX_VERB) &&
	       !(t->flags & TF_CAP);
}

static bool is_according(const struct walk *w, size_t i)
{
	return i + 1 < w->n && narr_word(&w->t[i]) &&
	       tok_is(w->s, &w->t[i], "according") &&
	       tok_is(w->s, &w->t[i + 1], "to");
}

/* The next token after i that is not inside a quotation. */
static size_t next_narr(const struct walk *w, size_t i)
{
	i++;
	while (i < w->n && (w->t[i].flags & TF_INQUOTE))
		i++;
	return i;
}

static bool gender_fits(const struct walk *w, int person, char g)
{
	char pg = w->an->pi[person].gender;
	return !g || !pg || pg == g;
}

static struct ref resolve_pronoun(const struct walk *w, char g, size_t at,
				  bool use_cur)
{
	if (use_cur && w->cur_subject.kind == R_PERSON &&
	    w->cur_subject_tok < at && gender_fits(w, w->cur_subject.who, g))
		return w->cur_subject;
	if (w->prev_subject.kind == R_PERSON &&
	    gender_fits(w, w->prev_subject.who, g))
		return w->prev_subject;
	/* "… the widow of firefighter Paul Hendry said her children asked
	 * for him. “…,” she said": the widow, whom no one named. */
	if (w->prev_subject.kind == R_UNKNOWN && g &&
	    (w->prev_unnamed_sex == g ||
	     (w->prev_unnamed_sex == '?' && w->prev_subject_here)))
		return UNKNOWN;
	for (size_t k = 0; k < w->nrecent; k++)
		if (gender_fits(w, w->recent[k], g))
			return (struct ref){R_PERSON, w->recent[k]};
	return UNKNOWN;
}

/* Whether two role words name one role: the same word, or "boss", as
 * the press calls whoever runs a club or a firm, and such a role ("the
 * Fulham boss" is "the Fulham manager"). */
static bool same_role(const char *a, const char *b)
{
	static const char *const runs[] = {"manager", "coach",	  "chief",
					   "head",    "chairman", "chairwoman",
					   "director"};
	if (strcmp(a, b) == 0)
		return true;
	if (strcmp(a, "boss") != 0) {
		const char *c = a;
		a = b;
		b = c;
	}
	if (strcmp(a, "boss") != 0)
		return false;
	for (size_t i = 0; i < sizeof(runs) / sizeof(*runs); i++)
		if (strcmp(b, runs[i]) == 0)
			return true;
	return false;
}

/* Scores how well a description ("us vice president") fits a title. */
static int title_fit(const char *desc[], size_t nd, const char *title)
{
	const char *tw[16];
	size_t nt = 0;
	char buf[256];
	snprintf(buf, sizeof(buf), "%s", title);
	for (char *tok = strtok(buf, " "); tok && nt < 16;
	     tok = strtok(NULL, " "))
		tw[nt++] = tok;
	size_t k = nd && nt && same_role(desc[nd - 1], tw[nt - 1]);
	while (k && k < nd && k < nt &&
	       strcmp(desc[nd - 1 - k], tw[nt - 1 - k]) == 0)
		k++;
	if (k == 0)
		return 0;
	/* A role word left over on either side changes the role: "vice
	 * president" is not "president".  A spokesman's role is whom he
	 * speaks for: "the Ruiz spokesman" is the "Ruiz campaign
	 * spokesman". */
	bool spokes = strncmp(tw[nt - 1], "spokes", 6) == 0;
	if (!spokes && k < nd &&
	    (lex_lookup(desc[nd - 1 - k], strlen(desc[nd - 1 - k])) &
	     LEX_TITLE) &&
	    !(lex_lookup(desc[nd - 1 - k], strlen(desc[nd - 1 - k])) &
	      LEX_MODIFIER))
		return 0;
	if (!spokes && k < nt &&
	    (lex_lookup(tw[nt - 1 - k], strlen(tw[nt - 1 - k])) & LEX_TITLE) &&
	    !(lex_lookup(tw[nt - 1 - k], strlen(tw[nt - 1 - k])) &
	      LEX_MODIFIER))
		return 0;
	/* Each word left of the description must be among the title's, in
	 * order: "the former pollster" fits "former Bill Clinton pollster",
	 * but "US president" is not the "Ukrainian President". */
	if (k < nd && k < nt) {
		size_t j = nt - k;
		for (size_t d = nd - k; d-- > 0; j--) {
			while (j > 0 && strcmp(tw[j - 1], desc[d]) != 0)
				j--;
			if (j == 0)
				return 0;
		}
		return (int)nd;
	}
	return (int)k;
}

/* How recently the walk met a person: 0 for the latest, RECENT_MAX for
 * one not met lately (or not yet). */
static size_t recency(const struct walk *w, int person)
{
	for (size_t k = 0; k < w->nrecent; k++)
		if (w->recent[k] == person)
			return k;
	return RECENT_MAX;
}

/* The age that a word like "34-year-old" gives, or 0. */
static unsigned year_old(const struct walk *w, size_t i)
{
	const struct tok *t = &w->t[i];
	const char *s = w->s + t->start;
	size_t n = t->end - t->start, d = 0;
	unsigned age = 0;
	while (d < n && d < 3 && s[d] >= '0' && s[d] <= '9')
		age = age * 10 + (unsigned)(s[d++] - '0');
	if (d == 0 || n - d != 9 || memcmp(s + d, "-year-old", 9) != 0)
		return 0;
	return age;
}

/* The person the story gave an age from lo to hi, the most recently met
 * of several. */
static struct ref aged(const struct walk *w, unsigned lo, unsigned hi)
{
	int best = -1;
	for (size_t p = 0; p < w->an->a->n_people; p++)
		if (w->an->pi[p].age >= lo && w->an->pi[p].age <= hi &&
		    (best < 0 || recency(w, (int)p) < recency(w, best)))
			best = (int)p;
	return best >= 0 ? (struct ref){R_PERSON, best} : UNKNOWN;
}

/* "Republican", "Democratic", "Labour": a party's word before a role. */
static bool party_word(const struct walk *w, size_t i)
{
	static const char *const words[] = {
		"republican",	"democratic", "democrat", "gop",
		"conservative", "labour",     "tory",	  "liberal",
		"socialist",	"green"};
	return TOK_IN(w->s, &w->t[i], words);
}

static struct ref by_nation(const struct walk *w, const struct tok *t);

/* Whether the story, in the last few hundred words up to the walk's
 * paragraph, met someone unnamed whose role ends in the word head: "an
 * engineer", "one official", "a local engineer".  (Bounded, so that a
 * story of many descriptions stays linear.) */
static bool met_unnamed(const struct walk *w, const char *head)
{
	static const char *const indefinite[] = {"a", "an", "one", "another"};
	const struct analysis *an = w->an;
	size_t budget = 600;
	for (size_t p = w->p + 1; p-- > 0 && budget > 0;) {
		if (p >= an->a->n_paragraphs)
			continue;
		const char *s = an->a->paragraphs[p].text;
		const struct tok *t = an->pt[p].t;
		size_t n = an->pt[p].n < budget ? an->pt[p].n : budget;
		budget -= n;
		for (size_t k = 0; k < n; k++) {
			if (t[k].kind != TK_WORD || !tok_is(s, &t[k], head))
				continue;
			for (size_t b = k; b > 0 && k - b < 3; b--)
				if (t[b - 1].kind == TK_WORD &&
				    TOK_IN(s, &t[b - 1], indefinite))
					return true;
		}
	}
	return false;
}

/* Whether the words [a, b), "the" and a role, stood earlier in the
 * paragraph: someone the paragraph met without a name. */
static bool said_before(const struct walk *w, size_t a, size_t b)
{
	for (size_t k = 0; k + (b - a) <= a; k++) {
		size_t j = 0;
		while (j < b - a) {
			const struct tok *x = &w->t[k + j], *y = &w->t[a + j];
			size_t len = x->end - x->start;
			if (x->kind != y->kind || len != y->end - y->start ||
			    strncasecmp(w->s + x->start, w->s + y->start, len))
				break;
			j++;
		}
		if (j == b - a)
			return true;
	}
	return false;
}

/* "A federal judge on Friday blocked the law, saying it placed an “undue
 * burden” …  U.S. District Judge Eleanor Marsh wrote": a news lead
 * often names its actor by role only, and the story names them in a
 * later paragraph.  In the first paragraph, the words [a, b) are
 * the one person named later whose title ends in the same role, when
 * only one is; words before the role must not make it another ("vice"
 * president).  UNKNOWN otherwise. */
static struct ref named_later(const struct walk *w, size_t a, size_t b)
{
	if (w->p > 0 || b <= a)
		return UNKNOWN;
	const struct tok *head = &w->t[b - 1];
	size_t hl = head->end - head->start;
	for (size_t i = a; i + 1 < b; i++)
		if ((w->t[i].lex & LEX_TITLE) && !(w->t[i].lex & LEX_MODIFIER))
			return UNKNOWN;
	int found = -1;
	const struct analysis *an = w->an;
	for (size_t p = 0; p < an->a->n_people; p++) {
		const struct person_info *pi = &an->pi[p];
		if (pi->first_para <= w->p || pi->first_para == SIZE_MAX)
			continue;
		for (size_t k = 0; k < pi->n_titles; k++) {
			const char *t = pi->titles_lc[k];
			size_t tl = strlen(t);
			if (tl < hl ||
			    strncasecmp(t + tl - hl, w->s + head->start, hl) !=
				    0 ||
			    (tl > hl && t[tl - hl - 1] != ' '))
				continue;
			if (found >= 0 && found != (int)p)
				return UNKNOWN;
			found = (int)p;
		}
	}
	return found >= 0 ? (struct ref){R_PERSON, found} : UNKNOWN;
}

/* Whether the walk has met person p before token a of this paragraph:
 * "The senator accused Bob Smith of “contempt”" has not yet met Smith
 * when it reads "The senator". */
static bool met_before(const struct walk *w, int p, size_t a)
{
	const struct person_info *pi = &w->an->pi[p];
	return pi->first_para < w->p ||
	       (pi->first_para == w->p && pi->first_tok < a);
}

/* Whether the story gave person p a role, not only a tie to someone:
 * "Her friend, Tom Ellis," may yet be "the 29-year-old teacher". */
static bool has_role(const struct walk *w, int p)
{
	static const char *const ties[] = {
		"friend",      "wife",	    "husband",	  "son",
		"daughter",    "brother",   "sister",	  "mother",
		"father",      "partner",   "girlfriend", "boyfriend",
		"fiance",      "fiancee",   "widow",	  "widower",
		"uncle",       "aunt",	    "cousin",	  "grandmother",
		"grandfather", "nephew",    "niece",	  "neighbour",
		"neighbor",    "colleague", "relative",	  "mum",
		"mom",	       "dad"};
	const struct person_info *pi = &w->an->pi[p];
	for (size_t k = 0; k < pi->n_titles; k++) {
		const char *t = pi->titles_lc[k], *last = strrchr(t, ' ');
		last = last ? last + 1 : t;
		bool tie = false;
		for (size_t i = 0; i < sizeof(ties) / sizeof(*ties) && !tie;
		     i++)
			tie = strcmp(last, ties[i]) == 0;
		if (!tie)
			return true;
	}
	return false;
}

/* The person given the title that the words [a, b) describe.  guess:
 * else, for a role given a place, a body, a nation or a party, or a past
 * role, the person the sentence before was about. */
static struct ref describe(const struct walk *w, size_t a, size_t b, bool guess)
{
	const char *desc[8];
	char store[8][32];
	const char *place = NULL;
	const struct tok *nationality = NULL; /* "Portuguese", "Spaniard" */
	const struct tok *head = NULL;	      /* the word of desc[nd - 1] */
	bool named = false, nation = false, person_named = false, past = false;
	size_t nd = 0;
	for (size_t i = a; i < b && nd < 8; i++) {
		const struct tok *t = &w->t[i];
		size_t len = t->end - t->start;
		if (t->kind != TK_WORD || len >= 32)
			continue;
		for (size_t k = 0; k < len; k++) {
			char c = w->s[t->start + k];
			store[nd][k] =
				(c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
		}
		store[nd][len] = '\0';
		desc[nd] = store[nd];
		head = t;
		/* "the New Jersey governor": the place's last word. */
		if ((t->flags & TF_CAP) && (t->lex & LEX_PLACE) &&
		    !(t->lex & (LEX_TITLE | LEX_MODIFIER)))
			place = store[nd];
		/* "the Arsenal manager": a body or place named; not a
		 * person ("the Lincoln actor", "a Clinton aide" are
		 * someone else). */
		if ((t->flags & TF_CAP) &&
		    !(t->lex & (LEX_TITLE | LEX_MODIFIER | LEX_HEAD)))
			named = true;
		/* "the Portuguese midfielder", "the Republican nominee": a
		 * nation or a party, as sports, foreign and political news
		 * name a player or minister a second time. */
		if ((t->flags & TF_CAP) &&
		    ((t->lex & LEX_NATION) || party_word(w, i)))
			nation = true;
		if ((t->flags & TF_CAP) && (t->lex & LEX_NATION))
			nationality = t;
		if (t->mention >= 0 && w->an->m[t->mention].person >= 0)
			person_named = true;
		/* "the former congressman": a past role, news of someone
		 * the story has named. */
		if (strcmp(store[nd], "former") == 0 ||
		    strcmp(store[nd], "retired") == 0)
			past = true;
		nd++;
	}
	if (!nd)
		return UNKNOWN;
	const struct analysis *an = w->an;
	int best = -1, best_fit = 0;
	for (size_t p = 0; p < an->a->n_people; p++) {
		const struct person_info *pi = &an->pi[p];
		/* The story describes whom it has named, not whom it will. */
		if (pi->first_para > w->p)
			continue;
		/* A place in the description that is known to be someone
		 * else's: not this person; the same place: a closer fit. */
		int bonus = 0;
		if (place && pi->place[0]) {
			if (strcmp(place, pi->place) != 0)
				continue;
			bonus = 1;
		}
		for (size_t k = 0; k < pi->n_titles; k++) {
			int f = title_fit(desc, nd, pi->titles_lc[k]);
			if (f > 0)
				f += bonus;
			if (f > best_fit ||
			    (f == best_fit && f > 0 &&
			     recency(w, (int)p) < recency(w, best))) {
				best = (int)p;
				best_fit = f;
			}
		}
	}
	if (best >= 0)
		return (struct ref){R_PERSON, best};
	struct ref later = named_later(w, a, b);
	if (later.kind == R_PERSON)
		return later;
	/* "said the Portuguese midfielder": a role given a nation goes by
	 * nationality (by_nation()). */
	if (guess && nationality && !person_named)
		return by_nation(w, nationality);
	/* "Trump charges that …  The New York businessman says", "Arteta
	 * hailed Saka … the Arsenal manager told", "the Republican nominee
	 * vowed", "Reyes said … The former congressman added": a role given
	 * a place, a body or a party, or a past role, which no one's title
	 * fits, goes on about the person the sentence before was about,
	 * unless the story ties that person to another place. */
	if (guess && (named || nation || past) && !person_named &&
	    w->prev_subject.kind == R_PERSON) {
		const struct person_info *pi = &an->pi[w->prev_subject.who];
		/* A body's name, unlike a place or a nation, says less: the
		 * person must hold no other role ("the Lincoln actor" is not
		 * the nominee just named). */
		bool fits =
			place	? !pi->place[0] || strcmp(place, pi->place) == 0
			: named ? pi->n_titles == 0
				: true;
		if (fits)
			return w->prev_subject;
	}
	/* "O'Rourke said the goal was for the fans. “…,” the defender
	 * said": one ("the", and no plural) in a role no one was given,
	 * right after a sentence about a person, the one the paragraph has
	 * named so far ("Starmer met Macron. The President said" is not
	 * Starmer), is that person, unless a name follows ("the organizer
	 * Alliance for …"), the story met someone unnamed in that role ("A
	 * judge …", "The judge rubbed his chin" earlier in the paragraph),
	 * the role tells another sex, or it is an office ("the judge", "the
	 * mayor") and the person holds some other. */
	if (guess && !person_named && w->prev_subject_here &&
	    w->prev_subject.kind == R_PERSON &&
	    w->para_person == w->prev_subject.who && a > 0 &&
	    tok_is(w->s, &w->t[a - 1], "the") && !tok_plural(w->s, head) &&
	    !(b < w->n && (w->t[b].flags & TF_CAP)) &&
	    !met_unnamed(w, desc[nd - 1]) && !said_before(w, a - 1, b)) {
		int p = w->prev_subject.who;
		const char *role = desc[nd - 1];
		bool office = head->lex & LEX_ADDRESS;
		if (gender_fits(w, p, lex_role_sex(role, strlen(role))) &&
		    !(office && an->pi[p].n_titles))
			return w->prev_subject;
	}
	/* "Taylor Swift's new album … “…,” the singer wrote": a role no
	 * one was given, when the story has named one person only so far,
	 * and given that person no role, is that person's ("Mayor Ann Lee
	 * … the engineer said" is someone else); not when it met someone
	 * unnamed in that role ("An engineer … the engineer said"). */
	if (guess && !person_named) {
		int only = -1;
		for (size_t p = 0; p < an->a->n_people; p++) {
			if (an->pi[p].first_para > w->p)
				continue;
			if (only >= 0)
				return UNKNOWN;
			only = (int)p;
		}
		if (only >= 0 && !has_role(w, only) && met_before(w, only, a) &&
		    !met_unnamed(w, desc[nd - 1]))
			return (struct ref){R_PERSON, only};
	}
	return UNKNOWN;
}

/* "the newspaper", "the paper": the latest newspaper named. */
static bool media_noun(const struct walk *w, size_t i)
{
	static const char *const nouns[] = {
		"newspaper", "paper",	    "outlet",	  "network",
		"magazine",  "publication", "daily",	  "website",
		"site",	     "channel",	    "broadcaster"};
	return TOK_IN(w->s, &w->t[i], nouns);
}

static bool is_determiner(const struct walk *w, size_t i)
{
	return w->t[i].kind == TK_WORD && (w->t[i].lex & LEX_DET);
}

static struct ref mention_ref(const struct walk *w, int m)
{
	const struct mention *mm = &w->an->m[m];
	if (mm->person >= 0)
		return (struct ref){R_PERSON, mm->person};
	if (mm->org >= 0)
		return (struct ref){R_ORG, mm->org};
	return UNKNOWN;
}

/* "Israel said", "said Cuban": a capitalised word that is no name of
 * its own (a country, a nationality, a common word) but is the surname of
 * exactly one person the story has named in full. */
static struct ref surname_ref(const struct walk *w, size_t i)
{
	const struct tok *t = &w->t[i];
	size_t n = t->end - t->start;
	int found = -1;

	if (!(t->flags & TF_CAP) || n < 2)
		return NONE;
	/* "near Quorra Lake said": after a capital no list knows, the word
	 * ends another name, a place's or someone else's. */
	if (i > 0 && narr_word(&w->t[i - 1]) && (w->t[i - 1].flags & TF_CAP) &&
	    !w->t[i - 1].lex)
		return NONE;
	for (size_t p = 0; p < w->an->a->n_people; p++) {
		const char *name = w->an->a->people[p].name;
		size_t len = strlen(name);
		if (len > n && name[len - n - 1] == ' ' &&
		    memcmp(name + len - n, w->s + t->start, n) == 0) {
			if (found >= 0)
				return NONE; /* two of that name */
			found = (int)p;
		}
	}
	return found >= 0 ? (struct ref){R_PERSON, found} : NONE;
}

/* "Peabody Energy" earlier, then "Peabody said": the first word of an
 * organisation's name (or all of it: "shares of Nvidia", then "Nvidia
 * said"), alone and no one's name, is that organisation
 * (np_forward asks for a reporting verb after it: "EB-5 requires" is a
 * programme, not the EB-5 Investment Coalition). */
static struct ref org_first_word(const struct walk *w, size_t i)
{
	const struct tok *t = &w->t[i];
	size_t n = t->end - t->start;

	if (!(t->flags & TF_CAP) || t->mention >= 0 || n < 2 ||
	    (t->lex &
	     (LEX_DET | LEX_NOT_NAME | LEX_TITLE | LEX_MODIFIER | LEX_PLACE)))
		return NONE;
	for (size_t k = 0; k < w->an->norgs; k++) {
		const char *name = w->an->orgs[k].name;
		if (strncmp(name, w->s + t->start, n) == 0 &&
		    (name[n] == ' ' || name[n] == '\0'))
			return (struct ref){R_ORG, (int)k};
	}
	return NONE;
}

static size_t verb_after(const struct walk *w, size_t j);

/* "not", "never", "didn't", "won’t". */
static bool negation(const struct walk *w, size_t j)
{
	const struct tok *t = &w->t[j];
	const char *s = w->s + t->start;
	size_t n = t->end - t->start;
	return tok_is(w->s, t, "not") || tok_is(w->s, t, "never") ||
	       (n > 3 && memcmp(s + n - 3, "n't", 3) == 0) ||
	       (n > 5 && memcmp(s + n - 5, "n\xE2\x80\x99t", 5) == 0);
}

/* A word of two to six capitals: "RMT", "ACU". */
static bool is_acronym(const struct walk *w, size_t i)
{
	const struct tok *t = &w->t[i];
	if (!narr_word(t) || t->end - t->start < 2 || t->end - t->start > 6)
		return false;
	for (size_t k = t->start; k < t->end; k++)
		if (w->s[k] < 'A' || w->s[k] > 'Z')
			return false;
	return true;
}

/* "a council spokesman", "a board spokesman": the body the story named
 * last, before token i, whose name ends in the noun at k ("Northfield
 * Council", "The Northern Lighthouse Board"); NONE if none in the last
 * few hundred names. */
static struct ref body_by_noun(const struct walk *w, size_t i, size_t k)
{
	const struct analysis *an = w->an;
	const struct tok *t = &w->t[k];
	size_t n = t->end - t->start;
	size_t lo = 0, hi = an->nm;
	while (lo < hi) { /* the first name at or after i */
		size_t mid = lo + (hi - lo) / 2;
		const struct mention *m = &an->m[mid];
		if (m->para < w->p || (m->para == w->p && m->t0 < i))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t j = lo; j-- > 0 && lo - j <= 400;) {
		const struct mention *m = &an->m[j];
		if (m->org < 0)
			continue;
		const char *name = an->orgs[m->org].name;
		size_t len = strlen(name);
		if (len > n && name[len - n - 1] == ' ' &&
		    strncasecmp(name + len - n, w->s + t->start, n) == 0)
			return (struct ref){R_ORG, m->org};
	}
	return NONE;
}

/* The organisation named by the words [a, b) as the text spells them
 * ("State Department", "South Korea"), added when new; -1 when the name
 * is too long or memory runs out. */
static int org_of_words(struct walk *w, size_t a, size_t b)
{
	char name[128];
	size_t len = 0;
	for (size_t k = a; k < b; k++) {
		size_t n = w->t[k].end - w->t[k].start;
		if (len + n + 2 > sizeof(name))
			return -1;
		if (len)
			name[len++] = ' ';
		memcpy(name + len, w->s + w->t[k].start, n);
		len += n;
	}
	name[len] = '\0';
	int org = org_add(w->an, name, false);
	return org < 0 ? -1 : org;
}

/*
 * "South Korea accused…", "the United States said": a country or city
 * named before a reporting verb speaks as a body (its government), not
 * through the first person the sentence names.  Words that only describe
 * a place ("the state", "the city", "North") name no one.
 */
static const char *const place_nouns[] = {
	"city",	    "state",	"county",   "street",  "avenue", "road",
	"square",   "island",	"islands",  "river",   "lake",	 "mountain",
	"bay",	    "gulf",	"sea",	    "ocean",   "coast",	 "border",
	"hill",	    "park",	"bridge",   "capitol", "hotel",	 "tower",
	"province", "east",	"west",	    "north",   "south",	 "eastern",
	"western",  "northern", "southern", "central", "middle"};

static struct ref place_speaker(struct walk *w, size_t i, size_t *end)
{
	size_t j = i;
	if (j < w->n && tok_is(w->s, &w->t[j], "the"))
		j++;
	size_t a = j;
	while (j < w->n && j < a + 4 && narr_word(&w->t[j]) &&
	       (w->t[j].flags & TF_CAP) && w->t[j].mention < 0 &&
	       (w->t[j].lex & LEX_PLACE))
		j++;
	if (j == a)
		return NONE;
	/* "China, Pyongyang's only ally, said": past a description set off
	 * by commas, one that opens with a determiner or a possessive. */
	size_t v = j;
	if (v + 2 < w->n && punct_is(w, v, ',') && narr_word(&w->t[v + 1]) &&
	    (is_determiner(w, v + 1) || (w->t[v + 1].flags & TF_POSS))) {
		size_t c = v + 2;
		while (c < w->n && c < v + 16 && narr(&w->t[c]) &&
		       !punct_is(w, c, ','))
			c++;
		if (c < w->n && punct_is(w, c, ','))
			v = c + 1;
	}
	if (verb_after(w, v) == w->n)
		return NONE;
	/* "Ryan of Wisconsin said", "a voter from Ohio says", "Zornick of
	 * The Nation wrote", "Columbia, South Carolina": the place describes
	 * someone before it.  And "Carolina" of "South Carolina" starts
	 * nothing. */
	size_t b = a;
	if (b > 0 && tok_is(w->s, &w->t[b - 1], "the"))
		b--;
	if (b > 0 &&
	    (punct_is(w, b - 1, ',') ||
	     (narr_word(&w->t[b - 1]) && (w->t[b - 1].lex & LEX_PREP)) ||
	     (narr_word(&w->t[b - 1]) && (w->t[b - 1].flags & TF_CAP) &&
	      (w->t[b - 1].lex & LEX_PLACE))))
		return NONE;
	/* "Israel said" of Steve Israel: a person's surname first. */
	if (j - a == 1 && surname_ref(w, a).kind != R_NONE)
		return NONE;
	if (TOK_IN(w->s, &w->t[j - 1], place_nouns))
		return NONE;
	int org = org_of_words(w, a, j);
	if (org < 0)
		return NONE;
	*end = v;
	return (struct ref){R_ORG, org};
}

/* Whether the lowercase word i qualifies a role a word or two later:
 * "opinion editor", "election law expert". */
static bool qualifies_role(const struct walk *w, size_t i)
{
	const unsigned stop = LEX_VERB | LEX_AUX | LEX_PREP | LEX_DET |
			      LEX_VERB_ING | LEX_OPENER;
	for (size_t j = i; j < w->n && j < i + 3; j++) {
		const struct tok *t = &w->t[j];
		if (!narr_word(t) || (t->flags & TF_CAP) || (t->lex & stop))
			return false;
		if (j > i && (t->lex & (LEX_TITLE | LEX_HEAD)))
			return true;
	}
	return false;
}

static bool role_then_name(struct walk *w, size_t i, struct ref *r,
			   size_t *end);

/* Tokens from..to-1 are all words of a role: "the Ohio state", not
 * "a survey by". */
static bool role_words(const struct walk *w, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++)
		if (!(w->t[k].flags & TF_CAP) &&
		    !(w->t[k].lex &
		      (LEX_HEAD | LEX_TITLE | LEX_GROUP_NOUN | LEX_MODIFIER)) &&
		    !qualifies_role(w, k))
			return false;
	return true;
}

/* A dash of any kind, "--" counted as two. */
static bool dash_at(const struct walk *w, size_t i)
{
	return tok_is_dash(w->s, &w->t[i]) || punct_is(w, i, '-');
}

/* "spokesman", "spokeswomen": one who speaks for another, whose words
 * are that other's ("a Ruiz spokesman said" as "a spokesman for Ruiz"). */
static bool speaks_for(const struct walk *w, size_t j)
{
	const struct tok *t = &w->t[j];
	return t->end - t->start > 7 && !(t->flags & TF_CAP) &&
	       memcmp(w->s + t->start, "spokes", 6) == 0;
}

/* Notes whom the role at r speaks for, when a spokesman's, so that "the
 * spokesperson said" later is theirs too; returns who. */
static struct ref spokesperson_for(struct walk *w, size_t r, struct ref who)
{
	if (speaks_for(w, r) && who.kind != R_NONE) {
		w->spokes_for = who;
		w->spokes_para = w->p;
	}
	return who;
}

/* "a statement from the Acme Corporation", "an editorial in the Daily
 * Planet": a writing's noun at i and the word at p that gives whose it
 * is. */
static bool written_by(const struct walk *w, size_t i, size_t p)
{
	static const char *const writings[] = {
		"statement", "statements", "letter", "release", "memo",
		"email",     "filing",	   "post",   "tweet",	"message",
		"editorial", "column",	   "op-ed",  "article", "report"};
	const struct tok *t = &w->t[i];
	if (!narr_word(t) || (t->flags & TF_CAP) || !narr_word(&w->t[p]) ||
	    !TOK_IN(w->s, t, writings))
		return false;
	if (tok_is(w->s, &w->t[p], "from") || tok_is(w->s, &w->t[p], "by"))
		return true;
	/* "in" only for what a publication prints. */
	return tok_is(w->s, &w->t[p], "in") &&
	       (tok_is(w->s, t, "editorial") || tok_is(w->s, t, "column") ||
		tok_is(w->s, t, "op-ed") || tok_is(w->s, t, "article"));
}

/* "a spokesman for Ruiz", "a statement for the Clinton campaign", "a
 * statement from Acme": the one a role or a writing at end - 1 speaks
 * for, when "for" (or "from", written_by()) at end names them; *after is
 * the token past the name. */
static struct ref spoken_for(struct walk *w, size_t end, size_t *after)
{
	if (end == 0 || end + 1 >= w->n)
		return NONE;
	const struct tok *r = &w->t[end - 1];
	/* Lawyers speak for their clients as spokesmen do. */
	if (!written_by(w, end - 1, end) &&
	    (!tok_is(w->s, &w->t[end], "for") ||
	     (!(r->lex & LEX_GROUP_NOUN) && !tok_is_counsel(w->s, r))))
		return NONE;
	size_t m = end + 1;
	if (narr_word(&w->t[m]) && tok_is(w->s, &w->t[m], "the"))
		m++;
	if (m >= w->n || !narr_word(&w->t[m]))
		return NONE;
	/* "a spokesman for Platte River said": capitals no one has named
	 * are the body spoken for. */
	if (w->t[m].mention < 0) {
		size_t e = m;
		while (e < w->n && e < m + 4 && narr_word(&w->t[e]) &&
		       (w->t[e].flags & TF_CAP) && w->t[e].mention < 0 &&
		       !(w->t[e].lex & (LEX_NOT_NAME | LEX_TITLE)))
			e++;
		int org = e > m ? org_of_words(w, m, e) : -1;
		if (org < 0)
			return NONE;
		*after = e;
		return spokesperson_for(w, end - 1, (struct ref){R_ORG, org});
	}
	size_t e = w->an->m[w->t[m].mention].t1;
	/* "for the Clinton campaign" */
	if (e < w->n && narr_word(&w->t[e]) && !(w->t[e].flags & TF_CAP) &&
	    (w->t[e].lex & LEX_GROUP_NOUN))
		e++;
	*after = e;
	return spokesperson_for(w, end - 1, mention_ref(w, w->t[m].mention));
}

/* "his campaign", "her lawyer": those who speak for the one the
 * possessive stands for. */
static bool own_body(const struct walk *w, size_t j)
{
	static const char *const bodies[] = {
		"campaign", "office",	  "team",	    "department",
		"ministry", "government", "administration", "lawyer",
		"lawyers",  "attorney",	  "attorneys"};
	return TOK_IN(w->s, &w->t[j], bodies);
}

/* "the company", "the agency": a body named by its kind. */
static bool body_noun(const struct walk *w, size_t j)
{
	static const char *const kinds[] = {
		"company",    "firm",	      "agency",	      "ministry",
		"department", "group",	      "organization", "organisation",
		"union",      "party",	      "movement",     "bank",
		"council",    "government",   "militia",      "airline",
		"carrier",    "retailer",     "insurer",      "lender",
		"chain",      "manufacturer", "carmaker",     "automaker",
		"drugmaker",  "regulator",    "watchdog",     "charity",
		"university", "hospital",     "club",	      "operator",
		"authority",  "commission",   "board",	      "utility"};
	return TOK_IN(w->s, &w->t[j], kinds);
}

/* "Northline said it would appeal. “We disagree,” it said.": "it" and
 * "the company" speak for the body that is the subject of this sentence
 * or the last; anything else is no one we can name. */
static struct ref body_subject(const struct walk *w, size_t at)
{
	if (w->cur_subject.kind == R_ORG && w->cur_subject_tok < at)
		return w->cur_subject;
	/* "Her campaign is seeking to contrast …, with what it calls": a
	 * person's body, this sentence's subject, speaks for the person. */
	size_t k = w->cur_subject_tok;
	if (w->cur_subject.kind == R_PERSON && k < at) {
		const struct tok *t = &w->t[k];
		if (t->mention >= 0)
			k = w->an->m[t->mention].t1;
		else if (narr_word(t) &&
			 (tok_is(w->s, t, "her") || tok_is(w->s, t, "his")))
			k++;
		if (k > w->cur_subject_tok && k < at &&
		    ((w->t[k - 1].flags & TF_POSS) || t->mention < 0) &&
		    narr_word(&w->t[k]) && (w->t[k].lex & LEX_GROUP_NOUN))
			return w->cur_subject;
	}
	if (w->prev_subject.kind == R_ORG)
		return w->prev_subject;
	return UNKNOWN;
}

/* "Obama’s former campaign strategist said": a role of someone's (the
 * owner, named before token e) that no one speaks for ("spokesman" is
 * read by the caller), is the one given that role, else the person the
 * sentence before was about, when that is someone other than the owner;
 * NONE when the words after e are no such role. */
static struct ref owners_role(struct walk *w, struct ref owner, size_t e,
			      size_t *end)
{
	size_t r = e;
	while (r < w->n && r < e + 4 && narr_word(&w->t[r]) &&
	       !(w->t[r].flags & TF_CAP) &&
	       !(w->t[r].lex & (LEX_VERB | LEX_PREP | LEX_DET | LEX_AUX)))
		r++;
	if (r < e + 2 || !(w->t[r - 1].lex & LEX_HEAD) ||
	    (r < w->n && narr_word(&w->t[r]) && !is_verb(w, r)))
		return NONE;
	struct ref d = describe(w, e, r, false);
	if (d.kind != R_PERSON && w->prev_subject.kind == R_PERSON &&
	    (owner.kind != R_PERSON || owner.who != w->prev_subject.who))
		d = w->prev_subject;
	if (d.kind == R_PERSON)
		*end = r;
	return d;
}

/* "first" in "first lady", "first minister": part of the role. */
static bool first_of_role(const struct walk *w, size_t i)
{
	return i + 1 < w->n && tok_is(w->s, &w->t[i], "first") &&
	       narr_word(&w->t[i + 1]) && !(w->t[i + 1].flags & TF_CAP) &&
	       (w->t[i + 1].lex & (LEX_HEAD | LEX_TITLE));
}

/* "page", "account", "feed": where someone posts, lowercase. */
static bool own_channel(const struct walk *w, size_t i)
{
	static const char *const nouns[] = {"page",   "account", "feed",
					    "blog",   "channel", "profile",
					    "website"};
	return !(w->t[i].flags & TF_CAP) && TOK_IN(w->s, &w->t[i], nouns);
}

/* Whether token i is part of a person's name. */
static bool person_at(const struct walk *w, size_t i)
{
	return w->t[i].mention >= 0 && w->an->m[w->t[i].mention].person >= 0;
}

/* "Republican", "Democrat", "Tory": a capitalised noun for a member of a
 * party, which stands for a person as "the senator" does. */
static bool party_noun(const struct walk *w, size_t i)
{
	static const char *const nouns[] = {"republican",   "democrat",
					    "conservative", "tory",
					    "socialist",    "liberal"};
	return (w->t[i].flags & TF_CAP) && TOK_IN(w->s, &w->t[i], nouns);
}

/* "a woman who gave her name only as Maria", "a man who identified
 * himself as Ahmed", "a resident who gave only his first name, Dan": an
 * unnamed speaker whom the clause after names after all; NONE when it
 * does not. */
static struct ref named_after_all(const struct walk *w, size_t i, size_t *end)
{
	const struct tok *t = &w->t[i];
	/* Asked of every noun phrase: most start with no "a" or "one". */
	if (!(t->lex & LEX_DET) || t->end - t->start > 3 ||
	    (!tok_is(w->s, t, "a") && !tok_is(w->s, t, "an") &&
	     !tok_is(w->s, t, "one")))
		return NONE;
	size_t k = i + 1;
	while (k < w->n && k < i + 4 && narr_word(&w->t[k]) &&
	       !(w->t[k].flags & TF_CAP) && !tok_is(w->s, &w->t[k], "who"))
		k++;
	if (k >= w->n || !tok_is(w->s, &w->t[k], "who"))
		return NONE;
	for (size_t j = k + 1; j + 1 < w->n && j < k + 9; j++) {
		if (!narr(&w->t[j]))
			return NONE;
		bool as = tok_is(w->s, &w->t[j], "as");
		bool name = tok_is(w->s, &w->t[j], "name") &&
			    punct_is(w, j + 1, ',');
		if (!as && !name)
			continue;
		size_t nk = as ? j + 1 : j + 2;
		int m = nk < w->n ? w->t[nk].mention : -1;
		if (m < 0 || w->an->m[m].person < 0 || w->an->m[m].t0 != nk)
			return NONE;
		*end = w->an->m[m].t1;
		return mention_ref(w, m);
	}
	return NONE;
}

/* Whether a person of nationality have is one "the WORD" of nationality
 * want describes: the same, or a Scot, an Englishman or a Welshman for
 * "the Briton". */
static bool nation_fits(const char *have, const char *want)
{
	if (strcmp(have, want) == 0)
		return true;
	return strcmp(want, "british") == 0 &&
	       (strcmp(have, "english") == 0 || strcmp(have, "scottish") == 0 ||
		strcmp(have, "welsh") == 0);
}

/* "the Spaniard replied", "the Italian said": the one the sentence before
 * was about when the story gave that person this nationality, else the
 * one met last whom it gave it ("Spanish world number two Carlos
 * Alcaraz"); failing both, the one the sentence before was about, unless
 * the story gave that person another ("Italian Jannik Sinner"). */
static struct ref by_nation(const struct walk *w, const struct tok *t)
{
	char want[16];
	lex_nationality(w->s + t->start, t->end - t->start, want, sizeof(want));
	const char *have = w->prev_subject.kind == R_PERSON
				   ? w->an->pi[w->prev_subject.who].nation
				   : NULL;
	if (have && have[0] && nation_fits(have, want))
		return w->prev_subject;
	int best = -1;
	for (size_t p = 0; p < w->an->a->n_people; p++)
		if (w->an->pi[p].nation[0] &&
		    nation_fits(w->an->pi[p].nation, want) &&
		    w->an->pi[p].first_para <= w->p &&
		    (best < 0 || recency(w, (int)p) < recency(w, best)))
			best = (int)p;
	if (best >= 0)
		return (struct ref){R_PERSON, best};
	return have && !have[0] ? w->prev_subject : UNKNOWN;
}

/* "Another", "Some", "Others" opening a clause: a word of quantity,
 * which may stand alone for people of a group the story spoke of (but
 * "the Times and the Post each called" it: there it floats after its
 * subject). */
static bool quantity_opens(const struct walk *w, size_t i)
{
	static const char *const quantities[] = {
		"another", "one",  "some", "many", "several", "others",
		"both",	   "most", "few",  "all",  "each"};
	return narr_word(&w->t[i]) &&
	       (i == 0 || w->t[i - 1].sent != w->t[i].sent ||
		!narr_word(&w->t[i - 1])) &&
	       TOK_IN(w->s, &w->t[i], quantities);
}

/* "Another said", "Some wrote", "Many have said": a word of quantity
 * standing alone before a reporting verb is an unnamed speaker, not
 * whoever is named later on. */
static bool quantity_speaks(const struct walk *w, size_t i)
{
	size_t v = i + 1;
	if (v < w->n && narr_word(&w->t[v]) && (w->t[v].lex & LEX_AUX))
		v++;
	return is_verb(w, v) && quantity_opens(w, i);
}

static struct ref set_off_name(const struct walk *w, size_t e, struct ref r);

/* Whom an unnamed spokesperson, the description from token i to the role
 * at j, speaks for ("a Clinton campaign spokesman", "a spokesperson for
 * Kelbrook", "a council spokesman", "the spokesperson said"), or NONE when
 * nothing says; *end moves past a "for" phrase read. */
static struct ref spokesperson_speaks(struct walk *w, size_t i, size_t j,
				      bool definite, size_t *end)
{
	const struct tok *t = &w->t[i];
	/* "a Clinton campaign spokesman", "the Ruiz spokeswoman": the name the
	 * role speaks for, unless the story named the one who holds it ("Ruiz
	 * spokeswoman Ann Lee … the Ruiz spokeswoman said"). */
	struct ref d = definite ? describe(w, i + 1, j + 1, false) : UNKNOWN;
	if (d.kind == R_PERSON)
		return d;
	for (size_t k = i + 1; k < j; k++)
		if (w->t[k].mention >= 0)
			return mention_ref(w, w->t[k].mention);
	/* "An ITV spokesperson": a body by its acronym. */
	for (size_t k = i + 1; k < j; k++) {
		int o = is_acronym(w, k) ? org_of_words(w, k, k + 1) : -1;
		if (o >= 0)
			return (struct ref){R_ORG, o};
	}
	/* "a SpaceX spokesperson", "a Northwind spokesman": capitals no
	 * list knows, right before the role, name the body it speaks for
	 * (a person's name is a mention, read above). */
	size_t c = i + 1;
	while (c < j && narr_word(&w->t[c]) && (w->t[c].flags & TF_CAP) &&
	       !w->t[c].lex && w->t[c].mention < 0)
		c++;
	if (c > i + 1 && c == j) {
		int o = org_of_words(w, i + 1, c);
		if (o >= 0)
			return (struct ref){R_ORG, o};
	}
	/* "a spokesperson for the Royal College of Midwives said" (but "Doug
	 * Andres, a spokesman for Paul Ryan, told" is Andres). */
	size_t after;
	bool set_off =
		i >= 2 && punct_is(w, i - 1, ',') && w->t[i - 2].mention >= 0;
	struct ref f = set_off ? NONE : spoken_for(w, j + 1, &after);
	if (f.kind != R_NONE) {
		*end = after;
		return f;
	}
	/* "a council spokesman" after "Northfield Council", "a company
	 * spokeswoman" after "Harlow Motors cut jobs". */
	for (size_t k = i + 1; k < j; k++) {
		if (w->t[k].flags & TF_CAP)
			continue;
		if (body_noun(w, k) && k == i + 1)
			return body_subject(w, i);
		struct ref b = body_by_noun(w, i, k);
		if (b.kind == R_ORG)
			return b;
	}
	/* "Redfield Homes said the scheme would …. A spokesman said:": the body
	 * the sentence before was about. */
	if (j == i + 1 && !set_off && !tok_is(w->s, t, "the")) {
		struct ref b = body_subject(w, i);
		if (b.kind == R_ORG)
			return b;
	}
	/* "… “…,” the spokesperson said": for whom one spoke in this paragraph
	 * or the two before. */
	if (j == i + 1 && tok_is(w->s, t, "the") &&
	    w->spokes_for.kind != R_NONE && w->p <= w->spokes_para + 2)
		return w->spokes_for;
	return NONE;
}

/* "After", "When", "Asked": a word that opens a clause before the
 * sentence's subject, whose own subject is not the sentence's. */
static bool subordinator(const struct walk *w, size_t i)
{
	static const char *const words[] = {
		"after",   "before",  "when",	  "while",  "if",
		"because", "asked",   "although", "though", "since",
		"unless",  "whereas", "whether"};
	return narr_word(&w->t[i]) && (w->t[i].lex & LEX_OPENER) &&
	       TOK_IN(w->s, &w->t[i], words);
}

/* "the base chief known as Bob", "a nurse named Ana Reti", "a Marine
 * identified as Cpl. Ray Diaz": the person a description goes on to
 * name, right after it at token e; its end goes in *end. */
static struct ref known_as(const struct walk *w, size_t e, size_t *end)
{
	size_t k = e;
	if (k + 1 < w->n && narr_word(&w->t[k]) && narr_word(&w->t[k + 1]) &&
	    (tok_is(w->s, &w->t[k], "known") ||
	     tok_is(w->s, &w->t[k], "identified")) &&
	    tok_is(w->s, &w->t[k + 1], "as"))
		k += 2;
	else if (k < w->n && narr_word(&w->t[k]) &&
		 tok_is(w->s, &w->t[k], "named"))
		k++;
	else
		return NONE;
	int m = k < w->n && narr_word(&w->t[k]) ? w->t[k].mention : -1;
	if (m < 0 || w->an->m[m].person < 0 || w->an->m[m].t0 != k)
		return NONE;
	*end = w->an->m[m].t1;
	return mention_ref(w, m);
}

/* Prepositions of place, which the lexicon leaves out for the other
 * parts of speech they can be ("down", "past"): what follows them is
 * where someone was ("marched down Downing Street chanting", "outside
 * the White House"), not who spoke. */
static bool where_word(const struct walk *w, size_t i)
{
	static const char *const words[] = {
		"outside", "inside", "down",	"up",	  "along",   "across",
		"near",	   "past",   "through", "toward", "towards", "behind",
		"beside",  "into",   "onto",	"around", "opposite"};
	const struct tok *t = &w->t[i];
	return t->kind == TK_WORD && !(t->flags & TF_CAP) &&
	       TOK_IN(w->s, t, words);
}

/* Whether the name right before token v is where something happened:
 * "marched down Downing Street chanting", "outside the White House". */
static bool where_before(const struct walk *w, size_t v)
{
	int m = v > 0 ? w->t[v - 1].mention : -1;
	if (m < 0 || w->an->m[m].t1 != v)
		return false;
	size_t b = w->an->m[m].t0;
	if (b > 0 && narr_word(&w->t[b - 1]) &&
	    tok_is(w->s, &w->t[b - 1], "the") && !(w->t[b - 1].flags & TF_CAP))
		b--;
	if (b == 0)
		return false;
	/* Not "with" or "of", whose name may well act ("with the union
	 * calling her “…”", "footage of Trump saying"). */
	const struct tok *p = &w->t[b - 1];
	return narr_word(p) && (where_word(w, b - 1) || tok_is(w->s, p, "at") ||
				tok_is(w->s, p, "in") ||
				tok_is(w->s, p, "on") || tok_is(w->s, p, "to"));
}

/* A noun phrase that can speak, starting at i: a name, a pronoun, a
 * description.  *end receives the token after it. */
static struct ref np_forward(struct walk *w, size_t i, size_t *end)
{
	if (i >= w->n || !narr_word(&w->t[i]))
		return NONE;
	struct ref named = named_after_all(w, i, end);
	if (named.kind != R_NONE)
		return named;
	/* "Her campaign manager, Dan Roe, suggested", "Lee’s state
	 * director, Susan Vance, reached out": the role's holder, named
	 * after it, is the one acting. */
	struct ref held;
	if (role_then_name(w, i, &held, end))
		return held;
	const struct tok *t = &w->t[i];
	/* "West said", "Will wrote": a capitalised common word before a
	 * verb that is the surname of one person named in full. */
	if (t->mention < 0 && (t->flags & TF_CAP) && t->lex &&
	    is_verb(w, i + 1) &&
	    !(i > 0 && narr_word(&w->t[i - 1]) &&
	      (w->t[i - 1].lex & LEX_DET))) {
		struct ref sr = surname_ref(w, i);
		if (sr.kind != R_NONE) {
			*end = i + 1;
			return sr;
		}
	}
	if (t->mention < 0 &&
	    ((t->lex & LEX_PLACE) || tok_is(w->s, t, "the"))) {
		struct ref place = place_speaker(w, i, end);
		if (place.kind != R_NONE)
			return place;
	}
	/* So too when the owner is no one the story takes for a person
	 * ("Obama’s", written once). */
	if (t->mention < 0 &&
	    (t->flags & (TF_CAP | TF_POSS)) == (TF_CAP | TF_POSS)) {
		struct ref d = owners_role(w, UNKNOWN, i + 1, end);
		if (d.kind == R_PERSON)
			return d;
	}
	if (t->mention >= 0) {
		const struct mention *m = &w->an->m[t->mention];
		size_t e = m->t1;
		*end = e;
		/* "Vulture magazine said": the medium's noun after its
		 * name. */
		if (m->org >= 0 && w->an->orgs[m->org].media && e < w->n &&
		    !(w->t[e].flags & TF_CAP) && media_noun(w, e))
			*end = e + 1;
		/* "Trump’s spokeswoman Hope Hicks", "Clinton’s campaign". */
		if ((w->t[e - 1].flags & TF_POSS) && e < w->n &&
		    narr_word(&w->t[e])) {
			if (w->t[e].mention >= 0 &&
			    w->t[e].mention != t->mention)
				return np_forward(w, e, end);
			if (w->t[e].lex & (LEX_GROUP_NOUN | LEX_HEAD)) {
				*end = e + 1;
				return mention_ref(w, t->mention);
			}
			struct ref d = owners_role(
				w, mention_ref(w, t->mention), e, end);
			if (d.kind == R_PERSON)
				return d;
		}
		/* "CIA spokesman Ryan Trapani", "former Obama adviser David
		 * Axelrod": a name or body, a role, then the speaker. */
		for (size_t j = e; j < w->n && j < e + 5 && narr_word(&w->t[j]);
		     j++) {
			if (w->t[j].mention >= 0) {
				/* The words between name a role ("aide"),
				 * not a deed: in "Sanders blamed Clinton",
				 * Clinton is the object. */
				const struct tok *r = &w->t[j - 1];
				bool deed =
					j > e && !(r->flags & TF_CAP) &&
					!(r->lex & (LEX_TITLE | LEX_HEAD)) &&
					r->end - r->start > 3 &&
					w->s[r->end - 2] == 'e' &&
					w->s[r->end - 1] == 'd';
				if (w->t[j].mention != t->mention &&
				    w->an->m[w->t[j].mention].person >= 0 &&
				    !deed)
					return np_forward(w, j, end);
				break;
			}
			/* Role words, or plain lowercase words inside the role
			 * ("top foreign policy aide"), or a word that is no
			 * name right before a role ("opinion editor"). */
			bool qualifies = qualifies_role(w, j);
			if ((!(w->t[j].lex & (LEX_TITLE | LEX_HEAD)) &&
			     !(w->t[j].flags & TF_CAP) &&
			     (w->t[j].lex &
			      (LEX_NOT_NAME | LEX_VERB | LEX_AUX | LEX_PREP |
			       LEX_DET | LEX_VERB_ING))) &&
			    !qualifies)
				break;
		}
		/* "the Clinton campaign": a lowercase group noun after. */
		if (e < w->n && narr_word(&w->t[e]) &&
		    !(w->t[e].flags & TF_CAP) &&
		    (w->t[e].lex & LEX_GROUP_NOUN)) {
			*end = e + 1;
			return mention_ref(w, t->mention);
		}
		/* "The Archie Bunker stereotype ignored", "the Obama years":
		 * a person's name between "the" and a common noun only
		 * qualifies the noun, which is the subject. */
		if (m->person >= 0 && m->t0 > 0 && e < w->n &&
		    tok_is(w->s, &w->t[m->t0 - 1], "the") &&
		    narr_word(&w->t[e]) &&
		    !(w->t[e].flags & (TF_CAP | TF_INQUOTE)) &&
		    !(w->t[e - 1].flags & TF_POSS) &&
		    !(w->t[e].lex &
		      (LEX_VERB | LEX_AUX | LEX_PREP | LEX_DET | LEX_VERB_ING |
		       LEX_NOT_NAME | LEX_TITLE | LEX_HEAD)))
			return UNKNOWN;
		return mention_ref(w, t->mention);
	}
	*end = i + 1;
	if (tok_is(w->s, t, "he"))
		return resolve_pronoun(w, 'm', i, true);
	if (tok_is(w->s, t, "she"))
		return resolve_pronoun(w, 'f', i, true);
	/* "It seems", "it is": only "it" that reports speaks; so may "they"
	 * for a body ("Clinton's campaign … what they call"). */
	if (tok_is(w->s, t, "it") || tok_is(w->s, t, "they")) {
		struct ref b = verb_after(w, i + 1) < w->n ? body_subject(w, i)
							   : UNKNOWN;
		if (b.kind != R_UNKNOWN || tok_is(w->s, t, "it"))
			return b;
	}
	/* "Shares of Veltrix fell": the company whose shares they are is
	 * what the sentence is about ("The company said" next is its). */
	if (i + 2 < w->n && narr_word(&w->t[i + 1]) &&
	    narr_word(&w->t[i + 2]) && w->t[i + 2].mention >= 0 &&
	    w->an->m[w->t[i + 2].mention].org >= 0 &&
	    (tok_is(w->s, t, "shares") || tok_is(w->s, t, "stock")) &&
	    (tok_is(w->s, &w->t[i + 1], "of") ||
	     tok_is(w->s, &w->t[i + 1], "in"))) {
		*end = w->an->m[w->t[i + 2].mention].t1;
		return mention_ref(w, w->t[i + 2].mention);
	}
	/* "Attorneys for Clinton appeared to oppose it, saying…" */
	if (i + 1 < w->n && narr_word(&w->t[i + 1]) &&
	    tok_is(w->s, &w->t[i + 1], "for")) {
		size_t after;
		struct ref f = spoken_for(w, i + 1, &after);
		if (f.kind != R_NONE) {
			*end = after;
			return f;
		}
	}
	if (tok_is(w->s, t, "they") || tok_is(w->s, t, "we") ||
	    tok_is(w->s, t, "i") || tok_is(w->s, t, "you") ||
	    tok_is(w->s, t, "who") || quantity_speaks(w, i))
		return UNKNOWN;
	if (is_determiner(w, i)) {
		bool definite = tok_is(w->s, t, "the") ||
				tok_is(w->s, t, "his") ||
				tok_is(w->s, t, "her");
		size_t j = i + 1;
		/* "the Wisconsin Republican says", "the Democrat told": one
		 * person by party, perhaps with a place, is so too. */
		size_t pe = j;
		while (pe < w->n && pe < j + 2 && narr_word(&w->t[pe]) &&
		       (w->t[pe].flags & TF_CAP) && !person_at(w, pe) &&
		       !party_noun(w, pe))
			pe++;
		if (tok_is(w->s, t, "the") && pe < w->n &&
		    narr_word(&w->t[pe]) && party_noun(w, pe) &&
		    !person_at(w, pe) &&
		    (pe + 1 == w->n || !narr_word(&w->t[pe + 1]) ||
		     (w->t[pe + 1].lex & (LEX_VERB | LEX_AUX)))) {
			*end = pe + 1;
			return w->prev_subject.kind == R_PERSON
				       ? w->prev_subject
				       : UNKNOWN;
		}
		if (j < w->n && narr_word(&w->t[j]) && w->t[j].mention >= 0 &&
		    definite) {
			/* "the Rourke spokesman said" after "Rourke campaign
			 * spokesman Ivan Tull": the one given that role, when
			 * the story named one. */
			size_t r0 = w->an->m[w->t[j].mention].t1, r = r0;
			while (r < w->n && r < r0 + 3 && narr_word(&w->t[r]) &&
			       !(w->t[r].flags & TF_CAP) &&
			       ((w->t[r].lex & (LEX_TITLE | LEX_HEAD)) ||
				speaks_for(w, r)))
				r++;
			if (r > r0 && (r >= w->n || !narr_word(&w->t[r]) ||
				       !(w->t[r].flags & TF_CAP))) {
				struct ref d = describe(w, j, r, false);
				if (d.kind == R_PERSON) {
					*end = r;
					return d;
				}
			}
			return np_forward(w, j, end);
		}
		/* "the Spaniard replied", "the Dutchman said": one person by
		 * nation, unnamed, is the one the sentence before was
		 * about. */
		if (tok_is(w->s, t, "the") && j + 1 < w->n &&
		    narr_word(&w->t[j]) && (w->t[j].flags & TF_CAP) &&
		    (w->t[j].lex & LEX_NATION) && w->t[j].mention < 0 &&
		    narr_word(&w->t[j + 1]) &&
		    (w->t[j + 1].lex & (LEX_VERB | LEX_AUX))) {
			*end = j + 1;
			return by_nation(w, &w->t[j]);
		}
		/* "an angry Ferrell replied", "his friend Omar Saleh told",
		 * "his nephew Michery el Soheil added": a person described by
		 * a lowercase word or two is still that person, when the name
		 * ends the phrase ("a Ferrell aide", "the printed Ferrell
		 * campaign card" are not Ferrell). */
		size_t a = j;
		while (a < w->n && a < j + 2 && narr_word(&w->t[a]) &&
		       w->t[a].mention < 0 && !(w->t[a].flags & TF_CAP) &&
		       !(w->t[a].lex &
			 (LEX_TITLE | LEX_GROUP_NOUN | LEX_VERB | LEX_PREP |
			  LEX_DET | LEX_AUX | LEX_MODIFIER)))
			a++;
		if (a > j && a < w->n && narr_word(&w->t[a]) &&
		    w->t[a].mention >= 0 && w->an->m[w->t[a].mention].t0 == a &&
		    w->an->m[w->t[a].mention].person >= 0) {
			size_t e = w->an->m[w->t[a].mention].t1;
			if (!(w->t[e - 1].flags & TF_POSS) &&
			    (e >= w->n || !narr_word(&w->t[e]) ||
			     (!(w->t[e].flags & TF_CAP) &&
			      (w->t[e].lex & (LEX_VERB | LEX_AUX | LEX_PREP |
					      LEX_VERB_ING))))) {
				*end = e;
				return mention_ref(w, w->t[a].mention);
			}
		}
		/* "the Chancellor added", "the Prime Minister said": a title
		 * in capitals, as British papers write it, describes as a
		 * lowercase one does. */
		if (tok_is(w->s, t, "the")) {
			size_t r = j;
			while (r < w->n && r < j + 4 && narr_word(&w->t[r]) &&
			       (w->t[r].flags & TF_CAP) &&
			       w->t[r].mention < 0 &&
			       (w->t[r].lex &
				(LEX_TITLE | LEX_HEAD | LEX_MODIFIER)))
				r++;
			if (r > j && r < w->n && narr_word(&w->t[r]) &&
			    (w->t[r].lex & (LEX_VERB | LEX_AUX))) {
				struct ref d = describe(w, j, r, true);
				if (d.kind == R_PERSON) {
					*end = r;
					return d;
				}
			}
		}
		for (int k = 0; k < 6 && j < w->n && narr_word(&w->t[j]);
		     k++, j++) {
			const struct tok *h = &w->t[j];
			if (h->lex & LEX_VERB && !(h->lex & LEX_HEAD))
				break;
			/* "Okoro, 19, … the teenager said": the one the
			 * story gave a teenager's age. */
			if (j == i + 1 && tok_is(w->s, t, "the") &&
			    (tok_is(w->s, h, "teenager") ||
			     tok_is(w->s, h, "teen")) &&
			    (j + 1 >= w->n || !narr_word(&w->t[j + 1]) ||
			     (w->t[j + 1].lex & (LEX_VERB | LEX_AUX)))) {
				struct ref who = aged(w, 13, 19);
				if (who.kind == R_PERSON) {
					*end = j + 1;
					return who;
				}
			}
			/* "the 34-year-old said": the person of that age;
			 * "the 50-year-old judge", else the judge. */
			unsigned age = year_old(w, j);
			if (age) {
				size_t r = j + 1;
				while (r < w->n && narr_word(&w->t[r]) &&
				       !(w->t[r].flags & TF_CAP) &&
				       (w->t[r].lex & (LEX_HEAD | LEX_TITLE)))
					r++;
				*end = r;
				struct ref who =
					definite ? aged(w, age, age) : UNKNOWN;
				if (who.kind == R_UNKNOWN && definite &&
				    r > j + 1)
					who = describe(w, j + 1, r, true);
				/* "Soap star Kelly Marsh has blasted … The
				 * 34-year-old fumed:" an age no one was given,
				 * of the one the sentence before was about,
				 * unless the story gave them another; with a
				 * role ("the 45-year-old mother"), only when
				 * it gave them none. */
				if (who.kind == R_UNKNOWN && definite &&
				    w->prev_subject.kind == R_PERSON &&
				    !w->an->pi[w->prev_subject.who].age &&
				    (r == j + 1 ||
				     !has_role(w, w->prev_subject.who)))
					who = w->prev_subject;
				return who;
			}
			/* "A woman who lives near the park said": someone
			 * unnamed, though no role's word. */
			if (!definite && !(h->flags & TF_CAP) &&
			    !(h->lex & (LEX_HEAD | LEX_TITLE)) &&
			    (h->flags & (TF_MAN | TF_WOMAN))) {
				*end = j + 1;
				return UNKNOWN;
			}
			/* "a letter from Sen. Ann Lee", "a memo by Acme". */
			if (j + 1 < w->n && written_by(w, j, j + 1)) {
				size_t after;
				struct ref f = spoken_for(w, j + 1, &after);
				if (f.kind != R_NONE) {
					*end = after;
					return f;
				}
			}
			if (!(h->lex &
			      (LEX_HEAD | LEX_GROUP_NOUN | LEX_TITLE)) ||
			    (h->flags & TF_CAP))
				continue;
			/* Take the longest role: "secretary general", "law
			 * enforcement official", "former first lady". */
			while (j + 1 < w->n && narr_word(&w->t[j + 1]) &&
			       !(w->t[j + 1].flags & TF_CAP) &&
			       ((w->t[j + 1].lex & (LEX_HEAD | LEX_TITLE)) ||
				speaks_for(w, j + 1) ||
				first_of_role(w, j + 1)))
				j++;
			*end = j + 1;
			/* "the Ohio Senate spokeswoman Hope Hicks": the
			 * role's own name. */
			if (j + 1 < w->n && narr_word(&w->t[j + 1]) &&
			    (w->t[j + 1].flags & TF_CAP)) {
				int m = w->t[j + 1].mention;
				size_t e = m >= 0 ? w->an->m[m].t1 : w->n;
				/* Not "a senior Cruz adviser", nor "a
				 * survey by analyst Ann Roe". */
				if (m >= 0 && w->an->m[m].person >= 0 &&
				    role_words(w, i + 1, j) &&
				    (e >= w->n || !narr_word(&w->t[e]) ||
				     (w->t[e].flags & TF_CAP) ||
				     !(w->t[e].lex & (LEX_HEAD | LEX_TITLE |
						      LEX_GROUP_NOUN))))
					return np_forward(w, j + 1, end);
			} else if (speaks_for(w, j)) {
				struct ref r = spokesperson_speaks(
					w, i, j, definite, end);
				if (r.kind != R_NONE)
					return r;
			}
			struct ref known = known_as(w, j + 1, end);
			if (known.kind == R_PERSON)
				return known;
			if (!definite)
				return named_later(w, i + 1, j + 1);
			/* "Her campaign called the plan “a disaster”": the
			 * campaign, office or team of the one "his" or "her"
			 * stands for, or who speaks for them. */
			if (j == i + 1 &&
			    (tok_is(w->s, t, "his") ||
			     tok_is(w->s, t, "her")) &&
			    (own_body(w, j) || speaks_for(w, j)))
				return resolve_pronoun(
					w, tok_is(w->s, t, "his") ? 'm' : 'f',
					i, true);
			if (body_noun(w, j) && j == i + 1)
				return body_subject(w, i);
			if (media_noun(w, j))
				return w->media >= 0
					       ? (struct ref){R_ORG, w->media}
					       : UNKNOWN;
			/* "Netanyahu's office said … The office said": the
			 * office or campaign of the person the sentence before
			 * was about, when no body was; so is "the statement
			 * said" after "In a statement, the Port Authority
			 * said". */
			bool statement = tok_is(w->s, &w->t[j], "statement");
			if (j == i + 1 && tok_is(w->s, t, "the") &&
			    (tok_is(w->s, &w->t[j], "office") ||
			     tok_is(w->s, &w->t[j], "campaign") || statement) &&
			    verb_after(w, j + 1) < w->n) {
				/* "Pike released a statement. … the
				 * statement read": the one whose statement
				 * this paragraph or the one before named. */
				if (statement &&
				    w->statement_by.kind != R_NONE &&
				    w->p <= w->statement_para + 1)
					return w->statement_by;
				struct ref b = body_subject(w, i);
				if (b.kind == R_ORG)
					return b;
				if (w->prev_subject.kind == R_PERSON)
					return w->prev_subject;
			}
			if (w->t[j].lex & LEX_HEAD) {
				struct ref d = describe(w, i + 1, j + 1, true);
				/* "The developer, Redfield Homes, said": a
				 * body set off after the role it holds. */
				struct ref b =
					d.kind == R_UNKNOWN
						? set_off_name(w, j + 1, d)
						: d;
				return b.kind == R_ORG ? b : d;
			}
			return UNKNOWN;
		}
		/* "the aides said", "the protesters chanted": a plural no
		 * list knows, right before a reporting verb, is people
		 * unnamed; read as no one, it left the words to the sentence
		 * before's subject.  (A singular is often a document of that
		 * subject's: "the memo stated", "the suit says".) */
		const struct tok *h = &w->t[i + 1];
		if (definite && i + 2 < w->n && narr_word(h) &&
		    !(h->flags & TF_CAP) && !h->lex && tok_plural(w->s, h) &&
		    is_verb(w, i + 2) && (w->t[i + 2].lex & LEX_VERB)) {
			*end = i + 2;
			return UNKNOWN;
		}
		return NONE;
	}
	/* "said United Steelworkers Political Director Tim Waters", "said
	 * former Pennsylvania Gov. and Democratic National Committee Chairman
	 * Ed Rendell": words of a title before the name. */
	for (size_t j = i + 1;
	     j < w->n && j < i + 10 && narr_word(&w->t[j - 1]); j++) {
		const struct tok *p = &w->t[j - 1];
		if (tok_is(w->s, p, "and") && j - 1 > i)
			continue;
		/* "election lawyer Tom Verity", "opinion editor Ann
		 * Ross": a word that is no name may still qualify the role
		 * right after it. */
		bool qualifies = qualifies_role(w, j - 1);
		if (!(p->flags & TF_CAP) &&
		    (p->lex &
		     (LEX_NOT_NAME | LEX_AUX | LEX_VERB | LEX_OPENER)) &&
		    !(p->lex & (LEX_TITLE | LEX_MODIFIER)) && !qualifies)
			break;
		/* "Protesters marched down Downing Street": a deed done
		 * or a place's preposition is no word of a title. */
		if (!(p->flags & TF_CAP) &&
		    !(p->lex & (LEX_TITLE | LEX_HEAD | LEX_MODIFIER)) &&
		    !qualifies &&
		    (where_word(w, j - 1) ||
		     (p->end - p->start > 3 && w->s[p->end - 2] == 'e' &&
		      w->s[p->end - 1] == 'd')))
			break;
		/* "American Action Forum’s Douglas Holtz-Eakin": a body's
		 * possessive, then the person. */
		if ((p->flags & TF_POSS) && !(p->flags & TF_CAP))
			break;
		/* "Asked about Rashford's form, Dyche smiled": a name after
		 * a preposition is its object ("Secretary of State John
		 * Kerry" still names him). */
		if (!(p->flags & TF_CAP) && (p->lex & LEX_PREP) &&
		    !tok_is(w->s, p, "of"))
			break;
		/* "After Mayor Ann Lee criticized the plan, the council
		 * approved it": the clause's subject, not the sentence's. */
		if (j == i + 1 && subordinator(w, i))
			break;
		if (narr_word(&w->t[j]) && w->t[j].mention >= 0) {
			/* "Like Lee, Pike rejected it", "Unlike Lee, …": a
			 * word that opens a clause, capitalised at the
			 * sentence's start, is no title, and the name that
			 * ends the clause is not the subject ("As Lee puts
			 * it" still is). */
			if ((w->t[i].lex & LEX_OPENER) &&
			    !(w->t[i].lex & (LEX_TITLE | LEX_MODIFIER)) &&
			    punct_is(w, w->an->m[w->t[j].mention].t1, ','))
				break;
			return np_forward(w, j, end);
		}
	}
	/* "Cuban said", "said English": a surname that is also a nationality
	 * or party word is the one person named so in full. */
	struct ref r = surname_ref(w, i);
	if (r.kind != R_NONE)
		return r;
	r = org_first_word(w, i);
	if (r.kind != R_NONE && verb_after(w, i + 1) < w->n) {
		*end = i + 1;
		return r;
	}
	/* "officials", "Republicans", "aides": someone, but not named. */
	if (t->lex & (LEX_TITLE | LEX_HEAD | LEX_GROUP_NOUN | LEX_MODIFIER))
		return UNKNOWN;
	return NONE;
}

/* A word that may stand between a subject and its verb: "has", "later",
 * or an adverb of manner no list knows ("Morial forcefully told"). */
static bool before_verb(const struct walk *w, size_t j)
{
	const struct tok *t = &w->t[j];
	if (!narr_word(t) || (t->flags & TF_CAP))
		return false;
	if (t->lex & LEX_AUX)
		return true;
	size_t n = t->end - t->start;
	return !t->lex && n >= 6 && w->s[t->end - 2] == 'l' &&
	       w->s[t->end - 1] == 'y';
}

/* Whether token i may be a word for what someone does before their
 * name, set off by commas ("florist", "local", "the"): a lowercase word
 * that neither reports, relates nor joins ("who", "with", "after
 * meeting", "met"). */
static bool occupation_word(const struct walk *w, size_t i)
{
	const struct tok *t = &w->t[i];
	size_t n = t->end - t->start;
	const char *s = w->s + t->start;
	if (!narr_word(t) || (t->flags & TF_CAP) || t->mention >= 0 ||
	    (t->lex & (LEX_VERB | LEX_VERB_ING | LEX_PREP | LEX_AUX)) ||
	    tok_is(w->s, t, "who") || tok_is(w->s, t, "which") ||
	    tok_is(w->s, t, "that") || tok_is(w->s, t, "whose"))
		return false;
	static const char *const verbal[] = {"ed", "ing"};
	return n <= 3 || (t->lex & (LEX_MODIFIER | LEX_TITLE | LEX_HEAD)) ||
	       !ENDS_IN(s, n, verbal);
}

/* "Kevin Swanson, who is a pastor at the Reformation Church of Elizabeth,
 * Colorado, slammed": the person whose relative clause, commas and all,
 * ends at the comma c before the verb, or -1. */
static int relative_clause_owner(const struct walk *w, size_t c, size_t floor)
{
	for (size_t k = c; k > floor + 2 && c - k < APPOSITIVE_MAX; k--) {
		const struct tok *t = &w->t[k - 1];
		if (!narr(t) || (t->flags & TF_SENT_END))
			return -1;
		if (!narr_word(t) || !tok_is_relative(w->s, t))
			continue;
		int m = w->t[k - 3].mention;
		if (punct_is(w, k - 2, ',') && m >= 0 &&
		    w->an->m[m].person >= 0 && w->an->m[m].t1 == k - 2)
			return m;
		return -1;
	}
	return -1;
}

/* A noun phrase that ends right before token v (a verb), skipping "has",
 * "later", a party tag or an appositive. */
static struct ref np_backward(struct walk *w, size_t v, size_t floor)
{
	size_t j = v;
	for (int k = 0; k < 3 && j > floor && before_verb(w, j - 1); k++)
		j--;
	/* "Pike on Sunday thanked", "Lee during a visit said": a short
	 * phrase of time or place between a name and its verb. */
	for (size_t k = j; k > floor + 1 && j - k < 4; k--) {
		const struct tok *p = &w->t[k - 1];
		if (!narr_word(p) || (p->lex & (LEX_VERB | LEX_VERB_ING)) ||
		    tok_is(w->s, p, "and") || tok_is(w->s, p, "but") ||
		    tok_is(w->s, p, "or"))
			break;
		if ((tok_is(w->s, p, "on") || tok_is(w->s, p, "during") ||
		     tok_is(w->s, p, "at") || tok_is(w->s, p, "in") ||
		     tok_is(w->s, p, "last") || tok_is(w->s, p, "this")) &&
		    k - 1 < j - 1 && w->t[k - 2].mention >= 0 &&
		    w->an->m[w->t[k - 2].mention].person >= 0 &&
		    w->an->m[w->t[k - 2].mention].t1 == k - 1) {
			j = k - 1;
			break;
		}
	}
	size_t np_end = j; /* where the phrase meets its verb */
	if (j > floor && punct_is(w, j - 1, ')')) {
		size_t k = j - 1;
		while (k > floor && j - k < 12 && !punct_is(w, k, '('))
			k--;
		if (punct_is(w, k, '('))
			j = k;
	}
	if (j > floor && dash_at(w, j - 1)) {
		/* "A former candidate -- John McCain, who lost in 2008 --
		 * said", "Lee — a Republican — said": what the dashes set off
		 * is the name itself when it opens with one, else an aside. */
		size_t e = j - 1;
		while (e > floor && dash_at(w, e - 1))
			e--;
		size_t k = e;
		while (k > floor && e - k < APPOSITIVE_MAX &&
		       !dash_at(w, k - 1) && narr(&w->t[k - 1]))
			k--;
		if (k > floor && k < e && dash_at(w, k - 1)) {
			const struct tok *a = &w->t[k];
			int m = a->mention;
			if (narr_word(a) && m >= 0 && w->an->m[m].person >= 0 &&
			    w->an->m[m].t0 == k &&
			    (w->an->m[m].t1 == e ||
			     punct_is(w, w->an->m[m].t1, ',')))
				return mention_ref(w, m);
			j = k - 1;
			while (j > floor && dash_at(w, j - 1))
				j--;
		}
	}
	if (j > floor && punct_is(w, j - 1, ',')) {
		/* "Smith, a Republican from Ohio, said" */
		size_t k = j - 1;
		while (k > floor && j - k < APPOSITIVE_MAX &&
		       !punct_is(w, k - 1, ',') && narr(&w->t[k - 1]))
			k--;
		if (k > floor && punct_is(w, k - 1, ',')) {
			/* "Clinton’s campaign chairman, John Podesta, said":
			 * the part set off is the name itself, perhaps after
			 * what the person does ("Her neighbour, florist Tom
			 * Reddy, added"). */
			size_t nk = k;
			while (nk < j - 1 && nk < k + 2 &&
			       occupation_word(w, nk))
				nk++;
			const struct tok *a = &w->t[nk];
			/* "The company, Delmar Industries, said": a body
			 * named after its common noun. */
			bool body_named =
				nk == k && k >= 2 && narr_word(&w->t[k - 2]) &&
				body_noun(w, k - 2) && a->mention >= 0 &&
				w->an->m[a->mention].org >= 0;
			if (narr_word(a) && a->mention >= 0 &&
			    (w->an->m[a->mention].person >= 0 || body_named) &&
			    w->an->m[a->mention].t1 == j - 1)
				return mention_ref(w, a->mention);
			int rel = relative_clause_owner(w, j - 1, floor);
			if (rel >= 0)
				return mention_ref(w, rel);
			j = k - 1;
		} else {
			return NONE;
		}
	}
	if (j <= floor)
		return NONE;
	size_t last = j - 1;
	const struct tok *t = &w->t[last];
	if (!narr_word(t))
		return NONE;
	/* "Vulture magazine said": the medium's noun after its name (not
	 * after the "Daily" of "the People's Daily", a name not read). */
	if (t->mention < 0 && last > floor && !(t->flags & TF_CAP) &&
	    media_noun(w, last) && narr_word(&w->t[last - 1]) &&
	    w->t[last - 1].mention >= 0) {
		const struct mention *m = &w->an->m[w->t[last - 1].mention];
		if (m->org >= 0 && w->an->orgs[m->org].media &&
		    !(m->t0 > 0 && (w->t[m->t0 - 1].flags & TF_POSS)))
			t = &w->t[--last];
	}
	size_t end;
	if (t->mention >= 0) {
		size_t s = w->an->m[t->mention].t0;
		if (s < floor)
			s = floor;
		/* "a source speaking to Fox News said", "a post on Facebook
		 * said": an object, not the speaker. */
		if (s > floor && narr_word(&w->t[s - 1]) &&
		    (tok_is(w->s, &w->t[s - 1], "to") ||
		     tok_is(w->s, &w->t[s - 1], "with") ||
		     tok_is(w->s, &w->t[s - 1], "on")))
			return NONE;
		/* "Bishop Ann Roe of the Diocese of Leeds told", "Ann Roe at
		 * the Center for Policy Studies wrote": the body a person is
		 * "of" or "at" does not speak; the person before it does. */
		for (int hops = 0, k = (int)s; hops < 3; hops++) {
			if (k > (int)floor && tok_is(w->s, &w->t[k - 1], "the"))
				k--;
			if (k <= (int)floor + 1 || !narr_word(&w->t[k - 1]) ||
			    !narr_word(&w->t[k - 2]) || w->t[k - 2].mention < 0)
				break;
			const struct tok *link = &w->t[k - 1];
			const struct mention *pm =
				&w->an->m[w->t[k - 2].mention];
			bool of = tok_is(w->s, link, "of") ||
				  tok_is(w->s, link, "at");
			/* "for" joins a body's name ("Center for Policy
			 * Studies"), not a person to one. */
			if (!of && !(tok_is(w->s, link, "for") && pm->org >= 0))
				break;
			if (pm->person >= 0)
				return mention_ref(w, w->t[k - 2].mention);
			k = (int)pm->t0;
		}
		/* Possessive chains resolve forwards from their start. */
		if (s > floor && (w->t[s - 1].flags & TF_POSS) &&
		    w->t[s - 1].mention >= 0)
			s = w->an->m[w->t[s - 1].mention].t0;
		return np_forward(w, s, &end);
	}
	if (tok_is(w->s, t, "who") && last >= floor + 2 &&
	    punct_is(w, last - 1, ',') && w->t[last - 2].mention >= 0)
		return mention_ref(w, w->t[last - 2].mention);
	/* "Brandt's Facebook page said", "her Twitter account posted":
	 * what someone posts speaks for them. */
	if (own_channel(w, last)) {
		size_t k = last;
		while (k > floor && last - k < 3 && narr_word(&w->t[k - 1]) &&
		       (w->t[k - 1].flags & TF_CAP) &&
		       !(w->t[k - 1].flags & TF_POSS) &&
		       !(w->t[k - 1].lex & LEX_DET))
			k--;
		if (k > floor && narr_word(&w->t[k - 1]) &&
		    (w->t[k - 1].flags & TF_POSS) && person_at(w, k - 1))
			return mention_ref(w, w->t[k - 1].mention);
		if (k > floor && narr_word(&w->t[k - 1]) &&
		    (tok_is(w->s, &w->t[k - 1], "his") ||
		     tok_is(w->s, &w->t[k - 1], "her")))
			return resolve_pronoun(
				w,
				tok_is(w->s, &w->t[k - 1], "his") ? 'm' : 'f',
				k - 1, true);
	}
	/* "The Wisconsin Republican says": back to its determiner. */
	if (party_noun(w, last) && !person_at(w, last)) {
		size_t k = last;
		while (k > floor && last - k < 3 && narr_word(&w->t[k - 1]) &&
		       (w->t[k - 1].flags & TF_CAP) && !person_at(w, k - 1) &&
		       !tok_is(w->s, &w->t[k - 1], "the"))
			k--;
		if (k > floor && tok_is(w->s, &w->t[k - 1], "the") &&
		    narr_word(&w->t[k - 1]))
			return np_forward(w, k - 1, &end);
	}
	/* "King says", "Bishop wrote", "West landed": a capitalised common
	 * word that is the surname of one person the story named in full
	 * is that person ("the West said" is not). */
	if ((t->flags & TF_CAP) && t->lex &&
	    !(last > floor && narr_word(&w->t[last - 1]) &&
	      (w->t[last - 1].lex & LEX_DET))) {
		struct ref sr = surname_ref(w, last);
		if (sr.kind != R_NONE)
			return sr;
	}
	/* "Goldman Sachs economists wrote": a body's staff speak for it. */
	if ((t->lex & LEX_STAFF) && last > floor &&
	    w->t[last - 1].mention >= 0 &&
	    w->an->m[w->t[last - 1].mention].org >= 0)
		return mention_ref(w, w->t[last - 1].mention);
	/* "the city council said": a body unnamed is someone, though no
	 * one known (but in "Seaman, who lives outside the state capital,
	 * Sacramento, said" the body is an aside's). */
	bool body = (t->lex & LEX_ORG) && !(t->flags & TF_CAP) &&
		    last + 1 == np_end;
	if ((t->lex & (LEX_HEAD | LEX_GROUP_NOUN | LEX_TITLE)) || body ||
	    year_old(w, last)) {
		/* Back to the determiner of "the US vice president". */
		size_t k = last;
		while (k > floor && last - k < 6 && narr_word(&w->t[k - 1]) &&
		       !is_determiner(w, k))
			k--;
		if (is_determiner(w, k)) {
			struct ref d = np_forward(w, k, &end);
			return d.kind == R_NONE && body ? UNKNOWN : d;
		}
		/* "the Clinton campaign": a name then the noun. */
		if (last > floor && w->t[last - 1].mention >= 0 &&
		    (t->lex & LEX_GROUP_NOUN))
			return mention_ref(w, w->t[last - 1].mention);
		/* "Lee’s campaign manager says": a person's role, read as
		 * the forward reading of "said Lee’s spokesman" reads it. */
		for (size_t k2 = last; k2 > floor && last - k2 < 4; k2--) {
			const struct tok *p = &w->t[k2 - 1];
			if (!narr_word(p))
				break;
			if (p->mention >= 0 && (p->flags & TF_POSS) &&
			    w->an->m[p->mention].person >= 0)
				return mention_ref(w, p->mention);
			if ((p->flags & TF_CAP) ||
			    !(p->lex & (LEX_HEAD | LEX_TITLE | LEX_GROUP_NOUN)))
				break;
		}
		return UNKNOWN;
	}
	if (t->mention < 0 && (t->lex & LEX_PLACE) && (t->flags & TF_CAP)) {
		/* "South Korea said": back to the place name's first word. */
		size_t k = last;
		while (k > floor && last - k < 3 && narr_word(&w->t[k - 1]) &&
		       (w->t[k - 1].flags & TF_CAP) &&
		       (w->t[k - 1].lex & LEX_PLACE) && w->t[k - 1].mention < 0)
			k--;
		struct ref place = place_speaker(w, k, &end);
		if (place.kind != R_NONE)
			return place;
	}
	/* "the RMT said", "the RMT union said", "MWW said": an acronym
	 * that names no one speaks for its body. */
	size_t a = last;
	if (a > floor && !(t->flags & TF_CAP) &&
	    (t->lex & (LEX_ORG | LEX_GROUP_NOUN)))
		a--;
	if (is_acronym(w, a) && w->t[a].mention < 0 &&
	    !(w->t[a].lex & (LEX_PLACE | LEX_NOT_NAME | LEX_TITLE)) &&
	    (a == floor || !narr_word(&w->t[a - 1]) ||
	     is_determiner(w, a - 1) || w->t[a - 1].sent != t->sent)) {
		int org = org_of_words(w, a, a + 1);
		if (org >= 0)
			return (struct ref){R_ORG, org};
	}
	struct ref r = np_forward(w, last, &end);
	if (r.kind != R_NONE)
		return r;
	/* "Netflix said", "Netflix, which was to release the film, said": a
	 * lone capitalised word no list knows, opening the sentence, names a
	 * body the story never named in full (as "…,” Netflix said" does),
	 * and so it does after words of a region ("Northern Powergrid said",
	 * "Greater Anglia", not "Georgia Otieno");
	 * a plural ("Demonstrators chanted", "Aides said") names no one. */
	static const char *const regions[] = {"northern", "southern", "eastern",
					      "western",  "central",  "greater",
					      "national", "royal",    "united"};
	size_t first = last;
	while (first > floor && last - first < 2 &&
	       narr_word(&w->t[first - 1]) &&
	       (w->t[first - 1].flags & TF_CAP) &&
	       TOK_IN(w->s, &w->t[first - 1], regions) &&
	       w->t[first - 1].mention < 0)
		first--;
	if ((t->flags & TF_CAP) && t->mention < 0 && !t->lex &&
	    t->end - t->start > 3 &&
	    (first == 0 || w->t[first - 1].sent != t->sent)) {
		const char *e = w->s + t->end;
		if (e[-1] == 's' && !strchr("suoia", e[-2])) /* Roscosmos */
			return UNKNOWN;
		/* Not "Neuroscience tells us", "History shows": a noun of
		 * a field or a quality, by its ending. */
		static const char *const abstract[] = {"ence", "ance", "ism",
						       "ity",  "tion", "ness",
						       "ogy",  "ory"};
		bool field =
			ENDS_IN(w->s + t->start, t->end - t->start, abstract);
		int org = field ? -1 : org_of_words(w, first, last + 1);
		if (org >= 0)
			return (struct ref){R_ORG, org};
	}
	/* "Archbishop Aris Shirvanian of the Armenian Patriarchate told": the
	 * name before an "of" phrase, which ends in a capitalised word ("was
	 * joined by Sen. Carl Pike and joked" is no such phrase). */
	for (size_t k = last; k > floor && last - k < 8 && (t->flags & TF_CAP);
	     k--) {
		const struct tok *p = &w->t[k - 1];
		if (!narr_word(p))
			break;
		if (p->mention >= 0)
			return mention_ref(w, p->mention);
		if (!(p->flags & TF_CAP) && !tok_is(w->s, p, "of") &&
		    !tok_is(w->s, p, "the") && !tok_is(w->s, p, "for") &&
		    !tok_is(w->s, p, "at"))
			break;
	}
	return NONE;
}

/* "…,” Interfax quoted Dmitry Peskov as saying", "the agency quoted a
 * senior official, who declined to be named, as saying": the one quoted
 * at v speaks, not the one quoting; r when the verb at v is no such
 * "quoted … as". */
static struct ref quoted_as(struct walk *w, size_t v, struct ref r)
{
	const struct tok *t = &w->t[v];
	if (!narr_word(t) ||
	    !(tok_is(w->s, t, "quoted") || tok_is(w->s, t, "quotes") ||
	      tok_is(w->s, t, "quoting")))
		return r;
	size_t end;
	struct ref who = np_forward(w, v + 1, &end);
	if (who.kind == R_NONE)
		return r;
	/* Past an appositive set off by commas. */
	size_t as = end;
	if (punct_is(w, as, ','))
		for (size_t k = as + 1;
		     k < w->n && k < end + APPOSITIVE_MAX && narr(&w->t[k]);
		     k++)
			if (punct_is(w, k, ',')) {
				as = k + 1;
				break;
			}
	if (as + 1 >= w->n || !narr_word(&w->t[as]) ||
	    !tok_is(w->s, &w->t[as], "as") || !narr_word(&w->t[as + 1]) ||
	    !((w->t[as + 1].lex & LEX_VERB_ING) ||
	      tok_is(w->s, &w->t[as + 1], "having")))
		return r;
	return who;
}

static void set_speaker(struct walk *w, struct qspan *q, struct ref r,
			size_t cue)
{
	if (cue < w->n)
		r = quoted_as(w, cue, r);
	q->decided = true;
	q->person = r.kind == R_PERSON ? r.who : -1;
	q->org = r.kind == R_ORG ? r.who : -1;
	if (cue < w->n) {
		q->cue = w->s + w->t[cue].start;
		q->cue_len = w->t[cue].end - w->t[cue].start;
		if (is_according(w, cue)) {
			q->cue_len = w->t[cue + 1].end - w->t[cue].start;
		}
	}
}

/* "one commuter, Priya Patel," "a local teacher, Ann Ross.": a short
 * lowercase description from i, then, set off by a comma, the person it
 * describes. */
static struct ref described_name(const struct walk *w, size_t i)
{
	if (i >= w->n || !narr_word(&w->t[i]) ||
	    !(is_determiner(w, i) || tok_is(w->s, &w->t[i], "one") ||
	      tok_is(w->s, &w->t[i], "another")))
		return NONE;
	size_t k = i + 1;
	while (k < w->n && k < i + 5 && narr_word(&w->t[k]) &&
	       !(w->t[k].flags & TF_CAP) && w->t[k].mention < 0)
		k++;
	if (k == i + 1 || !punct_is(w, k, ',') || k + 1 >= w->n)
		return NONE;
	/* "Another resident, retired engineer Bob Klein,": past what the
	 * person does. */
	size_t nk = k + 1;
	while (nk + 1 < w->n && nk < k + 3 && occupation_word(w, nk))
		nk++;
	const struct tok *t = &w->t[nk];
	if (!narr_word(t) || t->mention < 0 ||
	    w->an->m[t->mention].person < 0 || w->an->m[t->mention].t0 != nk)
		return NONE;
	return mention_ref(w, t->mention);
}

/* "His former business partner at Lenox, Lawrence B. Cummings, called":
 * the name set off by commas after a description that ends at token e
 * (a few words of place or body may finish it); else r. */
static struct ref set_off_name(const struct walk *w, size_t e, struct ref r)
{
	size_t k = e;
	while (k < w->n && k < e + 4 && narr_word(&w->t[k]) &&
	       (w->t[k].mention < 0 || (w->an->m[w->t[k].mention].person < 0 &&
					w->an->m[w->t[k].mention].org < 0)))
		k++;
	if (k + 2 >= w->n || !punct_is(w, k, ','))
		return r;
	int m = w->t[k + 1].mention;
	if (!narr_word(&w->t[k + 1]) || m < 0 ||
	    (w->an->m[m].person < 0 && w->an->m[m].org < 0) ||
	    w->an->m[m].t0 != k + 1 || w->an->m[m].t1 >= w->n)
		return r;
	/* "…, Lawrence B. Cummings, called", or the name the clause's
	 * verb follows: "Born in Sunderland, the daughter of a welder,
	 * Margaret Ellwood taught". */
	size_t me = w->an->m[m].t1;
	const struct tok *v = &w->t[me];
	bool verb = w->an->m[m].person >= 0 && narr_word(v) &&
		    !(v->flags & TF_CAP) &&
		    !(v->lex & (LEX_PREP | LEX_DET | LEX_NOT_NAME));
	if (!punct_is(w, me, ',') && !verb)
		return r;
	return mention_ref(w, m);
}

/* "said 9/11 widow Terry Strada.", "said longtime resident Ann Pike of
 * Norfolk.": a few words no list knows, then a person's name that ends
 * the clause. */
static struct ref name_after_words(const struct walk *w, size_t i)
{
	for (size_t k = i; k < w->n && k < i + 6 && narr(&w->t[k]); k++) {
		const struct tok *t = &w->t[k];
		if (t->kind != TK_WORD) {
			if (punct_is(w, k, '/') || punct_is(w, k, '-'))
				continue;
			return NONE;
		}
		if (t->mention >= 0) {
			const struct mention *m = &w->an->m[t->mention];
			size_t e = m->t1;
			if (k == i || m->person < 0 || m->t0 != k)
				return NONE;
			if (e >= w->n || punct_is(w, e, ',') ||
			    punct_is(w, e, '(') ||
			    (w->t[e].flags & TF_SENT_END) ||
			    tok_is(w->s, &w->t[e], "of"))
				return mention_ref(w, t->mention);
			return NONE;
		}
		/* "master of ceremonies": "of" between two lowercase
		 * words of a role. */
		if (k > i && tok_is(w->s, t, "of") && k + 1 < w->n &&
		    narr_word(&w->t[k + 1]) && narr_word(&w->t[k - 1]) &&
		    !(w->t[k - 1].flags & TF_CAP) &&
		    !(w->t[k + 1].flags & TF_CAP) &&
		    !(w->t[k + 1].lex & LEX_DET))
			continue;
		/* Only words that name no one and do no reporting. */
		if ((t->lex & (LEX_VERB | LEX_VERB_ING | LEX_PREP | LEX_DET)) ||
		    ((t->flags & TF_CAP) && !(t->flags & TF_ABBR)))
			return NONE;
	}
	return NONE;
}

/* The verb at or after token j, past up to three auxiliaries ("has",
 * "later"); w->n when there is none. */
static size_t verb_after(const struct walk *w, size_t j)
{
	for (int a = 0;
	     a < 3 && j < w->n && before_verb(w, j) && !is_verb(w, j); a++) {
		/* "Hale did not reply", "Hale never said": no words of
		 * his. */
		if (negation(w, j))
			return w->n;
		j++;
	}
	return is_verb(w, j) ? j : w->n;
}

/*
 * "the presumptive GOP nominee, Donald Trump, tweeted", "Hunter’s chief
 * of staff, Joe Kasper, told": a description starting at token i, then a
 * person's name set off by commas, then the verb.  Returns the verb's
 * token, or w->n.
 */
static size_t appositive_name(struct walk *w, size_t i, struct ref *r)
{
	size_t j = i + 1;
	while (j < w->n && j < i + 9 && narr_word(&w->t[j]))
		j++;
	if (j == i + 1 || !punct_is(w, j, ',') || j + 1 >= w->n)
		return w->n;
	const struct tok *t = &w->t[j + 1];
	if (!narr_word(t) || t->mention < 0 || w->an->m[t->mention].person < 0)
		return w->n;
	size_t e = w->an->m[t->mention].t1;
	if (!punct_is(w, e, ','))
		return w->n;
	*r = mention_ref(w, t->mention);
	return verb_after(w, e + 1);
}

static bool is_preposition(const struct walk *w, size_t i)
{
	return w->t[i].kind == TK_WORD && (w->t[i].lex & LEX_PREP);
}

/*
 * "said the agency’s director, Paula Grint, on Monday", "said Smith’s chief
 * of staff, Owen Marsh": after an inverted verb, a role set off by a comma
 * and then a person's name is that person speaking, not the one whose role
 * it is.  The role must hold a role word and no preposition but "of" ("a
 * spokesman for the governor, John Kasich" names the governor), and the
 * name must end its phrase.
 */
static bool role_then_name(struct walk *w, size_t i, struct ref *r, size_t *end)
{
	if (i >= w->n) /* "…,” said" at the paragraph's end */
		return false;
	bool role = false;
	size_t j = i;
	for (; j < w->n && j < i + 9 && narr_word(&w->t[j]); j++) {
		const struct tok *t = &w->t[j];
		if (is_preposition(w, j) && !tok_is(w->s, t, "of"))
			return false;
		/* A role is a noun phrase: "South Korea accused the leader,
		 * Kim" holds a verb, and its subject speaks. */
		if (!(t->flags & TF_CAP) && (t->lex & (LEX_VERB | LEX_AUX)) &&
		    !(t->lex & (LEX_TITLE | LEX_HEAD)))
			return false;
		if (t->mention >= 0 && w->an->m[t->mention].person >= 0 &&
		    !(w->t[w->an->m[t->mention].t1 - 1].flags & TF_POSS))
			return false; /* "said Tom Carper, a Democrat" */
		if (!(t->flags & TF_CAP) && (t->lex & (LEX_TITLE | LEX_HEAD)))
			role = true;
	}
	/* "Lee’s introducer, actress Ann Ross": a person's relation, set
	 * off by a name, is a role too. */
	const struct tok *t0 = &w->t[i];
	if (!role && t0->mention >= 0 && w->an->m[t0->mention].person >= 0) {
		size_t e0 = w->an->m[t0->mention].t1;
		if ((w->t[e0 - 1].flags & TF_POSS) && e0 < j &&
		    !(w->t[e0].flags & TF_CAP))
			role = true;
	}
	if (!role || j == i || !punct_is(w, j, ',') || j + 1 >= w->n)
		return false;
	const struct tok *t = &w->t[j + 1];
	if (!narr_word(t) || t->mention < 0 ||
	    w->an->m[t->mention].person < 0 || w->an->m[t->mention].t0 != j + 1)
		return false;
	size_t e = w->an->m[t->mention].t1, after = e;
	/* "Scott’s niece, Del. Marcia Price (D-Newport News), shouted". */
	if (punct_is(w, e, '(')) {
		size_t k = e + 1;
		while (k < w->n && k < e + 6 && !punct_is(w, k, ')'))
			k++;
		if (k < w->n && punct_is(w, k, ')'))
			after = k + 1;
	}
	if (after < w->n && !punct_is(w, after, ',') &&
	    !(w->t[after].flags & TF_SENT_END))
		return false;
	*r = mention_ref(w, t->mention);
	*end = after;
	return true;
}

/*
 * "the ACU said", "the State Department said": "the" and a capitalised
 * name no one has as a person, right before a reporting verb, is an
 * organisation speaking.  A single word must look like a body's name (an
 * acronym), not like "the Republican" or "the Texan", who are people.
 * i: the determiner, or for a bare acronym ("MWW said"), the token
 * before it.
 */
static size_t org_subject(struct walk *w, size_t i, bool bare, struct ref *r)
{
	size_t j = i + 1;

	while (j < w->n && j < i + 7 && narr_word(&w->t[j]) &&
	       (w->t[j].flags & TF_CAP) && w->t[j].mention < 0 &&
	       !(w->t[j].lex & (LEX_TITLE | LEX_HEAD | LEX_GROUP_NOUN)))
		j++;
	if (j == i + 1 || (bare && j != i + 2))
		return w->n;
	size_t v = verb_after(w, j);
	/* "the Blaze reported": reporting news is what a body does, so a
	 * single word that is no acronym may name it then. */
	bool reports = v < w->n && (tok_is(w->s, &w->t[v], "reported") ||
				    tok_is(w->s, &w->t[v], "reports"));
	if (v == w->n || (j == i + 2 && !is_acronym(w, i + 1) && !reports))
		return w->n;
	int org = org_of_words(w, i + 1, j);
	if (org < 0)
		return w->n;
	*r = (struct ref){R_ORG, org};
	return v;
}

/* Who "according to" at i names: "according to Ms Lee", and through
 * the words that came from them, "according to a statement from the
 * White House", "according to figures released by the ministry", or the
 * one a spokesman speaks for, "according to a spokesman for Ms Lee". */
static struct ref according_source(struct walk *w, size_t i)
{
	size_t end;
	struct ref r = np_forward(w, i + 2, &end);
	/* "according to the event organizer Alliance to Reclaim Our
	 * Schools": a body named right after its role, which no one else
	 * holds. */
	if (r.kind != R_NONE && end < w->n && narr_word(&w->t[end]) &&
	    w->t[end].mention >= 0 && w->an->m[w->t[end].mention].t0 == end &&
	    w->an->m[w->t[end].mention].org >= 0) {
		bool named = false;
		for (size_t k = i + 2; k < end; k++)
			named = named || w->t[k].mention >= 0;
		if (!named)
			return mention_ref(w, w->t[end].mention);
	}
	if (r.kind == R_PERSON || r.kind == R_ORG)
		return r;
	for (size_t k = i + 2; k + 1 < w->n && k < i + 8 && narr_word(&w->t[k]);
	     k++) {
		if (tok_is(w->s, &w->t[k], "for")) {
			struct ref f = spoken_for(w, k, &end);
			if (f.kind != R_NONE)
				return f;
			continue;
		}
		if (!tok_is(w->s, &w->t[k], "from") &&
		    !tok_is(w->s, &w->t[k], "by"))
			continue;
		struct ref o = np_forward(w, k + 1, &end);
		if (o.kind == R_PERSON || o.kind == R_ORG)
			return o;
		break;
	}
	return r;
}

/* "…,” a spokesman for Ruiz said", "…,” an official with the agency
 * said": a description that a phrase qualifies, then the verb.  One who
 * speaks "for" someone named speaks for them, as "Ruiz's spokesman" does;
 * anyone else is no one we know, and the quotation is theirs, not the
 * previous sentence's subject's.  The description runs from token i to
 * end; set off after a name ("Doug Andres, a spokesman for Ryan told",
 * its closing comma forgotten), it is that person's. */
static bool unnamed_for(struct walk *w, size_t i, size_t end, struct qspan *q)
{
	if (end >= w->n || !narr_word(&w->t[end]) || !is_preposition(w, end))
		return false;
	size_t k = end + 1;
	while (k < w->n && k < end + 7 && narr_word(&w->t[k]) && !is_verb(w, k))
		k++;
	size_t v = verb_after(w, k);
	if (v == w->n)
		return false;
	struct ref who = UNKNOWN;
	if (i >= 2 && punct_is(w, i - 1, ',') && w->t[i - 2].mention >= 0 &&
	    w->an->m[w->t[i - 2].mention].person >= 0) {
		set_speaker(w, q, mention_ref(w, w->t[i - 2].mention), v);
		return true;
	}
	size_t after;
	struct ref r = spoken_for(w, end, &after);
	if (r.kind != R_NONE && after == v)
		who = r;
	set_speaker(w, q, who, v);
	return true;
}

/* "…,” came the reply from Lee.": the token after "from" when the
 * words at i say whose reply the quotation was, else w->n. */
static size_t reply_from(const struct walk *w, size_t i)
{
	static const char *const replies[] = {"reply",	"response", "answer",
					      "retort", "verdict",  "message"};
	if (i + 4 >= w->n || !tok_is(w->s, &w->t[i], "came") ||
	    !narr_word(&w->t[i + 1]) || !tok_is(w->s, &w->t[i + 1], "the") ||
	    !narr_word(&w->t[i + 2]) || !TOK_IN(w->s, &w->t[i + 2], replies) ||
	    !narr_word(&w->t[i + 3]) || !tok_is(w->s, &w->t[i + 3], "from"))
		return w->n;
	return i + 4;
}

/* An attribution clause starting at token i: "Mr Vance said", "said
 * Mr Vance", "according to X", "Smith, a Republican from Ohio, said".
 * after_period: the quotation ended its sentence, so a capitalised word
 * begins a new one. */
static bool clause_at(struct walk *w, size_t i, struct qspan *q,
		      bool after_period)
{
	if (i >= w->n || !narr_word(&w->t[i]))
		return false;
	size_t end;
	if (is_according(w, i)) {
		struct ref r = according_source(w, i);
		if (r.kind == R_NONE)
			return false;
		set_speaker(w, q, r, i);
		return true;
	}
	size_t from = reply_from(w, i);
	if (from < w->n) {
		struct ref r = np_forward(w, from, &end);
		if (r.kind == R_NONE)
			return false;
		set_speaker(w, q, r, i);
		return true;
	}
	if (is_verb(w, i)) {
		struct ref r;
		/* "…,” thanked Pike for…", "…, told a news agency": a verb whose
		 * object is a person does not invert; who follows it is the
		 * one thanked or told, never the speaker. */
		if (w->t[i].lex & LEX_TELLS)
			return false;
		if (role_then_name(w, i + 1, &r, &end)) {
			set_speaker(w, q, r, i);
			return true;
		}
		r = np_forward(w, i + 1, &end);
		if (r.kind == R_UNKNOWN) {
			/* "…,” said a spokesman for Ruiz." */
			size_t after;
			struct ref f = spoken_for(w, end, &after);
			if (f.kind != R_NONE)
				r = f;
		}
		/* "…,” said one commuter, Priya Patel, 34.": a description,
		 * then the name it describes. */
		if (r.kind == R_NONE || r.kind == R_UNKNOWN) {
			struct ref named = described_name(w, i + 1);
			if (named.kind == R_NONE)
				named = name_after_words(w, i + 1);
			if (named.kind != R_NONE)
				r = named;
		}
		/* "…,” said Paris Hilton.": capitals after the verb name
		 * someone, though no one we know; the previous speaker does
		 * not go on. */
		if (r.kind == R_NONE && i + 1 < w->n &&
		    narr_word(&w->t[i + 1]) && (w->t[i + 1].flags & TF_CAP))
			r = UNKNOWN;
		if (r.kind == R_NONE)
			return false;
		set_speaker(w, q, r, i);
		return true;
	}
	struct ref r;
	size_t v;
	if (after_period && (w->t[i].flags & TF_CAP)) {
		/* A new sentence, unless it is only a name and its verb:
		 * "…emails.” Trump said." */
		if (w->t[i].mention < 0 || w->an->m[w->t[i].mention].person < 0)
			return false;
		v = verb_after(w, w->an->m[w->t[i].mention].t1);
		if (v == w->n ||
		    (v + 1 < w->n && !(w->t[v + 1].flags & TF_SENT_END) &&
		     !punct_is(w, v + 1, ',')))
			return false;
		set_speaker(w, q, mention_ref(w, w->t[i].mention), v);
		return true;
	}
	if ((v = appositive_name(w, i, &r)) < w->n ||
	    (tok_is(w->s, &w->t[i], "the") &&
	     (v = org_subject(w, i, false, &r)) < w->n) ||
	    (i > 0 && w->t[i].mention < 0 && is_acronym(w, i) &&
	     (v = org_subject(w, i - 1, true, &r)) < w->n)) {
		set_speaker(w, q, r, v);
		return true;
	}
	r = np_forward(w, i, &end);
	if (r.kind == R_NONE)
		return false;
	size_t j = end;
	if (r.kind == R_UNKNOWN && unnamed_for(w, i, end, q))
		return true;
	if (punct_is(w, j, '(')) {
		size_t k2 = j;
		while (k2 < w->n && k2 - j < 12 && !punct_is(w, k2, ')'))
			k2++;
		if (punct_is(w, k2, ')'))
			j = k2 + 1;
	}
	/* "the 45-year-old mother of three told": past her children. */
	static const char *const counts[] = {"two",  "three", "four",
					     "five", "six",   "seven"};
	if (j + 1 < w->n && r.kind == R_PERSON &&
	    tok_is(w->s, &w->t[j], "of") && narr_word(&w->t[j + 1]) &&
	    TOK_IN(w->s, &w->t[j + 1], counts))
		j += 2;
	/* "Mr. Morgan of the Sierra Club said", "Lee at the Center for
	 * Policy Studies wrote": past the body he is of or at, whose name
	 * may join its capitalised words with "for", "of", "on", "and". */
	if (j < w->n && r.kind == R_PERSON &&
	    (tok_is(w->s, &w->t[j], "of") || tok_is(w->s, &w->t[j], "at"))) {
		size_t k2 = j + 1;
		while (k2 < w->n && k2 < j + 10 && narr_word(&w->t[k2]) &&
		       ((w->t[k2].flags & TF_CAP) ||
			tok_is(w->s, &w->t[k2], "the") ||
			(k2 > j + 1 && k2 + 1 < w->n &&
			 (w->t[k2 - 1].flags & TF_CAP) &&
			 (w->t[k2 + 1].flags & TF_CAP) &&
			 narr_word(&w->t[k2 + 1]) &&
			 (tok_is(w->s, &w->t[k2], "for") ||
			  tok_is(w->s, &w->t[k2], "of") ||
			  tok_is(w->s, &w->t[k2], "on") ||
			  tok_is(w->s, &w->t[k2], "and")))))
			k2++;
		if (k2 > j + 1 && verb_after(w, k2) < w->n)
			j = k2;
	}
	if (punct_is(w, j, ',') && r.kind != R_UNKNOWN) {
		/* The comma that closes a role's name ("…” Scott’s niece, Del.
		 * Ann Price (D-Va.), shouted"), or an appositive, perhaps
		 * holding commas of its own, up to the comma before the
		 * verb. */
		size_t v0 = verb_after(w, j + 1);
		if (v0 < w->n) {
			set_speaker(w, q, r, v0);
			return true;
		}
		for (size_t k2 = j + 1;
		     k2 < w->n && k2 - j < APPOSITIVE_MAX && narr(&w->t[k2]) &&
		     !(w->t[k2].flags & TF_SENT_END);
		     k2++) {
			if (!punct_is(w, k2, ','))
				continue;
			size_t v = k2 + 1;
			while (v < w->n && v - k2 < 3 && narr_word(&w->t[v]) &&
			       (w->t[v].lex & LEX_AUX) && !is_verb(w, v))
				v++;
			if (is_verb(w, v)) {
				set_speaker(w, q, r, v);
				return true;
			}
		}
	}
	/* "the Florida senator and Republican presidential candidate
	 * said": a description with a second role joined on. */
	if (is_determiner(w, i) && tok_is(w->s, &w->t[j], "and"))
		for (size_t k = j + 1; k < w->n && k < j + 7; k++) {
			if (!narr_word(&w->t[k]))
				break;
			if (is_verb(w, k)) {
				j = k;
				break;
			}
		}
	if ((j = verb_after(w, j)) == w->n)
		return false;
	set_speaker(w, q, r, j);
	return true;
}

/* "…,” Fight for $15 organizing director Kendall Fells told": a body's
 * name the rules cannot read as one, a role, a person's name and a
 * reporting verb; that person speaks.  Not past other words ("led to
 * what aide Kevin Phillips called", "the network's anchor"). */
static bool role_name_verb(struct walk *w, size_t i, struct qspan *q)
{
	for (size_t j = i; j < w->n && j < i + 10; j++) {
		const struct tok *t = &w->t[j];
		if (!narr(t) || (t->flags & TF_SENT_END) ||
		    (t->kind == TK_PUNCT && !punct_is(w, j, '$')))
			return false;
		if (t->kind != TK_WORD)
			continue;
		/* Only a name's words: capitals, numbers, "for", "of", "and"
		 * and "the" inside it, and words of the role. */
		bool name_word =
			(t->flags & TF_CAP) ||
			(w->s[t->start] >= '0' && w->s[t->start] <= '9') ||
			tok_is(w->s, t, "for") || tok_is(w->s, t, "of") ||
			tok_is(w->s, t, "and") || tok_is(w->s, t, "the");
		if ((t->lex & (LEX_VERB | LEX_VERB_ING | LEX_AUX)) ||
		    (t->flags & TF_POSS) ||
		    !(name_word || (t->lex & (LEX_TITLE | LEX_HEAD)) ||
		      qualifies_role(w, j)))
			return false;
		int m = t->mention;
		if (m < 0 || w->an->m[m].person < 0 || w->an->m[m].t0 != j)
			continue;
		/* The role may open the mention itself ("director Kendall
		 * Fells") or stand right before it. */
		size_t e = w->an->m[m].t1;
		const struct tok *role = &w->t[j];
		if (!(role->lex & (LEX_TITLE | LEX_HEAD)) && j > i)
			role = &w->t[j - 1];
		if (j == i || role->kind != TK_WORD || (role->flags & TF_CAP) ||
		    !(role->lex & (LEX_TITLE | LEX_HEAD)) || !is_verb(w, e))
			return false;
		set_speaker(w, q, mention_ref(w, m), e);
		return true;
	}
	return false;
}

/* "…,” Mr Vance said." / "…,” said Mr Vance." / "…,” according to X." /
 * "“…” — Mark Twain". */
static bool trailing(struct walk *w, size_t k, struct qspan *q)
{
	/* "In a clip that Judge Ann Moss called “distasteful,” Pike
	 * expressed…": a quotation that a verb of naming right before it
	 * takes as its complement, when the verb's subject is named, is
	 * that subject's words, whatever clause follows.  ("Nothing the
	 * president said “will assuage fears,” Lee said" is Lee's.) */
	static const char *const naming[] = {
		"called",	 "calls",	 "dubbed",    "dubs",
		"labeled",	 "labelled",	 "labels",    "branded",
		"brands",	 "termed",	 "described", "describes",
		"characterized", "characterised"};
	size_t b = k > 0 && narr_word(&w->t[k - 1]) &&
				   tok_is(w->s, &w->t[k - 1], "as")
			   ? k - 1
			   : k;
	if (b >= 2 && is_verb(w, b - 1) && TOK_IN(w->s, &w->t[b - 1], naming) &&
	    w->t[b - 1].sent == w->t[k].sent) {
		size_t floor = b - 1 > LOOK_TOKENS ? b - 1 - LOOK_TOKENS : 0;
		struct ref r = np_backward(w, b - 1, floor);
		if (r.kind == R_PERSON || r.kind == R_ORG)
			return false;
	}
	size_t i = next_narr(w, k);
	if (i + 1 < w->n && tok_is_dash(w->s, &w->t[i]) &&
	    w->t[i + 1].mention >= 0 &&
	    w->an->m[w->t[i + 1].mention].person >= 0 &&
	    w->an->m[w->t[i + 1].mention].t0 == i + 1) {
		set_speaker(w, q, mention_ref(w, w->t[i + 1].mention), w->n);
		return true;
	}
	if (i < w->n && punct_is(w, i, ','))
		i++;
	/* "there are still “some people” who feel that way": a relative
	 * clause after the quotation is about what it names, and who acts
	 * in it is that, not a speaker. */
	if (i < w->n && narr_word(&w->t[i]) && tok_is_relative(w->s, &w->t[i]))
		return false;
	/* "…,” as Lee said on Monday": the clause after "as" attributes. */
	if (i + 1 < w->n && narr_word(&w->t[i]) && !(w->t[i].flags & TF_CAP) &&
	    tok_is(w->s, &w->t[i], "as") && narr_word(&w->t[i + 1]) &&
	    !is_verb(w, i + 1))
		i++;
	const struct qspan *s = &w->an->q[w->t[k].quote];
	bool period = s->end > s->start && w->s[s->end - 1] == '.';
	/* "…!” She replied to him that…": after "!" or "?", a capitalised
	 * pronoun whose verb goes on starts a new sentence, not an
	 * attribution ("…?” She asked." still is one). */
	if (!period && s->end > s->start &&
	    (w->s[s->end - 1] == '!' || w->s[s->end - 1] == '?') && i < w->n &&
	    narr_word(&w->t[i]) && (w->t[i].flags & TF_CAP) &&
	    (tok_is(w->s, &w->t[i], "she") || tok_is(w->s, &w->t[i], "he"))) {
		size_t v = verb_after(w, i + 1);
		if (v < w->n && v + 1 < w->n &&
		    !(w->t[v + 1].flags & TF_SENT_END) &&
		    !punct_is(w, v + 1, ','))
			return false;
	}
	if (!role_name_verb(w, i, q) && !clause_at(w, i, q, period))
		return false;
	/* "…schools,” Trump said: “…”: the clause introduces the next
	 * quotation, not this one. */
	size_t c = i;
	while (c < w->n && c < i + 4 && narr(&w->t[c]) &&
	       !punct_is(w, c, ':') && !punct_is(w, c, ',') &&
	       !(w->t[c].flags & TF_SENT_END))
		c++;
	/* "…on my way?” Lee then writes back, “…”": after a question or
	 * an exclamation, a clause that goes on past its verb to a comma and
	 * a quotation introduces that one. */
	bool asks = s->end > s->start &&
		    (w->s[s->end - 1] == '?' || w->s[s->end - 1] == '!');
	size_t v = c; /* one past the clause's verb, when found before c */
	while (v > i && q->cue && w->s + w->t[v - 1].start != q->cue)
		v--;
	bool past_verb = q->cue && v > i && v < c;
	if (((punct_is(w, c, ':')) ||
	     (asks && past_verb && punct_is(w, c, ','))) &&
	    next_narr(w, c) < w->n && w->t[c + 1].kind == TK_QUOTE) {
		q->decided = false;
		q->person = q->org = -1;
		q->cue = NULL;
		return false;
	}
	return true;
}

/* A comma that closes an opening clause; a quotation ending in a comma
 * counts ("On ABC's “This Week,” Rubio said"). */
static bool clause_comma(const struct walk *w, size_t i)
{
	if (punct_is(w, i, ','))
		return true;
	if (w->t[i].kind != TK_QUOTE || w->t[i].quote < 0)
		return false;
	const struct qspan *q = &w->an->q[w->t[i].quote];
	return q->end > q->start && w->s[q->end - 1] == ',';
}

/* A clause comma that ends at token i, past the words of a quotation
 * that holds it ("accused them of “chaos,” and"). */
static bool comma_ends_at(const struct walk *w, size_t i)
{
	while (i > 0 && (w->t[i].flags & TF_INQUOTE) &&
	       w->t[i].kind != TK_QUOTE)
		i--;
	return clause_comma(w, i);
}

/* The token after a wire dateline that opens a paragraph at token 0
 * ("WASHINGTON (Reuters) —", "Kyiv, Ukraine (AP) –", "LONDON -"), or 0:
 * the place and the agency are not the sentence's subject. */
static size_t dateline_end(const struct walk *w, size_t i)
{
	size_t j = 0;
	bool upper = true;
	while (j < i && j < 4 && narr_word(&w->t[j]) &&
	       (w->t[j].flags & TF_CAP)) {
		/* "Jason Sims — a teacher — says": a person set off by
		 * dashes is no dateline. */
		int m = w->t[j].mention;
		if (m >= 0 && w->an->m[m].person >= 0)
			return 0;
		upper = upper && (w->t[j].flags & TF_UPPER);
		j++;
	}
	if (j == 0)
		return 0;
	if (j + 1 < i && punct_is(w, j, ',') && narr_word(&w->t[j + 1]) &&
	    (w->t[j + 1].flags & TF_CAP)) {
		j += 2;
		while (j < i && j < 7 && narr_word(&w->t[j]) &&
		       (w->t[j].flags & TF_CAP))
			j++;
	}
	if (j < i && punct_is(w, j, '(')) {
		size_t c = j + 1;
		while (c < i && c < j + 4 && !punct_is(w, c, ')'))
			c++;
		if (c >= i || !punct_is(w, c, ')'))
			return 0;
		j = c + 1;
	} else if (!upper) {
		/* Without an agency, only a place in capitals. */
		return 0;
	}
	if (j + 1 >= i)
		return 0;
	if (tok_is_dash(w->s, &w->t[j]) || punct_is(w, j, '-'))
		return j + 1;
	return 0;
}

/* A name that ends in a word of things or of places ("Bank of America
 * Stadium", "Center City"; not "the Center for American Progress" nor
 * "State University of New York"): somewhere, not someone who speaks. */
static bool place_or_thing(const struct walk *w, int m)
{
	const struct mention *mm = &w->an->m[m];
	unsigned last = w->t[mm->t1 - 1].lex;
	if (mm->org < 0 || (last & (LEX_ORG | LEX_MEDIA)))
		return false;
	if (last & LEX_EVENT)
		return true;
	if (!(last & LEX_PLACE))
		return false;
	/* "University of California": the place only says where the body
	 * is. */
	for (size_t k = mm->t0; k < mm->t1; k++)
		if (tok_is(w->s, &w->t[k], "of"))
			return false;
	return true;
}

/* "Asked about her vote in case Ann Lee runs, she replied", "While
 * George Wallace ran a campaign of his own, Nixon's “Southern Strategy”
 * won": the comma that ends a clause opening the sentence at k with
 * "After", "When", "If", "Asked" and the like, else floor.  No verb in
 * that clause reports what is said after the comma, and the first-name
 * fallback of subject_of() takes no name from it.  ("As Lee said, …"
 * still reports, and "During the primary Clinton, goaded by Sanders,
 * came out" opens with a phrase whose comma may come late.) */
static size_t opening_clause_end(const struct walk *w, size_t k, size_t floor)
{
	unsigned sent = w->t[k].sent;
	size_t a = k;
	while (a > floor && w->t[a - 1].sent == sent)
		a--;
	if ((a > 0 && w->t[a - 1].sent == sent) || !subordinator(w, a))
		return floor;
	/* The first comma (a clause with commas of its own is cut short,
	 * which leaves the rules as they were for the rest of it), but not
	 * the one right before the quotation, which ends the clause that
	 * introduces it ("When he returned he began by saying, “…”"). */
	for (size_t c = a + 1; c + 1 < k; c++)
		if (clause_comma(w, c))
			return c;
	return floor;
}

/* The sex the pronoun at i tells ("she", "her", "he", "his"), or 0. */
static char pronoun_sex(const struct walk *w, size_t i)
{
	const struct tok *t = &w->t[i];
	return tok_is(w->s, t, "her") || tok_is(w->s, t, "she")	 ? 'f'
	       : tok_is(w->s, t, "his") || tok_is(w->s, t, "he") ? 'm'
								 : 0;
}

/* "One protester, a retired teacher who gave her name as Helen, said":
 * the sex a pronoun tells inside the words set off by commas after the
 * noun phrase at i, or 0 (none, or both). */
static char set_off_sex(const struct walk *w, size_t i)
{
	size_t k = i;
	while (k < w->n && k < i + 5 && narr_word(&w->t[k]))
		k++;
	if (!punct_is(w, k, ','))
		return 0;
	char sex = 0;
	for (k++; k < w->n && k < i + 25 && !punct_is(w, k, ','); k++) {
		const struct tok *t = &w->t[k];
		if (!narr(t) || (t->flags & TF_SENT_END))
			return 0;
		char g = pronoun_sex(w, k);
		if (g && sex && g != sex)
			return 0;
		if (g)
			sex = g;
	}
	return punct_is(w, k, ',') ? sex : 0;
}

/* The sex the role of an unnamed subject at i tells ("a woman who lives
 * nearby", "his mother", "the widow of …"), or 0: its noun comes within a
 * few words, before any verb or preposition ("His father's death" is
 * about a death).  After "the", only a role "of" someone: "the
 * businessman" is more often one the story has named. */
static char unnamed_sex(const struct walk *w, size_t i)
{
	bool definite = tok_is(w->s, &w->t[i], "the");
	for (size_t k = i; k < w->n && k < i + 4 && narr_word(&w->t[k]); k++) {
		const struct tok *t = &w->t[k];
		if ((t->flags & TF_POSS) ||
		    (t->lex & (LEX_VERB | LEX_PREP | LEX_AUX)))
			break;
		if (!(t->flags & (TF_MAN | TF_WOMAN)))
			continue;
		if (definite &&
		    !(k + 1 < w->n && tok_is(w->s, &w->t[k + 1], "of")))
			return 0;
		return (t->flags & TF_MAN) ? 'm' : 'f';
	}
	if (definite)
		return 0;
	char sex = set_off_sex(w, i);
	if (sex)
		return sex;
	/* "A neighbouring farmer, who asked not to be named, says": one
	 * person by role, whose sex is not told ('?'). */
	if (!tok_is(w->s, &w->t[i], "a") && !tok_is(w->s, &w->t[i], "an"))
		return 0;
	for (size_t k = i + 1; k < w->n && k < i + 4 && narr_word(&w->t[k]);
	     k++) {
		const struct tok *t = &w->t[k];
		if ((t->flags & (TF_POSS | TF_CAP)) ||
		    (t->lex & (LEX_VERB | LEX_PREP | LEX_AUX)))
			break;
		if (t->lex & LEX_HEAD)
			return tok_plural(w->s, t) ? 0 : '?';
	}
	return 0;
}

/* The first comma or dash from token k on, before i; else i. */
static size_t clause_close(const struct walk *w, size_t k, size_t i)
{
	while (k < i && !punct_is(w, k, ',') && !dash_at(w, k))
		k++;
	return k;
}

/* Whether token i is a plural of people by role ("protesters",
 * "supporters", "aides"), which a name before it qualifies; not a verb
 * in -s ("Trump incites"). */
static bool people_noun(const struct walk *w, size_t i)
{
	const struct tok *t = &w->t[i];
	if (!narr_word(t) || (t->flags & TF_CAP) || !tok_plural(w->s, t))
		return false;
	const unsigned roles = LEX_TITLE | LEX_HEAD | LEX_GROUP_NOUN;
	return (t->lex & roles) ||
	       (lex_lookup(w->s + t->start, t->end - t->start - 1) & roles);
}

/* The subject of the sentence that holds token i (only what comes
 * before i is read, and of a long sentence only its last SUBJECT_TOKENS
 * tokens, so that a story of one endless sentence stays linear). */
static struct ref subject_of(struct walk *w, size_t i, size_t *at)
{
	unsigned sent = w->t[i].sent;
	size_t s0 = i;
	while (s0 > 0 && w->t[s0 - 1].sent == sent && i - s0 < SUBJECT_TOKENS)
		s0--;
	if (s0 == 0)
		s0 = dateline_end(w, i);
	size_t s = s0;
	while (s < i && !narr_word(&w->t[s]))
		s++;
	if (s >= i)
		return NONE;
	size_t end;
	/* "When Trump was questioned, his response …", "Though Sanders began
	 * late, he sent staff": a pronoun that opens the clause after an
	 * opening clause goes back to whom that clause is about; so does an
	 * agentless "it" ("When PolitiFact examined the claim, it was
	 * labeled “Mostly True”"). */
	struct ref opener = NONE;
	if (subordinator(w, s))
		opener = np_forward(w, s + 1, &end);
	for (int pass = 0; pass < 3; pass++) {
		char g = pass > 0 && opener.kind == R_PERSON ? pronoun_sex(w, s)
							     : 0;
		if ((g && gender_fits(w, opener.who, g)) ||
		    (pass > 0 &&
		     (opener.kind == R_PERSON || opener.kind == R_ORG) &&
		     tok_is(w->s, &w->t[s], "it"))) {
			*at = s;
			return opener;
		}
		for (size_t k = s; k < i && k - s < 4 && narr_word(&w->t[k]);
		     k++) {
			struct ref r = np_forward(w, k, &end);
			/* "Preceded by Joe Ames, the county sheriff, Lee
			 * launched into": a description right after a name and
			 * its comma is that name's appositive, not the
			 * subject. */
			if (r.kind == R_UNKNOWN && pass > 0 && k == s &&
			    s >= 2 && w->t[s - 2].mention >= 0 &&
			    w->an->m[w->t[s - 2].mention].person >= 0)
				break;
			/* "His former business partner at Lenox, Lawrence
			 * B. Cummings, called": a description's own name,
			 * set off after it, outranks any guess at whom it
			 * describes. */
			if (r.kind == R_UNKNOWN ||
			    (r.kind == R_PERSON && is_determiner(w, k)))
				r = set_off_name(w, end, r);
			if (r.kind != R_NONE) {
				*at = k;
				return r;
			}
			if (pass == 2)
				break;
			/* Only adverbs may come before the subject. */
			if (!(w->t[k].lex & (LEX_AUX | LEX_NOT_NAME)) ||
			    (w->t[k].lex & LEX_OPENER))
				break;
		}
		/* "Before his meeting with Mr Zelensky, Mr Vance lectured":
		 * the subject follows an opening clause, which may be long
		 * ("When told that Ross was in the cabinet and in the running
		 * for a bigger job, Lee thought and said"). */
		size_t c = s;
		while (c < i && c - s < LOOK_TOKENS && !clause_comma(w, c))
			c++;
		if (c >= i || !clause_comma(w, c))
			break;
		s = next_narr(w, c);
		if (s >= i)
			break;
	}
	/* Else the first name in the sentence that is not a preposition's
	 * object, nor behind a determiner in the phrase that opens the
	 * sentence ("On one Facebook page an unidentified poster wrote" is
	 * no one's; "a report in The Wall Street Journal" still is the
	 * Journal's), nor a place or a thing ("marched through Center City,
	 * chanting", "around Bank of America Stadium"), nor in a clause
	 * that opens the sentence ("After Patrick asked about it, the couple
	 * became “agitated”").  In a long sentence, only a name near the
	 * quotation: one far before it is seldom whose words they are. */
	if (i - s0 > LOOK_TOKENS)
		s0 = i - LOOK_TOKENS;
	size_t opening = opening_clause_end(w, i, s0);
	if (opening > s0)
		s0 = opening + 1;
	size_t relative_end = s0; /* of "where the Panthers played" */
	for (size_t k = s0; k < i; k++) {
		const struct tok *t = &w->t[k];
		/* A relative clause that a comma or a dash ends before the
		 * quotation is about someone else ("around the stadium -
		 * where the NFL's Panthers played - while chanting"); one
		 * that holds the quotation is not ("…, which prompted Ann
		 * Lee to call them “…”"). */
		if (k > s0 && narr_word(t) &&
		    (tok_is_relative(w->s, t) || tok_is(w->s, t, "where"))) {
			size_t c = clause_close(w, k, i);
			if (c < i)
				relative_end = c;
		}
		if (k < relative_end || !narr_word(t) || t->mention < 0 ||
		    (k > s0 && w->t[k - 1].mention == t->mention) ||
		    place_or_thing(w, t->mention))
			continue;
		size_t b = k;
		if (b == s0 + 2 && is_determiner(w, b - 1))
			b--;
		if (b > s0 && narr_word(&w->t[b - 1]) &&
		    (is_preposition(w, b - 1) || where_word(w, b - 1)))
			continue;
		/* "during a speech at the State University of New York": a
		 * preposition's object behind "the", anywhere ("a report in
		 * The Wall Street Journal", whose "The" is the name's, still
		 * is the Journal's). */
		if (b > s0 + 1 && narr_word(&w->t[b - 1]) &&
		    tok_is(w->s, &w->t[b - 1], "the") &&
		    !(w->t[b - 1].flags & TF_CAP) && narr_word(&w->t[b - 2]) &&
		    (is_preposition(w, b - 2) || where_word(w, b - 2)))
			continue;
		/* The one told is no subject, and the names after it lie
		 * in the predicate ("…, the tycoon told Reuters when asked
		 * if he had met Trump"). */
		size_t v = b > s0 && is_determiner(w, b - 1) ? b - 1 : b;
		if (v > s0 && narr_word(&w->t[v - 1]) &&
		    tok_is(w->s, &w->t[v - 1], "told"))
			break;
		if (k > s0 && (w->t[k - 1].flags & TF_POSS))
			continue;
		/* "when Sanders protesters interrupted her, shouting": a
		 * name before a plural noun qualifies it. */
		size_t me = w->an->m[t->mention].t1;
		if (w->an->m[t->mention].person >= 0 && me < i &&
		    people_noun(w, me))
			continue;
		*at = k;
		return mention_ref(w, t->mention);
	}
	return NONE;
}

/* "Clinton proposed a debate – but the Sanders campaign rejected the idea
 * as “ludicrous”": the subject of the last clause joined on by "but",
 * "while" or "whereas" after a comma or dash, between token from and the
 * quotation at i; else r, the sentence's subject. */
static struct ref clause_subject(struct walk *w, size_t from, size_t i,
				 struct ref r)
{
	for (size_t k = i; k > from + 2; k--) {
		size_t c = k - 1;
		const struct tok *t = &w->t[c];
		if (!narr_word(t) ||
		    !(tok_is(w->s, t, "but") || tok_is(w->s, t, "while") ||
		      tok_is(w->s, t, "whereas")))
			continue;
		if (!punct_is(w, c - 1, ',') && !punct_is(w, c - 1, '-') &&
		    !tok_is_dash(w->s, &w->t[c - 1]))
			continue;
		size_t end;
		struct ref s = np_forward(w, c + 1, &end);
		/* "…, while Mike Huckabee, the former Arkansas governor,
		 * proposed": past a description set off by commas. */
		if (end < i && punct_is(w, end, ',')) {
			size_t e = end + 1;
			while (e < i && e < end + 10 && narr_word(&w->t[e]))
				e++;
			if (e < i && e > end + 1 && punct_is(w, e, ','))
				end = e + 1;
		}
		if ((s.kind == R_PERSON || s.kind == R_ORG) && end < i &&
		    narr_word(&w->t[end]) && !(w->t[end].flags & TF_CAP) &&
		    !(w->t[end].lex & (LEX_PREP | LEX_DET)))
			return s;
		break;
	}
	return r;
}

/* A reporting verb used as one: not a noun ("Trump’s charge", "the
 * claim"), not a passive ("Trump was asked"), not an infinitive ("would
 * like Trump to further explain"). */
static bool reporting_at(const struct walk *w, size_t v)
{
	if (!is_verb(w, v))
		return false;
	/* "the “disheartened” state": a short quotation between a
	 * determiner and the word leaves it a noun. */
	size_t b0 = v;
	while (b0 > 0 && v - b0 < 8 && !narr_word(&w->t[b0 - 1]))
		b0--;
	if (b0 < v && b0 > 0 && narr_word(&w->t[b0 - 1]) &&
	    (w->t[b0 - 1].lex & LEX_DET))
		return false;
	if (v == 0 || !narr_word(&w->t[v - 1]))
		return true;
	const struct tok *p = &w->t[v - 1];
	/* "Another said": the word of quantity stands alone, and the verb
	 * is one ("made another claim" is a noun). */
	if ((p->flags & TF_POSS) ||
	    ((p->lex & LEX_DET) && !quantity_opens(w, v - 1)))
		return false;
	if (tok_is(w->s, p, "was") || tok_is(w->s, p, "were") ||
	    tok_is(w->s, p, "been") || tok_is(w->s, p, "being"))
		return false;
	/* "Lee will continue to be “a champion”", "began to feel": an
	 * aspect verb before an infinitive that reports nothing. */
	const struct tok *t = &w->t[v];
	if ((tok_is(w->s, t, "continue") || tok_is(w->s, t, "continues") ||
	     tok_is(w->s, t, "continued") || tok_is(w->s, t, "begin") ||
	     tok_is(w->s, t, "begins") || tok_is(w->s, t, "began") ||
	     tok_is(w->s, t, "start") || tok_is(w->s, t, "starts") ||
	     tok_is(w->s, t, "started")) &&
	    v + 2 < w->n && narr_word(&w->t[v + 1]) &&
	    tok_is(w->s, &w->t[v + 1], "to") && narr_word(&w->t[v + 2]) &&
	    !(w->t[v + 2].lex & LEX_VERB))
		return false;
	size_t b = v;
	while (b > 0 && b + 3 > v && narr_word(&w->t[b - 1]) &&
	       (w->t[b - 1].lex & LEX_AUX))
		b--;
	return !(b > 0 && narr_word(&w->t[b - 1]) &&
		 tok_is(w->s, &w->t[b - 1], "to"));
}

/* A preposition at i that makes what follows the one spoken to or of, or
 * where the words were said ("later that month on CNN: “…”"). */
static bool addressee(const struct walk *w, size_t i)
{
	const struct tok *t = &w->t[i];
	return narr_word(t) &&
	       (tok_is(w->s, t, "to") || tok_is(w->s, t, "with") ||
		tok_is(w->s, t, "against") || tok_is(w->s, t, "about") ||
		tok_is(w->s, t, "at") || tok_is(w->s, t, "on"));
}

/* Whether the verb at v lies in a relative clause set off by a comma
 * that closes again before the quotation at k: "whether his plan, which
 * the Tax Foundation estimates would cost $170 billion, would risk “…”"
 * is not the Tax Foundation's.  floor: where the sentence starts. */
static bool in_closed_relative(const struct walk *w, size_t v, size_t k,
			       size_t floor)
{
	for (size_t r = v; r-- > floor + 1;) {
		if (!narr_word(&w->t[r]) || !tok_is_relative(w->s, &w->t[r]))
			continue;
		if (!punct_is(w, r - 1, ','))
			return false;
		/* Closed by a comma with the main clause's words after it,
		 * not the comma that introduces the quotation ("Lee, who
		 * declared, “…”") nor a dash of an aside ("who said in July
		 * - falsely - that “…”"). */
		size_t c = clause_close(w, r, k);
		return c > v && c + 1 < k && punct_is(w, c, ',') &&
		       narr_word(&w->t[c + 1]);
	}
	return false;
}

/* "…, with Tom Reed taking to Twitter to call the report “…”": the person
 * that "with" brings before a participle at v does what follows it, up to
 * the quotation when no comma comes between. */
static struct ref with_participle(const struct walk *w, size_t v)
{
	const struct tok *t = &w->t[v];
	static const char *const ing[] = {"ing"};
	if ((t->flags & TF_CAP) ||
	    !ENDS_IN(w->s + t->start, t->end - t->start, ing) || v == 0 ||
	    w->t[v - 1].mention < 0)
		return NONE;
	const struct mention *m = &w->an->m[w->t[v - 1].mention];
	if (m->person < 0 || m->t1 != v)
		return NONE;
	/* Past a role before the name: "with her deputy Tom Reed". */
	size_t a = m->t0;
	while (a > 0 && m->t0 - a < 4 && narr_word(&w->t[a - 1]) &&
	       !(w->t[a - 1].flags & TF_CAP) &&
	       (w->t[a - 1].lex & (LEX_DET | LEX_TITLE | LEX_HEAD)))
		a--;
	if (a == 0 || !narr_word(&w->t[a - 1]) ||
	    !tok_is(w->s, &w->t[a - 1], "with"))
		return NONE;
	return mention_ref(w, w->t[v - 1].mention);
}

/* A reporting verb earlier in the quotation's sentence. */
static bool leading(struct walk *w, size_t k, struct qspan *q)
{
	unsigned sent = w->t[k].sent;
	size_t floor = k > LOOK_TOKENS ? k - LOOK_TOKENS : 0;
	/* "Asked by Ross if Lee “gets” it, Lee said…": a quotation inside
	 * the opening "Asked by NAME" clause is the asker's question. */
	{
		size_t a = k;
		while (a > floor && w->t[a - 1].sent == sent &&
		       !punct_is(w, a - 1, ','))
			a--;
		if ((a == 0 || w->t[a - 1].sent != sent) && a + 2 < k &&
		    narr_word(&w->t[a]) && tok_is(w->s, &w->t[a], "asked") &&
		    tok_is(w->s, &w->t[a + 1], "by") &&
		    w->t[a + 2].mention >= 0 &&
		    w->an->m[w->t[a + 2].mention].person >= 0) {
			set_speaker(w, q, mention_ref(w, w->t[a + 2].mention),
				    a);
			return true;
		}
	}
	/* "Pollsters agree - Carl Bialik: “…”": a name alone between a dash
	 * and the colon. */
	if (k > 3 && punct_is(w, k - 1, ':') && w->t[k - 2].mention >= 0) {
		const struct mention *m = &w->an->m[w->t[k - 2].mention];
		if (m->person >= 0 && m->t1 == k - 1 && m->t0 > 0 &&
		    dash_at(w, m->t0 - 1)) {
			set_speaker(w, q, mention_ref(w, w->t[k - 2].mention),
				    w->n);
			return true;
		}
	}
	/* "After Pike spoke, Lee fired back: “…”": the clause that the
	 * colon ends, when a person opens it, introduces the quotation,
	 * whatever verb an earlier clause holds. */
	if (k > 1 && punct_is(w, k - 1, ':')) {
		size_t c = k - 1;
		while (c > floor && w->t[c - 1].sent == sent &&
		       !punct_is(w, c - 1, ',') && narr(&w->t[c - 1]))
			c--;
		size_t end;
		if (c < k - 1 && narr_word(&w->t[c])) {
			struct ref r = np_forward(w, c, &end);
			bool verb = false;
			for (size_t j = c; j < k - 1; j++)
				if (is_verb(w, j))
					verb = true;
			/* With a reporting verb of its own, the clause is read
			 * by the rules below. */
			if (r.kind == R_PERSON && end < k - 1 &&
			    narr_word(&w->t[end]) && !verb) {
				set_speaker(w, q, r, w->n);
				return true;
			}
		}
	}
	size_t opening = opening_clause_end(w, k, floor);
	bool comma = false; /* one lies between v and the quotation */
	for (size_t j = k; j > opening; j--) {
		size_t v = j - 1;
		const struct tok *t = &w->t[v];
		if (t->sent != sent)
			break;
		comma = comma || punct_is(w, v, ',');
		if (!narr_word(t))
			continue;
		struct ref with;
		if (!comma && (with = with_participle(w, v)).kind == R_PERSON) {
			set_speaker(w, q, with, v);
			return true;
		}
		if (v + 1 < w->n && is_according(w, v)) {
			struct ref r = according_source(w, v);
			if (r.kind != R_NONE) {
				set_speaker(w, q, r, v);
				return true;
			}
			continue;
		}
		bool ing = (t->lex & LEX_VERB_ING) && !(t->flags & TF_CAP);
		/* "Lee was asked by host Ann Ross, “…”": a passive with
		 * its agent; the agent speaks. */
		if (!ing && is_verb(w, v) && v > 0 && v + 2 < w->n &&
		    narr_word(&w->t[v - 1]) &&
		    (tok_is(w->s, &w->t[v - 1], "was") ||
		     tok_is(w->s, &w->t[v - 1], "were")) &&
		    tok_is(w->s, &w->t[v + 1], "by")) {
			size_t end;
			struct ref r = np_forward(w, v + 2, &end);
			if (r.kind == R_PERSON || r.kind == R_ORG) {
				set_speaker(w, q, r, v);
				return true;
			}
		}
		if (!ing && !reporting_at(w, v))
			continue;
		size_t sfloor = v;
		while (sfloor > 0 && w->t[sfloor - 1].sent == sent &&
		       v - sfloor < LOOK_TOKENS)
			sfloor--;
		if (in_closed_relative(w, v, k, sfloor))
			continue;
		struct ref r;
		size_t at;
		/* "A tweet quoted the president as saying “…”": the one
		 * quoted, however the sentence opens. */
		if (ing && v >= 3 && tok_is(w->s, &w->t[v - 1], "as")) {
			for (size_t b = v - 1; b > sfloor && v - b < 10; b--) {
				r = quoted_as(w, b - 1, NONE);
				if (r.kind != R_NONE) {
					set_speaker(w, q, r, b - 1);
					return true;
				}
			}
		}
		if (ing) {
			/* "…, saying": the sentence's subject speaks; "footage
			 * of Trump saying": the name right before; else the
			 * speaker of an earlier reporting verb. */
			r = NONE;
			/* "…, Mrs Lee said, adding": the speaker of the
			 * reporting verb the participle continues, before the
			 * sentence's first subject ("Pike left early, Mrs Lee
			 * said, adding"). */
			if (punct_is(w, v - 1, ',') && v >= 2 &&
			    reporting_at(w, v - 2)) {
				struct ref r2 = np_backward(w, v - 2, sfloor);
				if (r2.kind == R_PERSON || r2.kind == R_ORG)
					r = r2;
			}
			/* "…, with Sen. Carl Pike calling it “…”": the name
			 * that "with" introduces is the participle's subject. */
			if (r.kind == R_NONE && w->t[v - 1].mention >= 0) {
				const struct mention *m =
					&w->an->m[w->t[v - 1].mention];
				/* ...and "Lee saying …, and Pike calling it
				 * “…”": each name its own participle's. */
				if (m->person >= 0 && m->t1 == v && m->t0 > 0 &&
				    narr_word(&w->t[m->t0 - 1]) &&
				    (tok_is(w->s, &w->t[m->t0 - 1], "with") ||
				     tok_is(w->s, &w->t[m->t0 - 1], "and")))
					r = mention_ref(w, w->t[v - 1].mention);
			}
			if (r.kind == R_NONE)
				r = subject_of(w, v, &at);
			if (r.kind == R_NONE && !punct_is(w, v - 1, ',') &&
			    !where_before(w, v))
				r = np_backward(w, v, sfloor);
			/* "Do you think of Lee privately saying “…”": when
			 * the sentence's subject names no one, a person right
			 * before the participle is its subject. */
			if (r.kind == R_UNKNOWN && !punct_is(w, v - 1, ',')) {
				struct ref r2 = np_backward(w, v, sfloor);
				if (r2.kind == R_PERSON)
					r = r2;
			}
			for (size_t u = v; u > sfloor && (r.kind == R_NONE ||
							  r.kind == R_UNKNOWN);
			     u--)
				if (reporting_at(w, u - 1))
					r = np_backward(w, u - 1, sfloor);
		} else {
			r = np_backward(w, v, sfloor);
			/* "Ryan lamented the “…” and criticized the “…”": a
			 * verb joined on by "and" shares the subject of the
			 * reporting verb before it. */
			if (r.kind == R_NONE && v > sfloor &&
			    narr_word(&w->t[v - 1]) &&
			    tok_is(w->s, &w->t[v - 1], "and"))
				for (size_t u = v - 1; u > sfloor; u--) {
					if (!reporting_at(w, u - 1))
						continue;
					struct ref o =
						np_backward(w, u - 1, sfloor);
					if (o.kind == R_PERSON ||
					    o.kind == R_ORG)
						r = o;
					break;
				}
			if (r.kind == R_NONE) {
				r = subject_of(w, v, &at);
				/* "A spokesman for Platte River declined
				 * to comment but said that “…”". */
				size_t e2, after;
				if (r.kind == R_UNKNOWN &&
				    np_forward(w, at, &e2).kind == R_UNKNOWN) {
					struct ref f =
						spoken_for(w, e2, &after);
					if (f.kind != R_NONE)
						r = f;
				}
			}
			/* "Pike said that Lee begged him and “…”": a verb
			 * inside what an earlier verb reports; the quotation
			 * marks quote the one reporting. */
			for (size_t u = v; u > sfloor + 1; u--) {
				if (!reporting_at(w, u - 1))
					continue;
				/* Only when v's clause is what u reports:
				 * "said (that) Lee begged". */
				size_t c = u, e2;
				if (c < v && tok_is(w->s, &w->t[c], "that"))
					c++;
				if (c >= v ||
				    np_forward(w, c, &e2).kind == R_NONE ||
				    verb_after(w, e2) != v)
					break;
				struct ref o =
					(w->t[u - 1].lex & LEX_VERB_ING)
						? subject_of(w, u - 1, &at)
						: np_backward(w, u - 1, sfloor);
				if (o.kind == R_PERSON ||
				    (o.kind == R_ORG && r.kind != R_PERSON)) {
					r = o;
					v = u - 1;
				}
				break;
			}
		}
		/* "Lee said that once the Senate warned them, “…”",
		 * "Lee said, noting that donors feel “…”": when the
		 * nearest verb's subject is no named person, a person
		 * reporting earlier in the sentence speaks. */
		size_t ufloor = sfloor + 1;
		if (opening > floor && opening + 1 > ufloor)
			ufloor = opening + 1; /* not into an opening clause */
		for (size_t u = v;
		     u > ufloor && (r.kind == R_UNKNOWN || r.kind == R_ORG);
		     u--) {
			/* Not past a clause with a subject of its own:
			 * "Pike accused them of chaos, and the committee said
			 * they had “…”" (but "…, and railed", "…, and I
			 * quote,"). */
			if (comma_ends_at(w, u - 2) &&
			    narr_word(&w->t[u - 1]) &&
			    (tok_is(w->s, &w->t[u - 1], "and") ||
			     tok_is(w->s, &w->t[u - 1], "but")) &&
			    narr_word(&w->t[u]) &&
			    ((w->t[u].lex & LEX_DET) ||
			     ((w->t[u].flags & TF_CAP) &&
			      !tok_is(w->s, &w->t[u], "i"))))
				break;
			if (!reporting_at(w, u - 1) &&
			    !(narr_word(&w->t[u - 1]) &&
			      (w->t[u - 1].lex & LEX_VERB_ING) &&
			      !(w->t[u - 1].flags & TF_CAP)))
				continue;
			struct ref o = (w->t[u - 1].lex & LEX_VERB_ING)
					       ? subject_of(w, u - 1, &at)
					       : np_backward(w, u - 1, sfloor);
			/* ...or a body, when the nearest names no one
			 * ("Goldman Sachs economists wrote that they
			 * expected “…”"). */
			if (o.kind == R_PERSON ||
			    (o.kind == R_ORG && r.kind == R_UNKNOWN)) {
				r = o;
				v = u - 1;
			}
		}

		if (r.kind == R_NONE)
			continue;
		set_speaker(w, q, r, v);
		return true;
	}
	/* "More from Jones: “…”": a colon after a name.  A person before
	 * a body speaks for it: "Rob Tennant, of the Sierra Club, was
	 * blunt: “…”". */
	if (k > 0 && punct_is(w, k - 1, ':')) {
		int body = -1;
		for (size_t j = k - 1; j > floor; j--) {
			const struct tok *t = &w->t[j - 1];
			if (t->sent != sent)
				break;
			if (!narr_word(t) || t->mention < 0)
				continue;
			/* "McConnell delivered a message to Trump: “…”": the
			 * one addressed does not speak ("More from Jones:"
			 * still names the source). */
			size_t m0 = w->an->m[t->mention].t0;
			if (m0 > 0 && narr_word(&w->t[m0 - 1]) &&
			    tok_is(w->s, &w->t[m0 - 1], "the"))
				m0--;
			if (m0 > 0 && addressee(w, m0 - 1))
				continue;
			if (w->an->m[t->mention].person >= 0) {
				set_speaker(w, q, mention_ref(w, t->mention),
					    w->n);
				return true;
			}
			if (body < 0)
				body = t->mention;
		}
		if (body >= 0) {
			set_speaker(w, q, mention_ref(w, body), w->n);
			return true;
		}
	}
	return false;
}

/* ", Gilbert said." closing the sentence that holds the quotation, past
 * any later quotations in it: "…carry “…” and bring the “…” they need,
 * Sroka said." */
static bool closing(struct walk *w, size_t k, struct qspan *q)
{
	unsigned sent = w->t[k].sent;
	for (size_t j = k + 1; j < w->n && j < k + LOOK_TOKENS; j++) {
		if (w->t[j].sent != sent)
			break;
		if (punct_is(w, j, ',') && clause_at(w, j + 1, q, false))
			return true;
	}
	return false;
}

static struct ref speaker_of(const struct qspan *q)
{
	if (q->person >= 0)
		return (struct ref){R_PERSON, q->person};
	if (q->org >= 0)
		return (struct ref){R_ORG, q->org};
	return NONE;
}

/* leading(), else closing(); and closing() too when the subject before
 * the quotation names no one, if it names a person: "…, and it has used
 * “velvet gloves” in its dealings with Central Asia, said Nargis
 * Kassenova" is hers, but "fans chanted “…”, the Chicago Tribune reports"
 * stays the fans'. */
static bool leading_then_closing(struct walk *w, size_t k, struct qspan *q)
{
	if (!leading(w, k, q))
		return closing(w, k, q);
	if (speaker_of(q).kind != R_NONE)
		return true;
	struct qspan unnamed = *q;
	if (!closing(w, k, q) || speaker_of(q).kind != R_PERSON)
		*q = unnamed;
	return true;
}

/* True when the sentence holds narrative words before token k. */
static bool words_before(const struct walk *w, size_t k)
{
	for (size_t j = k; j > 0 && k - j < LOOK_TOKENS; j--) {
		if (w->t[j - 1].sent != w->t[k].sent)
			return false;
		if (narr_word(&w->t[j - 1]))
			return true;
	}
	return false;
}

/* Whether the few words before the colon at k - 1 only say when or on
 * what the words that follow were said, and name no one: "Then, later
 * that month on CNN:", "Again on Sunday:".  (Not "One respondent summed
 * it up:", nor "Article 33 affirms:".) */
static bool when_or_where_colon(const struct walk *w, size_t k)
{
	/* The days, and the one medium no list of bodies names. */
	static const char *const occasions[] = {
		"monday", "tuesday",  "wednesday", "thursday",
		"friday", "saturday", "sunday",	   "twitter"};
	if (k < 2 || !punct_is(w, k - 1, ':') || !narr_word(&w->t[k - 2]))
		return false;
	const struct tok *last = &w->t[k - 2];
	bool media = last->mention >= 0 && w->an->m[last->mention].org >= 0 &&
		     w->an->orgs[w->an->m[last->mention].org].media;
	if (!media && !TOK_IN(w->s, last, occasions))
		return false;
	size_t words = 0;
	for (size_t j = k - 2; j > 0 && w->t[j - 1].sent == w->t[k].sent; j--) {
		const struct tok *t = &w->t[j - 1];
		if (!narr_word(t))
			continue;
		bool first = j == 1 || w->t[j - 2].sent != t->sent;
		if (++words > 5 || (t->lex & (LEX_VERB | LEX_VERB_ING)) ||
		    t->mention >= 0 || ((t->flags & TF_CAP) && !first))
			return false;
	}
	return true;
}

/* Like words_before, but a sentence opened only by a connective ("But",
 * "Instead,", "Still,") before the quotation has no words of its own:
 * "“…,” Lee said. Instead, “…”" goes on in Lee's voice. */
static bool content_before(const struct walk *w, size_t k)
{
	static const char *const conn[] = {
		"but",		"and",	    "instead",	 "still",
		"yet",		"so",	    "however",	 "moreover",
		"also",		"then",	    "meanwhile", "now",
		"again",	"plus",	    "indeed",	 "specifically",
		"similarly",	"likewise", "further",	 "furthermore",
		"additionally", "finally",  "besides"};
	for (size_t j = k; j > 0 && k - j < LOOK_TOKENS; j--) {
		const struct tok *t = &w->t[j - 1];
		if (t->sent != w->t[k].sent)
			return false;
		if (punct_is(w, j - 1, ','))
			continue;
		if (!narr_word(t))
			continue;
		/* "…,” Lee said. Adding, “…”": a reporting participle that
		 * opens the sentence has no subject of its own. */
		if (j - 1 == 0 || t[-1].sent != t->sent)
			if ((t->lex & LEX_VERB_ING) && (t->flags & TF_CAP) &&
			    punct_is(w, j, ','))
				continue;
		if (!TOK_IN(w->s, t, conn))
			return true;
	}
	return false;
}

static bool quote_only(const struct walk *w)
{
	for (size_t i = 0; i < w->n; i++)
		if (narr_word(&w->t[i]))
			return false;
	return true;
}

static void remember(struct walk *w, int person)
{
	size_t k = 0;
	while (k < w->nrecent && w->recent[k] != person)
		k++;
	if (k == w->nrecent && w->nrecent < RECENT_MAX)
		w->nrecent++;
	if (k == RECENT_MAX)
		k = RECENT_MAX - 1;
	memmove(w->recent + 1, w->recent, k * sizeof(w->recent[0]));
	w->recent[0] = person;
}

/* "“The risk,” said Ann Lee, an economist at the bank, “is that…”": a
 * quotation split by its attribution, in one sentence, takes the speaker
 * that its first part's attribution (lying between the parts) named.
 * "“…,” Lee wrote after Ross argued that “…”" starts a new attribution. */
static bool split_part(struct walk *w, size_t k, struct qspan *q,
		       const struct qspan *prev)
{
	if (!prev || prev->para != q->para || !prev->decided || !prev->cue ||
	    speaker_of(prev).kind == R_NONE || prev->tok >= k ||
	    w->t[prev->tok].sent != w->t[k].sent)
		return false;
	const char *a = w->s + w->t[prev->tok].end, *b = w->s + w->t[k].start;
	if (prev->cue < a || prev->cue >= b)
		return false;
	/* Past the cue, only the clause's own words: its speaker and a
	 * participle ("…,” Lee said, adding that “…”), not a new verb. */
	for (size_t j = k; j-- > prev->tok + 1;) {
		if (w->s + w->t[j].start <= prev->cue)
			break;
		if (is_verb(w, j))
			return false;
	}
	set_speaker(w, q, speaker_of(prev), w->n);
	return true;
}

/* Nouns for what someone said or wrote: "Lee's claim", "Lee's post". */
static bool speech_noun(const struct walk *w, size_t i)
{
	static const char *const nouns[] = {"claim",	   "claims",
					    "assertion",   "assertions",
					    "conclusion",  "statement",
					    "remark",	   "remarks",
					    "comment",	   "comments",
					    "words",	   "post",
					    "tweet",	   "tweets",
					    "message",	   "description",
					    "pledge",	   "promise",
					    "vow",	   "warning",
					    "insistence",  "argument",
					    "contention",  "accusation",
					    "charge",	   "quip",
					    "retort",	   "response",
					    "reply",	   "answer",
					    "admission",   "declaration",
					    "dictum",	   "suggestion",
					    "prediction",  "complaint",
					    "boast",	   "characterization",
					    "slogan",	   "cry",
					    "mantra",	   "motto",
					    "catchphrase", "refrain",
					    "line",	   "phrase"};
	const struct tok *t = &w->t[i];
	if (!narr_word(t) || (t->flags & TF_CAP))
		return false;
	return TOK_IN(w->s, t, nouns);
}

/* Nouns for what someone asks be done, whose content may follow "to" or
 * "for": "Lee's call to “rebuild”", "Lee's plea for “calm”". */
static bool appeal_noun(const struct walk *w, size_t i)
{
	static const char *const nouns[] = {
		"call",	   "calls",    "plea",	  "pleas",  "appeal",
		"appeals", "demand",   "demands", "pledge", "pledges",
		"promise", "promises", "vow",	  "vows"};
	const struct tok *t = &w->t[i];
	if (!narr_word(t) || (t->flags & TF_CAP))
		return false;
	return TOK_IN(w->s, t, nouns);
}

/* Whether the tokens [a, k) after a noun of appeal end in "to" or "for"
 * and the quotation, a few words of time ("earlier in the night") at
 * most before them: "Clinton's call earlier in the night to “…”".  No
 * verb between: "Lee's promise has led to “chaos”" is not her word. */
static bool appeal_holds(const struct walk *w, size_t a, size_t k)
{
	for (size_t j = a; j < k && j < a + 6; j++) {
		const struct tok *t = &w->t[j];
		if (!narr_word(t) || (t->flags & TF_CAP))
			return false;
		if (tok_is(w->s, t, "to") || tok_is(w->s, t, "for"))
			return k - j <= 3;
		size_t len = t->end - t->start;
		bool past = len > 3 && w->s[t->end - 2] == 'e' &&
			    w->s[t->end - 1] == 'd';
		if (past ||
		    ((t->lex & (LEX_VERB | LEX_VERB_ING | LEX_AUX)) &&
		     !tok_is(w->s, t, "earlier") && !tok_is(w->s, t, "later")))
			return false;
	}
	return false;
}

/* Whether the tokens [a, k) between a noun for what is said and the
 * quotation make the quotation that noun's content: ": “…”", "that the
 * deal “saved jobs”", "of a “…”".  Not "Lee's comments “hurt”" nor "Lee's
 * claim that Pike lied is “absurd”", where the quotation judges them. */
static bool holds_words(const struct walk *w, size_t a, size_t k)
{
	/* "his comment Monday that “…”": past a day's name. */
	for (int d = 0;
	     d < 2 && a < k && narr_word(&w->t[a]) &&
	     (w->t[a].flags & TF_CAP) && (w->t[a].lex & LEX_NOT_NAME);
	     d++)
		a++;
	if (a >= k)
		return false;
	if (punct_is(w, a, ':'))
		return a + 1 == k;
	if (!narr_word(&w->t[a]))
		return false;
	if (tok_is(w->s, &w->t[a], "of"))
		return k - a <= 3;
	if (!tok_is(w->s, &w->t[a], "that") || k - a > 9)
		return false;
	int be = 0;
	for (size_t i = a + 1; i < k; i++) {
		const struct tok *t = &w->t[i];
		if (punct_is(w, i, ','))
			return false;
		if (narr_word(t) &&
		    (tok_is(w->s, t, "is") || tok_is(w->s, t, "are") ||
		     tok_is(w->s, t, "was") || tok_is(w->s, t, "were")))
			be++;
	}
	return be <= 1;
}

/*
 * "Pike dismissed Lee's claim that the deal “saved jobs”", "From Lee's
 * Facebook post: “…”": a person's possessive before a noun for what is
 * said, with no reporting verb between it and the quotation, names the
 * one whose words are quoted.  Reads a dozen tokens back at most.
 */
static bool possessed_words(struct walk *w, size_t k, struct qspan *q)
{
	unsigned sent = w->t[k].sent;
	/* "Obama's “if you like your plan, you can keep it” promise",
	 * "Trump’s “Make America Great Again” rallying cry": the owner's
	 * words, when a noun for words follows ("Clinton's “judgment”" is
	 * someone else's word for her). */
	size_t a = k + 1;
	while (a < w->n && a < k + LOOK_TOKENS && !narr(&w->t[a]))
		a++;
	if (k > 0 && a < w->n && narr_word(&w->t[k - 1]) &&
	    (w->t[k - 1].flags & TF_POSS) && w->t[k - 1].mention >= 0 &&
	    w->an->m[w->t[k - 1].mention].person >= 0 &&
	    (speech_noun(w, a) ||
	     (a + 1 < w->n && narr_word(&w->t[a]) &&
	      !(w->t[a].flags & TF_CAP) && speech_noun(w, a + 1)))) {
		set_speaker(w, q, mention_ref(w, w->t[k - 1].mention), k - 1);
		return true;
	}
	for (size_t j = k; j > 0 && k - j < 12; j--) {
		size_t v = j - 1;
		const struct tok *t = &w->t[v];
		if (t->sent != sent || !narr(t))
			return false;
		/* The cheap test first: a possessive one or two back. */
		bool appeal = appeal_noun(w, v);
		if (v > 0 &&
		    ((w->t[v - 1].flags & TF_POSS) ||
		     (v > 1 && (w->t[v - 2].flags & TF_POSS))) &&
		    (speech_noun(w, v) || appeal)) {
			/* One word may stand between: "Lee's Facebook
			 * post", "Lee's latest remarks". */
			size_t o = v - 1;
			if (!(w->t[o].flags & TF_POSS) && o > 0 &&
			    narr_word(&w->t[o]) &&
			    !(w->t[o].lex & (LEX_VERB | LEX_DET | LEX_PREP)))
				o--;
			const struct tok *po = &w->t[o];
			if (narr_word(po) && (po->flags & TF_POSS) &&
			    po->mention >= 0 &&
			    w->an->m[po->mention].person >= 0 &&
			    (holds_words(w, v + 1, k) ||
			     (appeal && appeal_holds(w, v + 1, k)))) {
				set_speaker(w, q, mention_ref(w, po->mention),
					    v);
				return true;
			}
		}
		/* "His response: “…”": the one the pronoun stands for. */
		if (v > 0 && narr_word(&w->t[v - 1]) &&
		    (w->t[v - 1].lex & LEX_DET) &&
		    (tok_is(w->s, &w->t[v - 1], "his") ||
		     tok_is(w->s, &w->t[v - 1], "her")) &&
		    speech_noun(w, v) && holds_words(w, v + 1, k)) {
			char g = tok_is(w->s, &w->t[v - 1], "his") ? 'm' : 'f';
			struct ref r = resolve_pronoun(w, g, v - 1, true);
			/* "As Trump stood by his comment …, Rubio tried": when
			 * the sentence's subject comes later, the person
			 * nearest before owns it. */
			bool subject_before = w->cur_subject.kind == R_PERSON &&
					      w->cur_subject_tok < v - 1;
			for (size_t b = v - 1; !subject_before && b > 0 &&
					       w->t[b - 1].sent == sent;
			     b--) {
				int m = w->t[b - 1].mention;
				if (narr_word(&w->t[b - 1]) && m >= 0 &&
				    w->an->m[m].person >= 0) {
					if (gender_fits(w, w->an->m[m].person,
							g))
						r = mention_ref(w, m);
					break;
				}
			}
			if (r.kind == R_PERSON) {
				set_speaker(w, q, r, v);
				return true;
			}
		}
		if (reporting_at(w, v))
			return false;
	}
	return false;
}

/* "view", "words", "opinion": what "in Bolton's …" holds up as his. */
static bool view_noun(const struct walk *w, size_t i)
{
	static const char *const nouns[] = {"view", "words", "opinion",
					    "estimation", "telling"};
	if (!narr_word(&w->t[i]))
		return false;
	return TOK_IN(w->s, &w->t[i], nouns);
}

/* "in the words of Sen. Ann Pike, “…”", "“…,” in the words of its
 * chairman, Tom Roe", "…, in Bolton's view": the phrase names the speaker
 * wherever it stands in the quotation's sentence. */
static bool words_of(struct walk *w, size_t k, struct qspan *q)
{
	unsigned sent = w->t[k].sent;
	size_t a = k > LOOK_TOKENS ? k - LOOK_TOKENS : 0;
	while (a < k && w->t[a].sent != sent)
		a++;
	for (size_t i = a;
	     i + 2 < w->n && i < k + LOOK_TOKENS && w->t[i].sent == sent; i++) {
		/* "in Bolton’s view", "in Lee's words": the owner's. */
		if (narr_word(&w->t[i]) && tok_is(w->s, &w->t[i], "in") &&
		    narr_word(&w->t[i + 1]) && (w->t[i + 1].flags & TF_POSS) &&
		    w->t[i + 1].mention >= 0 &&
		    w->an->m[w->t[i + 1].mention].person >= 0 &&
		    view_noun(w, i + 2)) {
			set_speaker(w, q, mention_ref(w, w->t[i + 1].mention),
				    i);
			return true;
		}
		if (i + 4 >= w->n || !narr_word(&w->t[i]) ||
		    !tok_is(w->s, &w->t[i], "words") || i < 2 ||
		    !tok_is(w->s, &w->t[i - 1], "the") ||
		    !tok_is(w->s, &w->t[i - 2], "in") ||
		    !tok_is(w->s, &w->t[i + 1], "of"))
			continue;
		size_t end;
		struct ref r = np_forward(w, i + 2, &end);
		if (r.kind == R_NONE || r.kind == R_UNKNOWN) {
			struct ref named = described_name(w, i + 2);
			if (named.kind != R_NONE)
				r = named;
		}
		if (r.kind != R_PERSON && r.kind != R_ORG)
			return false;
		set_speaker(w, q, r, i);
		return true;
	}
	return false;
}

/* "described as “heartbreaking” by the department", "was branded “a
 * disgrace” by Lee": a passive whose agent follows the quotation; so too
 * "“extremely careless” – as described by FBI Director James Comey –",
 * "as" and a passive after it. */
static bool passive_agent(struct walk *w, size_t k, struct qspan *q)
{
	size_t a = next_narr(w, k);
	if (a < w->n && (punct_is(w, a, ',') || punct_is(w, a, '-') ||
			 punct_is(w, a, '(') || tok_is_dash(w->s, &w->t[a])))
		a++;
	if (a + 3 < w->n && narr_word(&w->t[a]) &&
	    tok_is(w->s, &w->t[a], "as") && is_verb(w, a + 1) &&
	    narr_word(&w->t[a + 2]) && tok_is(w->s, &w->t[a + 2], "by")) {
		size_t end;
		struct ref r = np_forward(w, a + 3, &end);
		if (r.kind == R_PERSON || r.kind == R_ORG) {
			set_speaker(w, q, r, a + 1);
			return true;
		}
	}
	size_t b = k;
	if (b > 0 && narr_word(&w->t[b - 1]) &&
	    tok_is(w->s, &w->t[b - 1], "as"))
		b--;
	if (b < 2 || !is_verb(w, b - 1) || !narr_word(&w->t[b - 2]))
		return false;
	const struct tok *be = &w->t[b - 2];
	if (!tok_is(w->s, be, "was") && !tok_is(w->s, be, "were") &&
	    !tok_is(w->s, be, "been") && !tok_is(w->s, be, "is") &&
	    !tok_is(w->s, be, "are") && !tok_is(w->s, be, "being"))
		return false;
	size_t i = next_narr(w, k);
	if (i >= w->n || !narr_word(&w->t[i]) || !tok_is(w->s, &w->t[i], "by"))
		return false;
	size_t end;
	struct ref r = np_forward(w, i + 1, &end);
	if (r.kind != R_PERSON && r.kind != R_ORG)
		return false;
	set_speaker(w, q, r, b - 1);
	return true;
}

/* A pull quotation whose signing line quotes_find() left after it: the
 * person it names ("“…. Josh Bivens, Economic Policy Institute.”"). */
static bool signed_below(struct walk *w, size_t k, struct qspan *q)
{
	if (!q->pull)
		return false;
	size_t j = k + 1;
	while (j < w->n && (w->t[j].flags & TF_INQUOTE))
		j++;
	for (; j < w->n && !punct_is(w, j, ','); j++) {
		int m = w->t[j].mention;
		if (m >= 0 && w->an->m[m].person >= 0) {
			set_speaker(w, q, mention_ref(w, m), w->n);
			return true;
		}
	}
	return false;
}

/* Whether the sentence that holds the quotation at k has for its subject
 * a word that points back, not a name or a noun, and no reporting word:
 * "That makes her “…”", "But that's not the same as “…”", "As a result,
 * there's still “…”", "Doing so “appeared …”". */
static bool pronoun_subject(const struct walk *w, size_t k)
{
	static const char *const back[] = {
		"that",	  "this",  "it",      "it's",	 "it’s", "that's",
		"that’s", "there", "there's", "there’s", "doing"};
	static const char *const joins[] = {"but", "and", "so", "yet"};
	size_t s = k;
	while (s > 0 && w->t[s - 1].sent == w->t[k].sent)
		s--;
	/* Past "But" and a short opening phrase ("As a result,"). */
	if (s < k && narr_word(&w->t[s]) && TOK_IN(w->s, &w->t[s], joins))
		s++;
	for (size_t c = s; c < k && c < s + 5; c++)
		if (punct_is(w, c, ',')) {
			s = c + 1;
			break;
		}
	if (s >= k || !narr_word(&w->t[s]) || !TOK_IN(w->s, &w->t[s], back))
		return false;
	/* A sentence with a reporting word of its own says whose ("This
	 * prompted the tabloid to run a cover saying “…”"). */
	for (size_t c = s; c < k; c++)
		if (narr_word(&w->t[c]) &&
		    (w->t[c].lex & (LEX_VERB | LEX_VERB_ING)))
			return false;
	return true;
}

/* Runs the sieve for one quotation; prev is the previous one in the
 * story (or NULL). */
static void attribute(struct walk *w, struct qspan *q, const struct qspan *prev,
		      bool only_quotes)
{
	size_t k = q->tok;
	/* "so-called “metadata”": the writer's scare quotes, no one's
	 * words. */
	if (k > 0 && narr_word(&w->t[k - 1]) &&
	    tok_is(w->s, &w->t[k - 1], "so-called")) {
		set_speaker(w, q, NONE, w->n);
		return;
	}
	if (!q->block &&
	    (signed_below(w, k, q) || passive_agent(w, k, q) ||
	     words_of(w, k, q) || trailing(w, k, q) ||
	     split_part(w, k, q, prev) || possessed_words(w, k, q) ||
	     leading_then_closing(w, k, q)))
		return;
	struct ref r = NONE;
	if (q->cont && prev && prev->decided)
		r = speaker_of(prev);
	else if (prev && prev->para == q->para && prev->decided &&
		 !content_before(w, k))
		r = speaker_of(prev);
	else if (w->prev_subject_here && !content_before(w, k) &&
		 w->prev_subject.kind == R_PERSON)
		r = w->prev_subject;
	else if ((only_quotes || q->block || k == 0) && w->prev_para_colon &&
		 w->prev_colon_subject.kind != R_NONE)
		r = w->prev_colon_subject;
	else if (only_quotes || q->block) {
		/* A paragraph that is only a quotation goes on in the last
		 * speaker's voice, or is the words of whom the paragraph
		 * before was about ("Lee is upbeat about the race." then
		 * "“We will win.”") or of the one person it named ("But for
		 * Ana Reti the deaths are personal."), or, before anyone is,
		 * of whom the headline names before its colon ("Cecile
		 * Richards: ‘…’"). */
		if (w->prev_para_quoted)
			r = w->last_speaker;
		else if (w->prev_para_reports ||
			 w->prev_subject.kind == R_PERSON)
			r = w->prev_subject;
		else if (w->prev_para_person >= 0)
			r = (struct ref){R_PERSON, w->prev_para_person};
		else if (w->prev_subject.kind == R_NONE &&
			 w->last_speaker.kind == R_NONE)
			r = w->headline_speaker;
	} else if (w->prev_para_colon && k == 0) {
		/* "Dr. Lintz stated:" and then a paragraph that opens with a
		 * quotation: the colon's subject speaks, even when words
		 * follow the quotation. */
		r = w->prev_subject;
	} else if (prev && prev->decided && prev->para + 1 >= q->para &&
		   when_or_where_colon(w, k)) {
		/* "Then, later that month on CNN: “…”": a colon after words
		 * that only say when or where, right after a quotation
		 * someone said, goes on in that speaker's voice. */
		r = speaker_of(prev);
	} else if (words_before(w, k)) {
		size_t at;
		r = subject_of(w, k, &at);
		if (r.kind != R_NONE)
			r = clause_subject(w, at, k, r);
		/* "Brill has argued that the law was crippled. As a result,
		 * there's still “a very powerful industry …”": a sentence
		 * with no subject of its own goes on with the words of the
		 * one before in the paragraph, when that one reported a
		 * person's. */
		else if (w->prev_subject_here && w->para_reports &&
			 w->prev_subject.kind == R_PERSON &&
			 quoted_words(w->s, q) >= 4 &&
			 !title_words(w->s, q->start, q->end) &&
			 pronoun_subject(w, k))
			r = w->prev_subject;
		if (r.kind == R_UNKNOWN)
			r = NONE;
	}
	if (r.kind != R_NONE)
		set_speaker(w, q, r, w->n);
}

/* Whether a name or pronoun at x, before e, is the subject of a clause of
 * its own: a verb or auxiliary follows it, and more words ("she had done
 * nothing wrong", not "said Lee later.").  After a pronoun, any word but
 * a preposition or an adverb of time or manner is taken for the verb
 * ("said she heard shouting", not "said he on Monday", "said she
 * firmly"): the lists know reporting verbs only. */
static bool clause_after(const struct walk *w, size_t x, size_t e)
{
	static const char *const pronouns[] = {"he", "she", "they"};
	static const char *const adverbs[] = {
		"later", "earlier",   "today",	 "yesterday", "tonight",
		"again", "then",      "too",	 "also",      "recently",
		"last",	 "this",      "next",	 "once",      "afterwards",
		"after", "afterward", "instead", "now"};
	if (x >= e || !narr_word(&w->t[x]))
		return false;
	int m = w->t[x].mention;
	bool pronoun = false;
	if (m >= 0 && w->an->m[m].person >= 0)
		x = w->an->m[m].t1;
	else if ((pronoun = TOK_IN(w->s, &w->t[x], pronouns)))
		x++;
	else
		return false;
	if (x + 1 >= e || !narr_word(&w->t[x]) || !narr_word(&w->t[x + 1]) ||
	    (w->t[x].flags & TF_CAP))
		return false;
	const struct tok *v = &w->t[x];
	if (v->lex & (LEX_AUX | LEX_VERB))
		return true;
	return pronoun && !(v->lex & LEX_PREP) && !TOK_IN(w->s, v, adverbs) &&
	       !(v->end - v->start > 3 && w->s[v->end - 2] == 'l' &&
		 w->s[v->end - 1] == 'y');
}

/* The speaker named by an attribution that closes the sentence [i, e)
 * holding no quotation (the caller knows it holds none): ", Lee said.",
 * ", said Lee, a banker.", ", Lee said on Monday.". */
static struct ref closing_speaker(struct walk *w, size_t i, size_t e)
{
	size_t c = e;
	while (c > i && !punct_is(w, c - 1, ','))
		c--;
	/* "…, said Lee, a banker." and "…, Lee, a banker, said.": back
	 * over an appositive to the comma that opens the clause. */
	for (int tries = 0; tries < 3 && c > i; tries++) {
		struct qspan tmp = {.person = -1, .org = -1};
		if (clause_at(w, c, &tmp, false) && tmp.cue) {
			size_t v = c;
			while (v < e && w->s + w->t[v].start != tmp.cue)
				v++;
			/* Only a few words may follow the verb: "on Monday",
			 * "in a statement", or the speaker's name; but not a
			 * clause of its own ("…, said she had done nothing
			 * wrong" is not hers). */
			if (v < e && e - v <= 8 &&
			    (tmp.person >= 0 || tmp.org >= 0) &&
			    !clause_after(w, v + 1, e))
				return speaker_of(&tmp);
			return NONE;
		}
		c--;
		while (c > i && !punct_is(w, c - 1, ','))
			c--;
	}
	return NONE;
}

/*
 * "…, and the council responded:", "When Ames retired, President Lee
 * released the following statement:": a paragraph that ends with a colon
 * hands the quotation after it to whoever opens the clause the colon ends,
 * not to the subject of an earlier clause.  The clause starts after the
 * last comma (and a joining "and", "but" or "then"); a person must open it
 * and a lowercase word must follow; an organisation only when a reporting
 * verb does.
 */
static struct ref colon_clause_subject(struct walk *w, size_t i, size_t e)
{
	if (e == 0 || e <= i || !punct_is(w, e - 1, ':'))
		return NONE;
	/* Back to the clause's start: the sentence's, a comma or a dash
	 * ("— Cruz called them on it:"). */
	size_t c = e - 1;
	while (c > i && e - c < LOOK_TOKENS && !punct_is(w, c - 1, ',') &&
	       !tok_is_dash(w->s, &w->t[c - 1]) && narr(&w->t[c - 1]))
		c--;
	if (c > i && !punct_is(w, c - 1, ',') &&
	    !tok_is_dash(w->s, &w->t[c - 1]))
		return NONE;
	if (c < e - 1 && narr_word(&w->t[c]) &&
	    (tok_is(w->s, &w->t[c], "and") || tok_is(w->s, &w->t[c], "but") ||
	     tok_is(w->s, &w->t[c], "then")))
		c++;
	if (c >= e - 1 || !narr_word(&w->t[c]))
		return NONE;
	/* "Parker Eaton, a nominal Republican, said that …:": the clause
	 * opens with its verb, after the subject's appositive. */
	if (is_verb(w, c) && c > i) {
		struct ref b = np_backward(w, c, i);
		return b.kind == R_PERSON ? b : NONE;
	}
	size_t end;
	struct ref r = np_forward(w, c, &end);
	/* "the Ames White House was refusing:" names no speaker. */
	if (end >= e - 1 || !narr_word(&w->t[end]) ||
	    (w->t[end].flags & TF_CAP))
		return NONE;
	if (r.kind == R_PERSON)
		return r;
	if (r.kind == R_ORG && verb_after(w, end) < e - 1)
		return r;
	return NONE;
}

/* Words a transcript's label may hold that name no one: a role, a note. */
static bool label_names_no_one(const char *word)
{
	static const char *const roles[] = {
		"moderator", "announcer", "unidentified", "unknown",
		"narrator",  "crosstalk", "caller",	  "voice",
		"audience",  "crowd",	  "panelist",	  "interviewer",
		"question",  "answer",	  "note",	  "update",
		"video",     "photos",	  "watch",	  "related",
		"breaking",  "exclusive", "correction",	  "clarification",
		"byline",    "male",	  "female",	  "member"};
	if (STR_IN(word, roles))
		return true;
	return !!(lex_lookup(word, strlen(word)) &
		  ~(LEX_MALE | LEX_FEMALE | LEX_NATION | LEX_PET));
}

/* A person named only by the label [b, e) of a transcript, whose words
 * (lowercase, an honorific first when 'honorific') are words[0..nw):
 * "WALLACE" becomes Wallace, "JEAN-PIERRE" Jean-Pierre.  -1 when a word
 * names no one or the limit of people is reached. */
static int label_person(struct walk *w, size_t b, size_t e, char words[][64],
			int nw, bool honorific)
{
	for (int k = honorific; k < nw; k++)
		if (label_names_no_one(words[k]))
			return -1;
	char name[192];
	size_t n = 0;
	bool start = true;
	if (honorific) /* "MR. SMITH": the name is Smith */
		while (b < e && w->s[b] != ' ')
			b++;
	while (b < e && w->s[b] == ' ')
		b++;
	for (; b < e && n + 1 < sizeof(name); b++) {
		char c = w->s[b];
		name[n++] = start || c < 'A' || c > 'Z' ? c : (char)(c + 32);
		start = c == ' ' || c == '-' || c == '\'';
	}
	name[n] = '\0';
	int idx = people_add(w->an, name, words[honorific], words[nw - 1]);
	if (idx >= 0)
		w->an->pi[idx].first_para = w->p;
	return idx < -1 ? -1 : idx;
}

/*
 * "WALLACE: Let’s start…", "“PENCE: Well, look…": a line of a transcript
 * opens with its speaker's name in capitals and a colon.  When the label
 * names one person of the story (by surname, or first and last name; "MR.
 * PENCE" by surname), the person is returned and *after receives the byte
 * after the label's colon and space.  A label that names no one gives -2
 * ("UPDATE:"), unless the story is a transcript (w->transcript: another
 * label names someone) and the label is a name: "WALLACE:" beside
 * "PENCE:" is the person Wallace from then on.  No label at all gives -1.
 */
static int transcript_label(struct walk *w, size_t *after)
{
	const char *s = w->s;
	size_t n = w->an->a->paragraphs[w->p].len, i = 0;
	char words[3][64];
	int nw = 0;

	if (n && s[0] == '"')
		i = 1;
	else if (n >= 3 && memcmp(s, "\xE2\x80\x9C", 3) == 0)
		i = 3;
	size_t label = i;
	for (;;) {
		size_t b = i;
		while (i < n && i - b < 63 &&
		       ((s[i] >= 'A' && s[i] <= 'Z') ||
			(i > b &&
			 (s[i] == '-' || s[i] == '.' || s[i] == '\''))))
			i++;
		if (i - b < 2 || nw == 3 || (nw == 0 && i - b < 3))
			return -1;
		for (size_t k = b; k < i; k++)
			words[nw][k - b] =
				(char)(s[k] +
				       (s[k] <= 'Z' && s[k] >= 'A' ? 32 : 0));
		words[nw++][i - b] = '\0';
		if (i + 1 < n && s[i] == ':' && s[i + 1] == ' ')
			break;
		if (i >= n || s[i] != ' ')
			return -1;
		i++;
	}
	/* "MR. SMITH", "SEN. COTTON": an honorific, then the surname. */
	bool honorific = nw == 2 && (lex_lookup(words[0], strlen(words[0])) &
				     (LEX_HONORIFIC | LEX_TITLE));
	int found = -1;
	*after = i + 2;
	for (size_t k = 0; k < w->an->a->n_people; k++) {
		const struct person_info *pi = &w->an->pi[k];
		if (strcmp(pi->last, words[nw - 1]) != 0 ||
		    (nw > 1 && !honorific && strcmp(pi->first, words[0]) != 0))
			continue;
		if (found >= 0)
			return -2; /* two people so named: no one */
		found = (int)k;
	}
	if (found < 0 && w->transcript)
		found = label_person(w, label, i, words, nw, honorific);
	return found < 0 ? -2 : found;
}

/* A line with no quotation that ends no sentence: a heading, a
 * timestamp, a photo's caption. */
static bool heading_line(const struct walk *w)
{
	if (w->n == 0 || w->n > 40)
		return false;
	for (size_t i = 0; i < w->n; i++)
		if (w->t[i].kind == TK_QUOTE || (w->t[i].flags & TF_SENT_END) ||
		    (w->t[i].flags & TF_INQUOTE))
			return false;
	const struct tok *last = &w->t[w->n - 1];
	/* "…a rally in Watertown, N.Y." ends a sentence on its
	 * abbreviation's period. */
	return last->kind == TK_WORD && w->s[last->end - 1] != '.';
}

/* An interviewer's question on a line of its own, the answer quoted in
 * the paragraph after ("Why did you run?" then "“Honestly, I didn't
 * want to.”"): the voice goes on past it, as past a heading. */
static bool question_line(const struct walk *w)
{
	if (w->n == 0 || w->n > 40 || !punct_is(w, w->n - 1, '?') ||
	    w->p + 1 >= w->an->a->n_paragraphs ||
	    !quoted_whole(&w->an->a->paragraphs[w->p + 1]))
		return false;
	for (size_t i = 0; i < w->n; i++)
		if (w->t[i].kind == TK_QUOTE || (w->t[i].flags & TF_INQUOTE))
			return false;
	return true;
}

/* A block quotation's signature ("— Raj Patel", a <cite>): whom it
 * names says the block's paragraphs just before, whatever the rules had
 * guessed for them (qi: the walk's index into the quotations).  True when
 * the paragraph is one. */
static bool signs_block(struct walk *w, size_t qi)
{
	if (!quote_signature(w->an->a, w->p))
		return false;
	struct ref r = NONE;
	/* "— Northern Grid (@NorthernGrid) November 20, 2026": the name
	 * that opens the line, though the rules named no one by it, before
	 * the handle after it. */
	size_t a = 0, b;
	while (a < w->n && !narr_word(&w->t[a]))
		a++;
	/* "Port of Felixstowe (@PortFelixstowe)": "of" and its like join
	 * capitalised words into one name. */
	for (b = a;
	     b < w->n && b < a + 6 && narr_word(&w->t[b]) &&
	     w->t[b].mention < 0 &&
	     ((w->t[b].flags & TF_CAP) ||
	      (b > a && b + 1 < w->n && (w->t[b + 1].flags & TF_CAP) &&
	       (tok_is(w->s, &w->t[b], "of") || tok_is(w->s, &w->t[b], "and") ||
		tok_is(w->s, &w->t[b], "for"))));
	     b++)
		;
	if (b > a && b < w->n && punct_is(w, b, '(')) {
		int org = org_of_words(w, a, b);
		if (org >= 0)
			r = (struct ref){R_ORG, org};
	}
	for (size_t i = 0; i < w->n && r.kind == R_NONE; i++)
		if (narr_word(&w->t[i]) && w->t[i].mention >= 0)
			r = mention_ref(w, w->t[i].mention);
	if (r.kind != R_PERSON && r.kind != R_ORG)
		return true;
	size_t para = w->p;
	/* The walk's index stands on the latest quotation it has read. */
	for (size_t k = qi < w->an->nq ? qi + 1 : qi; k-- > 0;) {
		struct qspan *q = &w->an->q[k];
		if (q->para >= w->p)
			continue;
		if ((!q->block &&
		     !quoted_whole(&w->an->a->paragraphs[q->para])) ||
		    q->para + 1 < para)
			break;
		para = q->para;
		set_speaker(w, q, r, w->n);
		w->last_speaker = r;
	}
	return true;
}

/* Reads one paragraph, sentence by sentence. */
static void walk_paragraph(struct walk *w, size_t *qi)
{
	struct analysis *an = w->an;
	if (signs_block(w, *qi))
		return;
	/* A heading or caption between two paragraphs of one speaker's
	 * words leaves the voice as it was, and so does a question put to
	 * the one who answers in the next. */
	if (heading_line(w) || question_line(w))
		return;
	bool only = quote_only(w);
	bool quoted = false;
	size_t i = 0;

	w->prev_subject_here = false;
	w->para_reports = false;
	w->para_colon = false;
	w->colon_subject = NONE;
	w->para_person = -1;
	size_t label_end = 0;
	int parens = 0; /* brackets still open, over sentences */
	int label = transcript_label(w, &label_end);
	if (label >= 0) /* "PENCE:" names him */
		an->a->people[label].mentions++;
	while (i < w->n) {
		/* One look over the sentence finds its end and what the
		 * passes below would otherwise walk it again for: whether it
		 * quotes at all, its first quotation and first narrative
		 * mention, and a reporting verb before that quotation. */
		unsigned sent = w->t[i].sent;
		size_t e = i, first_quote = w->n, first_mention = w->n;
		bool quotes_here = false, reports = false, statement = false;
		int opened = 0; /* brackets opened less those closed */
		for (; e < w->n && w->t[e].sent == sent; e++) {
			const struct tok *t = &w->t[e];
			if (t->kind == TK_WORD && t->end - t->start == 9 &&
			    !(t->flags & TF_INQUOTE) &&
			    tok_is(w->s, t, "statement"))
				statement = true;
			if (t->kind == TK_PUNCT && !(t->flags & TF_INQUOTE))
				opened += punct_is(w, e, '(') -
					  punct_is(w, e, ')');
			if (t->kind == TK_QUOTE || (t->flags & TF_INQUOTE)) {
				quotes_here = true;
				if (t->kind == TK_QUOTE && first_quote == w->n)
					first_quote = e;
			} else if (t->kind == TK_WORD) {
				if (first_quote == w->n &&
				    (t->lex & (LEX_VERB | LEX_VERB_ING)))
					reports = true;
				if (t->mention >= 0 && first_mention == w->n)
					first_mention = e;
			}
		}
		w->cur_subject = NONE;
		w->cur_subject_tok = w->n;
		size_t at = w->n;
		/* The subject is read from the sentence's start, even when
		 * the sentence runs past the look-back window. */
		size_t se = e - i > LOOK_TOKENS ? i + LOOK_TOKENS : e - 1;
		struct ref subj = subject_of(w, se, &at);
		if (subj.kind == R_PERSON || subj.kind == R_ORG) {
			w->cur_subject = subj;
			w->cur_subject_tok = at;
		}
		/* "Pike will lose the state, Lee said.": reported speech
		 * whose attribution closes the sentence is the speaker's,
		 * whoever its own subject is; the next quotation goes on in
		 * that voice. */
		struct ref closer =
			quotes_here ? NONE : closing_speaker(w, i, e);
		if (closer.kind == R_PERSON || closer.kind == R_ORG)
			subj = closer;
		struct ref said = NONE;
		size_t first_q = an->nq; /* this sentence's quotations */
		for (size_t k = first_quote; k < e; k++) {
			const struct tok *t = &w->t[k];
			if (narr_word(t) &&
			    (t->lex & (LEX_VERB | LEX_VERB_ING)))
				reports = true;
			if (t->kind != TK_QUOTE)
				continue;
			while (*qi < an->nq &&
			       (an->q[*qi].para != w->p || an->q[*qi].tok != k))
				(*qi)++;
			if (*qi >= an->nq)
				break;
			struct qspan *q = &an->q[*qi];
			const struct qspan *prev =
				*qi > 0 ? &an->q[*qi - 1] : NULL;
			if (first_q == an->nq)
				first_q = *qi;
			bool line = label != -1 && q->start < label_end &&
				    label_end < q->end;
			if (label >= 0 || line) {
				/* A transcript line: its speaker says all of it
				 * (no one we know, for an unknown label); the
				 * quotation that is the line leaves the label
				 * out of its words. */
				set_speaker(w, q,
					    label >= 0 ? (struct ref){R_PERSON,
								      label}
						       : NONE,
					    w->n);
				if (line)
					q->start = label_end;
				q->labelled = true;
			} else {
				attribute(w, q, prev, only);
			}
			quoted = true;
			if (q->decided && speaker_of(q).kind != R_NONE) {
				said = speaker_of(q);
				w->last_speaker = said;
			}
		}
		/* "Guns are “a crisis” and “a danger,” Dean said": a quote
		 * nothing claimed takes the speaker of the next one in the
		 * same sentence. */
		for (size_t k = *qi < an->nq ? *qi : an->nq;
		     k-- > first_q && first_q < an->nq;) {
			struct qspan *q = &an->q[k], *next = &an->q[k + 1];
			if (!q->decided && k + 1 <= *qi && k + 1 < an->nq &&
			    next->para == q->para && next->decided &&
			    speaker_of(next).kind != R_NONE) {
				q->decided = true;
				q->person = next->person;
				q->org = next->org;
			}
		}
		/* The people of this sentence, for later pronouns. */
		for (size_t k = first_mention; k < e; k++) {
			const struct tok *t = &w->t[k];
			if (!narr_word(t) || t->mention < 0 ||
			    (k > i && w->t[k - 1].mention == t->mention))
				continue;
			const struct mention *m = &an->m[t->mention];
			if (m->person >= 0) {
				remember(w, m->person);
				if (w->para_person == -1)
					w->para_person = m->person;
				else if (w->para_person != m->person)
					w->para_person = -2;
			} else if (m->org >= 0 && an->orgs[m->org].media)
				w->media = m->org;
		}
		if (said.kind == R_PERSON)
			remember(w, said.who);
		/* "(The laws require …. They also …)": sentences in
		 * brackets are an aside, which leaves the subject and the
		 * voice as they were. */
		bool aside = parens > 0 || punct_is(w, i, '(');
		parens += opened;
		if (parens < 0)
			parens = 0;
		if (aside && !quotes_here) {
			i = e;
			continue;
		}
		w->prev_subject = said.kind != R_NONE ? said : subj;
		w->prev_unnamed_sex =
			said.kind == R_NONE && subj.kind == R_UNKNOWN
				? unnamed_sex(w, at)
				: 0;
		w->prev_subject_here = true;
		/* "In a statement, the Port Authority said …", "Pike
		 * released a statement": whose a later "the statement said"
		 * is. */
		if (statement && (w->prev_subject.kind == R_PERSON ||
				  w->prev_subject.kind == R_ORG)) {
			w->statement_by = w->prev_subject;
			w->statement_para = w->p;
		}
		bool colon = e > 0 && punct_is(w, e - 1, ':');
		w->para_reports = reports || colon;
		w->para_colon = colon;
		w->colon_subject = colon ? colon_clause_subject(w, i, e) : NONE;
		i = e;
	}
	w->prev_para_quoted = quoted;
	w->prev_para_person = w->para_person;
	w->prev_para_reports = w->para_reports;
	w->prev_para_colon = w->para_colon;
	w->prev_colon_subject = w->colon_subject;
}

/* The person a headline names before its colon, as "Cecile Richards: ‘I’m
 * Sick Of …’" does: in up to four words, the name of someone in the story
 * or the surname of only one; NONE when there is none. */
static struct ref headline_speaker(const struct analysis *an)
{
	const char *h = an->a->headline, *colon = strchr(h, ':');
	size_t n = colon ? (size_t)(colon - h) : 0;
	if (!n || n > 60)
		return NONE;
	for (size_t i = 0, words = 1; i < n; i++)
		if (h[i] == ' ' && ++words > 4)
			return NONE;
	/* The whole name, else the one person of its surname. */
	const char *sur = h + n;
	while (sur > h && sur[-1] != ' ')
		sur--;
	size_t sn = (size_t)(h + n - sur);
	int by_surname = -1, surnames = 0;
	for (size_t p = 0; p < an->a->n_people; p++) {
		const char *name = an->a->people[p].name;
		size_t len = strlen(name);
		if (len == n && !memcmp(name, h, n))
			return (struct ref){R_PERSON, (int)p};
		if (len >= sn && !memcmp(name + len - sn, sur, sn) &&
		    (len == sn || name[len - sn - 1] == ' ')) {
			by_surname = (int)p;
			surnames++;
		}
	}
	return surnames == 1 ? (struct ref){R_PERSON, by_surname} : NONE;
}

int quotes_attribute(struct analysis *an)
{
	struct walk w = {.an = an,
			 .prev_subject = NONE,
			 .media = -1,
			 .last_speaker = NONE,
			 .colon_subject = NONE,
			 .prev_colon_subject = NONE,
			 .prev_para_person = -1};
	size_t qi = 0;
	w.headline_speaker = headline_speaker(an);
	w.statement_by = NONE;
	w.spokes_for = NONE;

	/* The walk only serves the quotations: past the last one's
	 * paragraph there is nothing left for it to attribute. */
	size_t end = an->nq ? an->q[an->nq - 1].para + 1 : 0;
	if (end && end < an->a->n_paragraphs && quote_signature(an->a, end))
		end++; /* the signature of the last block quotation */
	/* A transcript: two labelled lines or more, one of them naming
	 * someone the story names. */
	size_t lines = 0, known = 0;
	for (size_t p = 0; p < end && p < an->a->n_paragraphs; p++) {
		size_t after;
		w.p = p;
		w.s = an->a->paragraphs[p].text;
		int label = transcript_label(&w, &after);
		lines += label != -1;
		known += label >= 0;
	}
	w.transcript = lines >= 2 && known >= 1;
	for (size_t p = 0; p < end && p < an->a->n_paragraphs; p++) {
		w.p = p;
		w.s = an->a->paragraphs[p].text;
		w.t = an->pt[p].t;
		w.n = an->pt[p].n;
		walk_paragraph(&w, &qi);
	}
	/* A quotation over several paragraphs takes the speaker named in
	 * any of its parts, though its first was left to no one. */
	for (size_t k = an->nq; k > 1; k--) {
		struct qspan *q = &an->q[k - 1], *p = &an->q[k - 2];
		if (q->cont && q->decided && !p->labelled &&
		    (!p->decided || (p->person < 0 && p->org < 0))) {
			p->decided = true;
			p->person = q->person;
			p->org = q->org;
		}
	}
	return 0;
}

int quotes_emit(struct analysis *an)
{
	struct article *a = an->a;
	for (size_t k = 0; k < an->nq; k++) {
		const struct qspan *q = &an->q[k];
		if (q->drop)
			continue;
		struct quote *out =
			article_add_quote(a, q->para, q->start, q->end);
		if (!out) {
			if (a->n_quotes >= limits.max_quotes)
				break;
			continue;
		}
		if (q->person >= 0)
			out->speaker = a->people[q->person].name;
		else if (q->org >= 0)
			out->speaker = an->orgs[q->org].name;
		if (q->cue) {
			char buf[64];
			size_t n = q->cue_len < sizeof(buf) - 1
					   ? q->cue_len
					   : sizeof(buf) - 1;
			for (size_t i = 0; i < n; i++) {
				char c = q->cue[i];
				buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32)
								: c;
			}
			out->cue = article_strndup(a, buf, n);
		}
	}
	return 0;
}
