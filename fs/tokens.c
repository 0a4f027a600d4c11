/*
 * tokens.c - cuts a paragraph into words, punctuation and quotations.
 *
 * The attribution rules think in words ("Mr", "Vance", "said") and in
 * sentences, so each paragraph is tokenised once, in one pass: a quotation
 * becomes a single TK_QUOTE token (followed by its own words, flagged
 * TF_INQUOTE so that names inside quotes can still be counted), titles
 * keep their period ("Sen.", "U.S."), and a possessive ending is cut off
 * ("Trump’s" is the word "Trump" with TF_POSS).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/lexicon.h"
#include "articlefs/textscan.h"
#include "articlefs/utf8.h"

bool cp_is_upper(unsigned cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp <= 0x17F) {
		/* Latin Extended-A: capital then small ("Ą" "ą"), except that
		 * Ĺ..ň and Ź..ž pair the other way round ("Żaneta"), and
		 * ĸ, ŉ and ſ have no capital. */
		if ((cp >= 0x139 && cp <= 0x148) ||
		    (cp >= 0x179 && cp <= 0x17E))
			return cp & 1;
		if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
			return false;
		return cp == 0x178 || (cp & 1) == 0;
	}
	if (cp >= 0x391 && cp <= 0x3A9) /* Greek */
		return true;
	return cp >= 0x400 && cp <= 0x42F; /* Cyrillic */
}

bool cp_is_alnum(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		       (cp >= '0' && cp <= '9');
	/* Punctuation and spaces a news text uses outside ASCII, with the
	 * CJK and full-width forms ("（", "："). */
	if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x80 && cp <= 0xBF) ||
	    cp == 0xD7 || cp == 0xF7 || (cp >= 0x3000 && cp <= 0x303F) ||
	    (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
	    (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
	    cp == 0xFEFF || cp == UTF8_REPLACEMENT)
		return false;
	return true;
}

static inline unsigned cp_at(const char *s, size_t n, size_t i, size_t *len)
{
	uint32_t cp;
	if ((unsigned char)s[i] < 0x80) { /* the common case, kept cheap */
		*len = 1;
		return (unsigned char)s[i];
	}
	*len = utf8_decode(s + i, n - i, &cp);
	return cp;
}

static bool is_apostrophe(unsigned cp)
{
	return cp == '\'' || cp == 0x2019;
}

/* Doubles the room for tokens; apart from new_tok() below, which runs
 * for every token and should stay a few instructions. */
static __attribute__((noinline)) int grow_toks(struct para_toks *out,
					       size_t *cap)
{
	size_t nc = *cap ? *cap * 2 : 64;
	struct tok *v = realloc(out->t, nc * sizeof(*v));
	if (!v)
		return -1;
	out->t = v;
	*cap = nc;
	return 0;
}

/* The next token, filled in where it lies: a token built aside and
 * copied in would be read back before its own stores had landed, a
 * stall on every token.  NULL when memory runs out. */
static inline struct tok *new_tok(struct para_toks *out, size_t *cap,
				  size_t start, size_t end, unsigned short kind,
				  unsigned short flags, int quote)
{
	if (out->n == *cap && grow_toks(out, cap) < 0)
		return NULL;
	struct tok *t = &out->t[out->n++];
	t->start = (uint32_t)start;
	t->end = (uint32_t)end;
	t->lex = 0;
	t->kind = kind;
	t->flags = flags;
	t->quote = quote;
	t->mention = -1;
	t->sent = 0;
	return t;
}

/* ASCII letters and digits, by table: the word loops ask it of nearly
 * every byte of the text. */
static const bool ascii_alnum_table[256] = {
	['0' ... '9'] = true, ['A' ... 'Z'] = true, ['a' ... 'z'] = true};

static inline bool ascii_alnum(unsigned char c)
{
	return ascii_alnum_table[c];
}

static inline bool is_alnum(unsigned cp)
{
	return cp < 0x80 ? ascii_alnum_table[cp] : cp_is_alnum(cp);
}

/* The word starting at i (an alphanumeric): returns its end. */
static size_t word_end(const char *s, size_t n, size_t i)
{
	size_t len;
	while (i < n) {
		if (ascii_alnum((unsigned char)s[i])) {
			i++;
			continue;
		}
		unsigned cp = cp_at(s, n, i, &len);
		if (cp_is_alnum(cp)) {
			i += len;
			continue;
		}
		/* Inner hyphens, apostrophes, periods and ampersands join. */
		if (cp == '-' || cp == '&' || cp == '.' || is_apostrophe(cp)) {
			size_t l2;
			if (i + len < n &&
			    cp_is_alnum(cp_at(s, n, i + len, &l2)) &&
			    (cp != '.' || cp_at(s, n, i + len, &l2) < 0x80)) {
				i += len;
				continue;
			}
		}
		break;
	}
	return i;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* The high bit of each of the eight bytes at p that is an ASCII letter
 * or digit, found for all eight at once: a word's end is found without a
 * branch per letter, whose mispredicted exits had cost the tokeniser more
 * than its instructions. */
static inline uint64_t alnum_mask(const char *p)
{
	const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
	uint64_t x;
	memcpy(&x, p, 8);
	uint64_t low = x & ~high;
	uint64_t folded = low | (ones * 0x20); /* A-Z onto a-z */
	uint64_t letter = (folded + ones * (0x80 - 'a')) &
			  ~(folded + ones * (0x80 - 'z' - 1));
	uint64_t digit =
		(low + ones * (0x80 - '0')) & ~(low + ones * (0x80 - '9' - 1));
	return (letter | digit) & ~x & high;
}

/* The end of the run of ASCII letters and digits at e, eight bytes at a
 * time while eight remain before n. */
static inline size_t alnum_run_end(const char *s, size_t n, size_t e)
{
	const uint64_t high = 0x8080808080808080ull;
	while (e + 8 <= n) {
		uint64_t other = ~alnum_mask(s + e) & high;
		if (other)
			return e + (size_t)__builtin_ctzll(other) / 8;
		e += 8;
	}
	while (e < n && ascii_alnum((unsigned char)s[e]))
		e++;
	return e;
}
#else
static inline size_t alnum_run_end(const char *s, size_t n, size_t e)
{
	while (e < n && ascii_alnum((unsigned char)s[e]))
		e++;
	return e;
}
#endif

/* word_end() for the common all-ASCII word, without decoding; falls
 * back when the word runs into a non-ASCII byte ("Trump’s"). */
static size_t ascii_word_end(const char *s, size_t n, size_t i)
{
	size_t e = i;
	while (e < n) {
		e = alnum_run_end(s, n, e);
		if (e >= n)
			break;
		unsigned char d = (unsigned char)s[e];
		if (d >= 0x80)
			return word_end(s, n, i);
		if ((d == '-' || d == '&' || d == '.' || d == '\'') &&
		    e + 1 < n) {
			unsigned char x = (unsigned char)s[e + 1];
			/* "said.Trump claimed": a sentence's end whose space
			 * was lost, not "U.S" or "Ph.D". */
			if (d == '.' && e >= i + 2 && x >= 'A' && x <= 'Z' &&
			    e + 2 < n && s[e + 2] >= 'a' && s[e + 2] <= 'z' &&
			    s[e - 1] >= 'a' && s[e - 1] <= 'z' &&
			    s[e - 2] >= 'a' && s[e - 2] <= 'z')
				break;
			if (ascii_alnum(x)) {
				e++;
				continue;
			}
			if (x >= 0x80 && d != '.')
				return word_end(s, n, i);
		}
		break;
	}
	return e;
}

size_t name_article(const char *w, size_t n)
{
	static const char *const articles[] = {"al-", "el-",  "ad-", "ar-",
					       "as-", "ash-", "az-"};
	/* Asked of every word that starts with a or e: answer most at once. */
	if (n < 4 || (w[2] != '-' && w[3] != '-'))
		return 0;
	for (size_t i = 0; i < sizeof(articles) / sizeof(*articles); i++) {
		size_t k = strlen(articles[i]);
		if (n > k + 1 && (w[0] | 0x20) == articles[i][0] &&
		    memcmp(w + 1, articles[i] + 1, k - 1) == 0 &&
		    (w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z')
			return k;
	}
	return 0;
}

/* "I’m", "We've", "Don't": a contraction, which is no name's word however
 * it is capitalised (O'Neill's apostrophe comes before a capital). */
static bool contraction(const char *w, size_t n)
{
	for (size_t k = 1; k <= 2 && k < n; k++) {
		size_t a = n - k; /* where the ending starts */
		bool ap = w[a - 1] == '\'' ||
			  (a >= 3 && (unsigned char)w[a - 3] == 0xE2 &&
			   (unsigned char)w[a - 2] == 0x80 &&
			   (unsigned char)w[a - 1] == 0x99);
		if (!ap)
			continue;
		size_t b = w[a - 1] == '\'' ? a - 1 : a - 3; /* apostrophe */
		if (k == 1 && (w[a] == 'm' || w[a] == 'd' ||
			       (w[a] == 't' && b > 0 && w[b - 1] == 'n')))
			return true;
		if (k == 2 && (memcmp(w + a, "re", 2) == 0 ||
			       memcmp(w + a, "ve", 2) == 0 ||
			       memcmp(w + a, "ll", 2) == 0))
			return true;
	}
	return false;
}

static void classify_word(const char *s, size_t n, struct tok *t)
{
	size_t len, letters = 0;
	unsigned first = cp_at(s, n, t->start, &len);
	bool lower = false; /* a lowercase letter seen: not all capitals */

	bool cap = first < 0x80 ? first >= 'A' && first <= 'Z'
				: cp_is_upper(first);
	/* "al-Assad", "el-Sisi": a name word behind its article.  The
	 * hyphen, rare, is asked first. */
	if (!cap && t->end - t->start >= 4 &&
	    (s[t->start + 2] == '-' || s[t->start + 3] == '-') &&
	    (first == 'a' || first == 'e')) {
		size_t k = name_article(s + t->start, t->end - t->start);
		cap = k && s[t->start + k] >= 'A' && s[t->start + k] <= 'Z';
	}
	if (cap && !contraction(s + t->start, t->end - t->start))
		t->flags |= TF_CAP;
	/* Most words show a lowercase letter first or second, which ends
	 * the count at once. */
	for (size_t i = t->start; i < t->end && !lower; i += len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			len = 1;
			if (c >= 'a' && c <= 'z')
				lower = true;
			else if (c >= 'A' && c <= 'Z')
				letters++;
			continue;
		}
		unsigned cp = cp_at(s, n, i, &len);
		if (cp_is_alnum(cp) && !(cp >= '0' && cp <= '9')) {
			if (cp_is_upper(cp))
				letters++;
			else
				lower = true;
		}
	}
	if (letters >= 2 && !lower)
		t->flags |= TF_UPPER;
	/* No list holds a word that starts with a digit ("1,237",
	 * "34-year-old"): numbers are many, and skip the lookup. */
	if (first >= '0' && first <= '9')
		return;
	t->lex = lex_lookup_in(s + t->start, t->end - t->start, n - t->start);
	if (t->lex & (LEX_MAN | LEX_WOMAN | LEX_PET)) {
		if (t->lex & LEX_MAN)
			t->flags |= TF_MAN;
		if (t->lex & LEX_WOMAN)
			t->flags |= TF_WOMAN;
		if (t->lex & LEX_PET)
			t->flags |= TF_PET;
		t->lex &= ~(LEX_MAN | LEX_WOMAN | LEX_PET);
	}
	/* "UN" is an organisation (and qualifies a role: "UN envoy"); "Un"
	 * of "Kim Jong Un" is neither. */
	if ((t->lex & LEX_ACRONYM) && !(t->flags & TF_UPPER))
		t->lex &= ~(LEX_ORG | LEX_MEDIA | LEX_MODIFIER | LEX_ACRONYM);
}

/* "GunBroker.com", "gov.uk": a dotted word with a run of three letters
 * or more is an address, no abbreviation like "U.S.", "Ph.D." or
 * "R-S.C.", so a period after it ends the sentence. */
static bool web_address(const char *w, size_t n)
{
	size_t part = 0;
	for (size_t k = 0; k < n; k++) {
		part = ascii_alnum((unsigned char)w[k]) ? part + 1 : 0;
		if (part >= 3)
			return true;
	}
	return false;
}

/* Adds the word at [i, e), its period when an abbreviation; returns the
 * position after what it used. */
static size_t add_word(const char *s, size_t n, size_t i, size_t e,
		       unsigned short flags, int quote, struct para_toks *out,
		       size_t *cap, int *err)
{
	struct tok *t = new_tok(out, cap, i, e, TK_WORD, flags, quote);
	size_t next = e;

	if (!t) {
		*err = -1;
		return e;
	}

	/* Possessives: "Trump’s", "Trump's", "players’".  All end in s,
	 * asked once: which words do is no pattern a branch can learn. */
	bool ends_s = s[e - 1] == 's' && e - i > 2;
	if (ends_s && e - i > 3 && (unsigned char)s[e - 4] == 0xE2 &&
	    (unsigned char)s[e - 3] == 0x80 &&
	    (unsigned char)s[e - 2] == 0x99) {
		t->end = e - 4;
		t->flags |= TF_POSS;
	} else if (ends_s && s[e - 2] == '\'') {
		t->end = e - 2;
		t->flags |= TF_POSS;
	} else if (ends_s && e < n &&
		   (s[e] == '\'' || (e + 2 < n && (unsigned char)s[e] == 0xE2 &&
				     (unsigned char)s[e + 1] == 0x80 &&
				     (unsigned char)s[e + 2] == 0x99))) {
		/* A trailing apostrophe after s is taken as possessive only
		 * when a space follows; "players’ union". */
		size_t al = s[e] == '\'' ? 1 : 3;
		if (e + al >= n || s[e + al] == ' ') {
			t->flags |= TF_POSS;
			next = e + al;
		}
	}
	classify_word(s, n, t);
	if (next == e && e < n && s[e] == '.') {
		size_t len;
		bool single = cp_is_upper(cp_at(s, n, i, &len)) && len == e - i;
		bool dotted = memchr(s + i, '.', e - i) != NULL &&
			      !web_address(s + i, e - i);
		/* "No. 10" is an abbreviation; "said no." ends a sentence. */
		bool number_sign = e - i == 2 && (s[i] | 0x20) == 'n' &&
				   (s[i + 1] | 0x20) == 'o';
		bool digit_next = e + 2 < n && s[e + 1] == ' ' &&
				  s[e + 2] >= '0' && s[e + 2] <= '9';
		if (single || dotted ||
		    ((t->lex & LEX_ABBR) && (!number_sign || digit_next))) {
			t->end = e + 1;
			t->flags |= TF_ABBR;
			next = e + 1;
		}
	}
	return next;
}

/* The length of a double quotation mark at i that opens (" or “) or
 * closes (" or ”), or 0. */
static size_t double_mark(const char *s, size_t n, size_t i, bool open)
{
	if (s[i] == '"')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == (open ? 0x9C : 0x9D))
		return 3;
	return 0;
}

static bool ascii_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

size_t nickname_at(const char *s, size_t n, size_t i, size_t *ws, size_t *we)
{
	size_t ol = i < n ? double_mark(s, n, i, true) : 0;
	if (!ol || i < 2 || s[i - 1] != ' ')
		return 0;
	/* The word before starts with a capital ("Marcia", "C."). */
	size_t b = i - 1;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	if (b == i - 1 || !ascii_upper(s[b]))
		return 0;
	/* Up to three capitalised words ("Bobby Joe"), then the closing
	 * mark. */
	size_t a = i + ol, e = a;
	if (a >= n || !ascii_upper(s[a]))
		return 0;
	for (int words = 1;; words++) {
		while (e < n && e - a < 30 &&
		       ((s[e] >= 'a' && s[e] <= 'z') || ascii_upper(s[e]) ||
			s[e] == '\'' || s[e] == '-' || s[e] == '.'))
			e++;
		if (words == 3 || e + 1 >= n || s[e] != ' ' ||
		    !ascii_upper(s[e + 1]))
			break;
		e++;
	}
	size_t cl = e < n ? double_mark(s, n, e, false) : 0;
	if (!cl)
		return 0;
	/* Then the rest of the name, not a title's next word ("Felt
	 * “Invisible” As A Child"). */
	size_t after = e + cl;
	if (after + 1 >= n || s[after] != ' ' || !ascii_upper(s[after + 1]))
		return 0;
	size_t ne = after + 1;
	while (ne < n && s[ne] != ' ')
		ne++;
	if (lex_lookup(s + after + 1, ne - after - 1) &
	    (LEX_NOT_NAME | LEX_PREP | LEX_DET | LEX_AUX | LEX_VERB))
		return 0;
	*ws = a;
	*we = e;
	return after;
}

/* Tokenises [i, end) of s as words and punctuation. */
static int tokenize_range(const char *s, size_t n, size_t i, size_t end,
			  unsigned short flags, int quote,
			  struct para_toks *out, size_t *cap)
{
	int err = 0;
	size_t len;

	bool sep = false; /* inside quotes: a gap was already marked */

	while (i < end && !err) {
		unsigned cp = cp_at(s, end, i, &len);
		if (cp == ' ' || (cp >= 0x80 && utf8_is_space(cp)) ||
		    (cp < 0x20)) {
			i += len;
		} else if ((flags & TF_INQUOTE) && !(cp >= 'A' && cp <= 'Z') &&
			   cp < 0x80) {
			/* Inside a quotation only names matter (for mentions):
			 * lowercase words and punctuation become one gap, so
			 * that names on either side never join.  This keeps
			 * the analysis cheap on quote-heavy stories. */
			if (!is_alnum(cp))
				i += len;
			else
				i = cp < 0x80 ? ascii_word_end(s, end, i)
					      : word_end(s, end, i);
			if (!sep) {
				if (!new_tok(out, cap, i, i, TK_PUNCT, flags,
					     quote))
					err = -1;
				sep = true;
			}
		} else if (is_alnum(cp)) {
			sep = false;
			size_t e = cp < 0x80 ? ascii_word_end(s, end, i)
					     : word_end(s, end, i);
			i = add_word(s, n < end ? n : end, i, e, flags, quote,
				     out, cap, &err);
			/* The space after a word, taken here rather than by
			 * a turn of the loop of its own. */
			if (i < end && s[i] == ' ')
				i++;
		} else {
			sep = false;
			size_t ws, we, after;
			if (!(flags & TF_INQUOTE) &&
			    (cp == '"' || cp == 0x201C) &&
			    (after = nickname_at(s, end, i, &ws, &we))) {
				/* The nickname joins the name's run, its marks
				 * no token; a name's word, whatever else it
				 * spells ("Cia" is no CIA), so no lexicon. */
				if (!new_tok(out, cap, ws, we, TK_WORD,
					     flags | TF_NICK | TF_CAP, quote))
					err = -1;
				i = after;
				continue;
			}
			/* "McConnell, R-Ky., said": a full stop before a
			 * comma ends an abbreviation, not a sentence. */
			unsigned short f = flags;
			if ((cp == '.' || cp == '!' || cp == '?') &&
			    !(flags & TF_INQUOTE) &&
			    !(cp == '.' && i + 1 < end && s[i + 1] == ','))
				f |= TF_SENT_END;
			if (!new_tok(out, cap, i, i + len, TK_PUNCT, f, quote))
				err = -1;
			i += len;
		}
	}
	return err;
}

/* Numbers the sentences: a new one after . ! ? outside quotations, and
 * after a quotation that ends a sentence, when a capital, a quotation or
 * an opening bracket follows. */
static void number_sentences(const char *s, struct para_toks *pt)
{
	unsigned sent = 0;
	bool pending = false;

	for (size_t i = 0; i < pt->n; i++) {
		struct tok *t = &pt->t[i];
		if (t->flags & TF_INQUOTE) {
			t->sent = sent;
			continue;
		}
		/* "…. (The laws …)": a bracket may open the next sentence,
		 * and one that closes after the stop leaves it ended.  Only
		 * a sentence's end makes the token after it matter. */
		if (pending) {
			bool bracket = t->kind == TK_PUNCT && t->end > t->start;
			bool opens = bracket && s[t->start] == '(';
			bool closes = bracket && s[t->start] == ')';
			if (t->kind == TK_QUOTE || opens ||
			    (t->kind == TK_WORD && (t->flags & TF_CAP)))
				sent++;
			pending = closes;
		}
		t->sent = sent;
		if (t->flags & TF_SENT_END)
			pending = true;
		else if (t->kind == TK_QUOTE && (t->flags & TF_TERMINAL))
			pending = true;
	}
}

/* "as Lee put it", "Lee put it bluntly: “…”": "put it" reports words
 * when "as" opens its clause or nothing but a comma, a colon, a
 * sentence's end, a quotation or a manner follows ("put it this way");
 * "put it on the table" is no speech. */
static void mark_put_it(const char *s, struct para_toks *pt)
{
	static const char *const manner[] = {"ly"}; /* "bluntly" */
	for (size_t i = 0; i + 1 < pt->n; i++) {
		struct tok *t = &pt->t[i], *it = &pt->t[i + 1];
		/* A word in small letters that is "put" starts with 'p'
		 * (with a capital it has TF_CAP): asked first, a branch
		 * that rarely turns, where the kind and flags of every
		 * token turn theirs at random.  A token starts at or
		 * before the end of the text, whose NUL is readable. */
		if (s[t->start] != 'p' || t->kind != TK_WORD ||
		    (t->flags & (TF_INQUOTE | TF_CAP)) ||
		    !(tok_is(s, t, "put") || tok_is(s, t, "puts")) ||
		    it->kind != TK_WORD || (it->flags & TF_INQUOTE) ||
		    !tok_is(s, it, "it"))
			continue;
		const struct tok *after = i + 2 < pt->n ? &pt->t[i + 2] : NULL;
		bool ends = !after || after->kind != TK_WORD ||
			    tok_is(s, after, "this") ||
			    tok_is(s, after, "that") ||
			    ENDS_IN(s + after->start, after->end - after->start,
				    manner);
		bool as = false;
		for (size_t b = i; b > 0 && i - b < 10 && !as; b--) {
			const struct tok *p = &pt->t[b - 1];
			if (p->sent != t->sent || p->kind == TK_QUOTE)
				break;
			as = p->kind == TK_WORD && !(p->flags & TF_INQUOTE) &&
			     tok_is(s, p, "as");
		}
		if (ends || as)
			t->lex |= LEX_VERB;
	}
}

/* True when the quoted words end with a sentence's end. */
static bool ends_sentence(const char *s, size_t start, size_t end)
{
	while (end > start && s[end - 1] == ' ')
		end--;
	return end > start &&
	       (s[end - 1] == '.' || s[end - 1] == '!' || s[end - 1] == '?');
}

int scan_tokens(struct analysis *an, size_t para)
{
	const struct paragraph *p = &an->a->paragraphs[para];
	struct para_toks *out = &an->pt[para];
	/* The paragraph's tokens go at the end of the story's one array
	 * (analyze.c points out->t into it once all are cut): one
	 * allocation a story rather than one a paragraph. */
	struct para_toks *all = &an->toks;
	size_t base = all->n, i = 0;

	out->t = NULL;
	out->n = 0;
	if (p->len > UINT32_MAX) /* beyond struct tok's offsets: no words */
		return 0;
	/* The spans are in text order: find this paragraph's first one by
	 * bisection, so that tokenising every paragraph stays linear. */
	size_t lo = 0, hi = an->nq;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (an->q[mid].para < para)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = lo; k < an->nq && an->q[k].para == para; k++) {
		struct qspan *q = &an->q[k];
		if (q->mark < i)
			continue;
		if (tokenize_range(p->text, p->len, i, q->mark, 0, -1, all,
				   &an->cap_toks) < 0)
			return -1;
		q->tok = all->n - base;
		unsigned short f = ends_sentence(p->text, q->start, q->end)
					   ? TF_TERMINAL
					   : 0;
		if (!new_tok(all, &an->cap_toks, q->mark, q->after, TK_QUOTE, f,
			     (int)k) ||
		    tokenize_range(p->text, p->len, q->start, q->end,
				   TF_INQUOTE, (int)k, all, &an->cap_toks) < 0)
			return -1;
		i = q->after;
	}
	if (tokenize_range(p->text, p->len, i, p->len, 0, -1, all,
			   &an->cap_toks) < 0)
		return -1;
	out->n = all->n - base;
	struct para_toks own = {all->t + base, out->n};
	number_sentences(p->text, &own);
	mark_put_it(p->text, &own);
	return 0;
}

int tokenize_plain(const char *s, size_t n, struct para_toks *out)
{
	size_t cap = 0;

	out->t = NULL;
	out->n = 0;
	if (n > UINT32_MAX)
		return 0;
	if (tokenize_range(s, n, 0, n, 0, -1, out, &cap) < 0)
		return -1;
	number_sentences(s, out);
	return 0;
}
