/*
 * textscan.h - the analysis' shared scratch: quotation spans, tokens,
 * name mentions.  Internal to analyze.c, quotes.c, people.c and tokens.c;
 * the rest of articlefs sees only analyze.h.
 *
 * The order of work: quotes_find() marks quotation spans over all
 * paragraphs; scan_tokens() cuts each paragraph into words and punctuation,
 * a quotation being one token (its words are kept too, flagged as quoted);
 * people_find() turns runs of capitalised words into people, organisations
 * and mentions; quotes_attribute() walks the story in order to give each
 * quotation a speaker; quotes_emit() stores them in the article.
 * Everything lives in malloc'd scratch freed by analysis_free().
 */
#ifndef ARTICLEFS_TEXTSCAN_H
#define ARTICLEFS_TEXTSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "articlefs/model.h"

enum tok_kind {
	TK_WORD,
	TK_PUNCT,
	TK_QUOTE
};

enum tok_flag {
	TF_CAP = 1 << 0,      /* starts with a capital letter */
	TF_UPPER = 1 << 1,    /* two or more letters, all capitals */
	TF_POSS = 1 << 2,     /* a possessive ending was cut off */
	TF_ABBR = 1 << 3,     /* took its period: "Sen.", "U.S." */
	TF_SENT_END = 1 << 4, /* . ! ? that ends a sentence */
	TF_INQUOTE = 1 << 5,  /* a word inside a quotation */
	TF_TERMINAL = 1 << 6, /* a quotation ending in . ! or ? */
	TF_NICK = 1 << 7,     /* a nickname quoted inside a name */
	/* a role that tells a sex, LEX_MAN or LEX_WOMAN, kept out of the
	 * token's lex so that the name rules read it as they always had */
	TF_MAN = 1 << 8,
	TF_WOMAN = 1 << 9,
	/* a short form of a first name ("Bobby", "Chuck"), LEX_PET */
	TF_PET = 1 << 10,
};

/* 28 bytes: a story has a token for every few bytes of its text, and
 * the rules walk them again and again.  A paragraph longer than 4 GiB
 * gets no tokens at all. */
struct tok {
	uint32_t start, end; /* bytes in the paragraph */
	unsigned lex;	     /* lexicon classes of a word */
	unsigned short kind, flags;
	int quote;     /* span of a TK_QUOTE or a quoted word, else -1 */
	int mention;   /* the name mention covering this word, else -1 */
	unsigned sent; /* sentence number within the paragraph */
};

struct para_toks {
	struct tok *t;
	size_t n;
};

/* One quotation inside one paragraph. */
struct qspan {
	size_t para;
	size_t mark;	   /* byte of the opening mark */
	size_t start, end; /* the quoted words */
	size_t after;	   /* first byte after the closing mark */
	bool closed;	   /* a closing mark was found */
	bool cont;	   /* continues the previous paragraph's quotation */
	bool block;	   /* a PARA_QUOTE paragraph */
	bool drop;	   /* judged not a quotation (a title, a scare quote) */
	bool pull;	   /* a pull quotation, signed inside its marks */
	size_t tok;	   /* index of its TK_QUOTE token */
	int person;	   /* speaker, or -1 */
	int org;	   /* speaking organisation, or -1 */
	bool decided;	   /* a rule has spoken (possibly "nobody we know") */
	bool labelled;	   /* a transcript's line, whose label says who */
	const char *cue;   /* points into the paragraph text, or NULL */
	size_t cue_len;
};

/* A name in the text: [t0, t1) covers titles and honorific too. */
struct mention {
	size_t para;
	size_t t0, t1;
	int person; /* index into a->people, or -1 */
	int org;    /* index into orgs, or -1 */
};

struct person_info {
	char first[64], last[64]; /* lowercase first and last word */
	char gender;		  /* 'm', 'f' or 0 */
	char **titles_lc;	  /* lowercase titles, for descriptions */
	size_t n_titles;
	size_t first_seen; /* order of the first mention, 0 for none */
	bool long_name;	   /* a name of three words or more */
	char place[24];	   /* lowercase last word of the place they represent
			     or govern ("jersey" for "New Jersey Gov."), or "" */
	char nation[16];   /* lowercase nationality written before the name
			      ("spanish" for "Spanish world number two
			      Carlos Alcaraz"), or "" */
	unsigned char age; /* as the story gives it ("Ann Lee, 34,"), or 0 */
	size_t first_para; /* paragraph of the first mention */
	size_t first_tok;  /* its token in that paragraph */
};

struct org {
	char *name;
	bool media;
};

struct analysis {
	struct article *a;
	struct para_toks *pt;  /* one per paragraph, pointing into toks */
	struct para_toks toks; /* all paragraphs' tokens, in order */
	size_t cap_toks;
	struct qspan *q;
	size_t nq, capq;
	struct mention *m;
	size_t nm, capm;
	struct person_info *pi; /* parallel to a->people */
	size_t cap_pi;
	struct org *orgs;
	size_t norgs, caporgs;
};

int quotes_find(struct analysis *an);
int scan_tokens(struct analysis *an, size_t para);
int people_find(struct analysis *an);
int quotes_attribute(struct analysis *an);
int quotes_emit(struct analysis *an);
void analysis_free(struct analysis *an);

/* The organisation named name (added when new): its index, or -2 when
 * memory runs out. */
int org_add(struct analysis *an, const char *name, bool media);

/* Whether paragraph p signs the quotation before it: a block quotation's
 * line ("— Raj Patel", a <cite>), or a dash line under a paragraph that is
 * one quotation ("- Bernie Sanders.").  No quotation, but whom it names
 * says the quotation. */
bool quote_signature(const struct article *a, size_t p);

/* Adds a person named name, as the people pass does and as the quote
 * pass does for one named only by a transcript's label.  first and last
 * are the lowercase first and last words.  Returns the index, -1 when the
 * limit of people is reached, -2 when out of memory. */
int people_add(struct analysis *an, const char *name, const char *first,
	       const char *last);

/* Tokenises any text (a headline) with no quotations; caller frees t. */
int tokenize_plain(const char *s, size_t n, struct para_toks *out);

/* Case-insensitive ASCII comparison of a token with a lowercase word.
 * Inline: the rules ask it hundreds of thousands of times, nearly always
 * of a literal whose length the compiler then knows. */
static inline bool tok_is(const char *text, const struct tok *t,
			  const char *word)
{
	size_t n = strlen(word);
	if (t->end - t->start != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = text[t->start + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != word[i])
			return false;
	}
	return true;
}

/* "representatives", "organisers": a plural by its ending ("boss" and
 * "actress" are not). */
static inline bool tok_plural(const char *text, const struct tok *t)
{
	size_t n = t->end - t->start;
	return n > 1 && text[t->end - 1] == 's' && text[t->end - 2] != 's';
}

/* Whether the token is one of the lowercase words of a word list; TOK_IN
 * counts the list's words itself. */
static inline bool tok_in(const char *text, const struct tok *t,
			  const char *const *words, size_t n)
{
	/* The first letter turns most words away; the rest are compared
	 * letter by letter up to the end of the shorter, which costs no
	 * strlen() of a list's word (a literal's length the compiler
	 * knows, a list's it does not). */
	size_t len = t->end - t->start;
	const char *w = text + t->start;
	char c = w[0];
	if (c >= 'A' && c <= 'Z')
		c = (char)(c - 'A' + 'a');
	for (size_t k = 0; k < n; k++) {
		const char *word = words[k];
		if (word[0] != c)
			continue;
		size_t i = 1;
		for (; i < len && word[i]; i++) {
			char d = w[i];
			if (d >= 'A' && d <= 'Z')
				d = (char)(d - 'A' + 'a');
			if (d != word[i])
				break;
		}
		if (i == len && !word[i])
			return true;
	}
	return false;
}
#define TOK_IN(text, t, list)                                                  \
	tok_in((text), (t), (list), sizeof(list) / sizeof(*(list)))

/* Whether the string is one of the n words; STR_IN counts them itself. */
static inline bool str_in(const char *s, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (strcmp(s, words[k]) == 0)
			return true;
	return false;
}
#define STR_IN(s, list) str_in((s), (list), sizeof(list) / sizeof(*(list)))

/* Whether the len bytes at w end with one of the n endings, each shorter
 * than the word; ENDS_IN counts the list's endings itself. */
static inline bool ends_in_any(const char *w, size_t len,
			       const char *const *ends, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		size_t el = strlen(ends[k]);
		if (el < len && memcmp(w + len - el, ends[k], el) == 0)
			return true;
	}
	return false;
}
#define ENDS_IN(w, len, list)                                                  \
	ends_in_any((w), (len), (list), sizeof(list) / sizeof(*(list)))

/* Whether the token is the punctuation mark c. */
static inline bool tok_punct(const char *text, const struct tok *t, char c)
{
	return t->kind == TK_PUNCT && text[t->start] == c;
}

/* "lawyer", "attorneys": counsel, who speak for a client as a spokesman
 * speaks for a body. */
static inline bool tok_is_counsel(const char *text, const struct tok *t)
{
	return tok_is(text, t, "lawyer") || tok_is(text, t, "lawyers") ||
	       tok_is(text, t, "attorney") || tok_is(text, t, "attorneys");
}

/* "who", "whose", "which": a relative clause opens at t. */
static inline bool tok_is_relative(const char *text, const struct tok *t)
{
	return tok_is(text, t, "who") || tok_is(text, t, "whose") ||
	       tok_is(text, t, "which");
}

/* An en dash, em dash or horizontal bar: how lists of readers' words and
 * epigraphs sign a quotation ("“…” ― Beck Pimentel"). */
static inline bool tok_is_dash(const char *text, const struct tok *t)
{
	const unsigned char *p = (const unsigned char *)text + t->start;
	return t->kind == TK_PUNCT && t->end - t->start == 3 && p[0] == 0xE2 &&
	       p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x95);
}

/* The length of an Arabic article joined to a word ("al-" of "al-Assad",
 * "el-" of "el-Sisi") at the front of the n bytes at w, or 0. */
size_t name_article(const char *w, size_t n);

/* Marcia "Cia" Price, Robert C. “Bobby” Scott: a nickname in quotation
 * marks between two capitalised words of a name, opening at byte i of the
 * n bytes at s.  Returns the byte after its closing mark and sets [*ws,
 * *we) to the nickname, or returns 0.  The quote finder reads no
 * quotation there, and the tokeniser keeps the nickname in the name. */
size_t nickname_at(const char *s, size_t n, size_t i, size_t *ws, size_t *we);

/* Unicode helpers over UTF-8. */
bool cp_is_upper(unsigned cp);
bool cp_is_alnum(unsigned cp);

#endif
