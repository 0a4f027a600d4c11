/*
 * lexicon.h - the word lists behind the quote and people analysis.
 *
 * Each word belongs to zero or more classes (a bit mask).  Lookups ignore
 * ASCII case and one trailing period ("Sen." is "sen"), so callers pass a
 * token as it stands in the text.  The table is built once, on first use,
 * and is read-only after that: safe from any thread.
 */
#ifndef ARTICLEFS_LEXICON_H
#define ARTICLEFS_LEXICON_H

#include <stddef.h>

enum lex_class {
	LEX_HONORIFIC = 1u << 0, /* Mr, Mrs, Dr: a name follows */
	LEX_TITLE = 1u << 1,	 /* a role word: president, senator, vice */
	LEX_HEAD = 1u << 2,	 /* a role noun that can end a description */
	LEX_MODIFIER =
		1u << 3,    /* US, British, Nato, Republican: before a role */
	LEX_VERB = 1u << 4, /* a reporting verb: said, told, warned */
	LEX_VERB_ING = 1u << 5,	 /* its participle: saying, adding */
	LEX_ORG = 1u << 6,	 /* makes a name an organisation: Committee */
	LEX_MEDIA = 1u << 7,	 /* makes it a newspaper or network: Post */
	LEX_PLACE = 1u << 8,	 /* a place or a word of place names */
	LEX_NOT_NAME = 1u << 9,	 /* capitalised but never part of a name */
	LEX_MALE = 1u << 10,	 /* a first name, mostly men's */
	LEX_FEMALE = 1u << 11,	 /* a first name, mostly women's */
	LEX_PARTICLE = 1u << 12, /* de, van, bin: inside a name, lowercase */
	LEX_AUX = 1u << 13, /* has, also, later: between subject and verb */
	LEX_OPENER =
		1u << 14, /* Before, After, When: a clause before the subject */
	LEX_EVENT =
		1u
		<< 15, /* War, Conference, Act: a named thing, not a person */
	LEX_GROUP_NOUN = 1u
			 << 16, /* campaign, newspaper: "the campaign said" */
	LEX_ABBR = 1u << 17,	/* Sen., Jan.: the period ends no sentence */
	LEX_DET = 1u << 18,	/* the, a, his: a noun phrase starts */
	LEX_PREP = 1u << 19,	/* of, with, to: what follows is no subject */
	/* told, thanked: a person after it is no speaker */
	LEX_TELLS = 1u << 20,
	/* UN, WHO: an organisation only when written in capitals */
	LEX_ACRONYM = 1u << 21,
	/* Senator, Detective: a title people are addressed by, before a
	 * surname alone ("Detective Ruiz"; "Developer Tools" is no one) */
	LEX_ADDRESS = 1u << 22,
	/* economists, analysts: a body's staff, who speak for it
	 * ("Goldman Sachs economists wrote") */
	LEX_STAFF = 1u << 23,
	/* Spaniard, Dutchman, Australian: one person by nation ("the
	 * Spaniard replied" is the one just written about) */
	LEX_NATION = 1u << 24,
	/* father, widow, spokeswoman, a woman: a role that tells a sex */
	LEX_MAN = 1u << 25,
	LEX_WOMAN = 1u << 26,
	/* Bobby, Chuck, Sandy: a short form of a first name */
	LEX_PET = 1u << 27,
};

/* The classes of the n bytes at s, or 0 for a word in no list. */
unsigned lex_lookup(const char *s, size_t n);

/* lex_lookup() of a word inside a longer text, avail bytes of which are
 * readable from s: it may read past the word's end, which is faster. */
unsigned lex_lookup_in(const char *s, size_t n, size_t avail);

/* The nationality the word of nation at s (n bytes) names, as a lowercase
 * adjective in out: "Spaniard" and "Spanish" are both "spanish". */
void lex_nationality(const char *s, size_t n, char *out, size_t cap);

/* The sex the role word at s tells ("widow", "spokeswoman", "King"),
 * by LEX_MAN and LEX_WOMAN: 'm', 'f' or 0. */
char lex_role_sex(const char *s, size_t n);

/* The k-th full first name the lowercase short form at s (n bytes) stands
 * for ("bobby": "robert"; "chris": "christopher", then "christine"), or
 * NULL past the last. */
const char *lex_full_name(const char *s, size_t n, size_t k);

#endif
