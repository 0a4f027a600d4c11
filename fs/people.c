/*
 * people.c - who a story names: people with their titles and aliases,
 * and the organisations that may speak.
 *
 * A name is a run of capitalised words.  Its front may hold an honorific
 * ("Mr"), a title ("US vice president", read leftwards even when it is
 * lowercase) or words that make it an organisation, event or place; what
 * remains at its end is the name proper.  A run becomes a person only on
 * evidence: an honorific, a title, a known first name, a reporting verb
 * beside it, a party tag "(R-Texas)", or a later short form with such
 * evidence ("Mr Rutte" confirms "Mark Rutte").  Short forms then resolve to
 * the full name that shares their last (or first) word, the most recently
 * mentioned one when several do, and each form counts as a mention.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "articlefs/lexicon.h"
#include "articlefs/textscan.h"

#define NAME_WORDS_MAX	 6    /* longer runs are not one person's name */
#define GROUPS_MAX	 4096 /* distinct names considered per story */
#define SURNAME_ASKS_MAX 16   /* gerunds before a surname looked up per story */
#define SHARED_MAX	 16   /* "Bill and Melinda Gates" pairs per story */
#define COMMON_CHECK_MAX 32   /* lone words checked against lowercase use */
#define ALIASES_MAX	 24   /* per person */
#define TITLES_MAX	 12   /* per person */
#define TITLE_WORDS_MAX	 7    /* a title phrase read leftwards */

enum evidence {
	EV_HONORIFIC = 1 << 0,
	EV_TITLE = 1 << 1,
	EV_FIRST = 1 << 2,
	EV_VERB = 1 << 3,
	EV_MID =
		1
		<< 4, /* seen capitalised inside a sentence, not at its start */
};

/* One occurrence of a name-like run. */
struct occ {
	const char *text; /* the text its tokens point into */
	struct tok *t;	  /* that text's tokens */
	size_t nt;	  /* how many */
	size_t para;	  /* paragraph, or SIZE_MAX for headline/standfirst */
	size_t t0;	  /* first token of title or honorific */
	size_t c0, c1;	  /* the name proper */
	size_t title0, title1; /* title words, when title1 > title0 */
	/* A role set off by commas beside the name ("Ann Lee, the
	 * agency's chief economist,"): [role0, role1) shows as a title,
	 * [role0, core1) is the role itself, matched by "the economist". */
	size_t role0, core1, role1;
	int honorific; /* token of an honorific before c0, or -1 */
	unsigned ev;
	bool org; /* an organisation, not a name */
	bool in_quote;
	int group;
};

/* One distinct full (multi-word) name, or confirmed single word. */
struct group {
	char key[128]; /* lowercase name */
	char first[64], last[64];
	size_t words;
	unsigned ev;
	size_t first_occ;
	int person;
	int same_as;   /* the group naming the same person, or -1 */
	bool lone;     /* a lone word that makes a person */
	bool named;    /* met outside a quotation that is only the name */
	bool taken;    /* a lone word that is a named person's first or last */
	bool family;   /* a lone word that is a named surname's plural */
	bool org_head; /* the first word of an organisation's name */
};

struct ppass {
	struct analysis *an;
	struct occ *o;
	size_t no, capo;
	struct group *g;
	size_t ng, capg;
	size_t clock; /* counts people as the text meets them */
	size_t surname_asks;
	/* "Harold and June Whitaker": a first name alone that shares the
	 * surname after it, by tokens of one text. */
	struct shared {
		const char *text;
		const struct tok *first, *surname;
	} shared[SHARED_MAX];
	size_t nshared;
	/* Hash indexes over the groups (index + 1, 0 for empty): by name,
	 * and by first and last word, so grouping stays linear. */
	int *by_key, *by_ends;
	uint32_t mask; /* index size - 1, a power of two minus one */
	/* By person, the short forms that can be no one else's: see
	 * count_sure(). */
	unsigned *sure;
};

static uint32_t str_hash(const char *a, const char *b, uint32_t mask)
{
	uint32_t h = 2166136261u;
	for (; *a; a++)
		h = (h ^ (unsigned char)*a) * 16777619u;
	h = (h ^ '|') * 16777619u;
	for (; b && *b; b++)
		h = (h ^ (unsigned char)*b) * 16777619u;
	return h & mask;
}

static bool is_word(const struct tok *t)
{
	return t->kind == TK_WORD;
}

static bool first_name(unsigned lex)
{
	return lex & (LEX_MALE | LEX_FEMALE);
}

/* Words that cannot be part of a name proper. */
static bool not_name_like(const struct tok *t)
{
	unsigned l = t->lex;
	/* A particle inside the run ("Erik ten Hag", "Ursula von der
	 * Leyen", "Benicio Del Toro") is part of the name, though "ten"
	 * counts too; only "Del." with its period is a title (a state
	 * delegate). */
	if ((l & LEX_PARTICLE) &&
	    (!(t->flags & TF_CAP) || !(t->flags & TF_ABBR)))
		return false;
	/* A middle initial with its period ("Nora A. Castell", "Tom I.
	 * Ross") is part of the name, though "A" and "I" are words too. */
	if ((t->flags & TF_ABBR) && t->end - t->start == 2)
		return false;
	if (l &
	    (LEX_HONORIFIC | LEX_TITLE | LEX_MODIFIER | LEX_ORG | LEX_MEDIA |
	     LEX_EVENT | LEX_PLACE | LEX_NOT_NAME | LEX_OPENER | LEX_PREP |
	     LEX_DET | LEX_AUX | LEX_VERB | LEX_VERB_ING | LEX_NATION))
		return !first_name(l) || (l & (LEX_ORG | LEX_EVENT));
	/* Acronyms such as GDP; initials (JD) pass when short. */
	if ((t->flags & TF_UPPER) && t->end - t->start > 3 &&
	    !(t->flags & TF_ABBR))
		return true;
	return false;
}

/* Appends n bytes of s to the string of cap bytes at out, which holds at
 * bytes, cutting what does not fit; returns the new length (at 0, a
 * bounded copy).  Names are built this way rather than by snprintf, whose
 * format machinery showed in the profile: it runs for every name. */
static size_t put(char *out, size_t cap, size_t at, const char *s, size_t n)
{
	if (at + 1 > cap)
		return at;
	if (n > cap - 1 - at)
		n = cap - 1 - at;
	memcpy(out + at, s, n);
	out[at + n] = '\0';
	return at + n;
}

/* strcmp() == 0, with the first bytes compared before the call: the
 * people loops compare every name with every person, and names mostly
 * differ at once. */
static inline bool same_name(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

/* Lowercase copy of the words [a, b) joined by spaces; 0 when too long. */
static size_t join_words(const char *text, const struct tok *t, size_t a,
			 size_t b, char *out, size_t cap, bool lower)
{
	size_t n = 0;
	for (size_t i = a; i < b; i++) {
		size_t len = t[i].end - t[i].start;
		/* A possessive inside a name keeps its ending ("District
		 * Attorney's Office"). */
		if ((t[i].flags & TF_POSS) && i + 1 < b)
			while (t[i].start + len < t[i + 1].start &&
			       text[t[i].start + len] != ' ')
				len++;
		if (n + len + 2 > cap)
			return 0;
		/* Marcia "Cia" Price is Marcia Price. */
		if ((t[i].flags & TF_NICK) && i > a && i + 1 < b)
			continue;
		if (n > 0)
			out[n++] = ' ';
		const char *w = text + t[i].start;
		if (!lower) {
			memcpy(out + n, w, len);
			n += len;
			continue;
		}
		for (size_t k = 0; k < len; k++)
			out[n++] = w[k] >= 'A' && w[k] <= 'Z'
					   ? (char)(w[k] - 'A' + 'a')
					   : w[k];
	}
	out[n] = '\0';
	return n;
}

static int add_occ(struct ppass *pp, const struct occ *o)
{
	if (pp->no == pp->capo) {
		size_t nc = pp->capo ? pp->capo * 2 : 64;
		struct occ *v = realloc(pp->o, nc * sizeof(*v));
		if (!v)
			return -1;
		pp->o = v;
		pp->capo = nc;
	}
	pp->o[pp->no++] = *o;
	return 0;
}

/* "A spokesperson for Westfield said", "a lawyer for Pike told", "Jessica
 * Alvarez of Morningstar cautioned": the verb after the name at t0 is the
 * one who speaks for it, or works there, and says nothing of whether the
 * name is a person's or a body's. */
static bool name_spoken_for(const char *text, const struct tok *t, size_t t0)
{
	if (t0 < 3)
		return false;
	const struct tok *r = &t[t0 - 2];
	if (tok_is(text, &t[t0 - 1], "of"))
		return is_word(r) && is_word(&t[t0 - 3]) &&
		       ((r->flags & t[t0 - 3].flags) & TF_CAP) &&
		       !((r->flags | t[t0 - 3].flags) & TF_INQUOTE) &&
		       !((r->lex | t[t0 - 3].lex) &
			 (LEX_TITLE | LEX_HEAD | LEX_ORG | LEX_MEDIA |
			  LEX_PLACE | LEX_GROUP_NOUN | LEX_HONORIFIC));
	return tok_is(text, &t[t0 - 1], "for") && is_word(r) &&
	       !(r->flags & TF_CAP) &&
	       ((r->lex & LEX_GROUP_NOUN) || tok_is_counsel(text, r));
}

/* "a game called Winfall", "an app named Tally": a verb at v that gives
 * the name of a thing just met, which reports no one's words. */
static bool naming_verb(const char *text, const struct tok *t, size_t v)
{
	static const char *const naming[] = {"called", "named", "dubbed"};
	if (v < 2 || !TOK_IN(text, &t[v], naming) || !is_word(&t[v - 1]) ||
	    (t[v - 1].flags & TF_CAP))
		return false;
	size_t a = v - 2; /* the article, perhaps past an adjective */
	if (a > 0 && is_word(&t[a]) && !(t[a].flags & TF_CAP) &&
	    !(t[a].lex & LEX_DET))
		a--;
	return tok_is(text, &t[a], "a") || tok_is(text, &t[a], "an");
}

/* A reporting verb beside the name: "Vance said", "said Vance",
 * "Vance later told", "Cruz (R-Texas) said". */
static bool verb_beside(const char *text, const struct tok *t, size_t n,
			size_t t0, size_t c1)
{
	size_t i = c1;
	for (int k = 0; k < 3 && i < n && is_word(&t[i]) &&
			(t[i].lex & LEX_AUX) && !(t[i].flags & TF_CAP);
	     k++)
		i++;
	/* "Residents of Little Bramford have vowed", "a friend of Smith
	 * said": the verb is the noun's before "of", not the name's. */
	bool of_noun = t0 >= 2 && tok_is(text, &t[t0 - 1], "of") &&
		       is_word(&t[t0 - 2]) &&
		       (!(t[t0 - 2].flags & TF_CAP) || t0 == 2 ||
			t[t0 - 3].sent != t[t0 - 2].sent);
	if (i < n && is_word(&t[i]) && (t[i].lex & LEX_VERB) &&
	    !(t[i].flags & TF_CAP) && !(t[c1 - 1].flags & TF_POSS) && !of_noun)
		return true;
	/* "said Judicial Watch president Tom Fitton": the name after the
	 * verb is the role's body, not the speaker. */
	if (c1 < n && is_word(&t[c1]) && !(t[c1].flags & TF_CAP) &&
	    (t[c1].lex & LEX_TITLE))
		return false;
	/* "…,” said Smith": the verb before the name; but in "said Łódź had
	 * been chosen" the name starts the words reported, and is no
	 * evidence of a person. */
	if (c1 < n && is_word(&t[c1]) && !(t[c1].flags & TF_CAP) &&
	    (t[c1].lex & (LEX_AUX | LEX_VERB)))
		return false;
	/* "said Virginia delegate Beau Correll": a place may qualify the
	 * role between the verb and the name. */
	size_t b = t0;
	if (c1 - t0 >= 2 && !(t[t0].flags & TF_CAP))
		while (b > 0 && t0 - b < 2 && is_word(&t[b - 1]) &&
		       (t[b - 1].flags & TF_CAP) &&
		       !(t[b - 1].flags & (TF_POSS | TF_INQUOTE)) &&
		       (t[b - 1].lex & LEX_PLACE) &&
		       !(t[b - 1].lex & (LEX_ORG | LEX_MEDIA | LEX_NOT_NAME)))
			b--;
	return b > 0 && is_word(&t[b - 1]) && (t[b - 1].lex & LEX_VERB) &&
	       !(t[b - 1].flags & (TF_CAP | TF_INQUOTE)) &&
	       !naming_verb(text, t, b - 1);
}

/* "her Islamophobic remarks", "a Trumpian post": one capitalised word
 * after a determiner other than "the" modifies the noun after it, which
 * the lists may take for a reporting verb; it is no one's name. */
static bool modifier_word(const char *text, const struct tok *t, size_t t0,
			  size_t c1)
{
	return c1 == t0 + 1 && t0 > 0 && is_word(&t[t0 - 1]) &&
	       !(t[t0 - 1].flags & TF_CAP) && (t[t0 - 1].lex & LEX_DET) &&
	       !tok_is(text, &t[t0 - 1], "the");
}

static bool ends(const char *text, const struct tok *t, const char *end)
{
	size_t n = t->end - t->start, e = strlen(end);
	return n > e && memcmp(text + t->end - e, end, e) == 0;
}

/* "Ohioans", "Iowans", "Texan", "Floridians", "Bostonians": a word
 * for the people of a place the lexicon knows, which is no one's name. */
static bool demonym(const char *w, size_t len)
{
	if (len < 4 || (w[len - 1] != 'n' && w[len - 1] != 's'))
		return false;
	static const char *const ends[] = {"ians", "ans", "ns", "ian", "an"};
	static const char *const backs[] = {"", "a", "o", "as"};
	char stem[32];
	for (size_t e = 0; e < sizeof(ends) / sizeof(*ends); e++) {
		size_t el = strlen(ends[e]);
		if (len <= el + 2 || len - el + 2 >= sizeof(stem) ||
		    memcmp(w + len - el, ends[e], el) != 0)
			continue;
		size_t sl = len - el;
		for (size_t b = 0; b < sizeof(backs) / sizeof(*backs); b++) {
			size_t bl = strlen(backs[b]);
			memcpy(stem, w, sl);
			memcpy(stem + sl, backs[b], bl);
			if (lex_lookup(stem, sl + bl) & LEX_PLACE)
				return true;
		}
	}
	return false;
}

/* "Interestingly", "Ultimately", "Finally": an adverb opening a sentence,
 * by its ending, which no name in the lists' languages has (a capital
 * inside, as in "McNally", makes it a name). */
static bool adverb(const char *w, size_t len)
{
	static const char *const ends[] = {"ingly", "ately", "ously", "ically",
					   "edly",  "fully", "ally"};
	if (len < 7 || w[len - 1] != 'y')
		return false;
	for (size_t i = 1; i < len; i++)
		if (w[i] >= 'A' && w[i] <= 'Z')
			return false;
	return ENDS_IN(w, len, ends);
}

/* Words of a hyphenated description ("Dublin-based", "Texas-born",
 * "Co-anchor", "Ex-Senator"), which begin no name. */
static bool hyphen_describes(const char *w, size_t len)
{
	static const char *const ends[] = {"-based", "-born",  "-backed",
					   "-led",   "-owned", "-funded",
					   "-style", "-bred",  "-raised"};
	if (len < 4 || !memchr(w, '-', len))
		return false;
	if (memcmp(w, "Co-", 3) == 0 || memcmp(w, "Ex-", 3) == 0)
		return true;
	for (size_t k = 0; k < sizeof(ends) / sizeof(*ends); k++) {
		size_t el = strlen(ends[k]);
		if (len > el && memcmp(w + len - el, ends[k], el) == 0)
			return true;
	}
	return false;
}

/* "Headteacher", "Firefighter", "Paramedic", "Mother-of-two": by its
 * ending, a word for what someone does or is, which the lists cannot all
 * name.  Names end so too (Trevor Noah, Martha Fuller Clark), so it
 * describes only a first name and a surname after it ("Journalist Jorge
 * Ramos", "Alderman Jason Ervin"). */
static bool occupation_before_name(const char *text, const struct tok *t)
{
	const char *w = text + t->start;
	size_t len = t->end - t->start;
	/* Not "Abdulrahman Al Thani": "Al" there starts an Arabic family
	 * name, and many Arabic names end in -man. */
	if (!first_name(t[1].lex) || tok_is(text, &t[1], "al"))
		return false;
	if (t->lex == LEX_HEAD)
		return true; /* "Grandmother", "Student" */
	if (t->lex)
		return false; /* not "After", "Neither", "Former" */
	static const char *const ends[] = {"er",  "or",	 "ist",	  "ic",
					   "ian", "man", "woman", "ee",
					   "ant", "ent"}; /* "Evacuee" */
	if (len < 5)
		return false;
	if (memmem(w, len, "-of-", 4))
		return true; /* "Mother-of-two" */
	for (size_t i = 1; i < len; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return false;
	return ENDS_IN(w, len, ends);
}

/* A capitalised word that describes the one named after it, and so is no
 * part of the name: an adverb ("Interestingly Blocher"), a hyphenated
 * description ("Texas-based Matt Mackowiak"), a people's word
 * ("Kentuckian Rand Paul").  Any word in -ly that is no first name is an
 * adverb before a first name ("Certainly Donald Trump has gone"), though
 * surnames end so too (Kelly, Connolly). */
static bool describing_word(const char *text, const struct tok *t)
{
	const char *w = text + t->start;
	size_t len = t->end - t->start;
	if (len >= 5 && w[len - 1] == 'y' && w[len - 2] == 'l' &&
	    !first_name(t->lex) && first_name(t[1].lex))
		return true;
	return adverb(w, len) || hyphen_describes(w, len) || demonym(w, len);
}

/* "R-Texas", "D-N.Y.", "I-Vt.": the party and state of a US
 * legislator, in parentheses or set off by commas. */
static bool party_tag_word(const char *w, size_t len)
{
	return len >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') &&
	       w[1] == '-';
}

/* Whether one capitalised word alone may be a person: not a month or a
 * place, not a short acronym (ITV, N.C.), not "GOP-dominated", not a
 * party tag ("Rep. Jim Jordan, R-Ohio, said"); a role's word only after
 * an honorific ("Mr. King"). */
static bool lone_word_ok(const char *text, const struct tok *t, bool honorific)
{
	unsigned ok = LEX_MALE | LEX_FEMALE | LEX_NATION;
	if (honorific)
		ok |= LEX_TITLE | LEX_HEAD | LEX_ADDRESS;
	if (t->lex & ~ok)
		return false;
	size_t len = t->end - t->start;
	const char *w = text + t->start;
	if (party_tag_word(w, len))
		return false;
	/* "the One X", "Plan B": one letter is no one. */
	if (((t->flags & TF_UPPER) && len <= 4) || len == 1)
		return false;
	/* "Inequality", "Awareness", "Immigration": an abstract noun's
	 * ending, which no surname has. */
	if (len >= 6 && (ends(text, t, "ity") || ends(text, t, "ness") ||
			 ends(text, t, "tion") || ends(text, t, "sion") ||
			 ends(text, t, "ism")))
		return false;
	if ((len >= 8 && ends(text, t, "ment")) ||
	    (len >= 7 && ends(text, t, "ics")))
		return false;
	if (demonym(w, len))
		return false;
	/* "MPs", "CEOs": an acronym's plural. */
	size_t caps = 0;
	while (caps < len && w[caps] >= 'A' && w[caps] <= 'Z')
		caps++;
	if (caps >= 2 && caps + 1 == len && w[caps] == 's')
		return false;
	if (memchr(w, '.', len))
		return false;
	const char *h = memchr(w, '-', len);
	if (h && h + 1 < w + len && h[1] >= 'a' && h[1] <= 'z')
		return false;
	/* "I'll", "We’re": contractions, not names (O'Neill is one). */
	for (size_t i = 0; i + 1 < len; i++)
		if ((w[i] == '\'' || (unsigned char)w[i] == 0x99) &&
		    w[i + 1] >= 'a' && w[i + 1] <= 'z')
			return false;
	return true;
}

/* "“…” ― Beck Pimentel": a name that signs a quotation after a dash. */
static bool signs_quote(const char *text, const struct tok *t, size_t t0)
{
	return t0 >= 2 &&
	       (t[t0 - 2].kind == TK_QUOTE || (t[t0 - 2].flags & TF_INQUOTE)) &&
	       tok_is_dash(text, &t[t0 - 1]);
}

/* The name that opens a block quotation's signature ("— Raj Patel
 * (@rajpatel)", a <cite>Ana Ruiz</cite>) signs the block. */
static bool signs_block(const struct ppass *pp, const struct tok *t, size_t t0,
			size_t para)
{
	size_t first = 0;
	while (first < t0 && t[first].kind == TK_PUNCT)
		first++;
	return para != SIZE_MAX && first == t0 &&
	       quote_signature(pp->an->a, para);
}

/* "“…,” Ann Pike, the party's chair in Ohio, said.": a name right after
 * a quotation, set off by a comma, whose clause then closes with ", said"
 * signs the quotation.  Reads at most a short appositive ahead. */
static bool signs_with_appositive(const char *text, const struct tok *t,
				  size_t n, size_t r0, size_t c1)
{
	if (r0 == 0 || !(t[r0 - 1].flags & TF_INQUOTE) || c1 >= n ||
	    t[c1].kind != TK_PUNCT || text[t[c1].start] != ',')
		return false;
	for (size_t i = c1 + 1; i + 1 < n && i < c1 + 24; i++) {
		const struct tok *p = &t[i];
		if (p->flags & TF_SENT_END)
			return false;
		if (p->kind != TK_PUNCT || (p->flags & TF_INQUOTE) ||
		    text[p->start] != ',')
			continue;
		const struct tok *v = &t[i + 1];
		return is_word(v) && !(v->flags & (TF_CAP | TF_INQUOTE)) &&
		       (v->lex & LEX_VERB);
	}
	return false;
}

/* "(R-Texas)", "(D-N.Y.)": a US legislator's party tag. */
static bool party_tag(const char *text, const struct tok *t, size_t n,
		      size_t c1)
{
	if (c1 + 1 >= n || t[c1].kind != TK_PUNCT || text[t[c1].start] != '(')
		return false;
	return party_tag_word(text + t[c1 + 1].start,
			      t[c1 + 1].end - t[c1 + 1].start);
}

/* "MPs", "CEOs", "NGOs": capitals and a plural's s. */
static bool acronym_plural(const char *text, const struct tok *t)
{
	const char *w = text + t->start;
	size_t n = t->end - t->start;
	if (n < 3 || w[n - 1] != 's')
		return false;
	for (size_t i = 0; i + 1 < n; i++)
		if (w[i] < 'A' || w[i] > 'Z')
			return false;
	return true;
}

/* "Tunisians", "Salafists", "Shiites", "Republicans": a people or a
 * movement, never a person's name; nor are "Tory MPs". */
static bool group_word(const char *text, const struct tok *t)
{
	return ends(text, t, "ians") || ends(text, t, "icans") ||
	       ends(text, t, "ists") || ends(text, t, "ites") ||
	       acronym_plural(text, t);
}

/* The age set off after a name ending at c1 ("Priya Nair, 34,"), or 0. */
static unsigned age_after(const char *text, const struct tok *t, size_t n,
			  size_t c1)
{
	if (c1 + 2 >= n || t[c1].kind != TK_PUNCT || text[t[c1].start] != ',')
		return 0;
	const struct tok *d = &t[c1 + 1];
	size_t dn = d->end - d->start;
	const char *w = text + d->start;
	if (d->kind != TK_WORD || dn < 1 || dn > 2 || w[0] < '1' ||
	    w[0] > '9' || (dn == 2 && (w[1] < '0' || w[1] > '9')))
		return 0;
	if (t[c1 + 2].kind != TK_PUNCT ||
	    (text[t[c1 + 2].start] != ',' && !(t[c1 + 2].flags & TF_SENT_END)))
		return 0;
	return dn == 1 ? (unsigned)(w[0] - '0')
		       : (unsigned)((w[0] - '0') * 10 + (w[1] - '0'));
}

/* One of a party: "a Republican", "a lifelong Democrat" (not "a
 * conservative, pro-growth group", whose words qualify a noun). */
static bool party_member(const char *text, const struct tok *t)
{
	static const char *const members[] = {"republican", "democrat",
					      "libertarian", "independent",
					      "socialist"};
	return TOK_IN(text, t, members);
}

/* "Smith, a spokesman for…", "Smith, who…": a role follows the name. */
static bool appositive(const char *text, const struct tok *t, size_t n,
		       size_t c1)
{
	if (c1 + 2 >= n || t[c1].kind != TK_PUNCT || text[t[c1].start] != ',')
		return false;
	const struct tok *d = &t[c1 + 1];
	if (tok_is(text, d, "who"))
		return true;
	/* "Priya Nair, 34, said": an age. */
	if (age_after(text, t, n, c1))
		return true;
	/* "Alixandria Lapp, executive director of the PAC": a role with no
	 * article, then what it is a role in. */
	for (size_t i = c1 + 1; i + 1 < n && i < c1 + 4 && is_word(&t[i]) &&
				!(t[i].flags & TF_CAP);
	     i++)
		if ((t[i].lex & (LEX_HEAD | LEX_TITLE)) &&
		    !tok_plural(text, &t[i]) &&
		    (tok_is(text, &t[i + 1], "of") ||
		     tok_is(text, &t[i + 1], "for") ||
		     tok_is(text, &t[i + 1], "at")))
			return true;
	/* "Parker Eaton, a nominal Republican, said": a party's member. */
	if (tok_is(text, d, "a") || tok_is(text, d, "an"))
		for (size_t i = c1 + 2;
		     i + 1 < n && i < c1 + 5 && is_word(&t[i]); i++)
			if (party_member(text, &t[i]) &&
			    (t[i + 1].kind == TK_PUNCT ||
			     tok_is(text, &t[i + 1], "who") ||
			     tok_is(text, &t[i + 1], "from")))
				return true;
	/* "Tad Devine, Sanders’ senior media adviser, said": a name's
	 * possessive stands as "his" does. */
	bool owner = (d->flags & (TF_CAP | TF_POSS)) == (TF_CAP | TF_POSS);
	if (!owner && !tok_is(text, d, "a") && !tok_is(text, d, "an") &&
	    !tok_is(text, d, "the") && !tok_is(text, d, "his") &&
	    !tok_is(text, d, "her") && !tok_is(text, d, "its") &&
	    !tok_is(text, d, "their"))
		return false;
	/* The role is the phrase's noun: "the terrorist group" is no
	 * one's role, nor is "his son's high school team" the son. */
	for (size_t i = c1 + 2; i < n && i < c1 + 8 && is_word(&t[i]); i++)
		if ((t[i].lex & LEX_HEAD) && !(t[i].flags & TF_POSS) &&
		    !(i + 1 < n && is_word(&t[i + 1]) &&
		      !(t[i + 1].flags & TF_CAP) &&
		      (t[i + 1].lex & (LEX_GROUP_NOUN | LEX_ORG))))
			return true;
	return false;
}

/* Roles one is addressed by after "Mr." or "Madam": "Mr. President". */
static bool addressed_as(const char *text, const struct tok *t)
{
	static const char *const roles[] = {
		"president",  "speaker",   "chairman", "chairwoman",
		"chair",      "secretary", "mayor",    "ambassador",
		"minister",   "justice",   "vice",     "prime",
		"chancellor", "governor",  "senator",  "commissioner",
		"premier",    "deputy",	   "attorney", "leader"};
	return TOK_IN(text, t, roles);
}

/* "Tobias Reinholt of Hanseatic Securities", "Stacy Baker of Columbia,
 * South Carolina": a full name, "of" and a body's name or a place (a town
 * and its state, as local news writes where someone lives). */
static bool of_body(const char *text, const struct tok *t, size_t n, size_t c0,
		    size_t c1)
{
	if (c1 - c0 < 2 || c1 + 1 >= n || !tok_is(text, &t[c1], "of"))
		return false;
	/* Not a body of many: "Girl Scouts of America", "Gun Owners of
	 * America". */
	if (!first_name(t[c0].lex) && text[t[c1 - 1].end - 1] == 's')
		return false;
	size_t i = c1 + 1, j = i;
	if (tok_is(text, &t[i], "the"))
		i++;
	for (j = i;
	     j < n && j < i + 5 && is_word(&t[j]) && (t[j].flags & TF_CAP); j++)
		if (t[j].lex & (LEX_ORG | LEX_MEDIA | LEX_PLACE))
			return true;
	return j > i && j + 1 < n && tok_punct(text, &t[j], ',') &&
	       is_word(&t[j + 1]) && (t[j + 1].flags & TF_CAP) &&
	       (t[j + 1].lex & LEX_PLACE);
}

/* "The head of Ennahda, Rachid Ghannouchi,", "The head of the union, Ann
 * Lee,", "Conservative MP for the area, Luke Hartley,": a role "of" or
 * "for" a body named in capitals, or a few lowercase words, just before
 * the comma at t0 - 1.  The index of "of" or "for", or 0. */
static size_t role_of_body(const char *text, const struct tok *t, size_t t0)
{
	const unsigned stop = LEX_VERB | LEX_VERB_ING | LEX_AUX | LEX_PREP |
			      LEX_DET | LEX_OPENER | LEX_TITLE | LEX_HEAD;
	size_t k = t0 - 1, words = 0, small = 0;
	while (k > 0 && words < 6 && is_word(&t[k - 1]) &&
	       !(t[k - 1].flags & (TF_POSS | TF_INQUOTE))) {
		const struct tok *w = &t[k - 1];
		if (!(w->flags & TF_CAP) && !tok_is(text, w, "the") &&
		    (small++ == 2 || (w->lex & stop)))
			break;
		k--;
		words++;
	}
	if (words == 0 || k < 2 ||
	    !(tok_is(text, &t[k - 1], "of") || tok_is(text, &t[k - 1], "for")))
		return 0;
	/* The role in lowercase, or in capitals ("MP"). */
	const struct tok *r = &t[k - 2];
	if (!is_word(r) || (r->flags & (TF_POSS | TF_INQUOTE)) ||
	    ((r->flags & TF_CAP) && !(r->flags & TF_UPPER)) ||
	    !(r->lex & (LEX_HEAD | LEX_TITLE)))
		return 0;
	return k - 1;
}

/* "One of the report's authors, Ari Fleischer, said", "Ari Fleischer,
 * one of its authors, said": a name set off by commas before the verb,
 * or followed by "one of". */
static bool set_off(const char *text, const struct tok *t, size_t n, size_t t0,
		    size_t c0, size_t c1)
{
	if (c1 + 2 >= n || t[c1].kind != TK_PUNCT || text[t[c1].start] != ',')
		return false;
	/* Two words or more, none an acronym: not "R-Utah", "Junge SVP". */
	if (c1 - c0 < 2)
		return false;
	for (size_t k = c0; k < c1; k++)
		if ((t[k].flags & TF_UPPER) ||
		    memchr(text + t[k].start, '-', t[k].end - t[k].start))
			return false;
	/* "the Vatican's newspaper, L'Osservatore Romano, said": a body's
	 * name set off after its kind. */
	if (t0 >= 2 && is_word(&t[t0 - 2]) &&
	    (t[t0 - 2].lex & (LEX_ORG | LEX_MEDIA)))
		return false;
	if (tok_is(text, &t[c1 + 1], "one") && tok_is(text, &t[c1 + 2], "of"))
		return true;
	return t0 > 0 && tok_punct(text, &t[t0 - 1], ',') &&
	       is_word(&t[c1 + 1]) && (t[c1 + 1].lex & LEX_VERB) &&
	       !(t[c1 + 1].flags & TF_CAP) && !(t[c1 - 1].flags & TF_POSS);
}

/* "The city's deputy mayor, Tomasz Kędzierski, called …": a name set off
 * by commas right after a role names the role's holder. */
static bool after_role(const char *text, const struct tok *t, size_t n,
		       size_t t0, size_t c1)
{
	if (t0 < 2 || t[t0 - 1].kind != TK_PUNCT ||
	    text[t[t0 - 1].start] != ',')
		return false;
	const struct tok *r = &t[t0 - 2];
	if ((!is_word(r) || (r->flags & (TF_POSS | TF_INQUOTE)) ||
	     !(r->lex & (LEX_HEAD | LEX_TITLE))) &&
	    !role_of_body(text, t, t0))
		return false;
	return c1 < n && t[c1].kind == TK_PUNCT &&
	       (text[t[c1].start] == ',' || (t[c1].flags & TF_SENT_END));
}

/* "Dallas Mavericks owner Mark Cuban": a lowercase role right before the
 * name names its holder. */
static bool lower_role_before(const struct tok *t, size_t t0)
{
	const struct tok *r = t0 ? &t[t0 - 1] : NULL;
	return r && is_word(r) &&
	       !(r->flags & (TF_CAP | TF_POSS | TF_INQUOTE)) &&
	       (r->lex & (LEX_HEAD | LEX_TITLE));
}

static bool is_det(const char *text, const struct tok *t)
{
	return tok_is(text, t, "a") || tok_is(text, t, "an") ||
	       tok_is(text, t, "the") || tok_is(text, t, "his") ||
	       tok_is(text, t, "her") || tok_is(text, t, "its") ||
	       tok_is(text, t, "their");
}

/* A word that may stand inside a role: "chief operating officer". */
static bool role_word(const struct tok *t)
{
	const unsigned stop = LEX_VERB | LEX_VERB_ING | LEX_AUX | LEX_PREP |
			      LEX_DET | LEX_OPENER;
	return is_word(t) && !(t->flags & (TF_POSS | TF_INQUOTE)) &&
	       (!(t->flags & TF_CAP) || (t->lex & (LEX_TITLE | LEX_HEAD))) &&
	       (!(t->lex & stop) || (t->lex & (LEX_TITLE | LEX_HEAD)));
}

static bool role_noun(const struct tok *t)
{
	return t->lex & (LEX_TITLE | LEX_HEAD);
}

static bool ends_aside(const char *text, const struct tok *t, size_t n,
		       size_t i)
{
	return i >= n || (t[i].kind == TK_PUNCT &&
			  (text[t[i].start] == ',' || text[t[i].start] == ')' ||
			   (t[i].flags & TF_SENT_END)));
}

/*
 * The role set off by commas after the name at c1: "Ann Lee, the
 * agency's chief economist, said", "Tom Roe, president of Local 17 of
 * the Dock Workers Union."  Fills o->role0/core1/role1 when there is one.
 */
static void role_after(const char *text, const struct tok *t, size_t n,
		       size_t c1, struct occ *o)
{
	/* Past a party tag: "Rep. Jim Jordan, R-Ohio, the chairman of…" */
	if (c1 + 3 < n && tok_punct(text, &t[c1], ',') && is_word(&t[c1 + 1]) &&
	    party_tag_word(text + t[c1 + 1].start,
			   t[c1 + 1].end - t[c1 + 1].start) &&
	    tok_punct(text, &t[c1 + 2], ','))
		c1 += 2;
	/* Past an age: "Darnell Brooks, 67, a nurse". */
	if (c1 + 3 < n && tok_punct(text, &t[c1], ',') && is_word(&t[c1 + 1]) &&
	    text[t[c1 + 1].start] >= '1' && text[t[c1 + 1].start] <= '9' &&
	    t[c1 + 1].end - t[c1 + 1].start <= 3 &&
	    tok_punct(text, &t[c1 + 2], ','))
		c1 += 2;
	if (c1 + 1 >= n || t[c1].kind != TK_PUNCT || text[t[c1].start] != ',')
		return;
	size_t i = c1 + 1;
	if (is_det(text, &t[i]))
		i++;
	/* "a 42-year-old nurse": the age is not the role's. */
	if (i < n && is_word(&t[i]) && ends(text, &t[i], "-year-old"))
		i++;
	/* Whose role it is: "the agency's", "Brévent’s", "the Red
	 * Cross's"; a name of capitals, or one lowercase noun. */
	for (size_t j = i; j < n && j < i + 4 && is_word(&t[j]); j++) {
		if (j > i && !(t[j].flags & TF_CAP))
			break;
		if (t[j].flags & TF_POSS) {
			i = j + 1;
			break;
		}
	}
	size_t r0 = i, core = i;
	/* The body the role is in, named in capitals before it: "the
	 * United captain", "the BBC reporter". */
	size_t b = i;
	/* A party is such a body too, though its words name no one: "the
	 * Republican leader", "the Liberal Democrat leader". */
	while (b < n && b < i + 3 && is_word(&t[b]) && (t[b].flags & TF_CAP) &&
	       !(t[b].flags & (TF_POSS | TF_INQUOTE)) &&
	       !(t[b].lex & (LEX_TITLE | LEX_HEAD)) &&
	       (!(t[b].lex & LEX_NOT_NAME) || (t[b].lex & LEX_MODIFIER)))
		b++;
	/* ("the Labour MP", "a Conservative MEP": a role in capitals.) */
	if (b > i && b < n &&
	    (!(t[b].flags & TF_CAP) || (t[b].flags & TF_UPPER)) &&
	    role_word(&t[b]))
		core = b;
	bool noun = false;
	/* "first" only as part of the role: "the first minister". */
	while (core < n && core < r0 + 7 &&
	       (role_word(&t[core]) ||
		(tok_is(text, &t[core], "first") && core + 1 < n &&
		 role_word(&t[core + 1])))) {
		noun = noun || role_noun(&t[core]);
		core++;
	}
	/* The role ends on its noun: "executive director", not "former". */
	while (core > r0 && !role_noun(&t[core - 1]))
		core--;
	if (!noun || core == r0 || tok_plural(text, &t[core - 1]))
		return;
	size_t end = core;
	/* "a nurse who lives nearby": the clause is not the role's. */
	if (!ends_aside(text, t, n, end) && !tok_is_relative(text, &t[end])) {
		/* "…of the Dock Workers Union": what it is a role in, or
		 * where its holder is from ("a senator from Vermont"). */
		bool from = tok_is(text, &t[end], "from");
		if (!tok_is(text, &t[end], "of") &&
		    !tok_is(text, &t[end], "for") &&
		    !tok_is(text, &t[end], "at") && !from)
			return;
		while (end < n && end < core + 8 && is_word(&t[end]) &&
		       !(t[end].flags & TF_INQUOTE) &&
		       !tok_is_relative(text, &t[end]) &&
		       !(from && tok_is(text, &t[end], "and")))
			end++;
		/* "…at Lund University who was not involved": the clause
		 * after the role is not part of it; nor, after a place,
		 * another role ("a student from Fresno and a Republican"). */
		if (!ends_aside(text, t, n, end) &&
		    !(end < n && tok_is_relative(text, &t[end])) &&
		    !(from && end < n && tok_is(text, &t[end], "and")))
			return;
	}
	o->role0 = r0;
	o->core1 = core;
	o->role1 = end;
}

/* Whether the capitalised word before t[i], a lowercase role, names the
 * body the role is in: "Bundesbank chief", "former Florida governor",
 * "Clinton campaign manager".  Not an abbreviation ("Co."), nor a word
 * that may only open the sentence: one before a modifier, "former" or
 * "then" ("Enter former governor Tom Pell", "Underdog conservative
 * Assemblywoman …"), or one in -ed ("Celebrated singer Ana Vidal"). */
static bool body_before_role(const char *text, const struct tok *t, size_t i)
{
	const struct tok *p = &t[i - 1];
	if ((t[i].flags & TF_CAP) || (p->flags & TF_ABBR) ||
	    (p->lex & (LEX_VERB | LEX_AUX | LEX_DET | LEX_PREP | LEX_OPENER)))
		return false;
	/* After the sentence's start or punctuation ("PARIS (AP) — Enter
	 * former…"), a capital may be the sentence's own. */
	bool opens =
		i == 1 || t[i - 2].sent != p->sent || t[i - 2].kind != TK_WORD;
	bool modifier = ((t[i].lex & LEX_MODIFIER) &&
			 !(t[i].lex & (LEX_TITLE | LEX_HEAD))) ||
			tok_is(text, &t[i], "former") ||
			tok_is(text, &t[i], "then");
	return !opens || (!modifier && !ends(text, p, "ed"));
}

/* Reads the title leftwards from the name: "US vice president", "Nato
 * secretary general", "Secretary of State".  Returns the first title
 * token; *head tells whether a role noun was among them. */
static size_t title_start(const char *text, const struct tok *t, size_t c0,
			  size_t floor, bool *head)
{
	size_t i = c0;
	int words = 0;
	bool body = false; /* inside the name of the body the role is in */

	*head = false;
	while (i > floor && words < TITLE_WORDS_MAX) {
		const struct tok *p = &t[i - 1];
		if (!is_word(p) || (p->flags & TF_POSS))
			break;
		if (p->lex & (LEX_TITLE | LEX_MODIFIER | LEX_HEAD)) {
			if (p->lex & LEX_HEAD)
				*head = true;
			/* A body's name is one run of capitals. */
			if (!(p->flags & TF_CAP))
				body = false;
		} else if (tok_is(text, p, "and") && i - 1 > floor && i < c0 &&
			   (t[i].flags & TF_CAP) && (t[i].lex & LEX_TITLE) &&
			   is_word(&t[i - 2]) && (t[i - 2].flags & TF_CAP) &&
			   (t[i - 2].lex & LEX_TITLE)) {
			/* "Work and Pensions Secretary": a portfolio of two
			 * parts. */
		} else if (tok_is(text, p, "of") && i - 1 > floor &&
			   (t[i - 2].lex & LEX_TITLE) && i < c0 &&
			   !tok_is(text, &t[i], "former")) {
			/* "Secretary of State" (not "a supporter of former
			 * governor …", whose role is the governor's) */
		} else if (!(p->flags & TF_CAP) && !p->lex && i + 1 == c0 &&
			   i - 1 > floor && is_word(&t[i - 2]) &&
			   (t[i - 2].lex & LEX_TITLE) &&
			   !(t[i].flags & TF_CAP) &&
			   (t[i].lex & (LEX_TITLE | LEX_HEAD)) &&
			   !ends(text, p, "ed")) {
			/* "chief financial officer", "senior politics
			 * editor": a word no list knows, between a role's
			 * word and the lowercase noun that ends the role
			 * before the name, is the role's ("a guard
			 * grabbed reporter Mia Holt": a participle is
			 * not). */
		} else if (!(p->flags & TF_CAP) && !p->lex && i + 1 == c0 &&
			   !(t[i].flags & TF_CAP) && (t[i].lex & LEX_HEAD) &&
			   i - 1 > floor && is_word(&t[i - 2]) &&
			   (t[i - 2].lex & LEX_DET) && !ends(text, p, "ed")) {
			/* "the cafe owner Gareth Lewis", "a taxi driver":
			 * a noun no list knows that opens the phrase
			 * before its role's noun is the role's. */
		} else if ((p->lex & LEX_ORG) && words > 0 && i < c0 &&
			   (!(p->flags & TF_CAP) || (p->lex & LEX_NOT_NAME)) &&
			   (body ? (p->flags & TF_CAP)
				 : !(t[i].flags & TF_CAP) &&
					    (t[i].lex &
					     (LEX_TITLE | LEX_HEAD))) &&
			   !(p->lex & (LEX_VERB | LEX_AUX | LEX_DET | LEX_PREP |
				       LEX_OPENER))) {
			/* "union leader Frank Ortiz", "police chief": a
			 * body's common noun before the lowercase role is the
			 * role's; so is one that the lists keep out of names,
			 * capitalised ("Union leader", "European Union
			 * envoy"). */
			body = p->flags & TF_CAP;
		} else if (tok_is(text, p, "first") && i < c0 &&
			   (t[i].lex & (LEX_TITLE | LEX_HEAD)) &&
			   ((p->flags & TF_CAP) || !(t[i].flags & TF_CAP))) {
			/* "First Minister", "First Deputy Prime Minister",
			 * "first lady", "First lady" (but "the first
			 * President Bush" counts presidents). */
		} else if ((p->flags & TF_CAP) && !(p->lex & LEX_NOT_NAME) &&
			   (body ? !(p->lex & (LEX_VERB | LEX_AUX | LEX_DET |
					       LEX_PREP | LEX_OPENER))
				 : words > 0 && ((p->lex & LEX_ORG) ||
						 body_before_role(text, t, i) ||
						 /* "South Korean President",
						  * "New York Attorney
						  * General" */
						 ((p->lex & LEX_PLACE) &&
						  (t[i].lex & (LEX_NATION |
							       LEX_TITLE)))))) {
			/* "Council leader", "Lehigh University historian",
			 * "Bundesbank chief": the body the role is in, named
			 * whole. */
			body = true;
		} else {
			break;
		}
		i--;
		words++;
	}
	/* A title does not start with "of" or with a bare modifier run. */
	while (i < c0 && tok_is(text, &t[i], "of"))
		i++;
	/* "Napoli, who host Roma", "fans who judge Smith": after "who" or
	 * "which" a role's word in small letters is a verb (but "whose
	 * coach Antonio Conte" is a role). */
	if (i > floor && i < c0 && !(t[i].flags & TF_CAP) &&
	    (tok_is(text, &t[i - 1], "who") ||
	     tok_is(text, &t[i - 1], "which"))) {
		*head = false;
		return c0;
	}
	return i;
}

/* The role just before the name, set off by a comma: "The city's deputy
 * mayor, Tomasz Kędzierski, called", "The Conservative leader, Kemi
 * Badenoch,", "The Transport Secretary, Louise Haigh,". */
static void role_before(const char *text, const struct tok *t, size_t n,
			size_t t0, size_t c1, struct occ *o)
{
	if (!after_role(text, t, n, t0, c1))
		return;
	/* The role, up to "of" when it is a body's ("the head of X,"). */
	size_t of = role_of_body(text, t, t0);
	size_t r1 = of ? of : t0 - 1, r0 = r1;
	unsigned sent = t[r1 - 1].sent;
	/* "Her chief of staff, Ben Ortiz,": "of" between two role words;
	 * "The first lady, Jill Biden,". */
	while (r0 > 0 && r1 - r0 < 4 && t[r0 - 1].sent == sent &&
	       (role_word(&t[r0 - 1]) ||
		(r0 < r1 && tok_is(text, &t[r0 - 1], "first") &&
		 role_noun(&t[r0])) ||
		(r0 >= 2 && r0 < r1 && tok_is(text, &t[r0 - 1], "of") &&
		 role_noun(&t[r0 - 2]) && !(t[r0 - 2].flags & TF_CAP))))
		r0--;
	/* A capital that opens the sentence is no title: "Its". */
	while (r0 < r1 && !role_noun(&t[r0]) && (t[r0].flags & TF_CAP))
		r0++;
	if (r0 == r1 || tok_plural(text, &t[r1 - 1]))
		return;
	/* The party, nation or body the role belongs to, read as a title
	 * before a name is read; it must follow a determiner, a possessive
	 * or the sentence's start, so that a list of names ("Angus King,
	 * Mark Judge,") gives no one a title. */
	size_t floor = r0;
	while (floor > 0 && t[floor - 1].sent == sent)
		floor--;
	bool head;
	size_t b = title_start(text, t, r0, floor, &head);
	if (b < r0 && (b == floor || is_det(text, &t[b - 1]) ||
		       (t[b - 1].flags & TF_POSS)))
		r0 = b;
	else if ((t[r1 - 1].flags & TF_CAP) &&
		 !(r0 == floor || is_det(text, &t[r0 - 1]) ||
		   (t[r0 - 1].flags & TF_POSS)))
		return;
	o->role0 = r0;
	o->core1 = r1;
	o->role1 = of ? t0 - 1 : r1;
}

/* The end of the capitalised words from i in the same quotation state. */
static size_t cap_run_end(const struct tok *t, size_t n, size_t i, bool inq)
{
	while (i < n && is_word(&t[i]) && (t[i].flags & TF_CAP) &&
	       (bool)(t[i].flags & TF_INQUOTE) == inq) {
		i++;
		if (t[i - 1].flags & TF_POSS)
			break;
	}
	return i;
}

/*
 * Where a body's name that runs past the run [r0, r1) ends: "Office of
 * Rail Standards", "Bank of England", "Center for American Progress" (a
 * body's word, "of", "for", "on" or "to", capitals),
 * "Securities and Exchange Commission" (two bodies' words joined by
 * "and", the second of two words or more).  r1 when it does not.
 */
static size_t body_name_end(const char *text, const struct tok *t, size_t n,
			    size_t r0, size_t r1, bool inq)
{
	bool body = false; /* a body's word seen so far */
	for (size_t k = r0; k < r1; k++)
		body = body || (t[k].lex & LEX_ORG);
	while (r1 + 1 < n && !(t[r1 - 1].flags & TF_POSS)) {
		size_t e = cap_run_end(t, n, r1 + 1, inq);
		/* The joined name stops before a role or an honorific
		 * ("Council on Islamic Relations Director Nihad Awad") and
		 * starts with no day ("the Security Council on Friday"). */
		for (size_t k = r1 + 1; k < e; k++)
			if ((t[k].lex & (LEX_HEAD | LEX_HONORIFIC)) &&
			    !(t[k].lex & LEX_ORG)) {
				e = k;
				break;
			}
		if (e == r1 + 1)
			break;
		/* "Organization for Economic Cooperation", "Committee on
		 * Foreign Affairs": a body's word, then "of", "for" or "on";
		 * not "the Council on Friday". */
		bool of = (t[r1 - 1].lex & LEX_ORG) &&
			  (tok_is(text, &t[r1], "of") ||
			   ((tok_is(text, &t[r1], "for") ||
			     tok_is(text, &t[r1], "on")) &&
			    (!(t[r1 + 1].lex & LEX_NOT_NAME) ||
			     /* "for Conservative Principles" */
			     (e >= r1 + 3 && !(t[e - 1].lex & LEX_NOT_NAME)))));
		/* "Alliance to Reclaim Our Schools", "Committee to Protect
		 * Journalists": a body's word, "to", and two capitals or
		 * more, the first a word no list knows (a verb, not "to New
		 * York" or "to Boris Johnson"). */
		of = of ||
		     ((t[r1 - 1].lex & LEX_ORG) && tok_is(text, &t[r1], "to") &&
		      e >= r1 + 3 && !t[r1 + 1].lex);
		bool and = body && tok_is(text, &t[r1], "and") && e >= r1 + 3 &&
			   (t[e - 1].lex & LEX_ORG) &&
			   !(t[e - 1].flags & TF_POSS);
		if (!of && !and)
			break;
		for (size_t k = r1 + 1; k < e; k++)
			body = body || (t[k].lex & LEX_ORG);
		r1 = e;
	}
	return r1;
}

/* Words of faiths and peoples that begin bodies' names ("Catholic
 * Church", "Muslim Advocates", "Black Lives Matter") though they begin
 * no one's. */
static bool faith_word(const char *text, const struct tok *t)
{
	static const char *const words[] = {
		"black",   "catholic", "christian", "evangelical",
		"islamic", "jewish",   "muslim",    "protestant"};
	return TOK_IN(text, t, words);
}

/* Records the run [r0, r1) as an organisation's occurrence, without the
 * capitalised filler that opens it ("But", "On Monday"). */
static int add_org(struct ppass *pp, struct occ *o, size_t r0, size_t r1)
{
	const struct tok *t = o->t;
	size_t s = r0;
	/* "But Congress", "The Senate": a sentence's first word goes; a
	 * party's, faith's, role's or place's stays ("Republican National
	 * Committee", "Catholic Church", "White House", "Republic
	 * Records"). */
	while (s < r1 && (t[s].lex & LEX_NOT_NAME) &&
	       !(t[s].lex & (LEX_ORG | LEX_MEDIA | LEX_MODIFIER | LEX_TITLE |
			     LEX_PLACE)) &&
	       !faith_word(o->text, &t[s]))
		s++;
	if (s == r1)
		return 0;
	/* "CONGRESS HAS INVESTIGATED HIM": a heading, which holds a verb as
	 * no body's name does. */
	for (size_t k = s + 1; k < r1; k++)
		if ((t[k].lex & (LEX_AUX | LEX_VERB)) &&
		    !(t[k].lex & (LEX_ORG | LEX_MEDIA | LEX_PLACE | LEX_EVENT |
				  LEX_TITLE | LEX_HEAD | LEX_GROUP_NOUN)))
			return 0;
	o->t0 = o->c0 = s;
	o->c1 = r1;
	o->org = true;
	return add_occ(pp, o);
}

/* "Stewart Island", "Maria Street", "Jackson County": a capitalised noun
 * of places that is no one's surname ends a place's name, whatever first
 * name comes before it.  (Not "Hill", "Park", "Lake" or "Bay", which
 * are surnames too.) */
static bool place_noun_last(const char *text, const struct tok *t)
{
	static const char *const nouns[] = {
		"island",   "islands",	 "street",    "avenue",	  "road",
		"county",   "square",	 "airport",   "station",  "harbour",
		"harbor",   "peninsula", "boulevard", "district", "province",
		"township", "borough",	 "parkway",   "highway",  "basin"};
	return (t->flags & TF_CAP) && TOK_IN(text, t, nouns);
}

/* "Gatwick airport", "Euston station", "Kirkstall Road": a name before a
 * place's common noun in small letters names the place, no one (a
 * capitalised noun joins the run, and the lists know it). */
static bool place_named(const char *text, const struct tok *t, size_t n,
			size_t r1)
{
	static const char *const places[] = {
		"airport",  "station",	 "prison", "jail",     "stadium",
		"campus",   "estate",	 "bridge", "tunnel",   "harbour",
		"harbor",   "airfield",	 "county", "district", "province",
		"township", "borough",	 "valley", "river",    "lake",
		"island",   "peninsula", "street", "road",     "avenue",
		"square",   "beach",	 "forest", "mountains"};
	/* Most words after a name are verbs or the like: asked first. */
	if (r1 >= n || !is_word(&t[r1]) || (t[r1].flags & TF_CAP) ||
	    (t[r1].lex & (LEX_VERB | LEX_AUX | LEX_PREP | LEX_DET)) ||
	    (t[r1 - 1].flags & TF_POSS) || !TOK_IN(text, &t[r1], places))
		return false;
	/* Not "a Rubio stadium event", where the two words qualify a
	 * third. */
	const struct tok *after = r1 + 1 < n ? &t[r1 + 1] : NULL;
	return !after || !is_word(after) || (after->flags & TF_CAP) ||
	       (after->lex & (LEX_PREP | LEX_DET | LEX_AUX | LEX_VERB));
}

/* "the Ennahda party", "the Wagner group": a name between "the" and a
 * lowercase word for a body of people is that body's. */
static bool party_named(const char *text, const struct tok *t, size_t n,
			size_t r0, size_t r1)
{
	static const char *const bodies[] = {
		"party",    "movement", "militia", "faction", "coalition",
		"alliance", "union",	"group",   "tribe",   "cartel"};
	if (r0 == 0 || r1 >= n || !tok_is(text, &t[r0 - 1], "the") ||
	    !is_word(&t[r1]) || (t[r1].flags & TF_CAP) ||
	    (t[r1 - 1].flags & TF_POSS))
		return false;
	return TOK_IN(text, &t[r1], bodies);
}

/* "Vulture magazine", "the Guardian newspaper": the name of a medium,
 * which the lowercase word after it says.  Not "a Baton Rouge newspaper",
 * where a place says which, nor the tail of "the People's Daily". */
static bool medium_named(const char *text, const struct tok *t, size_t n,
			 size_t r0, size_t r1)
{
	static const char *const media[] = {"magazine", "newspaper"};
	if (r1 >= n || !is_word(&t[r1]) || (t[r1].flags & TF_CAP) ||
	    !TOK_IN(text, &t[r1], media))
		return false;
	if (r0 > 0 && is_word(&t[r0 - 1]) &&
	    ((t[r0 - 1].flags & TF_POSS) || tok_is(text, &t[r0 - 1], "a") ||
	     tok_is(text, &t[r0 - 1], "an")))
		return false;
	for (size_t k = r0; k < r1; k++)
		if ((t[k].lex & LEX_PLACE) || (t[k].flags & TF_POSS))
			return false;
	return true;
}

/* "Shares of Nvidia", "shares in Nvidia", "Nvidia shares", "Goldman Sachs
 * cut its", "Goldman Sachs economists": a company's name, no one's. */
static bool company_named(const char *text, const struct tok *t, size_t n,
			  size_t r0, size_t r1)
{
	if (r0 >= 2 &&
	    (tok_is(text, &t[r0 - 1], "of") ||
	     tok_is(text, &t[r0 - 1], "in")) &&
	    (tok_is(text, &t[r0 - 2], "shares") ||
	     tok_is(text, &t[r0 - 2], "stock")))
		return true;
	if (r1 + 1 >= n || !is_word(&t[r1]) || (t[r1].flags & TF_CAP))
		return false;
	/* "Pfizer's shares", "Corvana's headquarters": what only a
	 * company has. */
	static const char *const holdings[] = {
		"shares",     "stock",	  "shareholders", "headquarters",
		"revenue",    "revenues", "profit",	  "profits",
		"subsidiary", "earnings"};
	if (t[r1 - 1].flags & TF_POSS)
		return TOK_IN(text, &t[r1], holdings);
	if (tok_is(text, &t[r1], "shares") || tok_is(text, &t[r1], "stock"))
		return true;
	/* "Goldman Sachs economists": a body's staff. */
	if (t[r1].lex & LEX_STAFF) {
		for (size_t j = r0; j < r1; j++)
			if (first_name(t[j].lex) ||
			    (t[j].lex & (LEX_TITLE | LEX_HONORIFIC |
					 LEX_MODIFIER | LEX_PLACE)))
				return false;
		return true;
	}
	/* "Goldman Sachs cut its forecast": a name of two words or more,
	 * none a first name or a title, whose deed is done to "its" own. */
	if (r1 - r0 < 2 ||
	    (t[r1].lex & (LEX_VERB | LEX_AUX | LEX_PREP | LEX_DET)) ||
	    tok_is(text, &t[r1], "as") || !tok_is(text, &t[r1 + 1], "its"))
		return false;
	for (size_t k = r0; k < r1; k++)
		if (first_name(t[k].lex) ||
		    (t[k].lex & (LEX_TITLE | LEX_HONORIFIC | LEX_MODIFIER)))
			return false;
	return true;
}

/* "the union Unite", "the charity Oxfam", "the band Free", "The company,
 * Delmar Chemicals,", "analysts at Berenberg": a run [r0, r1) that a
 * common noun for a body names, or where a body's staff work, is that
 * body. */
static bool body_noun_named(const char *text, const struct tok *t, size_t n,
			    size_t r0, size_t r1)
{
	static const char *const nouns[] = {
		"company",	"firm",	      "union",	     "charity",
		"group",	"party",      "band",	     "newspaper",
		"magazine",	"network",    "bank",	     "agency",
		"watchdog",	"regulator",  "airline",     "carmaker",
		"retailer",	"insurer",    "lender",	     "broadcaster",
		"publisher",	"startup",    "chain",	     "club",
		"tank",		"foundation", "nonprofit",   "organisation",
		"organization", "drugmaker",  "automaker",   "manufacturer",
		"maker",	"website",    "site",	     "platform",
		"app",		"brand",      "supermarket", "station",
		"channel",	"studio",     "label",	     "university",
		"college",	"hospital",   "council",     "team",
		"carrier",	"operator",   "utility",     "giant"};
	/* "The union, Unite, said": the name set off by commas. */
	if (r0 >= 3 && tok_punct(text, &t[r0 - 1], ',') && r1 < n &&
	    tok_punct(text, &t[r1], ',') && is_word(&t[r0 - 2]) &&
	    is_word(&t[r0 - 3]) && tok_is(text, &t[r0 - 3], "the") &&
	    TOK_IN(text, &t[r0 - 2], nouns) && !first_name(t[r0].lex) &&
	    !(t[r0].lex & (LEX_TITLE | LEX_HONORIFIC)))
		return true;
	/* "Allergan, the far smaller company, will": the common noun set
	 * off after the name, behind a few words of its own (not "Ann Lee,
	 * the head of the union,", whose noun is a preposition's). */
	if (r1 + 3 < n && tok_punct(text, &t[r1], ',') && is_word(&t[r1 + 1]) &&
	    (t[r1 + 1].lex & LEX_DET) && !first_name(t[r0].lex) &&
	    !(t[r0].lex & (LEX_TITLE | LEX_HONORIFIC)))
		for (size_t k = r1 + 2; k < n && k < r1 + 6; k++) {
			if (!is_word(&t[k]) ||
			    (t[k].flags & (TF_CAP | TF_POSS)) ||
			    (t[k].lex & (LEX_PREP | LEX_DET)))
				break;
			if (TOK_IN(text, &t[k], nouns))
				return k + 1 == n || t[k + 1].kind == TK_PUNCT;
		}
	/* Not "the network President Vladimir Putin formed". */
	if (r0 < 2 || !is_word(&t[r0 - 1]) || !is_word(&t[r0 - 2]) ||
	    (t[r0 - 1].flags & (TF_CAP | TF_POSS)) || first_name(t[r0].lex) ||
	    (t[r0].lex & (LEX_TITLE | LEX_HONORIFIC)))
		return false;
	if (tok_is(text, &t[r0 - 1], "at"))
		return t[r0 - 2].lex & LEX_STAFF;
	/* "the union Unite", and the noun after a nation or a place
	 * ("Swedish lender Nordbank", "US retailer Walmart"). */
	const struct tok *q = &t[r0 - 2];
	/* ... or after the adjective that opens the sentence ("Budget
	 * carrier SkyJet", "Online retailer Zalando"). */
	bool opens = r0 == 2 || t[r0 - 3].kind != TK_WORD ||
		     t[r0 - 3].sent != q->sent;
	/* ... or after a word of trade in small letters that "the" or "a"
	 * opens ("the tech giant Orbis", "a budget carrier"). */
	bool trade = !q->lex && !(q->flags & TF_CAP) && r0 >= 3 &&
		     is_word(&t[r0 - 3]) && (t[r0 - 3].lex & LEX_DET);
	/* ... or after a sector's or a body's word, in small letters or
	 * opening the sentence ("industry group PhRMA", "Consulting firm
	 * Deloitte", "health charity Mind"). */
	bool sector = (q->lex & (LEX_ORG | LEX_TITLE)) &&
		      !(q->lex & LEX_HEAD) && (!(q->flags & TF_CAP) || opens);
	return (tok_is(text, q, "the") || trade || sector ||
		((q->flags & TF_CAP) &&
		 ((q->lex & (LEX_NATION | LEX_PLACE | LEX_MODIFIER)) ||
		  (opens && !(q->lex & (LEX_HEAD | LEX_NOT_NAME)))) &&
		 !(q->lex & (LEX_TITLE | LEX_ORG)))) &&
	       TOK_IN(text, &t[r0 - 1], nouns);
}

/* "WikiLeaks", "PolitiFact", "PlayStation": a capital inside a word,
 * after a beginning that is neither a surname's prefix ("McCain",
 * "DeSantis", "VanderSloot", "MacArthur") nor a first name ("RoseAnn"),
 * makes a brand's name, no one's. */
static bool brand_word(const char *text, const struct tok *t)
{
	static const char *const prefixes[] = {
		"mc", "mac", "de",  "di",    "da",     "du",  "la",
		"le", "lo",  "van", "vande", "vander", "von", "fitz",
		"st", "ja",  "jo",  "ke",    "sha",    "ta"};
	const char *w = text + t->start;
	size_t len = t->end - t->start, i = 1;
	while (i < len && w[i] >= 'a' && w[i] <= 'z')
		i++;
	/* The capital starts a word of its own: "Leaks" of "WikiLeaks". */
	if (i < 2 || i + 1 >= len || w[i] < 'A' || w[i] > 'Z' ||
	    w[i + 1] < 'a' || w[i + 1] > 'z')
		return false;
	char pre[8];
	if (i >= sizeof(pre))
		return true;
	for (size_t k = 0; k < i; k++)
		pre[k] = (char)(k ? w[k] : w[k] | 0x20);
	pre[i] = '\0';
	for (size_t k = 0; k < sizeof(prefixes) / sizeof(*prefixes); k++)
		if (strcmp(pre, prefixes[k]) == 0)
			return false;
	return !first_name(lex_lookup(pre, i));
}

/* "Jr.", "Sr.", "III": a generation after a name. */
static const char *const generations[] = {"jr",	 "jr.", "sr",
					  "sr.", "ii",	"iii"};

static bool generation(const char *text, const struct tok *t)
{
	return TOK_IN(text, t, generations);
}

/* Where the body that a brand's name makes ends in the run [r0, r1):
 * before a role or a first name after it ("BuzzFeed Editor Ben Smith"),
 * else at the run's end ("DoubleLine Capital"); r0 when the run holds no
 * brand. */
static size_t brand_end(const char *text, const struct tok *t, size_t r0,
			size_t r1)
{
	for (size_t k = r0; k < r1; k++) {
		if (!brand_word(text, &t[k]))
			continue;
		size_t e = k + 1;
		while (e < r1 &&
		       !(t[e].lex & (LEX_TITLE | LEX_HEAD | LEX_HONORIFIC)) &&
		       !first_name(t[e].lex))
			e++;
		return e;
	}
	return r0;
}

/* How many lowercase particles at i come before a capitalised word:
 * "van" of "Vincent van Gogh", "von der" of "Ursula von der Leyen"; 0
 * when no name follows. */
static size_t particles_before_name(const struct tok *t, size_t n, size_t i)
{
	size_t k = i;
	while (k < n && k - i < 2 && is_word(&t[k]) && !(t[k].flags & TF_CAP) &&
	       (t[k].lex & LEX_PARTICLE))
		k++;
	if (k == i || k >= n || !is_word(&t[k]) || !(t[k].flags & TF_CAP))
		return 0;
	/* Spanish "y" joins two surnames ("Ortega y Gasset"), but before a
	 * first name it is "and": "Gina Kolata y Benjamin Mueller". */
	if (k == i + 1 && t[i].end - t[i].start == 1 && first_name(t[k].lex))
		return 0;
	return k - i;
}

/* A particle at i that opens a surname used alone, lowercase: "de
 * Blasio said", "bin Laden", "von der Leyen", the name at i + lead.  Not
 * "la", "le", "el", "al" or "y", which are also words of the Spanish or
 * French a story may quote, nor "ten", a number ("ten Republicans"); nor
 * before a full name, where it is a preposition ("un reportaje de Maria
 * Kolat"). */
static bool surname_particle(const char *text, const struct tok *t, size_t n,
			     size_t i, size_t lead)
{
	static const char *const openers[] = {
		"de",  "da",  "di",  "du",  "del", "della", "der",
		"den", "van", "von", "dos", "das", "bin",   "ibn"};
	size_t name = i + lead;
	if (first_name(t[name].lex) && name + 1 < n && is_word(&t[name + 1]) &&
	    (t[name + 1].flags & TF_CAP))
		return false;
	return TOK_IN(text, &t[i], openers);
}

/* "Harold and June Whitaker", "Bill and Melinda Gates": a first name
 * alone at i, "and", then a first name and a surname; noted, up to
 * SHARED_MAX a story, to become a person of that surname once the
 * story's people are known. */
static void note_shared_surname(struct ppass *pp, const char *text,
				const struct tok *t, size_t n, size_t i)
{
	if (pp->nshared >= SHARED_MAX || !first_name(t[i].lex) || i + 4 > n ||
	    (i > 0 && is_word(&t[i - 1]) && (t[i - 1].flags & TF_CAP) &&
	     !(t[i - 1].lex & LEX_NOT_NAME)) ||
	    !tok_is(text, &t[i + 1], "and") || !is_word(&t[i + 2]) ||
	    !(t[i + 2].flags & TF_CAP) || !first_name(t[i + 2].lex))
		return;
	size_t e = i + 3;
	while (e < n && e < i + 6 && is_word(&t[e]) && (t[e].flags & TF_CAP) &&
	       !(t[e - 1].flags & TF_POSS))
		e++;
	const struct tok *last = &t[e - 1];
	if (e == i + 3 || (last->flags & TF_INQUOTE) || not_name_like(last))
		return;
	pp->shared[pp->nshared++] =
		(struct shared){.text = text, .first = &t[i], .surname = last};
}

/* "on Page A22", "Future45": no one's name holds a digit. */
static bool holds_digit(const char *text, const struct tok *t, size_t a,
			size_t b)
{
	for (size_t k = a; k < b; k++)
		for (size_t c = t[k].start; c < t[k].end; c++)
			if (text[c] >= '0' && text[c] <= '9')
				return true;
	return false;
}

static bool name_suffix(const char *w);

/* "Oculus VR", "Heartbeat RPC", "Emscripten JS": a product's or a
 * firm's name ends in an acronym after a word in small letters; a
 * person's only in a regnal number ("William IV") or letters after the
 * name ("Richard Mansell QC"). */
static bool acronym_last(const char *text, const struct tok *t, size_t a,
			 size_t b)
{
	const struct tok *l = &t[b - 1];
	size_t len = l->end - l->start;
	if (b - a < 2 || !(l->flags & TF_UPPER) || (t[a].flags & TF_UPPER) ||
	    len > 5)
		return false;
	char w[6];
	bool regnal = true;
	for (size_t c = 0; c < len; c++) {
		w[c] = (char)(text[l->start + c] | 0x20);
		regnal = regnal && strchr("IVXLC", text[l->start + c]);
	}
	w[len] = '\0';
	return !regnal && !name_suffix(w);
}

/* Runs of capitals that name no one whatever evidence stands beside
 * them: "(Thomas Coex/AFP/Getty Images)", a photographer's credit before
 * an agency (but "a CNN/ORC poll" is CNN's); "San Pedro Sula", "Santa
 * Barbara said", a saint's name that makes a place; "The Earl of
 * Wessex", "the Bishop of Durham", the place a titled person is "of",
 * in words no list knows ("Secretary of State John Kerry" names him). */
static bool names_no_one(const char *text, const struct tok *t, size_t n,
			 size_t r0, size_t r1)
{
	if (r1 - r0 >= 2 && !(t[r0].flags & TF_UPPER) && r1 + 1 < n &&
	    tok_punct(text, &t[r1], '/') && is_word(&t[r1 + 1]) &&
	    (t[r1 + 1].flags & TF_CAP))
		return true;
	static const char *const saints[] = {"san", "santa", "santo", "são",
					     "sao"};
	if (r1 - r0 >= 2 && (text[t[r0].start] | 0x20) == 's' &&
	    TOK_IN(text, &t[r0], saints))
		return true;
	return r0 >= 2 && r1 - r0 <= 2 && tok_is(text, &t[r0 - 1], "of") &&
	       is_word(&t[r0 - 2]) && (t[r0 - 2].flags & TF_CAP) &&
	       (t[r0 - 2].lex & LEX_TITLE) && !t[r0].lex && !t[r1 - 1].lex;
}

/* "the Denver District Attorney's Office", "the Sheriff's Department": a
 * role's possessive before a body's word, inside one name (but "Trump's
 * Foundation" ends at Trump's). */
static bool office_of_role(const struct tok *t, size_t n, size_t r1)
{
	return r1 < n && is_word(&t[r1]) && (t[r1].flags & TF_CAP) &&
	       (t[r1].lex & LEX_ORG) && (t[r1 - 1].flags & TF_CAP) &&
	       (t[r1 - 1].lex & (LEX_TITLE | LEX_HEAD)) &&
	       !(t[r1 - 1].lex & LEX_HONORIFIC);
}

/* "Undeterred, Reddick said" without its comma: "Undeterred Reddick
 * said", "Smiling Reddick waved", "Embattled Mayor Tom Reddick".  A word
 * no list knows that opens the sentence (or the quoted words) in the
 * shape of a participle, seven letters or more ending in "-ing", or in
 * "-ed" but not "-eed" (Rasheed, Fareed), is no part of the name that
 * follows: one word no list knows either (a surname), or a first name or
 * a title and more.  No list could hold every participle; a name's own
 * first word stays ("Morning Joe", "Kettering General Hospital"). */
static bool opening_participle(const char *text, const struct tok *t, size_t r0,
			       size_t r1)
{
	const struct tok *w = &t[r0], *next = &t[r0 + 1];
	bool opens = r0 == 0 || t[r0 - 1].sent != w->sent ||
		     t[r0 - 1].kind == TK_QUOTE; /* "“Impeaching Trump …" */
	if (r1 - r0 < 2 || !opens || w->lex || w->end - w->start < 7 ||
	    (w->flags & (TF_UPPER | TF_MAN | TF_WOMAN | TF_PET | TF_POSS)))
		return false;
	bool name = r1 - r0 == 2
			    ? !next->lex && !(next->flags & (TF_MAN | TF_WOMAN))
			    : first_name(next->lex) ||
				      (next->lex & (LEX_TITLE | LEX_HONORIFIC));
	return name && ((ends(text, w, "ed") && !ends(text, w, "eed")) ||
			ends(text, w, "ing"));
}

/* "as The New Yorker put it", "told The Daily Beast", "…, The Times
 * reported": a capital "The" inside a sentence opens a title, a
 * paper's, a band's, a body's, and the run names no one ("The Rev. Al
 * Sharpton" still names him). */
static bool titled_the(const char *text, const struct tok *t, size_t n,
		       size_t r0, size_t r1)
{
	if (r0 == 0 || r1 - r0 < 2 || t[r0 - 1].sent != t[r0].sent ||
	    (t[r0 - 1].flags & TF_INQUOTE))
		return false;
	/* After a word in small letters or a comma: not after a date's
	 * year ("Oct. 31, 2012 The Obama “hug”", a heading). */
	char before = text[t[r0 - 1].start];
	return ((is_word(&t[r0 - 1]) && before >= 'a' && before <= 'z') ||
		before == ',') &&
	       text[t[r0].start] == 'T' && tok_is(text, &t[r0], "the") &&
	       r0 + 1 < n && !(t[r0 + 1].lex & (LEX_HONORIFIC | LEX_TITLE));
}

/* Prepositions whose object is nearly always a place. */
static const char *const place_prepositions[] = {
	"in", "near", "outside", "across", "throughout", "at"};

/* What a word may be besides a function word, that makes even a run of
 * it alone worth reading. */
#define NAMING_CLASSES                                                         \
	(LEX_ORG | LEX_MEDIA | LEX_PLACE | LEX_MALE | LEX_FEMALE | LEX_TITLE | \
	 LEX_HEAD | LEX_HONORIFIC | LEX_NATION | LEX_PARTICLE | LEX_EVENT |    \
	 LEX_ACRONYM | LEX_MODIFIER | LEX_GROUP_NOUN)

/*
 * Finds the name-like runs of one text and records them.  in_body: only
 * body paragraphs make mentions that the attribution can use.
 */
static int scan_runs(struct ppass *pp, const char *text, struct tok *t,
		     size_t n, size_t para)
{
	size_t i = 0;

	while (i < n) {
		/* Most words are lowercase and no particle: skip them
		 * first. */
		if (!(t[i].flags & TF_CAP) && !(t[i].lex & LEX_PARTICLE)) {
			i++;
			continue;
		}
		size_t lead = 0; /* lowercase particles that open the run */
		if (!is_word(&t[i]) ||
		    (!(t[i].flags & TF_CAP) &&
		     !((lead = particles_before_name(t, n, i)) &&
		       surname_particle(text, t, n, i, lead)))) {
			i++;
			continue;
		}
		bool inq = t[i].flags & TF_INQUOTE;
		/* "When Margaret and Harold Whitaker": the couple may
		 * follow a sentence's first word. */
		if (!inq && para != SIZE_MAX) {
			note_shared_surname(pp, text, t, n, i);
			if ((t[i].lex & LEX_NOT_NAME) && i + 1 < n)
				note_shared_surname(pp, text, t, n, i + 1);
		}
		size_t r0 = i, r1 = i + lead + 1, k;
		/* Most runs are one function word that opens a sentence
		 * ("The", "But", "In"): no name, and nothing to read. */
		if (!lead && (t[i].lex & LEX_NOT_NAME) &&
		    !(t[i].lex & NAMING_CLASSES) &&
		    (i + 1 >= n || !is_word(&t[i + 1]) ||
		     (bool)(t[i + 1].flags & TF_INQUOTE) != inq ||
		     !((t[i + 1].flags & TF_CAP) ||
		       (t[i + 1].lex & LEX_PARTICLE)))) {
			i++;
			continue;
		}
		while (r1 < n &&
		       (!(t[r1 - 1].flags & TF_POSS) ||
			office_of_role(t, n, r1)) &&
		       is_word(&t[r1]) &&
		       (bool)(t[r1].flags & TF_INQUOTE) == inq) {
			if (t[r1].flags & TF_CAP)
				r1++;
			else if ((k = particles_before_name(t, n, r1)))
				r1 += k + 1;
			else
				break;
		}
		if (opening_participle(text, t, r0, r1))
			r0++;
		/* "Office of Rail Standards", "Bank of England": a body's
		 * word, "of" and a capitalised run make one organisation;
		 * the words after "of" are no one's name. */
		size_t whole = body_name_end(text, t, n, r0, r1, inq);
		bool body_of = whole > r1;
		r1 = whole;
		i = r1;
		struct occ o = {.text = text,
				.t = t,
				.nt = n,
				.para = para,
				.honorific = -1,
				.in_quote = inq,
				.group = -1};
		/* "BuzzFeed Editor Ben Smith": the brand is a body; the
		 * words after it are read again. */
		size_t brand = brand_end(text, t, r0, r1);
		if (brand > r0) {
			r1 = brand;
			i = r1;
		}
		if (body_of || brand > r0 || titled_the(text, t, n, r0, r1) ||
		    party_named(text, t, n, r0, r1) ||
		    place_named(text, t, n, r1) ||
		    company_named(text, t, n, r0, r1) ||
		    medium_named(text, t, n, r0, r1) ||
		    body_noun_named(text, t, n, r0, r1)) {
			if (add_org(pp, &o, r0, r1) < 0)
				return -1;
			continue;
		}

		if (names_no_one(text, t, n, r0, r1))
			continue;
		/* Days and months trailing a name: "Clinton Wednesday"; and
		 * a body's word ("the Obama White House", "told Southwark
		 * Court"), after which a verb before the run reports to the
		 * body, not the name. */
		size_t e = r1;
		bool body_tail = false;
		while (e > r0 && (t[e - 1].lex & LEX_NOT_NAME) &&
		       !first_name(t[e - 1].lex) &&
		       !(e - 1 > r0 && first_name(t[e - 2].lex))) {
			e--;
			body_tail |= (t[e].lex & LEX_ORG) != 0;
		}
		/* The name proper is the run's tail of name-like words. */
		size_t c0 = e;
		/* A surname that is also a common word, after a first name:
		 * "Charlie Black", "Theresa May", a role's word ("Charlie
		 * King", "Mark Judge": a title comes before a name, not after
		 * it), and even a thing's word when a reporting verb is
		 * beside: "Steven Law said" (but "Madison Square" stays a
		 * place), and a nationality or party word with a verb or an
		 * appositive beside: "Jack Cuban said", "Will English, the
		 * former minister," (but "Will Republican voters" is no one),
		 * or set off after a role ("his spokeswoman, Jane Park,"). */
		/* So too past a middle name or before a generation
		 * ("Martin Luther King Jr."). */
		size_t se = e; /* the surname's end */
		if (e - r0 >= 3 && generation(text, &t[e - 1]))
			se = e - 1;
		size_t fi = se >= r0 + 2 ? se - 2 : r0;
		if (se - r0 >= 3 && !first_name(t[fi].lex) &&
		    first_name(t[fi - 1].lex) && !t[fi].lex &&
		    (t[fi].flags & TF_CAP) &&
		    !((t[fi].flags | t[se - 1].flags) & TF_UPPER) &&
		    !(r0 > 0 && tok_is(text, &t[r0 - 1], "the")) &&
		    /* "the Frances Miller Chair in Economic Policy" */
		    !(e < n &&
		      (tok_is(text, &t[e], "in") || tok_is(text, &t[e], "of"))))
			fi--;
		if (se - r0 >= 2 && first_name(t[fi].lex) &&
		    !(t[se - 1].lex & (LEX_ORG | LEX_HONORIFIC)) &&
		    (!(t[se - 1].lex & (LEX_EVENT | LEX_MODIFIER)) ||
		     verb_beside(text, t, n, fi, e) ||
		     appositive(text, t, n, e) ||
		     after_role(text, t, n, r0, e) || lower_role_before(t, r0)))
			c0 = se - 1;
		/* "Trump adviser Kari Lake said": a first name no list
		 * knows, and a place's word for a surname, when a role
		 * before and a reporting verb beside say a person is
		 * named. */
		else if (se - r0 == 2 && fi == r0 && !t[fi].lex &&
			 (t[fi].flags & TF_CAP) &&
			 !((t[fi].flags | t[se - 1].flags) & TF_UPPER) &&
			 (t[se - 1].lex & ~LEX_PLACE) == 0 &&
			 lower_role_before(t, r0) &&
			 verb_beside(text, t, n, fi, e))
			c0 = fi;
		/* An occupation's ending after a first name is a middle
		 * name's ("Daniel Porter Jordan III"). */
		while (c0 > r0 && !not_name_like(&t[c0 - 1]) &&
		       !(c0 < e && describing_word(text, &t[c0 - 1])) &&
		       !(c0 + 1 < e &&
			 !(c0 - 1 > r0 && first_name(t[c0 - 2].lex)) &&
			 occupation_before_name(text, &t[c0 - 1])))
			c0--;
		/* "Mr. King", "Dr. Bishop": after an honorific, a role's word
		 * is a surname, unless one is addressed by it ("Mr.
		 * President", "Madam Speaker"). */
		if (c0 == e && e - r0 >= 2 && (t[e - 2].lex & LEX_HONORIFIC) &&
		    is_word(&t[e - 2]) && (t[e - 1].lex & LEX_TITLE) &&
		    !(t[e - 1].lex & (LEX_ORG | LEX_PLACE | LEX_MODIFIER)) &&
		    !addressed_as(text, &t[e - 1]))
			c0 = e - 1;
		o.c0 = c0;
		o.c1 = e;
		if (c0 == e) {
			/* No name: an organisation when a cue says so. */
			bool org = false;
			for (size_t k = r0; k < r1; k++)
				if (t[k].lex & (LEX_ORG | LEX_MEDIA))
					org = true;
			if (org && add_org(pp, &o, r0, r1) < 0)
				return -1;
			continue;
		}
		if (e - c0 > NAME_WORDS_MAX ||
		    (group_word(text, &t[e - 1]) && !first_name(t[c0].lex)) ||
		    holds_digit(text, t, c0, e) ||
		    acronym_last(text, t, c0, e) ||
		    (e - c0 >= 2 && place_noun_last(text, &t[e - 1])))
			continue;
		/* "Bay Lee, national treasurer for the campaign,", "“…” ―
		 * Francisco Herrero": a first name that is also a place's
		 * word, before a surname, when an appositive, a party tag or
		 * a quotation's signature says a person is named. */
		if (e - c0 == 1 && c0 == r0 + 1 && r0 > 0 &&
		    t[r0 - 1].sent == t[r0].sent && (t[r0].lex & LEX_PLACE) &&
		    !(t[r0].lex & (LEX_ORG | LEX_MEDIA | LEX_EVENT |
				   LEX_NOT_NAME | LEX_TITLE | LEX_MODIFIER)) &&
		    (appositive(text, t, n, e) || party_tag(text, t, n, e) ||
		     signs_quote(text, t, r0)))
			c0 = o.c0 = r0;
		/* "President Park Geun-hye", "strategist Bay Buchanan",
		 * "Mayor London Breed": so too right after a title or
		 * honorific (a role word, not a nationality or party). */
		else if (e - c0 <= 2 && e == r1 && c0 >= 2 && c0 - 1 >= r0 &&
			 (t[c0 - 1].lex & LEX_PLACE) &&
			 !(t[c0 - 1].lex & (LEX_ORG | LEX_MEDIA | LEX_NOT_NAME |
					    LEX_TITLE | LEX_MODIFIER)) &&
			 is_word(&t[c0 - 2]) &&
			 !(t[c0 - 2].flags & (TF_POSS | TF_INQUOTE)) &&
			 (t[c0 - 2].lex & (LEX_TITLE | LEX_HONORIFIC)) &&
			 !(t[c0 - 2].lex & (LEX_MODIFIER | LEX_ORG)) &&
			 !(t[c0].lex & ~(LEX_MALE | LEX_FEMALE | LEX_NATION)) &&
			 /* "billionaire Dallas Mavericks owner": a body
			  * before a role is no one. */
			 !(e < n && is_word(&t[e]) && !(t[e].flags & TF_CAP) &&
			   (t[e].lex & LEX_TITLE)))
			c0 = o.c0 = c0 - 1;
		/* "Nell Park Hendry, a historian," "said Ruth Hall Ames": a
		 * place's or building's word between a first name and a
		 * surname is a middle name, when a reporting verb or an
		 * appositive says a person is named. */
		if (e - c0 == 1 && e == r1 && c0 >= r0 + 2 &&
		    first_name(t[c0 - 2].lex) &&
		    !(t[c0 - 2].lex & (LEX_ORG | LEX_MEDIA | LEX_EVENT |
				       LEX_TITLE | LEX_HONORIFIC)) &&
		    (t[c0 - 1].lex & (LEX_PLACE | LEX_EVENT)) &&
		    !(t[c0 - 1].lex &
		      (LEX_ORG | LEX_MEDIA | LEX_NOT_NAME | LEX_TITLE |
		       LEX_HONORIFIC | LEX_MODIFIER)) &&
		    !(t[c0].lex & (LEX_PLACE | LEX_EVENT | LEX_ORG)) &&
		    (verb_beside(text, t, n, c0 - 2, e) ||
		     appositive(text, t, n, e)))
			c0 = o.c0 = c0 - 2;
		/* "the Dutchman said", "the Texan, who": one capitalised word
		 * after "the" that ends its phrase is a description, no
		 * one's name ("the Clinton campaign" still mentions Clinton). */
		if (e - c0 == 1 && c0 == r0 && r0 > 0 &&
		    tok_is(text, &t[r0 - 1], "the") &&
		    (e >= n || !is_word(&t[e]) ||
		     (t[e].lex & (LEX_VERB | LEX_AUX))))
			continue;
		/* "United Nations", "Daily Beast": the last word of a thing's
		 * name, not a person's. */
		if (e - c0 == 1 && c0 > r0 &&
		    !(t[c0 - 1].lex &
		      (LEX_HONORIFIC | LEX_TITLE | LEX_MODIFIER)) &&
		    ((t[c0 - 1].lex &
		      (LEX_ORG | LEX_MEDIA | LEX_PLACE | LEX_EVENT)) ||
		     !(t[c0 - 1].lex & ~LEX_NATION)))
			continue;
		/* Honorific and title before the name ("First Lady Jill
		 * Biden" has a title, not the honorific of "Lady Thatcher"). */
		if (c0 > 0 && (t[c0 - 1].lex & LEX_HONORIFIC) &&
		    is_word(&t[c0 - 1]) &&
		    !(c0 > 1 && tok_is(text, &t[c0 - 2], "first") &&
		      tok_is(text, &t[c0 - 1], "lady")))
			o.honorific = (int)(c0 - 1);
		bool head = false;
		size_t ts = o.honorific >= 0 ? (size_t)o.honorific : c0;
		size_t tt = title_start(text, t, ts, 0, &head);
		/* The title is cut at the run's own leading filler ("But"),
		 * not at the "First" of "First Minister". */
		while (tt < ts && (t[tt].lex & LEX_NOT_NAME) &&
		       !(t[tt].lex & (LEX_TITLE | LEX_MODIFIER | LEX_ORG)) &&
		       !(tok_is(text, &t[tt], "first") &&
			 (t[tt + 1].lex & (LEX_TITLE | LEX_HEAD))))
			tt++;
		o.t0 = tt;
		if (head) {
			o.title0 = tt;
			o.title1 = ts;
			/* A surname alone after a capitalised occupation is a
			 * heading's words ("Developer Tools", "Student
			 * Survival"); after a title people are addressed by
			 * ("Senator Warren", "Detective Ruiz") it is a person. */
			bool addressed = e - c0 > 1 || o.honorific >= 0 ||
					 !(t[ts - 1].flags & TF_CAP);
			for (size_t k = tt; k < ts && !addressed; k++)
				addressed = t[k].lex & LEX_ADDRESS;
			if (addressed)
				o.ev |= EV_TITLE;
		} else if (c0 > r0 && o.honorific < 0 &&
			   occupation_before_name(text, &t[c0 - 1])) {
			/* "Journalist Jorge Ramos": the occupation is his. */
			o.title0 = o.t0 = c0 - 1;
			o.title1 = c0;
			head = true;
		}
		/* "Born in Sunderland, the daughter of a welder, she": a
		 * role set off after a place's preposition and its object
		 * describes the sentence's subject, unless the object is a
		 * first name and a surname ("found a leader in Mitt Romney,
		 * the party's 2012 nominee"). */
		bool place = o.t0 > 0 && o.t0 == r0 && is_word(&t[o.t0 - 1]) &&
			     TOK_IN(text, &t[o.t0 - 1], place_prepositions) &&
			     !(e - c0 >= 2 && first_name(t[c0].lex));
		if (!inq && !place) {
			role_after(text, t, n, e, &o);
			if (o.role1 == o.role0 && !head)
				role_before(text, t, n, o.t0, e, &o);
		}
		if (o.honorific >= 0)
			o.ev |= EV_HONORIFIC;
		if (e - c0 >= 2 && first_name(t[c0].lex))
			o.ev |= EV_FIRST;
		if (!inq && ((!body_tail && !modifier_word(text, t, o.t0, e) &&
			      !name_spoken_for(text, t, o.t0) &&
			      verb_beside(text, t, n, o.t0, e)) ||
			     party_tag(text, t, n, e) ||
			     signs_with_appositive(text, t, n, r0, e) ||
			     signs_quote(text, t, o.t0) ||
			     signs_block(pp, t, o.t0, para) ||
			     (!place && appositive(text, t, n, e)) ||
			     after_role(text, t, n, o.t0, e) ||
			     set_off(text, t, n, o.t0, c0, e) ||
			     of_body(text, t, n, c0, e)))
			o.ev |= EV_VERB;
		if (r0 > 0 && t[r0 - 1].sent == t[r0].sent &&
		    !(t[r0 - 1].kind == TK_PUNCT &&
		      text[t[r0 - 1].start] != ','))
			o.ev |= EV_MID;
		/* "“We won!” Mendoza said.": a name right after a
		 * quotation, with the verb after it, signs the quotation;
		 * its capital is its own even when the quotation ended a
		 * sentence. */
		else if (r0 > 0 && (t[r0 - 1].flags & TF_INQUOTE) &&
			 (o.ev & EV_VERB) && e < n &&
			 ((is_word(&t[e]) && !(t[e].flags & TF_CAP)) ||
			  signs_with_appositive(text, t, n, r0, e)))
			o.ev |= EV_MID;
		/* "Number 10 Downing Street", "Romans 8:31": a lone word a
		 * number follows is a thing's, and says nothing of a person
		 * ("Clinton 46 percent" still mentions her; "Bob Dole 1996"
		 * is a full name, "Obama's 2012 bundlers" his). */
		if (e - c0 == 1 && e < n && is_word(&t[e]) &&
		    !(t[e - 1].flags & TF_POSS) && text[t[e].start] >= '0' &&
		    text[t[e].start] <= '9')
			o.ev = 0;
		/* A lone acronym or single word with nothing for it waits for
		 * the grouping to decide. */
		if (add_occ(pp, &o) < 0)
			return -1;
	}
	return 0;
}

/* The group of this exact key, or -1. */
static int find_group(const struct ppass *pp, const char *key)
{
	uint32_t hk = str_hash(key, NULL, pp->mask);
	for (; pp->by_key[hk]; hk = (hk + 1) & pp->mask)
		if (strcmp(pp->g[pp->by_key[hk] - 1].key, key) == 0)
			return pp->by_key[hk] - 1;
	return -1;
}

/* The group of two or more words whose first and last words these are,
 * or -1; *slot is where it would go in by_ends. */
static int find_by_ends(const struct ppass *pp, const char *first,
			const char *last, uint32_t *slot)
{
	uint32_t he = str_hash(first, last, pp->mask);
	for (; pp->by_ends[he]; he = (he + 1) & pp->mask) {
		const struct group *g = &pp->g[pp->by_ends[he] - 1];
		if (strcmp(g->first, first) == 0 && strcmp(g->last, last) == 0)
			return pp->by_ends[he] - 1;
	}
	if (slot)
		*slot = he;
	return -1;
}

static void split_name(const char *key, char *first, char *last, size_t cap);

/* The group of the name key, added when new; its first and last words
 * are found only then, most occurrences naming someone met before. */
static int add_group(struct ppass *pp, const char *key, size_t words,
		     size_t occ)
{
	uint32_t hk = str_hash(key, NULL, pp->mask), he = 0;
	for (; pp->by_key[hk]; hk = (hk + 1) & pp->mask)
		if (strcmp(pp->g[pp->by_key[hk] - 1].key, key) == 0)
			return pp->by_key[hk] - 1;
	char first[sizeof(pp->g->first)], last[sizeof(pp->g->last)];
	split_name(key, first, last, sizeof(first));
	int same = words >= 2 ? find_by_ends(pp, first, last, &he) : -1;
	if (same >= 0)
		return same;
	if (pp->ng >= GROUPS_MAX || pp->ng * 2 > pp->mask)
		return -1;
	if (pp->ng == pp->capg) {
		size_t nc = pp->capg ? pp->capg * 2 : 32;
		struct group *v = realloc(pp->g, nc * sizeof(*v));
		if (!v)
			return -2;
		pp->g = v;
		pp->capg = nc;
	}
	struct group *g = &pp->g[pp->ng];
	memset(g, 0, sizeof(*g));
	put(g->key, sizeof(g->key), 0, key, strlen(key));
	put(g->first, sizeof(g->first), 0, first, strlen(first));
	put(g->last, sizeof(g->last), 0, last, strlen(last));
	g->words = words;
	g->first_occ = occ;
	g->person = -1;
	g->same_as = -1;
	pp->by_key[hk] = (int)pp->ng + 1;
	if (words >= 2)
		pp->by_ends[he] = (int)pp->ng + 1;
	return (int)pp->ng++;
}

/* A word after a name that is no surname: a generation ("Donald Trump
 * Jr.") or letters after a British name ("Richard Mansell QC"). */
static bool name_suffix(const char *w)
{
	static const char *const letters[] = {"qc",  "kc",  "mp",  "mep",
					      "msp", "obe", "cbe", "mbe"};
	/* All are short: most last words are no suffix at a glance. */
	if (strlen(w) > 3)
		return false;
	for (size_t k = 0; k < sizeof(generations) / sizeof(*generations); k++)
		if (strcmp(w, generations[k]) == 0)
			return true;
	for (size_t k = 0; k < sizeof(letters) / sizeof(*letters); k++)
		if (strcmp(w, letters[k]) == 0)
			return true;
	return false;
}

/* First and last word of a lowercase name; a generational suffix or
 * letters after a name are not the last name ("Donald Trump Jr.",
 * "Richard Mansell QC"). */
static void split_name(const char *key, char *first, char *last, size_t cap)
{
	size_t kl = strlen(key);
	const char *sp = memchr(key, ' ', kl);
	put(first, cap, 0, key, sp ? (size_t)(sp - key) : kl);
	const char *end = key + kl;
	const char *ls = end;
	while (ls > key && ls[-1] != ' ')
		ls--;
	if (ls > key && name_suffix(ls)) {
		end = ls - 1;
		ls = end;
		while (ls > key && ls[-1] != ' ')
			ls--;
	}
	/* "Bashar al-Assad" is "Assad" for short. */
	ls += name_article(ls, (size_t)(end - ls));
	put(last, cap, 0, ls, (size_t)(end - ls));
}

/* The key of a short form: "al-Bashir" is matched as "Bashir" is. */
static void short_key(char *key)
{
	size_t k = name_article(key, strlen(key));
	if (k)
		memmove(key, key + k, strlen(key + k) + 1);
}

static int grow_pi(struct analysis *an)
{
	if (an->a->n_people < an->cap_pi)
		return 0;
	size_t nc = an->cap_pi ? an->cap_pi * 2 : 16;
	struct person_info *v = realloc(an->pi, nc * sizeof(*v));
	if (!v)
		return -1;
	memset(v + an->cap_pi, 0, (nc - an->cap_pi) * sizeof(*v));
	an->pi = v;
	an->cap_pi = nc;
	return 0;
}

int people_add(struct analysis *an, const char *name, const char *first,
	       const char *last)
{
	if (grow_pi(an) < 0)
		return -2;
	struct person *p = article_add_person(an->a, name);
	if (!p)
		return -1;
	size_t idx = an->a->n_people - 1;
	struct person_info *pi = &an->pi[idx];
	memset(pi, 0, sizeof(*pi));
	pi->first_para = pi->first_tok = SIZE_MAX;
	put(pi->first, sizeof(pi->first), 0, first, strlen(first));
	put(pi->last, sizeof(pi->last), 0, last, strlen(last));
	const char *sp = strchr(name, ' ');
	pi->long_name = sp && strchr(sp + 1, ' ');
	return (int)idx;
}

/* Creates the person for a group, named as the text first wrote it. */
static int make_person(struct ppass *pp, struct group *g)
{
	struct analysis *an = pp->an;
	const struct occ *o = &pp->o[g->first_occ];
	char name[256];

	if (!g->named)
		return 0;
	if (!join_words(o->text, o->t, o->c0, o->c1, name, sizeof(name), false))
		return 0;
	int idx = people_add(an, name, g->first, g->last);
	/* At the limit of people the rest stay unnamed. */
	if (idx < 0)
		return idx == -2 ? -1 : 0;
	struct person_info *pi = &an->pi[idx];
	unsigned l = lex_lookup(g->first, strlen(g->first));
	if (g->words >= 2 && (l & LEX_FEMALE) && !(l & LEX_MALE))
		pi->gender = 'f';
	else if (g->words >= 2 && (l & LEX_MALE) && !(l & LEX_FEMALE))
		pi->gender = 'm';
	g->person = idx;
	return 0;
}

/* The sex an honorific before the name tells: 'm' for "Mr", 'f' for
 * "Mrs", "Ms" or "Miss", else 0. */
static char honorific_gender(const struct occ *o)
{
	static const char *const women[] = {"mrs", "ms", "miss"};
	if (o->honorific < 0)
		return 0;
	struct tok h = o->t[o->honorific];
	if (h.end > h.start && o->text[h.end - 1] == '.')
		h.end--; /* "Mr." */
	if (tok_is(o->text, &h, "mr"))
		return 'm';
	return TOK_IN(o->text, &h, women) ? 'f' : 0;
}

/* Spells out the abbreviations of a lowercase title into out, so that
 * "Sen." given earlier matches "the senator" later. */
static void expand_title(const char *in, char *out, size_t cap)
{
	static const char *const abbr[][2] = {
		{"sen", "senator"},    {"rep", "representative"},
		{"gov", "governor"},   {"gen", "general"},
		{"pres", "president"}, {"lt", "lieutenant"},
		{"atty", "attorney"},  {"sec", "secretary"},
		{"u.s", "us"},	       {"u.s.", "us"},
		{"sens", "senator"},   {"reps", "representative"}};
	size_t n = 0;
	out[0] = '\0';
	while (*in) {
		const char *e = strchr(in, ' ');
		size_t len = e ? (size_t)(e - in) : strlen(in);
		char w[32];
		size_t wl = put(w, sizeof(w), 0, in, len);
		if (wl > 1 && w[wl - 1] == '.' && strcmp(w, "u.s.") != 0)
			w[--wl] = '\0';
		const char *rep = w;
		/* No abbreviation is longer than four letters. */
		for (size_t k = 0;
		     wl <= 4 && k < sizeof(abbr) / sizeof(abbr[0]); k++)
			if (strcmp(w, abbr[k][0]) == 0)
				rep = abbr[k][1];
		size_t rl = strlen(rep);
		if (n + (n > 0) + rl >= cap)
			break;
		if (n)
			n = put(out, cap, n, " ", 1);
		n = put(out, cap, n, rep, rl);
		in += len;
		while (*in == ' ')
			in++;
	}
}

/* Whether one of the person's titles (lowercase, spelt out) ends with
 * the word role: "Sen. Ted Cruz" holds "senator". */
static bool holds_role(const struct person_info *pi, const char *role)
{
	size_t rl = strlen(role);
	for (size_t k = 0; k < pi->n_titles; k++) {
		const char *t = pi->titles_lc[k], *last = strrchr(t, ' ');
		last = last ? last + 1 : t;
		if (strlen(last) == rl && memcmp(last, role, rl) == 0)
			return true;
	}
	return false;
}

/* Whether the lowercase word w is one of the words inside a name of
 * three or more (the caller knows it is), neither its first nor its last:
 * "Lula" of "Luiz Inácio Lula da Silva", as such names are written
 * short. */
static bool inner_name_word(const char *name, const char *w)
{
	size_t wl = strlen(w);
	/* Not an initial ("O." of "Lindsey O. Graham"). */
	if (wl < 3 || strchr(w, '.'))
		return false;
	for (const char *p = strchr(name, ' ') + 1, *e;
	     (e = strchr(p, ' ')) != NULL; p = e + 1)
		if ((size_t)(e - p) == wl && strncasecmp(p, w, wl) == 0)
			return true;
	return false;
}

/* When a person was first met, the unmet last. */
static size_t met_order(const struct person_info *pi)
{
	return pi->first_seen ? pi->first_seen : SIZE_MAX;
}

/* Of two people a short form fits equally well so far, whether k comes
 * before b: before either is mentioned, the surer (count_sure()); else
 * the one met first, as "Munro" is Angus after Angus and then Morag
 * Munro. */
static bool first_of_two(const struct ppass *pp, size_t k, int b)
{
	const struct person *per = pp->an->a->people;
	if (per[k].mentions == 0 && per[b].mentions == 0 &&
	    pp->sure[k] != pp->sure[b])
		return pp->sure[k] > pp->sure[b];
	return met_order(&pp->an->pi[k]) < met_order(&pp->an->pi[b]);
}

/* The person a short form (one word) stands for, or -1: of those whose
 * surname (else first name, else a word inside the name) it is, and whose
 * sex fits the honorific, one who holds the title it is written with
 * ("Secretary Clinton"), else the one named more often so far, else (see
 * first_of_two()) the one met first: after "Angus Munro … His wife, Morag
 * Munro", "Munro" is still the story's Munro.  (The one met last had been
 * taken, and so a story's Hillary Clinton became "her husband, Bill
 * Clinton" for the rest of it.) */
static int resolve_short(struct ppass *pp, const char *w, char gender,
			 const char *role)
{
	struct analysis *an = pp->an;
	const struct person *per = an->a->people;
	int best = -1;
	bool best_role = false;
	for (int pass = 0; pass < 3 && best < 0; pass++) {
		for (size_t k = 0; k < an->a->n_people; k++) {
			const struct person_info *pi = &an->pi[k];
			bool named = pass == 0 ? same_name(pi->last, w)
				     : pass == 1
					     ? same_name(pi->first, w)
					     : pi->long_name &&
						       inner_name_word(
							       per[k].name, w);
			/* "Mr. Whitaker" is not June Whitaker. */
			if (!named ||
			    (gender && pi->gender && pi->gender != gender))
				continue;
			bool has = role && holds_role(pi, role);
			if (best < 0 || (has && !best_role) ||
			    (has == best_role &&
			     (per[k].mentions > per[best].mentions ||
			      (per[k].mentions == per[best].mentions &&
			       first_of_two(pp, k, best))))) {
				best = (int)k;
				best_role = has;
			}
		}
	}
	return best;
}

/* The title or honorific just before a short form, lowercase and spelt
 * out ("president" of "President Clinton", "senator" of "Sen. Cruz"),
 * into buf; NULL if none. */
static const char *short_form_role(const struct occ *o, char *buf, size_t cap)
{
	char word[32];
	if (o->t0 >= o->c0 || !join_words(o->text, o->t, o->c0 - 1, o->c0, word,
					  sizeof(word), true))
		return NULL;
	/* Spelt out, as the titles it is matched against are ("Sen." is
	 * "senator"). */
	expand_title(word, buf, cap);
	return buf;
}

int org_add(struct analysis *an, const char *name, bool media)
{
	for (size_t k = 0; k < an->norgs; k++)
		if (same_name(an->orgs[k].name, name))
			return (int)k;
	if (an->norgs == an->caporgs) {
		size_t nc = an->caporgs ? an->caporgs * 2 : 16;
		struct org *v = realloc(an->orgs, nc * sizeof(*v));
		if (!v)
			return -2;
		an->orgs = v;
		an->caporgs = nc;
	}
	char *n = article_strdup(an->a, name);
	if (!n)
		return -2;
	an->orgs[an->norgs].name = n;
	an->orgs[an->norgs].media = media;
	return (int)an->norgs++;
}

static int add_mention(struct analysis *an, const struct occ *o, int person,
		       int org)
{
	if (an->nm == an->capm) {
		size_t nc = an->capm ? an->capm * 2 : 64;
		struct mention *v = realloc(an->m, nc * sizeof(*v));
		if (!v)
			return -1;
		an->m = v;
		an->capm = nc;
	}
	struct mention *m = &an->m[an->nm];
	m->para = o->para;
	m->t0 = o->t0;
	m->t1 = o->c1;
	m->person = person;
	m->org = org;
	struct person_info *pi = person >= 0 ? &an->pi[person] : NULL;
	if (pi && (o->para < pi->first_para ||
		   (o->para == pi->first_para && o->t0 < pi->first_tok))) {
		pi->first_para = o->para;
		pi->first_tok = o->t0;
	}
	for (size_t k = o->t0; k < o->c1; k++)
		if (o->t[k].mention < 0)
			o->t[k].mention = (int)an->nm;
	an->nm++;
	return 0;
}

/* The sex a role tells by its head, the last word before a preposition
 * ("her father", "the spokeswoman for the yard", "Queen"): 'm', 'f' or
 * 0.  A pronoun then passes over one who cannot be meant ("Her father,
 * Erik, was a fisherman. … , she recalls"). */
static char title_gender(const char *title)
{
	static const char *const preps[] = {"of", "for",  "at",	  "to",
					    "in", "from", "with", "on"};
	const char *head = title;
	size_t hn = 0;
	for (const char *w = title; *w;) {
		size_t n = strcspn(w, " ");
		char word[8];
		if (n < sizeof(word)) {
			memcpy(word, w, n);
			word[n] = '\0';
			if (STR_IN(word, preps))
				break;
		}
		head = w;
		hn = n;
		w += n + (w[n] == ' ');
	}
	return lex_role_sex(head, hn);
}

static int add_lower_title(struct analysis *an, size_t p, const char *raw)
{
	char s[256];
	struct person_info *pi = &an->pi[p];
	if (pi->n_titles >= TITLES_MAX)
		return 0;
	expand_title(raw, s, sizeof(s));
	for (size_t k = 0; k < pi->n_titles; k++)
		if (strcmp(pi->titles_lc[k], s) == 0)
			return 0;
	/* A new title's sex is surer than a first name's list ("Lee" is
	 * mostly men's). */
	char g = title_gender(s);
	if (g)
		pi->gender = g;
	char **v = realloc(pi->titles_lc, (pi->n_titles + 1) * sizeof(*v));
	if (!v)
		return -1;
	pi->titles_lc = v;
	v[pi->n_titles] = strdup(s);
	if (!v[pi->n_titles])
		return -1;
	pi->n_titles++;
	return 0;
}

/* Adds an alias or title unless the list has it already; checked here
 * first because the model copies the string before comparing. */
static int add_once(struct article *a, struct person *per, const char *s,
		    bool title)
{
	char **v = title ? per->titles : per->aliases;
	size_t n = title ? per->n_titles : per->n_aliases;
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 0;
	return title ? person_add_title(a, per, s)
		     : person_add_alias(a, per, s);
}

/* US states' abbreviations in party tags ("R-Fla.", "D-NY"), each with
 * the last word of the state's name. */
static const char *const state_abbr[][2] = {{"ala", "alabama"},
					    {"al", "alabama"},
					    {"ak", "alaska"},
					    {"ariz", "arizona"},
					    {"az", "arizona"},
					    {"ark", "arkansas"},
					    {"ar", "arkansas"},
					    {"calif", "california"},
					    {"ca", "california"},
					    {"colo", "colorado"},
					    {"co", "colorado"},
					    {"conn", "connecticut"},
					    {"ct", "connecticut"},
					    {"del", "delaware"},
					    {"de", "delaware"},
					    {"fla", "florida"},
					    {"fl", "florida"},
					    {"ga", "georgia"},
					    {"hi", "hawaii"},
					    {"id", "idaho"},
					    {"ill", "illinois"},
					    {"il", "illinois"},
					    {"ind", "indiana"},
					    {"in", "indiana"},
					    {"ia", "iowa"},
					    {"kan", "kansas"},
					    {"kans", "kansas"},
					    {"ks", "kansas"},
					    {"ky", "kentucky"},
					    {"la", "louisiana"},
					    {"me", "maine"},
					    {"md", "maryland"},
					    {"mass", "massachusetts"},
					    {"ma", "massachusetts"},
					    {"mich", "michigan"},
					    {"mi", "michigan"},
					    {"minn", "minnesota"},
					    {"mn", "minnesota"},
					    {"miss", "mississippi"},
					    {"ms", "mississippi"},
					    {"mo", "missouri"},
					    {"mont", "montana"},
					    {"mt", "montana"},
					    {"neb", "nebraska"},
					    {"ne", "nebraska"},
					    {"nev", "nevada"},
					    {"nv", "nevada"},
					    {"n.h", "hampshire"},
					    {"nh", "hampshire"},
					    {"n.j", "jersey"},
					    {"nj", "jersey"},
					    {"n.m", "mexico"},
					    {"nm", "mexico"},
					    {"n.y", "york"},
					    {"ny", "york"},
					    {"n.c", "carolina"},
					    {"nc", "carolina"},
					    {"n.d", "dakota"},
					    {"nd", "dakota"},
					    {"oh", "ohio"},
					    {"okla", "oklahoma"},
					    {"ok", "oklahoma"},
					    {"ore", "oregon"},
					    {"or", "oregon"},
					    {"pa", "pennsylvania"},
					    {"r.i", "rhode"},
					    {"ri", "rhode"},
					    {"s.c", "carolina"},
					    {"sc", "carolina"},
					    {"s.d", "dakota"},
					    {"sd", "dakota"},
					    {"tenn", "tennessee"},
					    {"tn", "tennessee"},
					    {"tex", "texas"},
					    {"tx", "texas"},
					    {"ut", "utah"},
					    {"vt", "vermont"},
					    {"va", "virginia"},
					    {"wash", "washington"},
					    {"wa", "washington"},
					    {"w.va", "virginia"},
					    {"wv", "virginia"},
					    {"wis", "wisconsin"},
					    {"wi", "wisconsin"},
					    {"wyo", "wyoming"},
					    {"wy", "wyoming"},
					    {"ohio", "ohio"},
					    {"texas", "texas"},
					    {"iowa", "iowa"},
					    {"utah", "utah"},
					    {"maine", "maine"},
					    {"idaho", "idaho"},
					    {"alaska", "alaska"},
					    {"hawaii", "hawaii"}};

/* Copies the n bytes at s lowercased into out (cap bytes). */
static void lower_copy(char *out, size_t cap, const char *s, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	for (size_t k = 0; k < n; k++)
		out[k] =
			(s[k] >= 'A' && s[k] <= 'Z') ? (char)(s[k] + 32) : s[k];
	out[n] = '\0';
}

/* The place a person represents or governs, as this occurrence tells it:
 * "Florida Sen. Ann Pike", "Gov. Ann Pike of New Jersey", "Sen. Ann Pike
 * (R-Fla.)" or ", D-Vt.,".  Fills place with the place's last word,
 * lowercase; leaves it alone when the occurrence tells none. */
static void occ_place(const struct occ *o, char *place, size_t cap)
{
	const struct tok *t = o->t;
	/* A place word before the title or honorific. */
	if (o->t0 < o->c0 && o->t0 > 0) {
		const struct tok *p = &t[o->t0 - 1];
		if (is_word(p) && (p->flags & TF_CAP) &&
		    !(p->flags & TF_INQUOTE) && (p->lex & LEX_PLACE) &&
		    !(p->lex & (LEX_TITLE | LEX_MODIFIER | LEX_ORG))) {
			lower_copy(place, cap, o->text + p->start,
				   p->end - p->start);
			return;
		}
	}
	/* "a senator from Vermont": the place in the role set off after
	 * the name. */
	for (size_t k = o->role0; k + 1 < o->role1; k++) {
		if (!tok_is(o->text, &t[k], "from") ||
		    !(t[k + 1].flags & TF_CAP))
			continue;
		size_t e = k + 1;
		while (e + 1 < o->role1 && (t[e + 1].flags & TF_CAP))
			e++;
		if (t[e].lex & LEX_PLACE) {
			lower_copy(place, cap, o->text + t[e].start,
				   t[e].end - t[e].start);
			return;
		}
	}
	size_t c1 = o->c1;
	/* "of New Jersey": the last word of the place's run. */
	if (c1 + 1 < o->nt && tok_is(o->text, &t[c1], "of") &&
	    is_word(&t[c1 + 1]) && (t[c1 + 1].flags & TF_CAP)) {
		size_t e = c1 + 1;
		while (e + 1 < o->nt && e < c1 + 3 && is_word(&t[e + 1]) &&
		       (t[e + 1].flags & TF_CAP) && !(t[e].flags & TF_POSS))
			e++;
		if (t[e].lex & LEX_PLACE)
			lower_copy(place, cap, o->text + t[e].start,
				   t[e].end - t[e].start);
		return;
	}
	/* A party tag: "(R-Fla.)", ", D-Vt.,". */
	if (c1 + 1 < o->nt && t[c1].kind == TK_PUNCT &&
	    (o->text[t[c1].start] == '(' || o->text[t[c1].start] == ',')) {
		const struct tok *g = &t[c1 + 1];
		const char *w = o->text + g->start;
		size_t len = g->end - g->start;
		if (len < 4 || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') ||
		    w[1] != '-')
			return;
		char ab[8];
		size_t al = len - 2;
		if (al && w[len - 1] == '.')
			al--;
		if (al >= sizeof(ab))
			return;
		lower_copy(ab, sizeof(ab), w + 2, al);
		for (size_t k = 0;
		     k < sizeof(state_abbr) / sizeof(state_abbr[0]); k++)
			if (strcmp(ab, state_abbr[k][0]) == 0) {
				lower_copy(place, cap, state_abbr[k][1],
					   strlen(state_abbr[k][1]));
				return;
			}
	}
}

/* The nationality written before a name, perhaps with a few words of a
 * role between ("Italian Jannik Sinner", "Spanish world number two Carlos
 * Alcaraz", "British number one Katie Boulter"): copied into nation,
 * lowercase; nation is left alone when there is none. */
static void occ_nation(const struct occ *o, char *nation, size_t cap)
{
	const struct tok *t = o->t;
	for (size_t k = o->c0; k > 0 && o->c0 - k < 5; k--) {
		const struct tok *p = &t[k - 1];
		if (!is_word(p) || (p->flags & (TF_INQUOTE | TF_POSS)))
			return;
		if ((p->flags & TF_CAP) && (p->lex & LEX_NATION)) {
			lex_nationality(o->text + p->start, p->end - p->start,
					nation, cap);
			return;
		}
		/* Only a role's words between: "world number two", "former
		 * prime minister" (a number is a determiner to the lexicon,
		 * an article or a possessive is not a role's). */
		bool number = (p->lex & LEX_DET) && !is_det(o->text, p);
		if ((p->flags & TF_CAP) ||
		    ((p->lex & (LEX_VERB | LEX_AUX | LEX_PREP | LEX_DET |
				LEX_VERB_ING | LEX_OPENER)) &&
		     !number))
			return;
	}
}

/* Records what one occurrence says about its person: the mention, an
 * alias, a title, a gender. */
static int note_person(struct ppass *pp, struct occ *o, int p)
{
	struct analysis *an = pp->an;
	struct person *per = &an->a->people[p];
	struct person_info *pi = &an->pi[p];
	char form[256], buf[320];

	per->mentions++;
	if (!pi->first_seen)
		pi->first_seen = ++pp->clock;
	if (!pi->place[0] && !o->in_quote && o->para != SIZE_MAX)
		occ_place(o, pi->place, sizeof(pi->place));
	if (!pi->nation[0] && !o->in_quote)
		occ_nation(o, pi->nation, sizeof(pi->nation));
	if (!pi->age && !o->in_quote)
		pi->age = (unsigned char)age_after(o->text, o->t, o->nt, o->c1);
	if (!join_words(o->text, o->t, o->c0, o->c1, form, sizeof(form), false))
		return 0;
	if (!pi->gender)
		pi->gender = honorific_gender(o);
	bool full = strcmp(form, per->name) == 0;
	if (per->n_aliases < ALIASES_MAX) {
		/* "Mr Vance", "President Trump": the one word with what
		 * stood before it is an alias too, and so are a title's
		 * capitalised words before that ("Vice President Biden",
		 * "Attorney General Lynch"; not "Former"). */
		const struct tok *h = NULL, *h0 = NULL;
		if (o->honorific >= 0 && o->c1 - o->c0 == 1) {
			h = h0 = &o->t[o->honorific];
		} else if (o->c1 - o->c0 == 1 && o->c0 > 0 &&
			   o->title1 == o->c0 &&
			   (o->t[o->c0 - 1].flags & TF_CAP) &&
			   (o->t[o->c0 - 1].lex & LEX_TITLE)) {
			h = h0 = &o->t[o->c0 - 1];
			while (h0 > o->t + o->title0 &&
			       (h0[-1].flags & TF_CAP) &&
			       (h0[-1].lex & LEX_TITLE) &&
			       !(h0[-1].lex & LEX_MODIFIER))
				h0--;
		}
		if (h) {
			size_t at =
				put(buf, sizeof(buf), 0, o->text + h0->start,
				    h->end - h0->start);
			at = put(buf, sizeof(buf), at, " ", 1);
			put(buf, sizeof(buf), at, form, strlen(form));
			if (add_once(an->a, per, buf, false) < 0)
				return -1;
		}
		if (!full && add_once(an->a, per, form, false) < 0)
			return -1;
	}
	if (o->title1 > o->title0 && !o->in_quote && o->para != SIZE_MAX &&
	    per->n_titles < TITLES_MAX) {
		if (join_words(o->text, o->t, o->title0, o->title1, buf,
			       sizeof(buf), false)) {
			if (add_once(an->a, per, buf, true) < 0)
				return -1;
			join_words(o->text, o->t, o->title0, o->title1, buf,
				   sizeof(buf), true);
			if (add_lower_title(an, (size_t)p, buf) < 0)
				return -1;
		}
	}
	if (o->role1 > o->role0 && o->para != SIZE_MAX &&
	    per->n_titles < TITLES_MAX) {
		/* Shown as the text has it ("workers’ union"); matched by
		 * the role's own words. */
		const struct tok *a = &o->t[o->role0], *b = &o->t[o->role1 - 1];
		if (b->end - a->start < sizeof(buf)) {
			put(buf, sizeof(buf), 0, o->text + a->start,
			    b->end - a->start);
			if (add_once(an->a, per, buf, true) < 0)
				return -1;
		}
		if (join_words(o->text, o->t, o->role0, o->core1, buf,
			       sizeof(buf), true) &&
		    add_lower_title(an, (size_t)p, buf) < 0)
			return -1;
	}
	return 0;
}

/* Counts, by person, the mentions of a surname after an honorific whose
 * sex fits them alone.  A short form no rule settles goes to the one of
 * that surname the story is surely about: "President Obama", written
 * before any full name, is Barack Obama, whom "Mr. Obama" names a dozen
 * times, not Michelle Obama, whom the story meets first.  (Full names
 * are no such sign: a story about Donald Trump may name Ivanka Trump in
 * full five times and him once.) */
static void count_sure(struct ppass *pp)
{
	struct analysis *an = pp->an;
	char key[128];
	for (size_t k = 0; k < pp->no; k++) {
		const struct occ *o = &pp->o[k];
		if (o->org)
			continue;
		char g = honorific_gender(o);
		if (!g || o->c1 - o->c0 != 1 ||
		    !join_words(o->text, o->t, o->c0, o->c1, key, sizeof(key),
				true))
			continue;
		short_key(key);
		size_t fits = 0, only = 0;
		for (size_t q = 0; q < an->a->n_people; q++)
			if (an->pi[q].gender == g &&
			    same_name(an->pi[q].last, key)) {
				fits++;
				only = q;
			}
		if (fits == 1)
			pp->sure[only]++;
	}
}

/* Gives every occurrence its person (or organisation), in text order. */
static int resolve_all(struct ppass *pp)
{
	struct analysis *an = pp->an;
	char key[128], first[64], last[64], role[32];

	pp->sure = calloc(an->a->n_people + 1, sizeof(*pp->sure));
	if (!pp->sure)
		return -1;
	count_sure(pp);

	for (size_t k = 0; k < pp->no; k++) {
		struct occ *o = &pp->o[k];
		if (o->org) {
			char name[256] = "";
			size_t off = 0;
			bool media = false;
			for (size_t i = o->c0; i < o->c1; i++)
				if (o->t[i].lex & LEX_MEDIA)
					media = true;
			media |= medium_named(o->text, o->t, o->nt, o->c0,
					      o->c1);
			/* Newspapers keep their article: "The Washington Post". */
			if (media && o->c0 > 0 &&
			    tok_is(o->text, &o->t[o->c0 - 1], "the"))
				off = (size_t)snprintf(name, sizeof(name),
						       "The ");
			if (!join_words(o->text, o->t, o->c0, o->c1, name + off,
					sizeof(name) - off, false))
				continue;
			int org = org_add(an, name, media);
			if (org < -1)
				return -1;
			if (o->para != SIZE_MAX && org >= 0 &&
			    add_mention(an, o, -1, org) < 0)
				return -1;
			continue;
		}
		int p = -1;
		if (o->group >= 0 && pp->g[o->group].words >= 2)
			p = pp->g[o->group].person;
		/* The key is needed only to look the person up: a full name's
		 * group has them already.  (decide() joined the same words into
		 * as many bytes for every occurrence it grouped.) */
		if (p < 0 && !join_words(o->text, o->t, o->c0, o->c1, key,
					 sizeof(key), true))
			continue;
		if (p < 0 && o->c1 - o->c0 == 1)
			short_key(key);
		if (p < 0 && o->c1 - o->c0 == 1)
			p = resolve_short(
				pp, key, honorific_gender(o),
				short_form_role(o, role, sizeof(role)));
		if (p < 0 && o->group >= 0)
			p = pp->g[o->group].person;
		if (p < 0 && o->c1 - o->c0 >= 2) {
			/* "Donald J. Trump" after "Donald Trump". */
			split_name(key, first, last, sizeof(first));
			for (size_t q = 0; q < an->a->n_people; q++)
				if (same_name(an->pi[q].first, first) &&
				    same_name(an->pi[q].last, last))
					p = (int)q;
		}
		if (p < 0)
			continue;
		if (note_person(pp, o, p) < 0)
			return -1;
		if (o->para != SIZE_MAX && add_mention(an, o, p, -1) < 0)
			return -1;
	}
	return 0;
}

/* "Bobby Scott" after "Robert Scott" or "Robert C. Scott", "Sandy
 * Paradis" after "Sandra Paradis": the group of a name whose first name
 * is a short form of the one the two-word name g has, and whose last word
 * is g's surname, or -1. */
static int formal_name_group(const struct ppass *pp, const struct group *g)
{
	const char *sp = strchr(g->key, ' ');
	if (!sp)
		return -1;
	size_t fl = (size_t)(sp - g->key);
	const char *full;
	for (size_t k = 0; (full = lex_full_name(g->key, fl, k)) != NULL; k++) {
		int f = find_by_ends(pp, full, g->last, NULL);
		if (f >= 0 && pp->g[f].same_as < 0)
			return f;
	}
	return -1;
}

/* Robert C. "Bobby" Scott, then "Bobby Scott": the group of the
 * nickname and surname of the name that g's first occurrence gives in
 * quotation marks, or -1. */
static int nickname_group(const struct ppass *pp, const struct group *g)
{
	const struct occ *o = &pp->o[g->first_occ];
	for (size_t i = o->c0 + 1; i + 1 < o->c1; i++) {
		if (!(o->t[i].flags & TF_NICK))
			continue;
		char key[sizeof(g->key)];
		size_t n = join_words(o->text, o->t, i, i + 1, key,
				      sizeof(key) - sizeof(g->last) - 1, true);
		if (!n)
			return -1;
		snprintf(key + n, sizeof(key) - n, " %s", g->last);
		int f = find_group(pp, key);
		return f >= 0 && pp->g[f].same_as < 0 ? f : -1;
	}
	return -1;
}

/*
 * Names that hold another name of the story whole are one person:
 * - "Te Kaurinui" after "Te Kaurinui Robert Parata": a name of two or
 *   more words that begins a longer one is that person called by given
 *   names, when the longer name's surname also stands alone, which a
 *   headline's capitals ("Paul Ryan Joins") never do;
 * - "Crooked Hillary Clinton", "the Real Donald Trump": a full name
 *   after a word that is no first name is that name with an epithet;
 * - "Peña Nieto" after "Enrique Peña Nieto": the end of a full name,
 *   when it starts with no first name, is that person's short form;
 * - "Chuck Grassley" and "Charles Grassley" or "Charles E. Grassley":
 *   a short form of a first name before the same surname
 *   (formal_name_group());
 * - Robert C. "Bobby" Scott and "Bobby Scott": a nickname given in
 *   quotation marks, before the surname (nickname_group()).
 * Each name's own beginnings and endings are looked up, so the pass
 * stays linear.
 */
static void mark_same_names(struct ppass *pp)
{
	char part[sizeof(pp->g[0].key)];
	for (size_t l = 0; l < pp->ng; l++) {
		struct group *lg = &pp->g[l];
		/* The two are one person, named as the story named them
		 * first ("Chuck Grassley", then "Charles Grassley"). */
		const struct occ *fo = &pp->o[lg->first_occ];
		if (lg->words == 2 && lg->same_as < 0 &&
		    (fo->t[fo->c0].flags & TF_PET)) {
			int f = formal_name_group(pp, lg);
			if (f >= 0 && (size_t)f != l) {
				if (pp->g[f].first_occ < lg->first_occ)
					lg->same_as = f;
				else
					pp->g[f].same_as = (int)l;
			}
		}
		if (lg->words >= 3 && lg->same_as < 0) {
			int f = nickname_group(pp, lg);
			if (f >= 0 && (size_t)f != l)
				pp->g[f].same_as = (int)l;
		}
		if (lg->words == 2) {
			/* "Chasing Trump", "Rebuking Trump": a gerund
			 * that is no first name, before a surname the
			 * story uses alone, opens a clause about that
			 * person. */
			const char *sp = strchr(lg->key, ' ');
			size_t fl = (size_t)(sp - lg->key);
			int g;
			if (fl >= 6 && memcmp(sp - 3, "ing", 3) == 0 &&
			    !first_name(lex_lookup(lg->key, fl)) &&
			    (g = find_group(pp, sp + 1)) >= 0 &&
			    pp->g[g].same_as < 0)
				lg->same_as = g;
			continue;
		}
		if (lg->words < 3 || !(lg->ev & ~EV_MID))
			continue;
		const char *sp = strchr(lg->key, ' ');
		size_t fl = (size_t)(sp - lg->key);
		/* "de Blasio" after "Bill de Blasio", "von der Leyen" after
		 * "Ursula von der Leyen": the surname from its particle on is
		 * that person's short form. */
		for (const char *w = sp, *e; (e = strchr(w + 1, ' ')) != NULL;
		     w = e) {
			if (!(lex_lookup(w + 1, (size_t)(e - w - 1)) &
			      LEX_PARTICLE))
				continue;
			int g = find_group(pp, w + 1);
			if (g >= 0 && (size_t)g != l && pp->g[g].same_as < 0)
				pp->g[g].same_as = (int)l;
			break;
		}
		put(part, sizeof(part), 0, lg->key, fl);
		if (!first_name(lex_lookup(part, fl))) {
			/* The longest name it ends with: a full name after an
			 * epithet, or else the two surnames of a full name
			 * whose first name no list knows ("Enrique Peña
			 * Nieto", "Peña Nieto"), which stay its short form. */
			for (size_t words = lg->words - 1; sp && words >= 2;
			     words--, sp = strchr(sp + 1, ' ')) {
				int g = find_group(pp, sp + 1);
				if (g < 0 || pp->g[g].words != words ||
				    pp->g[g].same_as >= 0)
					continue;
				const char *gs = strchr(pp->g[g].key, ' ');
				if (first_name(lex_lookup(
					    pp->g[g].key,
					    (size_t)(gs - pp->g[g].key))))
					lg->same_as = g;
				else
					pp->g[g].same_as = (int)l;
				break;
			}
			if (lg->same_as >= 0)
				continue;
		} else {
			/* "Eskelsen García" after "Lily Eskelsen García": two
			 * surnames ending a full name, the first no first
			 * name, are its short form too. */
			const char *two = lg->key + strlen(lg->key);
			for (int spaces = 0; two > lg->key && spaces < 2;)
				if (*--two == ' ')
					spaces++;
			int g = find_group(pp, two + 1);
			const char *gs =
				g >= 0 ? strchr(pp->g[g].key, ' ') : NULL;
			if (g >= 0 && (size_t)g != l && pp->g[g].words == 2 &&
			    pp->g[g].same_as < 0 &&
			    !first_name(lex_lookup(
				    pp->g[g].key, (size_t)(gs - pp->g[g].key))))
				pp->g[g].same_as = (int)l;
		}
		const char *last = strrchr(lg->key, ' ');
		if (find_group(pp, last + 1) < 0)
			continue;
		size_t n = 0, words = 0;
		for (const char *c = lg->key; *c; c++) {
			if (*c == ' ' && ++words >= 2) {
				int g = find_group(pp, part);
				if (g >= 0 && (size_t)g != l &&
				    pp->g[g].words == words &&
				    pp->g[g].same_as < 0)
					pp->g[g].same_as = (int)l;
			}
			part[n++] = *c;
			part[n] = '\0';
		}
	}
}

/* The person first named in full whose surname is the lowercase word
 * last, or -1.  Asked only for a gerund before a surname, which few
 * stories hold, and at most SURNAME_ASKS_MAX times a story, so that a
 * hostile one stays linear. */
static int surname_owner(struct ppass *pp, const char *last)
{
	if (pp->surname_asks++ >= SURNAME_ASKS_MAX)
		return -1;
	for (size_t f = 0; f < pp->ng; f++)
		if (pp->g[f].words >= 2 && pp->g[f].person >= 0 &&
		    pp->g[f].same_as < 0 && strcmp(pp->g[f].last, last) == 0)
			return pp->g[f].person;
	return -1;
}

/* Whether the occurrence is the whole of a quotation: “Gucci Grace”,
 * “Little Marco,”, a nickname or label that names no one by itself (but
 * “Mr. Gorbachev, tear down this wall!” names him). */
static bool quoted_label(const struct analysis *an, const struct occ *o)
{
	const struct tok *t = o->t;
	if (!o->in_quote || o->t0 == 0 || t[o->t0 - 1].kind != TK_QUOTE ||
	    t[o->t0 - 1].quote < 0)
		return false;
	const struct qspan *q = &an->q[t[o->t0 - 1].quote];
	if (t[o->t0].start != q->start)
		return false;
	for (size_t b = t[o->c1 - 1].end; b < q->end; b++) {
		unsigned char c = (unsigned char)o->text[b];
		if (c >= 0x80 || (c >= '0' && c <= '9') ||
		    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
			return false;
	}
	return true;
}

/* The group at the end of a chain of same_as links (two at most:
 * "Crooked Hillary" → "Crooked Hillary Clinton" → "Hillary Clinton"). */
static struct group *named_as(struct ppass *pp, struct group *g)
{
	for (int hops = 0; hops < 3 && g->same_as >= 0; hops++)
		g = &pp->g[g->same_as];
	return g;
}

/* "Students said", "Order", "Rise": a lone capitalised word that the
 * story also writes in lowercase is a common word, no one's name.  Only
 * words whose evidence is a verb are asked (an honorific or a title makes
 * "Mr Price" a person whatever "price" does), and one pass over the
 * story's words answers them all. */
static void drop_common_words(struct ppass *pp, const size_t *cand, size_t nc)
{
	const struct analysis *an = pp->an;
	size_t len[COMMON_CHECK_MAX];
	for (size_t c = 0; c < nc; c++)
		len[c] = strlen(pp->g[cand[c]].key);
	for (size_t p = 0; p < an->a->n_paragraphs; p++) {
		const char *text = an->a->paragraphs[p].text;
		const struct tok *t = an->pt[p].t;
		for (size_t i = 0; i < an->pt[p].n; i++) {
			if (t[i].kind != TK_WORD || (t[i].flags & TF_CAP))
				continue;
			size_t n = t[i].end - t[i].start;
			for (size_t c = 0; c < nc; c++)
				if (n == len[c] &&
				    memcmp(text + t[i].start,
					   pp->g[cand[c]].key, n) == 0)
					pp->g[cand[c]].lone = false;
		}
	}
}

/* "Harold and June Whitaker": Harold Whitaker is a person too, when June
 * Whitaker is one and no one else is called Harold ("Hillary and Tim
 * Kaine" after Hillary Clinton are Clinton and Kaine). */
static int add_shared_surnames(struct ppass *pp)
{
	struct analysis *an = pp->an;
	for (size_t k = 0; k < pp->nshared; k++) {
		const struct shared *sh = &pp->shared[k];
		char first[64], last[64], name[128];
		size_t fl = sh->first->end - sh->first->start;
		size_t ll = sh->surname->end - sh->surname->start;
		if (fl >= sizeof(first) || ll >= sizeof(last))
			continue;
		join_words(sh->text, sh->first, 0, 1, first, sizeof(first),
			   true);
		join_words(sh->text, sh->surname, 0, 1, last, sizeof(last),
			   true);
		bool partner = false, taken = false;
		for (size_t q = 0; q < an->a->n_people; q++) {
			taken = taken || same_name(an->pi[q].first, first);
			partner = partner || same_name(an->pi[q].last, last);
		}
		if (taken || !partner)
			continue;
		snprintf(name, sizeof(name), "%.*s %.*s", (int)fl,
			 sh->text + sh->first->start, (int)ll,
			 sh->text + sh->surname->start);
		int idx = people_add(an, name, first, last);
		if (idx == -2)
			return -1;
		if (idx >= 0) {
			unsigned l = sh->first->lex;
			if ((l & LEX_FEMALE) && !(l & LEX_MALE))
				an->pi[idx].gender = 'f';
			else if ((l & LEX_MALE) && !(l & LEX_FEMALE))
				an->pi[idx].gender = 'm';
		}
	}
	return 0;
}

/* Groups the body's occurrences and decides which are people. */
static int decide(struct ppass *pp)
{
	char key[128];

	for (size_t k = 0; k < pp->no; k++) {
		struct occ *o = &pp->o[k];
		if (o->org || o->para == SIZE_MAX)
			continue;
		size_t words = o->c1 - o->c0;
		if (!join_words(o->text, o->t, o->c0, o->c1, key, sizeof(key),
				true))
			continue;
		if (words == 1)
			short_key(key);
		int g = add_group(pp, key, words, k);
		if (g < -1)
			return -1;
		o->group = g;
		if (g >= 0 && !quoted_label(pp->an, o))
			pp->g[g].named = true;
		if (g >= 0 && !o->in_quote)
			pp->g[g].ev |= o->ev;
		else if (g >= 0)
			pp->g[g].ev |= o->ev & (EV_HONORIFIC | EV_TITLE);
	}
	/* "Peabody Energy" then "Peabody said": the first word of an
	 * organisation's name, alone, is that organisation, no person; so
	 * is a one-word organisation's name ("the Ennahda party"). */
	for (size_t k = 0; k < pp->no; k++) {
		const struct occ *o = &pp->o[k];
		if (!o->org || !join_words(o->text, o->t, o->c0, o->c0 + 1, key,
					   sizeof(key), true))
			continue;
		int g = find_group(pp, key);
		if (g >= 0)
			pp->g[g].org_head = true;
	}
	/* A confirmed short form confirms the full names it ends or
	 * begins: each full name looks its two words up, which keeps the
	 * pass linear. */
	for (size_t f = 0; f < pp->ng; f++) {
		struct group *fg = &pp->g[f];
		if (fg->words < 2)
			continue;
		int ends[2] = {find_group(pp, fg->last),
			       find_group(pp, fg->first)};
		for (int k = 0; k < 2; k++)
			if (ends[k] >= 0 && pp->g[ends[k]].words == 1 &&
			    (pp->g[ends[k]].ev & ~EV_MID))
				fg->ev |= EV_VERB;
	}
	mark_same_names(pp);
	/* Full names first, in order of appearance; then short forms that
	 * name nobody else. */
	for (size_t f = 0; f < pp->ng; f++)
		if (pp->g[f].words >= 2 && pp->g[f].same_as < 0 &&
		    (pp->g[f].ev & ~EV_MID) && make_person(pp, &pp->g[f]) < 0)
			return -1;
	for (size_t f = 0; f < pp->ng; f++) {
		struct group *g = &pp->g[f];
		if (g->same_as < 0)
			continue;
		g->person = named_as(pp, g)->person;
		if (g->person < 0 && g->words == 2 &&
		    pp->g[g->same_as].words == 1)
			g->person = surname_owner(pp, pp->g[g->same_as].key);
		if (g->person < 0 && (g->ev & ~EV_MID) &&
		    make_person(pp, g) < 0)
			return -1;
	}
	/* A lone word that is a named person's first or last name is
	 * theirs, not someone of its own. */
	for (size_t f = 0; f < pp->ng; f++) {
		const struct group *fg = &pp->g[f];
		if (fg->person < 0 || fg->words < 2)
			continue;
		int ends[2] = {find_group(pp, fg->last),
			       find_group(pp, fg->first)};
		for (int k = 0; k < 2; k++)
			if (ends[k] >= 0)
				pp->g[ends[k]].taken = true;
		/* "the Clintons", "both former president Bushes": the
		 * surname's plural is the family, no one of its own. */
		static const char *const plurals[] = {"s", "es"};
		for (size_t k = 0; k < 2; k++) {
			char key[sizeof(fg->last) + 2];
			snprintf(key, sizeof(key), "%s%s", fg->last,
				 plurals[k]);
			int g = find_group(pp, key);
			if (g >= 0 && strlen(key) >= 4 + k)
				pp->g[g].family = true;
		}
	}
	size_t common[COMMON_CHECK_MAX], ncommon = 0;
	for (size_t s = 0; s < pp->ng; s++) {
		struct group *sg = &pp->g[s];
		/* A lone word needs an honorific or a title, or a verb beside
		 * it somewhere it is not capitalised only for starting the
		 * sentence ("Days said" is no one). */
		const struct occ *so = &pp->o[sg->first_occ];
		if (sg->words != 1 || sg->org_head ||
		    !((sg->ev & (EV_HONORIFIC | EV_TITLE)) ||
		      ((sg->ev & EV_VERB) && (sg->ev & EV_MID))) ||
		    !lone_word_ok(so->text, &so->t[so->c0],
				  sg->ev & EV_HONORIFIC))
			continue;
		if (sg->taken || sg->family)
			continue;
		sg->lone = true;
		if (!(sg->ev & (EV_HONORIFIC | EV_TITLE)) &&
		    ncommon < COMMON_CHECK_MAX)
			common[ncommon++] = s;
	}
	if (ncommon)
		drop_common_words(pp, common, ncommon);
	for (size_t s = 0; s < pp->ng; s++)
		if (pp->g[s].lone && make_person(pp, &pp->g[s]) < 0)
			return -1;
	return add_shared_surnames(pp);
}

int people_find(struct analysis *an)
{
	struct ppass *pp = calloc(1, sizeof(*pp));
	if (!pp)
		return -1;
	pp->an = an;
	struct para_toks head = {0}, stand = {0};
	int rc = -1;

	for (size_t p = 0; p < an->a->n_paragraphs; p++)
		if (scan_runs(pp, an->a->paragraphs[p].text, an->pt[p].t,
			      an->pt[p].n, p) < 0)
			goto out;
	/* Group indexes sized to the occurrences, so a short story pays
	 * little and a hostile one stays bounded. */
	uint32_t size = 64;
	while (size < 2 * pp->no + 2 && size < 2 * GROUPS_MAX)
		size *= 2;
	pp->mask = size - 1;
	pp->by_key = calloc(size, sizeof(int));
	pp->by_ends = calloc(size, sizeof(int));
	if (!pp->by_key || !pp->by_ends || decide(pp) < 0)
		goto out;
	/* The headline and standfirst count mentions of the body's people
	 * but name nobody new: a title-case headline is all capitals. */
	const char *hl = an->a->headline ? an->a->headline : "";
	const char *sf = an->a->standfirst ? an->a->standfirst : "";
	size_t body_occ = pp->no;
	if (tokenize_plain(hl, strlen(hl), &head) < 0 ||
	    tokenize_plain(sf, strlen(sf), &stand) < 0)
		goto out;
	if (scan_runs(pp, hl, head.t, head.n, SIZE_MAX) < 0 ||
	    scan_runs(pp, sf, stand.t, stand.n, SIZE_MAX) < 0)
		goto out;
	/* Headline and standfirst come first in reading order. */
	size_t extra = pp->no - body_occ;
	if (extra) {
		struct occ *v = malloc(pp->no * sizeof(*v));
		if (!v)
			goto out;
		memcpy(v, pp->o + body_occ, extra * sizeof(*v));
		memcpy(v + extra, pp->o, body_occ * sizeof(*v));
		free(pp->o);
		pp->o = v;
		pp->capo = pp->no;
	}
	if (resolve_all(pp) < 0)
		goto out;
	rc = 0;
out:
	free(head.t);
	free(stand.t);
	free(pp->o);
	free(pp->g);
	free(pp->by_key);
	free(pp->by_ends);
	free(pp->sure);
	free(pp);
	return rc;
}
